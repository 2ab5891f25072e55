"""States and workflows of the stock documents: counts and adjustments.

Both are drafts until posted; a posted count or adjustment is never edited or
deleted (a mistake is corrected by a new document).
"""

from __future__ import annotations

from enum import StrEnum

from erp_desktop.domain.workflow import Workflow
from erp_desktop.i18n import QT_TRANSLATE_NOOP


class StockDocState(StrEnum):
    """``stock_count.state`` and ``stock_adjustment.state`` (the stored values)."""

    DRAFT = "draft"
    POSTED = "posted"


def _draft_then_posted(document: str) -> Workflow:
    draft = {StockDocState.DRAFT: StockDocState.DRAFT}
    return Workflow(
        document=document,
        states={
            StockDocState.DRAFT: QT_TRANSLATE_NOOP("states", "draft"),
            StockDocState.POSTED: QT_TRANSLATE_NOOP("states", "posted"),
        },
        verbs={
            "edit": QT_TRANSLATE_NOOP("verbs", "edit"),
            "delete": QT_TRANSLATE_NOOP("verbs", "delete"),
            "post": QT_TRANSLATE_NOOP("verbs", "post"),
        },
        transitions={
            "edit": draft,
            "delete": draft,
            "post": {StockDocState.DRAFT: StockDocState.POSTED},
        },
    )


COUNT_WORKFLOW = _draft_then_posted(QT_TRANSLATE_NOOP("documents", "stock count"))
ADJUSTMENT_WORKFLOW = _draft_then_posted(QT_TRANSLATE_NOOP("documents", "stock adjustment"))
