"""Entering document lines from the keyboard in the line grid."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from erp_desktop.services.stock.items import (
    ItemData,
    create_item,
    find_item,
    item_choice,
    search_items,
)
from erp_desktop.ui.grid import GridColumn, LineGridModel, LineGridView
from erp_desktop.ui.grid.view import ItemEditor


@pytest.fixture
def grid(qtbot, book, admin_id):
    def make(session) -> None:
        create_item(
            session, admin_id, ItemData("SCR-01", "十字螺丝 M4", "个", sale_price=D("0.35"))
        )
        create_item(session, admin_id, ItemData("RICE-5", "东北大米", "kg", unit_precision=2))

    book.run(make)

    def resolve(text):
        def find(session):
            row = find_item(session, text)
            return item_choice(session, row.id) if row else None

        return book.read(find)

    def compute(row) -> None:
        price = row["item"].sale_price if row["item"] else None
        row["amount"] = (row["qty"] * price).quantize(D("0.01")) if row["qty"] and price else None

    columns = [
        GridColumn("item", "Item", "item"),
        GridColumn("qty", "Qty", "quantity", field="Quantity"),
        GridColumn("amount", "Amount", "readonly", places=2),
    ]
    model = LineGridModel(columns, resolve_item=resolve, compute=compute)
    view = LineGridView(model, lambda text: book.read(lambda s: search_items(s, text)))
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    view.start()
    return view


def open_editor(view) -> QLineEdit:
    """The cell editor now open (offscreen windows are never active, so no focusWidget)."""
    editors = [w for w in view.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def type_and_enter(qtbot, view, text: str) -> None:
    qtbot.keyClicks(view, text[0])  # any key starts editing the current cell
    editor = open_editor(view)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Enter through a queued call


def test_code_enter_quantity_enter(qtbot, grid) -> None:
    type_and_enter(qtbot, grid, "scr-01")
    assert grid.currentIndex().column() == 1  # moved on to the quantity
    type_and_enter(qtbot, grid, "12")
    model = grid.grid
    assert len(model.lines()) == 1
    line = model.lines()[0]
    assert line["item"].code == "SCR-01" and line["qty"] == D("12")
    assert line["amount"] == D("4.20")
    assert model.rowCount() == 2  # a fresh blank line waits at the end
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 0)


def test_lookup_by_name_and_pick(qtbot, grid) -> None:
    qtbot.keyClick(grid, Qt.Key.Key_F2)  # edit the item cell
    editor = open_editor(grid)
    assert isinstance(editor, ItemEditor)
    commit = QInputMethodEvent()  # what a Chinese input method sends
    commit.setCommitString("东北")
    QApplication.sendEvent(editor, commit)
    assert [c.code for c in editor.choices] == ["RICE-5"]
    editor.completer_.activated.emit(editor.choices[0].label)
    assert grid.grid.lines()[0]["item"].code == "RICE-5"
    assert grid.currentIndex().column() == 1


def test_bad_input_stays_as_typed_and_is_named(qtbot, grid) -> None:
    type_and_enter(qtbot, grid, "SCR-01")
    type_and_enter(qtbot, grid, "1,5")
    model = grid.grid
    cell = model.index(0, 1)
    assert cell.data() == "1,5"
    assert "not a number" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.problems() and model.problems()[0].startswith("1: Quantity")
    grid.setCurrentIndex(model.index(1, 0))
    type_and_enter(qtbot, grid, "NOPE-9")
    assert "NOPE-9" in model.problems()[-1]


def test_ctrl_delete_removes_a_line(qtbot, grid) -> None:
    type_and_enter(qtbot, grid, "SCR-01")
    grid.setCurrentIndex(grid.grid.index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert grid.grid.lines() == []
