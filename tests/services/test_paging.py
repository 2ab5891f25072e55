"""Paged lists and item lookup: filter and sort in SQL, pages never overlap."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.services.paging import PageRequest
from erp_desktop.services.stock.items import (
    ItemData,
    create_item,
    item_page,
    search_items,
    set_item_active,
)


@pytest.fixture
def items(book, admin_id):
    def make(session):
        ids = []
        for n in range(1, 46):
            name = f"螺丝 {n:02d}" if n % 3 else f"Bolt 100% {n:02d}"
            ids.append(
                create_item(
                    session,
                    admin_id,
                    ItemData(
                        f"IT-{n:03d}",
                        name,
                        "个",
                        spec=f"M{n}",
                        sale_price=D(n),
                        barcode=f"69{n:011d}",
                    ),
                ).value
            )
        set_item_active(session, admin_id, ids[0], False)
        return ids

    return book.run(make)


def test_pages_cover_everything_once_in_order(book, items) -> None:
    seen = []
    for offset in range(0, 60, 10):
        seen += book.read(lambda s, o=offset: item_page(s, PageRequest(offset=o, limit=10)))
    codes = [row[1] for row in seen]
    assert codes == [f"IT-{n:03d}" for n in range(2, 46)]  # the inactive first one is hidden


def test_sort_descending_by_price_and_include_inactive(book, items) -> None:
    rows = book.read(
        lambda s: item_page(
            s,
            PageRequest(
                0, 3, sort="sale_price", descending=True, filters={"include_inactive": True}
            ),
        )
    )
    assert [r[6] for r in rows] == [D("45.000000"), D("44.000000"), D("43.000000")]


def test_filter_text_is_literal_and_case_insensitive(book, items) -> None:
    rows = book.read(lambda s: item_page(s, PageRequest(0, 100, text="bolt 100%")))
    assert len(rows) == 15 and all("Bolt 100%" in r[2] for r in rows)
    assert book.read(lambda s: item_page(s, PageRequest(0, 100, text="100_"))) == []
    assert len(book.read(lambda s: item_page(s, PageRequest(0, 100, text="螺丝")))) == 29


def test_lookup_puts_exact_code_and_barcode_first(book, items) -> None:
    assert book.read(lambda s: search_items(s, "it-012"))[0].code == "IT-012"
    assert book.read(lambda s: search_items(s, "6900000000030"))[0].code == "IT-030"
    by_name = book.read(lambda s: search_items(s, "螺丝 0", limit=5))
    assert len(by_name) == 5 and all("螺丝" in c.name for c in by_name)
    assert book.read(lambda s: search_items(s, "IT-001")) == []  # inactive


def test_a_nul_in_the_filter_is_dropped_on_both_databases(book, items) -> None:
    rows = book.read(lambda s: item_page(s, PageRequest(0, 100, text="bolt\x00 100%")))
    assert len(rows) == 15
    assert book.read(lambda s: search_items(s, "it-0\x0012"))[0].code == "IT-012"
    assert book.read(lambda s: search_items(s, "\x00")) == []
