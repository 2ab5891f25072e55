"""Tax classification codes on invoice lines: frozen from the item when issuing.

With the book setting ``einvoice_codes_required`` a line without a code is
refused at issue, naming the line; without it the invoice issues and the batch
export lists the line as what keeps the document out of the workbook.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.tax_codes import ZeroRateKind
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.invoice import Invoice, InvoiceLine
from erp_desktop.models.item import Item
from erp_desktop.services.book_settings import get_setting


def stamp_tax_codes(session: Session, row: Invoice) -> None:
    """Copy each line's code and zero-rate kind from its item (a credit note's line
    from the line it credits); refuse a line without a code if the book says so."""
    item_ids = {line.item_id for line in row.lines if line.item_id is not None}
    items = {
        r.id: (r.tax_code, r.zero_rate_kind)
        for r in session.execute(
            select(Item.id, Item.tax_code, Item.zero_rate_kind).where(Item.id.in_(item_ids))
        )
    }
    credited_ids = {line.credited_line_id for line in row.lines if line.credited_line_id}
    credited = {
        r.id: (r.tax_code, r.zero_rate_kind)
        for r in session.execute(
            select(InvoiceLine.id, InvoiceLine.tax_code, InvoiceLine.zero_rate_kind).where(
                InvoiceLine.id.in_(credited_ids)
            )
        )
    }
    for line in row.lines:
        code, kind = "", ""
        if line.credited_line_id in credited:
            code, kind = credited[line.credited_line_id]  # type: ignore[index]
        elif line.item_id in items:
            code, kind = items[line.item_id]  # type: ignore[index]
        line.tax_code = code or line.tax_code
        if line.tax_rate != 0:
            line.zero_rate_kind = ZeroRateKind.NONE.value
        else:
            line.zero_rate_kind = (
                kind or (ZeroRateKind.EXEMPT if line.tax_exempt else ZeroRateKind.ZERO).value
            )
    if get_setting(session, "einvoice_codes_required"):
        for line in row.lines:
            if not line.tax_code:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Line {line} ({name}) has no tax classification code: enter the "
                        "19-digit code in the item's record before issuing.",
                    ),
                    line=line.line_no,
                    name=line.description,
                )
