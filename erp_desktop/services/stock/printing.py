"""Stock adjustments and count sheets as they print: plain views for ``reports.stock``.

The rules live here: costs and values go into the view only for a user who
may see costs, and they are the ones the posting stored (never worked out
again).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.documents import DocType
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.stock_documents import StockDocState
from erp_desktop.models.adjustment import StockAdjustmentLine
from erp_desktop.models.location import Location
from erp_desktop.models.stock import StockMove
from erp_desktop.reports.stock import (
    AdjustmentPrint,
    AdjustmentPrintLine,
    Costed,
    CountPrint,
    CountPrintLine,
)
from erp_desktop.reports.views import ItemView
from erp_desktop.services.permissions import may
from erp_desktop.services.printing import company_view
from erp_desktop.services.stock.documents import adjustment_view, count_view
from erp_desktop.services.stock.items import ItemChoice


def _item(item: ItemChoice) -> ItemView:
    return ItemView(item.code, item.name, item.spec, item.base_unit, item.unit_precision)


def adjustment_print(session: Session, user_id: int, adjustment_id: int) -> AdjustmentPrint:
    view = adjustment_view(session, adjustment_id)
    costs = may(session, user_id, Permission.SEE_COSTS)
    stored: dict[int, Costed] = {}  # line id → what the posting stored
    if costs and view.state == StockDocState.POSTED:
        moves = session.execute(
            select(
                StockMove.doc_line_id,
                StockMove.value,
                StockMove.unit_cost,
                StockMove.to_location_id,
            ).where(StockMove.doc_type == DocType.ADJUSTMENT, StockMove.doc_id == adjustment_id)
        )
        for line_id, value, unit_cost, target in moves:
            if line_id is None:  # every adjustment move names its line; be safe
                continue
            signed: Decimal = value if target == view.warehouse_id else -value
            stored[line_id] = Costed(unit_cost, signed)
    line_ids = session.scalars(
        select(StockAdjustmentLine.id)
        .where(StockAdjustmentLine.adjustment_id == adjustment_id)
        .order_by(StockAdjustmentLine.line_no)
    ).all()
    return AdjustmentPrint(
        company=company_view(session),
        number=view.number or "",
        adjustment_date=view.adjustment_date,
        draft=view.state == StockDocState.DRAFT,
        warehouse=view.warehouse,
        reason=view.reason,
        note=view.note,
        posted_by=view.posted_by,
        posted_at=view.posted_at,
        show_costs=costs,
        lines=tuple(
            AdjustmentPrintLine(_item(line.item), line.quantity, stored.get(line_id))
            for line, line_id in zip(view.lines, line_ids, strict=True)
        ),
    )


def count_print(session: Session, count_id: int) -> CountPrint:
    view = count_view(session, count_id)
    posted = view.state == StockDocState.POSTED
    warehouse = session.get(Location, view.warehouse_id)
    return CountPrint(
        company=company_view(session),
        number=view.number or "",
        count_date=view.count_date,
        posted=posted,
        warehouse=f"{warehouse.code}  {view.warehouse}" if warehouse else view.warehouse,
        created_at=view.created_at,
        category=view.category,
        note=view.note,
        changed_lines=view.changed_lines,
        lines=tuple(
            CountPrintLine(
                line_no=line.line_no,
                item=_item(line.item),
                book_quantity=line.posted_on_hand
                if posted and line.posted_on_hand is not None
                else line.sheet_quantity,
                counted=line.counted,
                difference=line.difference,
            )
            for line in view.lines
        ),
    )
