"""Small shared pieces of the stock screens: place and item pickers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLineEdit, QWidget

from erp_desktop.services.stock.items import ItemChoice, search_items
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.ui.context import AppContext


class PlaceCombo(QComboBox):
    """All warehouses / one warehouse / in transit. ``place()``: None, an id, or "transit"."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        with_all: bool = True,
        with_transit: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if with_all:
            self.addItem(self.tr("All warehouses"), None)
        for warehouse in ctx.book.read(list_warehouses):
            self.addItem(f"{warehouse.code}  {warehouse.name}", warehouse.id)
        if with_transit:
            self.addItem(self.tr("In transit"), "transit")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def place(self) -> int | str | None:
        return self.currentData()

    def select(self, place: int | str | None) -> None:
        index = self.findData(place)
        if index >= 0:
            self.setCurrentIndex(index)


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or date.today()
    edit.setDate(QDate(day))
    return edit


class ItemPicker(QLineEdit):
    """Type a code, a name or a barcode; pick an item from the list that follows."""

    picked = Signal(object)  # ItemChoice

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice: ItemChoice | None = None
        self._choices: list[ItemChoice] = []
        self._labels = QStringListModel(self)
        completer = QCompleter(self._labels, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._pick)  # type: ignore[index]
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Item: type a code, a name or a barcode"))
        self.textEdited.connect(self._lookup)
        self.returnPressed.connect(self._exact)
        self.setMinimumWidth(320)

    def _lookup(self, text: str) -> None:
        book = self.ctx.book
        self._choices = book.read(lambda s: search_items(s, text, include_inactive=True))
        self._labels.setStringList([c.label for c in self._choices])
        if self._choices:
            self.completer().complete()

    def _pick(self, label: str) -> None:
        choice = next((c for c in self._choices if c.label == label), None)
        if choice is not None:
            self.set_choice(choice)

    def _exact(self) -> None:
        if self._choices:
            self.set_choice(self._choices[0])

    def set_choice(self, choice: ItemChoice) -> None:
        self.choice = choice
        self.setText(choice.label)
        self.picked.emit(choice)
