"""The paged list model holds a bounded number of pages: scrolling to the end of a long
list keeps memory flat, and a page let go is read again when it is shown."""

from __future__ import annotations

from erp_desktop.services.stock.items import item_page
from erp_desktop.ui.models.paged import PagedQueryModel
from tests.ui.test_paged_model import COLUMNS, make_items


def test_only_recent_pages_are_held(qtmodeltester, book, admin_id) -> None:
    make_items(book, admin_id, 130)
    model = PagedQueryModel(book.read, COLUMNS, item_page, page_size=10)
    model.MAX_PAGES = 3
    model.refresh()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 130
    held = [row for row in model._rows if row is not None]
    assert len(held) <= 30  # three pages of ten
    assert model.index(5, 0).data() == "P0005"  # read again from the book
    assert model.index(129, 0).data() == "P0129"
    assert model.row_id(77) is not None
    qtmodeltester.check(model, force_py=True)
