"""Printed stock documents: a stock adjustment and a count sheet, as PDF.

Built from what the book holds (the posted moves' values for a posted
adjustment, the on-hand of the sheet for a count), laid out by the shared
document base. Unit costs and values are printed only for users who may see
costs. A draft carries the "Draft" watermark.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.documents import DocType
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.stock import ADJUSTMENT_REASONS
from erp_desktop.domain.stock_documents import StockDocState
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg, cli_translator
from erp_desktop.models.location import Location
from erp_desktop.models.stock import StockMove
from erp_desktop.reports.document import (
    DRAFT,
    Column,
    CompanyBlock,
    Field,
    PdfDocument,
    label,
    render_document,
)
from erp_desktop.reports.formatting import format_amount, format_price, format_quantity
from erp_desktop.services.company import get_company
from erp_desktop.services.permissions import may
from erp_desktop.services.stock.documents import adjustment_view, count_view


def _company(session: Session) -> tuple[CompanyBlock, str]:
    company = get_company(session)
    if company is None:
        return CompanyBlock(""), "en"
    lines = tuple(
        part
        for part in (" ".join(p for p in (company.address, company.phone) if p), company.tax_id)
        if part
    )
    return CompanyBlock(company.name, lines), company.language


def _signed(value: Decimal, places: int) -> str:
    text = format_quantity(value, places)
    return f"+{text}" if value > 0 else text


def adjustment_pdf(session: Session, user_id: int, adjustment_id: int) -> bytes:
    view = adjustment_view(session, adjustment_id)
    company, language = _company(session)
    costs = may(session, user_id, Permission.SEE_COSTS)
    values: dict[int, tuple[Decimal, Decimal]] = {}  # line id → signed value, unit cost
    if view.state == StockDocState.POSTED:
        moves = session.execute(
            select(
                StockMove.doc_line_id,
                StockMove.value,
                StockMove.unit_cost,
                StockMove.to_location_id,
            ).where(StockMove.doc_type == DocType.ADJUSTMENT, StockMove.doc_id == adjustment_id)
        )
        for line_id, value, unit_cost, target in moves:
            values[line_id] = (value if target == view.warehouse_id else -value, unit_cost)
    from erp_desktop.models.adjustment import StockAdjustmentLine

    line_ids = list(
        session.scalars(
            select(StockAdjustmentLine.id)
            .where(StockAdjustmentLine.adjustment_id == adjustment_id)
            .order_by(StockAdjustmentLine.line_no)
        )
    )
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
    for number, (line, line_id) in enumerate(zip(view.lines, line_ids, strict=True), start=1):
        item = line.item
        row: list[str | Msg] = [
            str(number),
            item.code,
            item.name,
            item.spec,
            item.base_unit,
            _signed(line.quantity, item.unit_precision),
        ]
        if costs:
            posted = values.get(line_id)
            row += (  # the cost the posting stored (rounded half up), not worked out again
                [format_price(posted[1]), format_amount(posted[0])] if posted else ["", ""]
            )
            total += posted[0] if posted else 0
        rows.append(tuple(row))
    totals: tuple[tuple[str | Msg, ...], ...] = ()
    if costs and view.state == StockDocState.POSTED:
        empty: list[str | Msg] = [""] * (len(columns) - 2)
        totals = ((label(QT_TRANSLATE_NOOP("reports", "Total")), *empty, format_amount(total)),)
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
    document = PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Stock adjustment")),
        number=view.number or "",
        date=view.adjustment_date,
        language=language,
        company=company,
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
        watermark=DRAFT if view.state == StockDocState.DRAFT else None,
    )
    return render_document(document)


def count_sheet_pdf(session: Session, user_id: int, count_id: int) -> bytes:
    """The sheet to count with (blank boxes for a draft), or the posted result."""
    view = count_view(session, count_id)
    company, language = _company(session)
    posted = view.state == StockDocState.POSTED
    warehouse = session.get(Location, view.warehouse_id)
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
        places = line.item.unit_precision
        rows.append(
            (
                str(line.line_no),
                line.item.code,
                line.item.name,
                line.item.spec,
                line.item.base_unit,
                format_quantity(
                    line.posted_on_hand
                    if posted and line.posted_on_hand is not None
                    else line.sheet_quantity,
                    places,
                ),
                format_quantity(line.counted, places) if line.counted is not None else "",
                _signed(line.difference, places) if posted and line.difference is not None else "",
            )
        )
    fields = [
        Field(
            label(QT_TRANSLATE_NOOP("reports", "Warehouse")),
            f"{warehouse.code}  {view.warehouse}" if warehouse else view.warehouse,
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
    document = PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Stock count")),
        number=view.number or "",
        date=view.count_date,
        language=language,
        company=company,
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
    return render_document(document)
