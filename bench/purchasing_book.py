"""Builds the purchasing benchmark book: a big stock book plus 20,000 purchase orders.

The orders (every state), their lines, receipts, receipt moves and the balances
they change are written with bulk Core inserts, exactly as the services would
have left them: line amounts by ``domain.purchase.line_amounts``, receipt
values by ``domain.stock.receipt_value``, balances = moves, gap-free PO and GR
counters — ``erp-desktop check`` passes on the result.

Without a stock benchmark book to start from (``--big``), a base is made here:
items with a reorder rule in every warehouse, and opening stock for each.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from erp_desktop.db.book import Book
from erp_desktop.db.dialect import is_postgres
from erp_desktop.domain.purchase import line_amounts, totals
from erp_desktop.domain.stock import receipt_value, unit_cost_of
from erp_desktop.domain.text import fold_code
from erp_desktop.models.item import Item, ItemReorder
from erp_desktop.models.location import LocationKind
from erp_desktop.models.party import Party
from erp_desktop.models.purchase import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    PurchaseOrderLine,
)
from erp_desktop.models.stock import StockBalance, StockMove, StockPosting
from erp_desktop.services.numbering import issued_count, set_issued_count
from erp_desktop.services.stock.locations import (
    WarehouseData,
    create_warehouse,
    list_warehouses,
    virtual_location,
)

CHUNK = 20_000
NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
START = date(2025, 12, 1)
RATE = Decimal("0.1300")
STATES = (
    ("received", 55),
    ("partially_received", 15),
    ("confirmed", 12),
    ("closed", 6),
    ("cancelled", 5),
    ("draft", 7),
)


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(_table(model)), rows[start : start + CHUNK])


def _next_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def _reset_sequences(session: Session, models: Iterable[Any]) -> None:
    if not is_postgres(session):
        return
    for model in models:
        name = _table(model).name
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"
            )
        )


# -- the base: items, warehouses, reorder rules, opening stock ---------------------------------
def build_base(book: Book, items: int, warehouses: int, seed: int = 1) -> None:
    rng = random.Random(seed)

    def work(session: Session) -> None:
        have = list_warehouses(session)
        for number in range(len(have) + 1, warehouses + 1):
            create_warehouse(session, 1, WarehouseData(f"WH{number}", f"{number}号仓库"))
        places = [w.id for w in list_warehouses(session)][:warehouses]
        opening = virtual_location(session, LocationKind.OPENING)
        first = _next_id(session, Item)
        item_rows, reorder_rows, move_rows, balances = [], [], [], []
        posting_id = _next_id(session, StockPosting)
        session.execute(
            insert(_table(StockPosting)).values(
                id=posting_id,
                key=uuid.uuid4().hex,
                doc_type="opening",
                posted_at=NOW,
                posted_by_id=1,
            )
        )
        for n in range(items):
            item_id = first + n
            price = Decimal(rng.randint(50, 50_000)).scaleb(-2)
            item_rows.append(
                {
                    "id": item_id,
                    "code": f"B{n:06d}",
                    "code_key": fold_code(f"B{n:06d}"),
                    "name": f"基准商品 {n:06d}",
                    "spec": f"{rng.randint(1, 99)}mm",
                    "category": f"类别 {n % 50}",
                    "base_unit": "个",
                    "unit_precision": 0,
                    "purchase_price": price,
                    "sale_price": price * 2,
                    "tax_rate": RATE,
                    "active": True,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
            total_value = total_quantity = Decimal(0)
            for place in places:
                quantity = Decimal(rng.randint(0, 120))
                reorder_rows.append(
                    {
                        "item_id": item_id,
                        "warehouse_id": place,
                        "reorder_point": Decimal(rng.randint(10, 60)),
                        "reorder_qty": Decimal(rng.choice((20, 50, 100))),
                    }
                )
                if not quantity:
                    continue
                value = receipt_value(quantity, price)
                total_value += value
                total_quantity += quantity
                move_rows.append(
                    {
                        "posting_id": posting_id,
                        "item_id": item_id,
                        "from_location_id": opening,
                        "to_location_id": place,
                        "quantity": quantity,
                        "unit_cost": unit_cost_of(quantity, value),
                        "value": value,
                        "move_date": START,
                        "posted_at": NOW,
                        "posted_by_id": 1,
                        "doc_type": "opening",
                        "reason": "",
                    }
                )
                balances.append(
                    {"item_id": item_id, "location_id": place, "quantity": quantity, "value": value}
                )
            balances.append(
                {
                    "item_id": item_id,
                    "location_id": opening,
                    "quantity": -total_quantity,
                    "value": -total_value,
                }
            )
        _insert(session, Item, item_rows)
        _insert(session, ItemReorder, reorder_rows)
        _insert(session, StockMove, move_rows)
        _insert(session, StockBalance, balances)
        _reset_sequences(session, (Item, StockPosting, StockMove))

    book.run(work)


# -- 20,000 orders -------------------------------------------------------------------------------
def add_orders(book: Book, count: int, seed: int = 2, suppliers: int = 200) -> None:
    rng = random.Random(seed)

    def work(session: Session) -> None:
        warehouse_ids = [w.id for w in list_warehouses(session)]
        supplier_place = virtual_location(session, LocationKind.SUPPLIER)
        items = [
            (row.id, row.purchase_price or Decimal("1.00"))
            for row in session.execute(
                select(Item.id, Item.purchase_price)
                .where(Item.active.is_(True), Item.unit_precision == 0)
                .order_by(Item.id)
            )
        ]
        party_first = _next_id(session, Party)
        _insert(
            session,
            Party,
            [
                {
                    "id": party_first + n,
                    "code": f"BS{n:04d}",
                    "code_key": fold_code(f"BS{n:04d}"),
                    "name": f"基准供应商 {n:04d} 有限公司",
                    "is_supplier": True,
                    "lead_time_days": rng.randint(2, 20),
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for n in range(suppliers)
            ],
        )
        order_id = _next_id(session, PurchaseOrder)
        line_id = _next_id(session, PurchaseOrderLine)
        receipt_id = _next_id(session, GoodsReceipt)
        receipt_line_id = _next_id(session, GoodsReceiptLine)
        posting_id = _next_id(session, StockPosting)
        orders, lines, receipts, receipt_lines, postings, moves = [], [], [], [], [], []
        # Numbers continue after those the book already gave out (a demo book has some).
        po_count: dict[int, int] = defaultdict(int, issued_count(session, "purchase_order"))
        gr_count: dict[int, int] = defaultdict(int, issued_count(session, "goods_receipt"))
        delta: dict[tuple[int, int], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
        weights = [w for _, w in STATES]
        for n in range(count):
            state = rng.choices([s for s, _ in STATES], weights)[0]
            day = START + timedelta(days=n * 360 // count)
            warehouse = rng.choice(warehouse_ids)
            number = None
            if state not in ("draft",) and not (state == "cancelled" and n % 2):
                po_count[day.year] += 1
                number = f"PO-{day.year}-{po_count[day.year]:06d}"
            order_lines = []
            for line_no, (item_id, price) in enumerate(
                rng.sample(items, rng.randint(1, 15)), start=1
            ):
                quantity = Decimal(rng.randint(1, 40) * 5)
                amounts = line_amounts(quantity, price, RATE)
                received = Decimal(0)
                if state == "received":
                    received = quantity
                elif state in ("partially_received", "closed") and line_no % 2:
                    received = (quantity / 2).to_integral_value()
                order_lines.append(
                    {
                        "id": line_id,
                        "order_id": order_id,
                        "line_no": line_no,
                        "item_id": item_id,
                        "unit": "个",
                        "factor": Decimal(1),
                        "quantity": quantity,
                        "base_quantity": quantity,
                        "unit_price": price,
                        "tax_rate": RATE,
                        "net_amount": amounts.net,
                        "tax_amount": amounts.tax,
                        "gross_amount": amounts.gross,
                        "unit_cost": price,
                        "received_quantity": received,
                        "_amounts": amounts,
                    }
                )
                line_id += 1
            total = totals(line.pop("_amounts") for line in order_lines)
            lines.extend(order_lines)
            orders.append(
                {
                    "id": order_id,
                    "number": number,
                    "state": state,
                    "supplier_id": party_first + rng.randrange(suppliers),
                    "warehouse_id": warehouse,
                    "order_date": day,
                    "expected_date": day + timedelta(days=rng.randint(3, 20)),
                    "currency": "CNY",
                    "exchange_rate": Decimal(1),
                    "notes": rng.choice(("", "", "加急", "送货前电话联系")),
                    "net_total": total.net,
                    "tax_total": total.tax,
                    "gross_total": total.gross,
                    "version": 0,
                    "created_by_id": 1,
                    "created_at": NOW,
                    "updated_at": NOW,
                    "confirmed_by_id": 1 if number else None,
                    "confirmed_at": NOW if number else None,
                    "end_reason": "",
                }
            )
            arriving = [line for line in order_lines if line["received_quantity"] > 0]
            if arriving:
                received_on = min(day + timedelta(days=rng.randint(2, 10)), date(2026, 11, 28))
                gr_count[received_on.year] += 1
                gr_number = f"GR-{received_on.year}-{gr_count[received_on.year]:06d}"
                postings.append(
                    {
                        "id": posting_id,
                        "key": uuid.uuid4().hex,
                        "doc_type": "receipt",
                        "doc_id": receipt_id,
                        "doc_number": gr_number,
                        "posted_at": NOW,
                        "posted_by_id": 1,
                    }
                )
                receipts.append(
                    {
                        "id": receipt_id,
                        "number": gr_number,
                        "order_id": order_id,
                        "supplier_id": orders[-1]["supplier_id"],
                        "warehouse_id": warehouse,
                        "receipt_date": received_on,
                        "note": "",
                        "posting_id": posting_id,
                        "created_by_id": 1,
                        "created_at": NOW,
                    }
                )
                for number_in_receipt, line in enumerate(arriving, start=1):
                    value = receipt_value(line["received_quantity"], line["unit_cost"])
                    receipt_lines.append(
                        {
                            "id": receipt_line_id,
                            "receipt_id": receipt_id,
                            "line_no": number_in_receipt,
                            "order_line_id": line["id"],
                            "item_id": line["item_id"],
                            "quantity": line["received_quantity"],
                            "unit_cost": line["unit_cost"],
                            "value": value,
                            "returned_quantity": Decimal(0),
                            "returned_value": Decimal(0),
                        }
                    )
                    moves.append(
                        {
                            "posting_id": posting_id,
                            "item_id": line["item_id"],
                            "from_location_id": supplier_place,
                            "to_location_id": warehouse,
                            "quantity": line["received_quantity"],
                            "unit_cost": unit_cost_of(line["received_quantity"], value),
                            "value": value,
                            "move_date": received_on,
                            "posted_at": NOW,
                            "posted_by_id": 1,
                            "doc_type": "receipt",
                            "doc_id": receipt_id,
                            "doc_line_id": receipt_line_id,
                            "doc_number": gr_number,
                            "reason": "",
                        }
                    )
                    for pair, sign in (
                        ((line["item_id"], warehouse), 1),
                        ((line["item_id"], supplier_place), -1),
                    ):
                        delta[pair][0] += sign * line["received_quantity"]
                        delta[pair][1] += sign * value
                    receipt_line_id += 1
                receipt_id += 1
                posting_id += 1
            order_id += 1
        _insert(session, PurchaseOrder, orders)
        _insert(session, PurchaseOrderLine, lines)
        _insert(session, StockPosting, postings)
        _insert(session, GoodsReceipt, receipts)
        _insert(session, GoodsReceiptLine, receipt_lines)
        _insert(session, StockMove, moves)
        _apply_deltas(session, delta)
        for series, counts in (("purchase_order", po_count), ("goods_receipt", gr_count)):
            for year, used in counts.items():
                set_issued_count(session, series, year, used)
            session.flush()
        _reset_sequences(
            session,
            (
                Party,
                PurchaseOrder,
                PurchaseOrderLine,
                GoodsReceipt,
                GoodsReceiptLine,
                StockPosting,
                StockMove,
            ),
        )

    book.run(work)


def _apply_deltas(session: Session, delta: dict[tuple[int, int], list[Decimal]]) -> None:
    balance = _table(StockBalance)
    existing = {
        (row[0], row[1]): (row[2], row[3])
        for row in session.execute(
            select(balance.c.item_id, balance.c.location_id, balance.c.quantity, balance.c.value)
        )
    }
    new, changed = [], []
    for (item_id, place), (quantity, value) in delta.items():
        if (item_id, place) in existing:
            old_q, old_v = existing[(item_id, place)]
            changed.append({"i": item_id, "l": place, "q": old_q + quantity, "v": old_v + value})
        else:
            new.append(
                {"item_id": item_id, "location_id": place, "quantity": quantity, "value": value}
            )
    _insert(session, StockBalance, new)
    from sqlalchemy import bindparam

    statement = (
        update(balance)
        .where(balance.c.item_id == bindparam("i"), balance.c.location_id == bindparam("l"))
        .values(quantity=bindparam("q"), value=bindparam("v"))
    )
    for start in range(0, len(changed), CHUNK):
        session.execute(statement, changed[start : start + CHUNK])
