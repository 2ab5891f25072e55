"""The paged list model: a valid Qt model that fetches pages, filters and sorts in SQL."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt

from erp_desktop.services.stock.items import ItemData, create_item, item_page
from erp_desktop.ui.models.paged import Column, PagedQueryModel


def make_items(book, admin_id, count: int) -> None:  # type: ignore[no-untyped-def]
    def make(session) -> None:  # type: ignore[no-untyped-def]
        for n in range(count):
            create_item(
                session, admin_id, ItemData(f"P{n:04d}", f"商品 {n}", "个", sale_price=D(n) / 4)
            )

    book.run(make)


COLUMNS = [
    Column("code", "Code"),
    Column("name", "Name"),
    Column("spec", "Spec"),
    Column("category", "Category"),
    Column("unit", "Unit"),
    Column("sale_price", "Price", kind="decimal", places=2),
    Column("active", "Active", kind="bool"),
]


def test_model_is_valid_and_pages_in(qtmodeltester, book, admin_id) -> None:  # type: ignore[no-untyped-def]
    make_items(book, admin_id, 450)
    model = PagedQueryModel(book.read, COLUMNS, item_page, page_size=200)
    model.refresh()
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert model.index(449, 0).data() == "P0449"
    assert model.index(3, 5).data() == "0.75"
    assert model.index(3, 5).data(Qt.ItemDataRole.UserRole) == D("0.750000")
    qtmodeltester.check(model, force_py=True)


def test_filter_and_sort_go_to_sql(book, admin_id) -> None:  # type: ignore[no-untyped-def]
    make_items(book, admin_id, 30)
    model = PagedQueryModel(book.read, COLUMNS, item_page)
    model.refresh()
    model.set_text("商品 2")
    assert model.rowCount() == 11  # 2 and 20–29
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "P0029"
