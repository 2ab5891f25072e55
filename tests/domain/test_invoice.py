"""Invoice and credit-note states and the workflow each kind follows."""

from __future__ import annotations

import pytest

from erp_desktop.domain.invoice import (
    CREDIT_NOTE_WORKFLOW,
    INVOICE_WORKFLOW,
    InvoiceKind,
    InvoiceState,
    workflow_of,
)
from erp_desktop.errors import StateError


def test_the_kind_read_from_the_book_picks_the_workflow() -> None:
    assert workflow_of("credit_note") is CREDIT_NOTE_WORKFLOW
    assert workflow_of(InvoiceKind.INVOICE) is INVOICE_WORKFLOW


def test_an_issued_invoice_can_be_credited_until_fully_credited() -> None:
    assert INVOICE_WORKFLOW.target("issued", "credit") == InvoiceState.PARTIALLY_CREDITED
    assert INVOICE_WORKFLOW.target("partially_credited", "credit") == "partially_credited"
    with pytest.raises(StateError) as refused:
        INVOICE_WORKFLOW.target(InvoiceState.CREDITED, "credit")
    assert "credited" in str(refused.value)


def test_a_credit_note_is_never_credited_and_is_edited_only_as_a_draft() -> None:
    assert "credit" not in CREDIT_NOTE_WORKFLOW.verbs
    assert CREDIT_NOTE_WORKFLOW.allowed("draft", "edit")
    assert not CREDIT_NOTE_WORKFLOW.allowed("issued", "edit")
    assert CREDIT_NOTE_WORKFLOW.target("draft", "issue") == "issued"
