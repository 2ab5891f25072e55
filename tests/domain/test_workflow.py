"""A document's workflow: allowed verbs, the state after, and why a verb is refused."""

from __future__ import annotations

import pytest

from erp_desktop.domain.workflow import Workflow
from erp_desktop.errors import StateError
from erp_desktop.i18n import Msg

ORDER = Workflow(
    document="purchase order",
    states={"draft": "draft", "confirmed": "confirmed", "closed": "closed"},
    verbs={"confirm": "confirm", "close": "close"},
    transitions={
        "confirm": {"draft": "confirmed"},
        "close": {"draft": "closed", "confirmed": "closed"},
    },
)


def test_an_allowed_verb_leads_to_its_state() -> None:
    assert ORDER.allowed("draft", "confirm")
    assert ORDER.target("draft", "confirm") == "confirmed"
    assert ORDER.target("confirmed", "close") == "closed"
    assert ORDER.reason_refused("draft", "close") is None


def test_a_refused_verb_names_document_verb_state_and_where_it_is_possible() -> None:
    reason = ORDER.reason_refused("closed", "close")
    assert isinstance(reason, Msg)
    assert str(StateError(reason)) == (
        "Cannot close this purchase order: it is closed. Only possible when it is: "
        "draft; confirmed."
    )
    with pytest.raises(StateError, match="Cannot confirm this purchase order: it is confirmed"):
        ORDER.target("confirmed", "confirm")


def test_a_verb_without_transitions_is_never_allowed() -> None:
    empty = Workflow("note", {"draft": "draft"}, {"print": "print"}, {})
    assert not empty.allowed("draft", "print")
    with pytest.raises(StateError, match="Only possible when it is: -"):
        empty.target("draft", "print")


def test_state_labels_are_translatable_messages() -> None:
    label = ORDER.state_label("confirmed")
    assert isinstance(label, Msg)
    assert str(label) == "confirmed"
