"""The head of the transfer form: from, to, planned date, carrier / vehicle, note."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QWidget

from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.ui.context import AppContext


class TransferHeader(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.carrier_edit = QLineEdit(maxLength=100)
        self.carrier_edit.setPlaceholderText(self.tr("e.g. SF Express waybill, truck 粤B·12345"))
        self.note_edit = QLineEdit(maxLength=500)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row, pair in enumerate(
            (
                ((self.tr("&From"), self.from_combo), (self.tr("&To"), self.to_combo)),
                (
                    (self.tr("&Planned date"), self.date_edit),
                    (self.tr("Carrier / &vehicle"), self.carrier_edit),
                ),
            )
        ):
            for column, (text, widget) in enumerate(pair):
                label = QLabel(text)
                label.setBuddy(widget)
                layout.addWidget(label, row, column * 2)
                layout.addWidget(widget, row, column * 2 + 1)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note_edit)
        layout.addWidget(note_label, 2, 0)
        layout.addWidget(self.note_edit, 2, 1, 1, 3)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(3, 1)
        self.setTabOrder(self.from_combo, self.to_combo)
        self.setTabOrder(self.to_combo, self.date_edit)
        self.setTabOrder(self.date_edit, self.carrier_edit)
        self.setTabOrder(self.carrier_edit, self.note_edit)

    def fill_warehouses(self, include: tuple[int, ...] = ()) -> None:
        """Active warehouses (and the transfer's own, should one have been deactivated)."""
        warehouses = self.ctx.book.read(lambda s: list_warehouses(s, include_inactive=True))
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for place in warehouses:
                if place.active or place.id in include:
                    combo.addItem(f"{place.code}  {place.name}", place.id)
            combo.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.from_combo, self.to_combo, self.date_edit):
            widget.setEnabled(editable)
        for edit in (self.carrier_edit, self.note_edit):
            edit.setReadOnly(not editable)
