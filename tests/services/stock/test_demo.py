"""The stock demo: a small book built by the bulk path passes every check."""

from __future__ import annotations

from decimal import Decimal as D

from sqlalchemy import func, select

from erp_desktop.models.item import Item
from erp_desktop.models.stock import StockMove
from erp_desktop.services.checks import run_checks
from erp_desktop.services.demo import DemoOptions
from erp_desktop.services.demo import stock as stock_demo
from erp_desktop.services.stock.adjustments import (
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    post_adjustment,
)
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.stock.posting import new_key


def test_demo_builds_a_book_that_passes_check(book, admin_id) -> None:
    stock_demo.build(book, DemoOptions(items=300, warehouses=3, moves=3_000), lambda *_: None)
    report = book.read(run_checks)
    assert report.ok, [str(p.message) for p in report.problems]

    def counts(s):
        return (
            s.scalar(select(func.count()).select_from(Item)),
            len(list_warehouses(s)),
            s.scalar(select(func.count()).select_from(StockMove)),
            s.scalars(select(StockMove).where(StockMove.doc_type == "opening").limit(1)).one(),
        )

    items, warehouses, moves, opening = book.read(counts)
    assert (items, warehouses, moves) == (300, 3, 3_000)
    price = book.read(lambda s: s.get(Item, opening.item_id).purchase_price)
    assert opening.value == (opening.quantity * price).quantize(D("0.01"))

    # The services go on where the demo stopped: numbers, ids and sequences continue.
    warehouse = book.read(list_warehouses)[0].id

    def adjust(s):
        data = AdjustmentInput(
            warehouse, opening.move_date, "found", [AdjustmentLineInput(1, D("1"))]
        )
        return post_adjustment(s, admin_id, create_adjustment(s, admin_id, data).value, new_key())

    assert book.run(adjust).number.startswith("ADJ-")
    assert book.read(run_checks).ok
