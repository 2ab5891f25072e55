"""The transfer note (调拨单): the paper that travels with the goods.

Number, route (from → to, with the warehouses' addresses), carrier or vehicle,
the lines with the quantities shipped, and boxes for the shipper, the carrier
and the receiver to sign. No costs: the carrier and the receiving clerk read
it. While the goods are on the road the 实收数量 (received) column is left
blank for the receiver to write in; printed again after receiving or closing,
it shows what arrived, and a transfer closed with a shortage says on each
short line how much never arrived, and why, under the table. The QR code holds
the number, so the receiving warehouse can scan it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from erp_desktop.domain.formatting import format_date, format_quantity
from erp_desktop.domain.stock import ADJUSTMENT_REASONS
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg, cli_translator
from erp_desktop.reports.document import (
    Column,
    Field,
    PartyBlock,
    PdfDocument,
    company_block,
    label,
)
from erp_desktop.reports.views import CompanyView, ItemView, PlaceView


@dataclass(frozen=True)
class TransferNoteLine:
    line_no: int
    item: ItemView
    shipped: Decimal
    received: Decimal
    short: Decimal  # written off when the transfer was closed


@dataclass(frozen=True)
class ShortageView:
    """A closing with a shortage: when, by whom, why (a reason key), what was noted."""

    event_date: date
    by: str
    reason: str
    note: str


@dataclass(frozen=True)
class TransferNote:
    company: CompanyView
    number: str
    ship_date: date
    planned_date: date
    carrier: str
    shipped_by: str
    note: str
    source: PlaceView
    destination: PlaceView
    lines: tuple[TransferNoteLine, ...]
    arrived: bool  # something was received or closed: print the received column
    shortages: tuple[ShortageView, ...] = ()


def _place(title: str, place: PlaceView) -> PartyBlock:
    lines: list[Field | str] = [
        Field(label(QT_TRANSLATE_NOOP("reports", "Warehouse")), f"{place.code}  {place.name}")
    ]
    if place.address:
        lines.append(Field(label(QT_TRANSLATE_NOOP("reports", "Address")), place.address))
    return PartyBlock(label(title), tuple(lines))


def _sum(values: list[Decimal], view: TransferNote) -> str:
    """A column total, only when every line is in one unit (kilograms + pieces mean nothing)."""
    if len({line.item.unit for line in view.lines}) != 1:
        return ""
    return format_quantity(sum(values, Decimal(0)), max(line.item.places for line in view.lines))


def _remark(line: TransferNoteLine) -> Msg | str:
    if not line.short:
        return ""
    return Msg(
        QT_TRANSLATE_NOOP("reports", "Short {quantity}"),
        "reports",
        {"quantity": format_quantity(line.short, line.item.places)},
    )


def _remarks(view: TransferNote, language: str) -> str:
    translate = cli_translator(language)
    parts = [view.note] if view.note else []
    for shortage in view.shortages:
        reason = Msg(ADJUSTMENT_REASONS.get(shortage.reason, shortage.reason), "reasons")
        parts.append(
            Msg(
                QT_TRANSLATE_NOOP(
                    "reports", "Closed with a shortage on {date} by {user}: {reason}. {note}"
                ),
                "reports",
                {
                    "date": format_date(shortage.event_date, language),
                    "user": shortage.by,
                    "reason": reason,
                    "note": shortage.note,
                },
            )
            .render(translate)
            .strip()
        )
    return "\n".join(parts)


def transfer_note(view: TransferNote) -> PdfDocument:
    """The note of a shipped transfer (drafts have no number and are not printed)."""
    language = view.company.language
    rows = tuple(
        (
            str(line.line_no),
            line.item.code,
            line.item.name,
            line.item.spec,
            line.item.unit,
            format_quantity(line.shipped, line.item.places),
            format_quantity(line.received, line.item.places) if view.arrived else "",
            _remark(line),
        )
        for line in view.lines
    )
    total = _sum([line.shipped for line in view.lines], view)
    received = _sum([line.received for line in view.lines], view) if view.arrived else ""
    short = [line.short for line in view.lines]
    short_total = _sum(short, view) if any(short) else ""
    fields = [
        Field(
            label(QT_TRANSLATE_NOOP("reports", "Ship date")), format_date(view.ship_date, language)
        ),
        Field(
            label(QT_TRANSLATE_NOOP("reports", "Planned date")),
            format_date(view.planned_date, language),
        ),
        Field(label(QT_TRANSLATE_NOOP("reports", "Carrier / vehicle")), view.carrier or "—"),
        Field(label(QT_TRANSLATE_NOOP("reports", "Shipped by")), view.shipped_by),
    ]
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Transfer note")),
        number=view.number,
        date=view.ship_date,
        language=language,
        company=company_block(view.company),
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
                received,
                Msg(
                    QT_TRANSLATE_NOOP("reports", "Short {quantity}"),
                    "reports",
                    {"quantity": short_total},
                )
                if short_total
                else "",
            ),
        ),
        remarks=_remarks(view, language),
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Shipper")),
            label(QT_TRANSLATE_NOOP("reports", "Carrier")),
            label(QT_TRANSLATE_NOOP("reports", "Receiver")),
        ),
        qr_payload=view.number,
    )
