"""What invoices and credit notes share: series, tax rates, finding and locking one.

Their kinds, states and workflows are in ``domain.invoice``.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.invoice import InvoiceKind
from erp_desktop.domain.permissions import Permission
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.invoice import Invoice
from erp_desktop.services.permissions import require
from erp_desktop.services.rows import get_row

SERIES = {InvoiceKind.INVOICE: "invoice", InvoiceKind.CREDIT_NOTE: "credit_note"}

# VAT rates a Chinese invoice may carry (fractions): 13 %, 9 %, 6 %, the simplified
# levy rates 5 %, 3 % and 1 % of small-scale taxpayers, 0 % (exports) — and exempt.
ALLOWED_RATES = tuple(Decimal(r) for r in ("0.13", "0.09", "0.06", "0.05", "0.03", "0.01", "0"))


def permission_of(kind: str) -> Permission:
    return Permission.CREDIT if kind == InvoiceKind.CREDIT_NOTE else Permission.INVOICE


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
