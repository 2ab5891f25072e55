"""Counts and adjustments: drafts until posted, never changed after."""

from __future__ import annotations

import pytest

from erp_desktop.domain.stock_documents import ADJUSTMENT_WORKFLOW, COUNT_WORKFLOW, StockDocState
from erp_desktop.errors import StateError


@pytest.mark.parametrize("workflow", [COUNT_WORKFLOW, ADJUSTMENT_WORKFLOW])
def test_a_draft_is_posted_once_and_then_kept(workflow) -> None:
    assert workflow.target("draft", "post") == StockDocState.POSTED
    for verb in ("edit", "delete", "post"):
        assert not workflow.allowed(StockDocState.POSTED, verb)


def test_the_refusal_names_the_document_and_its_state() -> None:
    with pytest.raises(StateError) as refused:
        COUNT_WORKFLOW.target("posted", "delete")
    text = str(refused.value)
    assert "stock count" in text and "posted" in text and "draft" in text
