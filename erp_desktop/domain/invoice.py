"""Invoice and credit note kinds, states and workflows (rules that need no database).

An invoice goes draft → issued → partially credited → credited; a credit
note draft → issued. Drafts may be edited and deleted; nothing issued is
ever edited or deleted. "Copy" (credit and re-issue makes a corrected copy)
is possible from every issued state.
"""

from __future__ import annotations

from enum import StrEnum

from erp_desktop.domain.workflow import Workflow
from erp_desktop.i18n import QT_TRANSLATE_NOOP


class InvoiceKind(StrEnum):
    """``invoice.kind`` (the stored value); also the document type of its stock moves."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceState(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_CREDITED = "partially_credited"
    CREDITED = "credited"


ISSUED_STATES = (InvoiceState.ISSUED, InvoiceState.PARTIALLY_CREDITED, InvoiceState.CREDITED)

_STATES = {
    InvoiceState.DRAFT: QT_TRANSLATE_NOOP("states", "draft"),
    InvoiceState.ISSUED: QT_TRANSLATE_NOOP("states", "issued"),
    InvoiceState.PARTIALLY_CREDITED: QT_TRANSLATE_NOOP("states", "partially credited"),
    InvoiceState.CREDITED: QT_TRANSLATE_NOOP("states", "credited"),
}
_VERBS = {
    "edit": QT_TRANSLATE_NOOP("verbs", "edit"),
    "delete": QT_TRANSLATE_NOOP("verbs", "delete"),
    "issue": QT_TRANSLATE_NOOP("verbs", "issue"),
    "credit": QT_TRANSLATE_NOOP("verbs", "credit"),
    "copy": QT_TRANSLATE_NOOP("verbs", "copy"),
    "print": QT_TRANSLATE_NOOP("verbs", "print or export"),
}
_DRAFT_ONLY = {InvoiceState.DRAFT: InvoiceState.DRAFT}

INVOICE_WORKFLOW = Workflow(
    document=QT_TRANSLATE_NOOP("documents", "invoice"),
    states=_STATES,
    verbs=_VERBS,
    transitions={
        "edit": _DRAFT_ONLY,
        "delete": _DRAFT_ONLY,
        "issue": {InvoiceState.DRAFT: InvoiceState.ISSUED},
        # The state after a credit depends on what is left: see services.invoicing.credits.
        "credit": {
            s: InvoiceState.PARTIALLY_CREDITED
            for s in (InvoiceState.ISSUED, InvoiceState.PARTIALLY_CREDITED)
        },
        "copy": {s: s for s in ISSUED_STATES},
        "print": {s: s for s in ISSUED_STATES},
    },
)
CREDIT_NOTE_WORKFLOW = Workflow(
    document=QT_TRANSLATE_NOOP("documents", "credit note"),
    states={k: _STATES[k] for k in (InvoiceState.DRAFT, InvoiceState.ISSUED)},
    verbs={k: _VERBS[k] for k in ("edit", "delete", "issue", "print")},
    transitions={
        "edit": _DRAFT_ONLY,
        "delete": _DRAFT_ONLY,
        "issue": {InvoiceState.DRAFT: InvoiceState.ISSUED},
        "print": {InvoiceState.ISSUED: InvoiceState.ISSUED},
    },
)


def workflow_of(kind: str) -> Workflow:
    return CREDIT_NOTE_WORKFLOW if kind == InvoiceKind.CREDIT_NOTE else INVOICE_WORKFLOW
