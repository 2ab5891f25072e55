"""The paged list model: a valid Qt model that fetches pages, filters and sorts in SQL."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt

from erp_desktop.services.stock.items import ItemData, create_item, item_page
from erp_desktop.ui.models.paged import Column, PagedQueryModel


def make_items(book, admin_id, count: int) -> None:
    def make(session) -> None:
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


def test_model_is_valid_and_pages_in(qtmodeltester, book, admin_id) -> None:
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


def test_filter_and_sort_go_to_sql(book, admin_id) -> None:
    make_items(book, admin_id, 30)
    model = PagedQueryModel(book.read, COLUMNS, item_page)
    model.refresh()
    model.set_text("商品 2")
    assert model.rowCount() == 11  # 2 and 20–29
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "P0029"


def test_rows_do_not_shift_when_another_pc_inserts_before_them(
    book, book_url, admin_id, qtbot
) -> None:
    """Pages are read by key: rows inserted meanwhile before (or among) the rows a user
    sees neither push them down nor come back twice when the list scrolls on."""
    from PySide6.QtWidgets import QWidget

    from erp_desktop.db.book import open_book
    from erp_desktop.db.location import BookLocation
    from erp_desktop.ui.runner import OperationRunner

    make_items(book, admin_id, 300)
    owner = QWidget()
    runner = OperationRunner(owner)
    model = PagedQueryModel(book.read, COLUMNS, item_page, page_size=50, runner=runner)
    model.MAX_PAGES = 2
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    while model.rowCount() < 150:
        with qtbot.waitSignal(model.loaded):
            model.fetchMore()
    seen = [model.index(r, 0).data() for r in range(100, 150)]
    assert seen == [f"P{n:04d}" for n in range(100, 150)]
    assert model._rows[0] is None  # the first page was let go

    other = open_book(BookLocation.parse(book_url))  # another PC
    try:
        other.run(
            lambda s: [
                create_item(s, admin_id, ItemData(code, "新货", "个"))
                for code in ("A-001", "A-002", "P0120A", "P0149A")
            ]
        )
    finally:
        other.close()

    model.mark_stale()  # what a change broadcast does
    assert model.index(120, 0).data() == "P0120"  # the stale row until its page is read
    qtbot.waitUntil(lambda: not model.fetching)
    assert [model.index(r, 0).data() for r in range(100, 150)] == seen
    model.index(0, 0).data()  # shown again: read again by key (it was let go)
    qtbot.waitUntil(lambda: not model.fetching)
    first = [model.index(r, 0).data() for r in range(0, 50)]
    assert first == [f"P{n:04d}" for n in range(0, 50)]
    with qtbot.waitSignal(model.loaded):
        model.fetchMore()  # the next page starts after the last row held
    assert [model.index(r, 0).data() for r in (150, 151)] == ["P0149A", "P0150"]
    assert model.rowCount() == 200
    runner.wait()
