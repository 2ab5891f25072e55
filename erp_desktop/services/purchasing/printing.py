"""The purchase order and receipt note as they print: plain views for ``reports.purchasing``.

The rules live here, not in the layout: only an order the workflow lets
print (confirmed and later; never a draft or a cancelled one) becomes an
``OrderPrint``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.purchase import ORDER_WORKFLOW
from erp_desktop.domain.tax import EXEMPT, TaxRate
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location
from erp_desktop.models.party import Party
from erp_desktop.models.purchase import PurchaseOrderLine
from erp_desktop.reports.purchasing import (
    OrderPrint,
    OrderPrintLine,
    ReceiptPrint,
    ReceiptPrintLine,
    SupplierView,
)
from erp_desktop.reports.views import ItemView, PlaceView
from erp_desktop.services.printing import company_view
from erp_desktop.services.purchasing.orders import get_order
from erp_desktop.services.purchasing.receipts import get_receipt


def order_print(session: Session, order_id: int) -> OrderPrint:
    """The order as the supplier gets it; refused (StateError) for drafts and cancelled ones."""
    order = get_order(session, order_id)
    ORDER_WORKFLOW.target(order.state, "print")
    supplier = session.get(Party, order.supplier_id)
    warehouse = session.get(Location, order.warehouse_id)
    assert supplier is not None and warehouse is not None
    items = _items(session, {line.item_id for line in order.lines})
    return OrderPrint(
        company=company_view(session),
        number=order.number or "",
        order_date=order.order_date,
        expected_date=order.expected_date,
        currency=order.currency,
        version=order.version,
        notes=order.notes,
        supplier=_supplier(supplier),
        warehouse=PlaceView(warehouse.code, warehouse.name, warehouse.address),
        lines=tuple(
            OrderPrintLine(
                item=items[line.item_id],
                unit=line.unit,
                quantity=line.quantity,
                unit_price=line.unit_price,
                net=line.net_amount,
                tax_rate=EXEMPT if line.tax_rate is None else TaxRate(line.tax_rate),
                tax=line.tax_amount,
            )
            for line in order.lines
        ),
        net_total=order.net_total,
        tax_total=order.tax_total,
        gross_total=order.gross_total,
    )


def receipt_print(session: Session, receipt_id: int) -> ReceiptPrint:
    receipt = get_receipt(session, receipt_id)
    order = get_order(session, receipt.order_id, load_lines=False)
    supplier = session.get(Party, receipt.supplier_id)
    warehouse = session.get(Location, receipt.warehouse_id)
    assert supplier is not None and warehouse is not None
    ordered = dict(
        session.execute(
            select(PurchaseOrderLine.id, PurchaseOrderLine.base_quantity).where(
                PurchaseOrderLine.order_id == order.id
            )
        ).all()
    )
    items = _items(session, {line.item_id for line in receipt.lines})
    ordered_into = None
    if warehouse.id != order.warehouse_id:
        planned = session.get(Location, order.warehouse_id)
        ordered_into = planned.name if planned else ""
    return ReceiptPrint(
        company=company_view(session),
        number=receipt.number,
        receipt_date=receipt.receipt_date,
        order_number=order.number or "",
        warehouse=warehouse.name,
        ordered_into=ordered_into,
        note=receipt.note,
        supplier=_supplier(supplier),
        lines=tuple(
            ReceiptPrintLine(items[line.item_id], ordered[line.order_line_id], line.quantity)
            for line in receipt.lines
        ),
    )


def _supplier(party: Party) -> SupplierView:
    return SupplierView(
        name=party.name,
        tax_id=party.tax_id,
        address=party.address,
        phone=party.phone,
        bank_name=party.bank_name,
        bank_account=party.bank_account,
        contact=party.contact,
        payment_terms=party.payment_terms,
    )


def _items(session: Session, ids: Iterable[int]) -> dict[int, ItemView]:
    rows = session.execute(
        select(Item.id, Item.code, Item.name, Item.spec, Item.base_unit, Item.unit_precision).where(
            Item.id.in_(set(ids))
        )
    )
    return {
        row.id: ItemView(row.code, row.name, row.spec, row.base_unit, row.unit_precision)
        for row in rows
    }
