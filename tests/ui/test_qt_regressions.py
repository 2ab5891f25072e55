"""Known Qt traps we depend on not hitting."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel


def test_large_standard_item_model_does_not_abort(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 aborts ("none_dealloc") after tens of thousands of
    appendRow/setItem calls; the pinned 6.11.3 must not. Our lists use our own table
    models, but dialogs and Qt's own widgets still use item models."""
    model = QStandardItemModel()
    for row in range(60_000):
        model.appendRow([QStandardItem(str(row)), QStandardItem("商品")])
    for row in range(0, 60_000, 3):
        model.setItem(row, 1, QStandardItem("改"))
    assert model.rowCount() == 60_000
    assert model.item(59_999, 0).text() == "59999"
