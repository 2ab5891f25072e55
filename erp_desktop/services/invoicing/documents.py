"""What invoices and credit notes share: workflows, series, finding and locking one.

An invoice goes draft → issued → partially credited → credited; a credit
note draft → issued. Drafts may be edited and deleted; nothing issued is
ever edited or deleted. "Copy" (credit and re-issue makes a corrected copy)
is possible from every issued state.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.workflow import Workflow
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.invoice import CREDIT_NOTE, INVOICE, Invoice
from erp_desktop.services.permissions import require
from erp_desktop.services.rows import get_row

SERIES = {INVOICE: "invoice", CREDIT_NOTE: "credit_note"}
ISSUED_STATES = ("issued", "partially_credited", "credited")

_STATES = {
    "draft": QT_TRANSLATE_NOOP("states", "draft"),
    "issued": QT_TRANSLATE_NOOP("states", "issued"),
    "partially_credited": QT_TRANSLATE_NOOP("states", "partially credited"),
    "credited": QT_TRANSLATE_NOOP("states", "credited"),
}
_VERBS = {
    "edit": QT_TRANSLATE_NOOP("verbs", "edit"),
    "delete": QT_TRANSLATE_NOOP("verbs", "delete"),
    "issue": QT_TRANSLATE_NOOP("verbs", "issue"),
    "credit": QT_TRANSLATE_NOOP("verbs", "credit"),
    "copy": QT_TRANSLATE_NOOP("verbs", "copy"),
    "print": QT_TRANSLATE_NOOP("verbs", "print or export"),
}

INVOICE_WORKFLOW = Workflow(
    document=QT_TRANSLATE_NOOP("documents", "invoice"),
    states=_STATES,
    verbs=_VERBS,
    transitions={
        "edit": {"draft": "draft"},
        "delete": {"draft": "draft"},
        "issue": {"draft": "issued"},
        # The state after a credit depends on what is left: see credits.credited_state.
        "credit": {"issued": "partially_credited", "partially_credited": "partially_credited"},
        "copy": {s: s for s in ISSUED_STATES},
        "print": {s: s for s in ISSUED_STATES},
    },
)
CREDIT_NOTE_WORKFLOW = Workflow(
    document=QT_TRANSLATE_NOOP("documents", "credit note"),
    states={k: _STATES[k] for k in ("draft", "issued")},
    verbs={k: _VERBS[k] for k in ("edit", "delete", "issue", "print")},
    transitions={
        "edit": {"draft": "draft"},
        "delete": {"draft": "draft"},
        "issue": {"draft": "issued"},
        "print": {"issued": "issued"},
    },
)

# VAT rates a Chinese invoice may carry (fractions): 13 %, 9 %, 6 %, the simplified
# levy rates 5 %, 3 % and 1 % of small-scale taxpayers, 0 % (exports) — and exempt.
ALLOWED_RATES = tuple(Decimal(r) for r in ("0.13", "0.09", "0.06", "0.05", "0.03", "0.01", "0"))


def workflow_of(kind: str) -> Workflow:
    return CREDIT_NOTE_WORKFLOW if kind == CREDIT_NOTE else INVOICE_WORKFLOW


def permission_of(kind: str) -> Permission:
    return Permission.CREDIT if kind == CREDIT_NOTE else Permission.INVOICE


def require_for(session: Session, user_id: int, kind: str) -> None:
    require(session, user_id, permission_of(kind))


def get_invoice(session: Session, invoice_id: int, *, lock: bool = False) -> Invoice:
    return get_row(
        session,
        Invoice,
        invoice_id,
        lock=lock,
        missing=QT_TRANSLATE_NOOP("errors", "Invoice {id} does not exist."),
    )


def find_by_number(session: Session, number: str) -> Invoice:
    row = session.scalars(select(Invoice).where(Invoice.number == number.strip())).first()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No invoice or credit note has the number {number}."),
            number=number.strip(),
        )
    return row


def check_rate(rate: Decimal, exempt: bool, line: int) -> None:
    if exempt and rate == 0:
        return
    if rate not in ALLOWED_RATES or exempt:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line}: the tax rate {rate} is not a VAT rate "
                "(13 %, 9 %, 6 %, 5 %, 3 %, 1 %, 0 % or exempt).",
            ),
            line=line,
            rate=f"{(rate * 100).normalize():f} %",
        )
