"""Printed stock documents: a stock adjustment and a count sheet, as PDF.

Laid out from the views ``services.stock.printing`` builds (the posted moves'
values for a posted adjustment, the on-hand of the sheet for a count). Unit
costs and values are in the view only for users who may see costs. A draft
carries the "Draft" watermark.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from erp_desktop.domain.formatting import format_money, format_price, format_quantity
from erp_desktop.domain.stock import ADJUSTMENT_REASONS
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg, cli_translator
from erp_desktop.reports.document import (
    DRAFT,
    Column,
    Field,
    PdfDocument,
    company_block,
    label,
    render_document,
)
from erp_desktop.reports.views import CompanyView, ItemView


@dataclass(frozen=True)
class Costed:
    """What the posting stored for a line: the unit cost and the signed value."""

    unit_cost: Decimal
    value: Decimal


@dataclass(frozen=True)
class AdjustmentPrintLine:
    item: ItemView
    quantity: Decimal  # signed: + found, − lost
    costed: Costed | None  # None: not posted, or the user may not see costs


@dataclass(frozen=True)
class AdjustmentPrint:
    company: CompanyView
    number: str
    adjustment_date: date
    draft: bool
    warehouse: str
    reason: str  # a key of domain.stock.ADJUSTMENT_REASONS (or free text)
    note: str
    posted_by: str | None
    posted_at: datetime | None
    show_costs: bool
    lines: tuple[AdjustmentPrintLine, ...]


@dataclass(frozen=True)
class CountPrintLine:
    line_no: int
    item: ItemView
    book_quantity: Decimal  # at posting for a posted count, else on the sheet
    counted: Decimal | None
    difference: Decimal | None  # posted counts only


@dataclass(frozen=True)
class CountPrint:
    company: CompanyView
    number: str
    count_date: date
    posted: bool
    warehouse: str  # "code  name"
    created_at: datetime
    category: str
    note: str
    changed_lines: int
    lines: tuple[CountPrintLine, ...]


def _signed(value: Decimal, places: int) -> str:
    text = format_quantity(value, places)
    return f"+{text}" if value > 0 else text


def adjustment_document(view: AdjustmentPrint) -> PdfDocument:
    language = view.company.language
    costs = view.show_costs
    columns = [
        Column(label(QT_TRANSLATE_NOOP("reports", "Line")), 0.45, "center"),
        Column(label(QT_TRANSLATE_NOOP("reports", "Item code")), 1.1),
        Column(label(QT_TRANSLATE_NOOP("reports", "Item name")), 2.4),
        Column(label(QT_TRANSLATE_NOOP("reports", "Specification")), 1.4),
        Column(label(QT_TRANSLATE_NOOP("reports", "Unit")), 0.55, "center"),
        Column(label(QT_TRANSLATE_NOOP("reports", "Quantity")), 0.9, "right"),
    ]
    if costs:
        columns += [
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit cost")), 1.0, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Value")), 1.1, "right"),
        ]
    rows = []
    total = Decimal("0.00")
    for number, line in enumerate(view.lines, start=1):
        item = line.item
        row: list[str | Msg] = [
            str(number),
            item.code,
            item.name,
            item.spec,
            item.unit,
            _signed(line.quantity, item.places),
        ]
        if costs:
            posted = line.costed
            row += (  # the cost the posting stored (rounded half up), not worked out again
                [format_price(posted.unit_cost), format_money(posted.value)] if posted else ["", ""]
            )
            total += posted.value if posted else 0
        rows.append(tuple(row))
    totals: tuple[tuple[str | Msg, ...], ...] = ()
    if costs and not view.draft:
        empty: list[str | Msg] = [""] * (len(columns) - 2)
        totals = ((label(QT_TRANSLATE_NOOP("reports", "Total")), *empty, format_money(total)),)
    fields = [
        Field(label(QT_TRANSLATE_NOOP("reports", "Warehouse")), view.warehouse),
        Field(
            label(QT_TRANSLATE_NOOP("reports", "Reason")),
            Msg(ADJUSTMENT_REASONS.get(view.reason, view.reason), "reasons").render(
                cli_translator(language)
            ),
        ),
    ]
    if view.posted_at is not None:
        fields.append(
            Field(
                label(QT_TRANSLATE_NOOP("reports", "Posted by")),
                f"{view.posted_by or ''}  {view.posted_at.astimezone().strftime('%Y-%m-%d %H:%M')}",
            )
        )
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Stock adjustment")),
        number=view.number,
        date=view.adjustment_date,
        language=language,
        company=company_block(view.company),
        columns=tuple(columns),
        rows=tuple(rows),
        fields=tuple(fields),
        totals=totals,
        remarks=view.note,
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Prepared by")),
            label(QT_TRANSLATE_NOOP("reports", "Warehouse keeper")),
            label(QT_TRANSLATE_NOOP("reports", "Approved by")),
        ),
        watermark=DRAFT if view.draft else None,
    )


def count_document(view: CountPrint) -> PdfDocument:
    """The sheet to count with (blank boxes for a draft), or the posted result."""
    language = view.company.language
    posted = view.posted
    columns = (
        Column(label(QT_TRANSLATE_NOOP("reports", "Line")), 0.45, "center"),
        Column(label(QT_TRANSLATE_NOOP("reports", "Item code")), 1.1),
        Column(label(QT_TRANSLATE_NOOP("reports", "Item name")), 2.4),
        Column(label(QT_TRANSLATE_NOOP("reports", "Specification")), 1.3),
        Column(label(QT_TRANSLATE_NOOP("reports", "Unit")), 0.55, "center"),
        Column(label(QT_TRANSLATE_NOOP("reports", "Book quantity")), 1.0, "right"),
        Column(label(QT_TRANSLATE_NOOP("reports", "Counted")), 1.0, "right"),
        Column(
            label(
                QT_TRANSLATE_NOOP("reports", "Difference booked")
                if posted
                else QT_TRANSLATE_NOOP("reports", "Remarks")
            ),
            1.1,
            "right" if posted else "left",
        ),
    )
    rows = []
    for line in view.lines:
        places = line.item.places
        rows.append(
            (
                str(line.line_no),
                line.item.code,
                line.item.name,
                line.item.spec,
                line.item.unit,
                format_quantity(line.book_quantity, places),
                format_quantity(line.counted, places) if line.counted is not None else "",
                _signed(line.difference, places) if posted and line.difference is not None else "",
            )
        )
    fields = [
        Field(
            label(QT_TRANSLATE_NOOP("reports", "Warehouse")),
            view.warehouse,
        ),
        Field(
            label(QT_TRANSLATE_NOOP("reports", "Sheet made")),
            view.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        ),
    ]
    if view.category:
        fields.append(Field(label(QT_TRANSLATE_NOOP("reports", "Category")), view.category))
    remarks = view.note
    if posted and view.changed_lines:
        remarks = (
            remarks
            + " "
            + Msg(
                QT_TRANSLATE_NOOP(
                    "reports",
                    "{count} lines had moved since the sheet was made: the book quantity "
                    "shown is the one at posting, and the difference was taken against it.",
                ),
                "reports",
                {"count": view.changed_lines},
            ).render(cli_translator(language))
        ).strip()
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Stock count")),
        number=view.number,
        date=view.count_date,
        language=language,
        company=company_block(view.company),
        columns=columns,
        rows=tuple(rows),
        fields=tuple(fields),
        remarks=remarks,
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Counted by")),
            label(QT_TRANSLATE_NOOP("reports", "Checked by")),
            label(QT_TRANSLATE_NOOP("reports", "Warehouse keeper")),
        ),
        watermark=DRAFT if not posted else None,
    )


def adjustment_pdf(view: AdjustmentPrint) -> bytes:
    return render_document(adjustment_document(view))


def count_sheet_pdf(view: CountPrint) -> bytes:
    return render_document(count_document(view))
