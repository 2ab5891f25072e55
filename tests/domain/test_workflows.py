"""Document states, kinds and workflows: the stored values and the transitions.

The enums are ``StrEnum``s whose values are what the book stores; a value read
back from either database is a plain ``str`` and must compare and hash like its
member, or workflow look-ups would fail on loaded rows.
"""

from __future__ import annotations

import pytest

from erp_desktop.domain.documents import DOC_TYPE_LABELS, TRANSFER_DOC_TYPES, DocType
from erp_desktop.domain.invoice import (
    CREDIT_NOTE_WORKFLOW,
    INVOICE_WORKFLOW,
    ISSUED_STATES,
    InvoiceKind,
    InvoiceState,
    workflow_of,
)
from erp_desktop.domain.purchase import (
    OPEN_STATES,
    ORDER_WORKFLOW,
    PRICED_STATES,
    STARTED_STATES,
    OrderState,
)
from erp_desktop.domain.stock_documents import ADJUSTMENT_WORKFLOW, COUNT_WORKFLOW, StockDocState
from erp_desktop.domain.transfer import SETTLED_STATES, TransferEventKind, TransferState
from erp_desktop.domain.transfer import WORKFLOW as TRANSFER_WORKFLOW
from erp_desktop.errors import StateError


def test_stored_values_are_unchanged() -> None:
    assert [s.value for s in OrderState] == [
        "draft",
        "confirmed",
        "partially_received",
        "received",
        "cancelled",
        "closed",
    ]
    assert [s.value for s in InvoiceState] == [
        "draft",
        "issued",
        "partially_credited",
        "credited",
    ]
    assert [k.value for k in InvoiceKind] == ["invoice", "credit_note"]
    assert [s.value for s in StockDocState] == ["draft", "posted"]
    assert [s.value for s in TransferState] == [
        "draft",
        "shipped",
        "partial",
        "received",
        "closed",
        "cancelled",
    ]
    assert [k.value for k in TransferEventKind] == ["receipt", "shortage"]
    assert {d.value for d in DocType} == {
        "opening",
        "receipt",
        "supplier_return",
        "count",
        "adjustment",
        "reversal",
        "transfer_ship",
        "transfer_receipt",
        "transfer_shortage",
        "invoice",
        "credit_note",
    }


def test_a_loaded_string_finds_its_member_in_workflow_tables() -> None:
    loaded = "partially_received"  # what a String column gives back
    assert type(loaded) is str
    assert loaded == OrderState.PARTIALLY_RECEIVED
    assert hash(loaded) == hash(OrderState.PARTIALLY_RECEIVED)
    assert ORDER_WORKFLOW.target(loaded, "close") == "closed"
    assert INVOICE_WORKFLOW.state_label("issued").text == "issued"
    assert DOC_TYPE_LABELS["receipt"] == "goods receipt"


def test_every_document_workflow_covers_every_state_of_its_enum() -> None:
    for workflow, states in (
        (ORDER_WORKFLOW, OrderState),
        (INVOICE_WORKFLOW, InvoiceState),
        (COUNT_WORKFLOW, StockDocState),
        (ADJUSTMENT_WORKFLOW, StockDocState),
        (TRANSFER_WORKFLOW, TransferState),
    ):
        assert set(workflow.states) == set(states), workflow.document
        for verb, moves in workflow.transitions.items():
            assert verb in workflow.verbs
            assert set(moves) | set(moves.values()) <= set(states), (workflow.document, verb)
    assert set(CREDIT_NOTE_WORKFLOW.states) == {InvoiceState.DRAFT, InvoiceState.ISSUED}


@pytest.mark.parametrize(
    ("workflow", "state", "verb", "target"),
    [
        (ORDER_WORKFLOW, OrderState.DRAFT, "confirm", OrderState.CONFIRMED),
        (ORDER_WORKFLOW, OrderState.CONFIRMED, "cancel", OrderState.CANCELLED),
        (ORDER_WORKFLOW, OrderState.PARTIALLY_RECEIVED, "close", OrderState.CLOSED),
        (ORDER_WORKFLOW, OrderState.RECEIVED, "return", OrderState.RECEIVED),
        (INVOICE_WORKFLOW, InvoiceState.DRAFT, "issue", InvoiceState.ISSUED),
        (INVOICE_WORKFLOW, InvoiceState.ISSUED, "credit", InvoiceState.PARTIALLY_CREDITED),
        (INVOICE_WORKFLOW, InvoiceState.CREDITED, "copy", InvoiceState.CREDITED),
        (CREDIT_NOTE_WORKFLOW, InvoiceState.DRAFT, "issue", InvoiceState.ISSUED),
        (COUNT_WORKFLOW, StockDocState.DRAFT, "post", StockDocState.POSTED),
        (ADJUSTMENT_WORKFLOW, StockDocState.DRAFT, "post", StockDocState.POSTED),
        (TRANSFER_WORKFLOW, TransferState.SHIPPED, "close", TransferState.CLOSED),
    ],
)
def test_allowed_verbs_lead_to_their_state(workflow, state, verb, target) -> None:
    assert workflow.allowed(state, verb)
    assert workflow.reason_refused(state, verb) is None
    assert workflow.target(state, verb) == target


@pytest.mark.parametrize(
    ("workflow", "state", "verb"),
    [
        (ORDER_WORKFLOW, OrderState.RECEIVED, "amend"),
        (ORDER_WORKFLOW, OrderState.CONFIRMED, "close"),
        (ORDER_WORKFLOW, OrderState.DRAFT, "print"),
        (INVOICE_WORKFLOW, InvoiceState.CREDITED, "credit"),
        (INVOICE_WORKFLOW, InvoiceState.ISSUED, "edit"),
        (COUNT_WORKFLOW, StockDocState.POSTED, "delete"),
        (ADJUSTMENT_WORKFLOW, StockDocState.POSTED, "edit"),
    ],
)
def test_refused_verbs_say_why(workflow, state, verb) -> None:
    assert not workflow.allowed(state, verb)
    reason = workflow.reason_refused(state, verb)
    assert reason is not None and reason.params["state"].text == workflow.states[state]
    with pytest.raises(StateError):
        workflow.target(state, verb)


def test_state_groups() -> None:
    assert OPEN_STATES == (OrderState.CONFIRMED, OrderState.PARTIALLY_RECEIVED)
    assert (*OPEN_STATES, OrderState.RECEIVED) == STARTED_STATES
    assert set(PRICED_STATES) == set(ORDER_WORKFLOW.transitions["print"])
    assert tuple(INVOICE_WORKFLOW.transitions["print"]) == ISSUED_STATES
    assert SETTLED_STATES == (TransferState.RECEIVED, TransferState.CLOSED)
    assert TRANSFER_DOC_TYPES == (
        DocType.TRANSFER_SHIP,
        DocType.TRANSFER_RECEIPT,
        DocType.TRANSFER_SHORTAGE,
    )
    assert workflow_of(InvoiceKind.CREDIT_NOTE) is CREDIT_NOTE_WORKFLOW
    assert workflow_of("invoice") is INVOICE_WORKFLOW
