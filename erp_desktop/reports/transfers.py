"""The transfer note (调拨单): the paper that travels with the goods.

Number, route (from → to, with the warehouses' addresses), carrier or vehicle,
the lines with the quantities shipped, columns left blank for the receiver to
write what arrived, and boxes for the shipper, the carrier and the receiver to
sign. No costs: the carrier and the receiving clerk read it. The QR code holds
the number, so the receiving warehouse can scan it.
"""

from __future__ import annotations

from erp_desktop.domain.formatting import format_date, format_quantity
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.reports.document import (
    Column,
    CompanyBlock,
    Field,
    PartyBlock,
    PdfDocument,
    label,
)
from erp_desktop.services.company import CompanyProfile
from erp_desktop.services.transfers.orders import Place, TransferView


def _place(title: str, place: Place) -> PartyBlock:
    lines: list[Field | str] = [
        Field(label(QT_TRANSLATE_NOOP("reports", "Warehouse")), f"{place.code}  {place.name}")
    ]
    if place.address:
        lines.append(Field(label(QT_TRANSLATE_NOOP("reports", "Address")), place.address))
    return PartyBlock(label(title), tuple(lines))


def transfer_note(view: TransferView, company: CompanyProfile, language: str) -> PdfDocument:
    """The note of a shipped transfer (drafts have no number and are not printed)."""
    if view.number is None or view.ship_date is None:
        raise ValueError("only a shipped transfer has a transfer note")
    rows = tuple(
        (
            str(line.line_no),
            line.item.code,
            line.item.name,
            line.item.spec,
            line.item.base_unit,
            format_quantity(line.shipped, line.item.unit_precision),
            "",
            "",
        )
        for line in view.lines
    )
    units = {line.item.base_unit for line in view.lines}
    total = ""
    if len(units) == 1:  # a sum of kilograms and pieces would mean nothing
        places = max(line.item.unit_precision for line in view.lines)
        total = format_quantity(sum(line.shipped for line in view.lines), places)
    fields = [
        Field(
            label(QT_TRANSLATE_NOOP("reports", "Ship date")), format_date(view.ship_date, language)
        ),
        Field(
            label(QT_TRANSLATE_NOOP("reports", "Planned date")),
            format_date(view.planned_date, language),
        ),
        Field(label(QT_TRANSLATE_NOOP("reports", "Carrier / vehicle")), view.carrier or "—"),
        Field(label(QT_TRANSLATE_NOOP("reports", "Shipped by")), view.shipped_by or ""),
    ]
    contact = "  ".join(part for part in (company.address, company.phone) if part)
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Transfer note")),
        number=view.number,
        date=view.ship_date,
        language=language,
        company=CompanyBlock(company.name, (contact,) if contact else ()),
        parties=(
            _place(QT_TRANSLATE_NOOP("reports", "From (shipping warehouse)"), view.source),
            _place(QT_TRANSLATE_NOOP("reports", "To (receiving warehouse)"), view.destination),
        ),
        fields=tuple(fields),
        columns=(
            Column(label(QT_TRANSLATE_NOOP("reports", "Line")), 0.45, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Code")), 1.1),
            Column(label(QT_TRANSLATE_NOOP("reports", "Item name")), 2.4),
            Column(label(QT_TRANSLATE_NOOP("reports", "Specification")), 1.4),
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit")), 0.55, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Shipped")), 0.9, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Received")), 0.9, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Remarks")), 1.1),
        ),
        rows=rows,
        totals=(
            (
                label(QT_TRANSLATE_NOOP("reports", "Total")),
                "",
                Msg(
                    QT_TRANSLATE_NOOP("reports", "{count} line(s)"), "reports", {"count": len(rows)}
                ),
                "",
                "",
                total,
                "",
                "",
            ),
        ),
        remarks=view.note,
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Shipper")),
            label(QT_TRANSLATE_NOOP("reports", "Carrier")),
            label(QT_TRANSLATE_NOOP("reports", "Receiver")),
        ),
        qr_payload=view.number,
    )
