"""Lists and reports as a clerk uses them: every list sorts by a header click (in SQL),
reports export to CSV / Excel / PDF and read back, the layout of a list and the last
page are remembered, the on-hand list has a totals row."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal as D

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView, QTabWidget

from erp_desktop.settings import Settings
from erp_desktop.ui.models.paged import PagedQueryModel
from erp_desktop.ui.navigation import AREAS
from tests.ui.test_stock_screens import stock_world
from tests.ui.waiting import settle

LIST_AREAS = ("purchasing", "stock", "transfers", "invoicing", "master_data", "reports")


def show(window, key: str):
    window.nav.setCurrentRow([a.key for a in AREAS].index(key))
    settle(window)
    return window.page(key)


def paged_views(page) -> list[QTableView]:
    return [v for v in page.findChildren(QTableView) if isinstance(v.model(), PagedQueryModel)]


def click_header(qtbot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    view.scrollTo(view.model().index(0, column)) if view.model().rowCount() else None
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def ordered(values: list, descending: bool) -> bool:  # type: ignore[type-arg]
    numbers = [v for v in values if isinstance(v, D | int | date)]
    if len(numbers) != len(values):
        return True  # text: the database's collation decides; the request is checked
    return numbers == sorted(numbers, reverse=descending)


def test_every_list_sorts_by_a_header_click_in_sql(open_window, book, book_url, qtbot) -> None:
    stock_world(book)
    window = open_window(book_url)
    window.resize(1600, 900)
    checked = 0
    for key in LIST_AREAS:
        page = show(window, key)
        tabs = (
            [page]
            if not isinstance(page, QTabWidget)
            else [page.widget(i) for i in range(page.count())]
        )
        for number, tab in enumerate(tabs):
            if isinstance(page, QTabWidget):
                page.setCurrentIndex(number)
                settle(window)
            for view in paged_views(tab):
                if not view.isVisible():
                    continue
                model = view.model()
                for column, spec in enumerate(model.columns):
                    if not spec.sortable or view.isColumnHidden(column):
                        continue
                    rows = model.rowCount()
                    for descending in (False, True):
                        if (
                            view.horizontalHeader().sortIndicatorSection() != column
                            or (
                                view.horizontalHeader().sortIndicatorOrder()
                                == Qt.SortOrder.DescendingOrder
                            )
                            != descending
                        ):
                            click_header(qtbot, view, column)
                            settle(window)
                        if (model.request().sort, model.request().descending) != (
                            spec.key,
                            descending,
                        ):
                            click_header(qtbot, view, column)
                            settle(window)
                        assert (model.request().sort, model.request().descending) == (
                            spec.key,
                            descending,
                        ), f"{key}/{type(tab).__name__}: {spec.key}"
                        assert model.rowCount() == rows  # sorted, not filtered
                        values = [
                            model.index(r, column).data(Qt.ItemDataRole.UserRole)
                            for r in range(model.rowCount())
                        ]
                        assert ordered(values, descending), f"{key}: {spec.key} {values}"
                        checked += 1
    assert checked > 100  # every sortable column of every list, both ways


def test_on_hand_totals_row_and_report_exports_read_back(
    open_window, book, book_url, qtbot, tmp_path
) -> None:
    stock_world(book)
    window = open_window(book_url, "zh_CN")
    on_hand = show(window, "stock").on_hand
    settle(window)
    cells = on_hand.totals_row.totals.cells
    assert cells[0] == "合计" and cells[7] == "143.10"  # 120 × 0.30 + 25.5 × 4.20
    assert cells[6] == ""  # 个 and kg are not added up
    on_hand.filter_edit.setText("RICE")
    qtbot.waitUntil(lambda: not on_hand.typing.isActive())
    settle(window)
    assert on_hand.totals_row.totals.cells[6] == "25.5"

    reports = show(window, "reports")
    as_of = reports.widget(0)
    as_of.day.setDate(date(2026, 11, 2))
    settle(window)
    assert as_of.model.rowCount() == 2
    operation = as_of.export_report(("csv",), tmp_path / "stock.csv")
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    rows = list(csv.reader(io.StringIO((tmp_path / "stock.csv").read_text("utf-8-sig"))))
    assert rows[0][:2] == ["编码", "名称"]
    assert [r[0] for r in rows[1:]] == ["RICE-5", "SCR-01"]
    assert rows[1][6] == "25.5" and rows[1][7] == "107.10"

    operation = as_of.export_report(("xlsx",), tmp_path / "stock.xlsx")
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    sheet = load_workbook(tmp_path / "stock.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "编码" and values[2][0] == "SCR-01"
    assert values[2][6] == 120 and values[1][7] == 107.1  # numbers, not text

    operation = as_of.export_report(("pdf",), tmp_path / "stock.pdf")
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "stock.pdf").pages)
    assert "SCR-01" in text and "107.10" in text

    valuation = reports.widget(2)
    settle(window)
    operation = valuation.export_report(("csv",), tmp_path / "value.csv")
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    value_rows = list(csv.reader(io.StringIO((tmp_path / "value.csv").read_text("utf-8-sig"))))
    assert value_rows[-1][0] == "合计" and value_rows[-1][3] == "143.10"


def test_layout_and_last_page_remembered_across_reopening(
    open_window, book, book_url, qtbot
) -> None:
    stock_world(book)
    window = open_window(book_url)
    items = show(window, "master_data").widget(0)
    header = items.view.horizontalHeader()
    header.resizeSection(0, 177)
    header.moveSection(header.visualIndex(2), 0)  # the specification first
    click_header(qtbot, items.view, 1)  # by name
    settle(window)
    items.layout_memory.save()
    assert items.model.request().sort == "name"
    window.close()

    again = open_window(book_url)
    assert again.page("master_data") is again.stack.currentWidget()  # the last page
    settle(again)
    items = again.page("master_data").widget(0)
    header = items.view.horizontalHeader()
    assert header.sectionSize(0) == 177
    assert header.logicalIndex(0) == 2
    assert header.sortIndicatorSection() == 1
    assert items.model.request().sort == "name"
    assert "master_data.ItemsTab" in Settings().get("list_layouts")
