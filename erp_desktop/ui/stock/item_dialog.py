"""The item form: everything about an item, with its reorder rule per warehouse.

Input stays as typed when the service refuses it; the message says which field.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.domain.money import PRICE_PLACES, QUANTITY_PLACES, parse_decimal
from erp_desktop.domain.tax_codes import ZERO_RATE_LABELS
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Changed
from erp_desktop.services.stock.items import (
    DEFAULT_TAX_RATE,
    ItemData,
    ItemRecord,
    create_item,
    get_item,
    item_record,
    set_reorder_rule,
    update_item,
)
from erp_desktop.services.stock.locations import LocationInfo, list_warehouses
from erp_desktop.ui.book_guard import accepting, changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_label, show_inline
from erp_desktop.ui.runner import together
from erp_desktop.ui.widgets.decimal_edit import DecimalEdit
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons


def plain(value: Decimal) -> str:
    """12.5000 → 12.5, 10.0000 → 10 (for editing)."""
    return format(value.normalize(), "f")


class ItemDialog(QDialog):
    def __init__(
        self, ctx: AppContext, item_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New item") if item_id is None else self.tr("Edit item"))
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.spec = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.base_unit = QLineEdit()
        self.base_unit.setMaxLength(20)
        self.precision = QSpinBox()
        self.precision.setRange(0, QUANTITY_PLACES)
        self.purchase_unit = QLineEdit()
        self.purchase_factor = DecimalEdit(
            QUANTITY_PLACES, field=QT_TRANSLATE_NOOP("fields", "Purchase unit factor")
        )
        self.barcode = QLineEdit()
        self.purchase_price = DecimalEdit(
            PRICE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Purchase price")
        )
        self.sale_price = DecimalEdit(PRICE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Sale price"))
        self.tax_rate = QComboBox()
        self.tax_rate.setEditable(True)
        self.tax_rate.addItem(self.tr("13 %"), "0.13")
        self.tax_rate.addItem(self.tr("9 %"), "0.09")
        self.tax_rate.addItem(self.tr("6 %"), "0.06")
        self.tax_rate.addItem(self.tr("3 %"), "0.03")
        self.tax_rate.addItem(self.tr("1 %"), "0.01")
        self.tax_rate.addItem(self.tr("0 %"), "0")
        self.tax_rate.addItem(self.tr("Tax-exempt"), None)
        self.active = QCheckBox(self.tr("Active (offered on new documents)"))
        self.active.setChecked(True)
        self.active.setEnabled(item_id is not None)

        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Specification"), self.spec)
        form.addRow(self.tr("Ca&tegory"), self.category)
        units = QHBoxLayout()
        units.addWidget(self.base_unit)
        units.addWidget(QLabel(self.tr("decimals")))
        units.addWidget(self.precision)
        unit_label = QLabel(self.tr("Base &unit"))
        unit_label.setBuddy(self.base_unit)
        form.addRow(unit_label, units)
        purchase = QHBoxLayout()
        purchase.addWidget(self.purchase_unit)
        purchase.addWidget(QLabel(self.tr("holds")))
        purchase.addWidget(self.purchase_factor)
        purchase.addWidget(QLabel(self.tr("base units")))
        purchase_label = QLabel(self.tr("&Purchase unit"))
        purchase_label.setBuddy(self.purchase_unit)
        form.addRow(purchase_label, purchase)
        form.addRow(self.tr("&Barcode"), self.barcode)
        form.addRow(self.tr("Purchase p&rice"), self.purchase_price)
        form.addRow(self.tr("Sa&le price"), self.sale_price)
        form.addRow(self.tr("Ta&x rate"), self.tax_rate)
        self.zero_rate_kind = QComboBox()
        self.zero_rate_kind.addItem(self.tr("(positive rate)"), "")
        for kind, text in ZERO_RATE_LABELS.items():
            self.zero_rate_kind.addItem(QCoreApplication.translate("tax", text), kind.value)
        form.addRow(self.tr("At &0 %"), self.zero_rate_kind)
        self.tax_code = QLineEdit()
        self.tax_code.setPlaceholderText(self.tr("19 digits, from the official code table"))
        self.tax_short_name = QLineEdit()
        self.tax_short_name.setPlaceholderText(self.tr("e.g. 日用杂品"))
        code_row = QHBoxLayout()
        code_row.addWidget(self.tax_code, 3)
        code_row.addWidget(self.tax_short_name, 2)
        form.addRow(self.tr("Tax classification c&ode"), code_row)
        form.addRow("", self.active)

        self.warehouses: list[LocationInfo] = ctx.book.read(list_warehouses)
        reorder_box = QGroupBox(self.tr("Reorder point and quantity per warehouse"))
        self.reorder = QTableWidget(len(self.warehouses), 3)
        self.reorder.setHorizontalHeaderLabels(
            [self.tr("Warehouse"), self.tr("Reorder point"), self.tr("Reorder quantity")]
        )
        self.reorder.verticalHeader().hide()
        self.reorder.horizontalHeader().setStretchLastSection(True)
        for row, warehouse in enumerate(self.warehouses):
            cell = QTableWidgetItem(f"{warehouse.code}  {warehouse.name}")
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.reorder.setItem(row, 0, cell)
            for column in (1, 2):
                self.reorder.setItem(row, column, QTableWidgetItem(""))
        self.reorder.setColumnWidth(0, 200)
        box_layout = QVBoxLayout(reorder_box)
        box_layout.addWidget(self.reorder)

        self.message = error_label()
        self.buttons = dialog_buttons(self, self.save, QDialogButtonBox.StandardButton.Save)
        changes_book(ctx, *accepting(self.buttons))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(reorder_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        self._load()

    # -- loading and saving ---------------------------------------------------------------------
    def _load(self) -> None:
        from erp_desktop.services.stock.documents import categories

        item_id = self.item_id

        def read(session: Session) -> tuple[list[str], ItemRecord | None]:
            cats = categories(session)
            return cats, None if item_id is None else item_record(session, item_id)

        cats, record = self.ctx.book.read(read)
        self.category.addItems(["", *cats])
        if record is None:
            self.set_tax_rate(DEFAULT_TAX_RATE)
            return
        item = record.data
        self.code.setText(item.code)
        self.name.setText(item.name)
        self.spec.setText(item.spec)
        self.category.setCurrentText(item.category)
        self.base_unit.setText(item.base_unit)
        self.precision.setValue(item.unit_precision)
        self.purchase_unit.setText(item.purchase_unit or "")
        self.purchase_factor.set_value(item.purchase_factor)
        self.barcode.setText(item.barcode or "")
        self.purchase_price.setText(plain(item.purchase_price))
        self.sale_price.setText(plain(item.sale_price))
        self.set_tax_rate(item.tax_rate)
        self.zero_rate_kind.setCurrentIndex(
            max(0, self.zero_rate_kind.findData(item.zero_rate_kind))
        )
        self.tax_code.setText(item.tax_code)
        self.tax_short_name.setText(item.tax_short_name)
        self.active.setChecked(record.active)
        for row, warehouse in enumerate(self.warehouses):
            if warehouse.id in record.reorder_rules:
                point, quantity = record.reorder_rules[warehouse.id]
                self.reorder.item(row, 1).setText(plain(point))
                self.reorder.item(row, 2).setText(plain(quantity))

    def set_tax_rate(self, rate: Decimal | None) -> None:
        if rate is None:
            self.tax_rate.setCurrentIndex(self.tax_rate.count() - 1)
            return
        for index in range(self.tax_rate.count()):
            data = self.tax_rate.itemData(index)
            if data is not None and Decimal(data) == rate:
                self.tax_rate.setCurrentIndex(index)
                return
        self.tax_rate.setCurrentText(f"{(rate * 100).normalize()} %")

    def tax_rate_value(self) -> Decimal | None:
        index = self.tax_rate.currentIndex()
        text = self.tax_rate.currentText().strip()
        if index >= 0 and text == self.tax_rate.itemText(index):
            data = self.tax_rate.itemData(index)
            return None if data is None else Decimal(data)
        percent = parse_decimal(
            text.rstrip("%").strip(), places=2, field=QT_TRANSLATE_NOOP("fields", "Tax rate")
        )
        return percent / 100

    def data(self) -> ItemData:
        """The form as ItemData; raises ValidationError naming the field."""
        return ItemData(
            code=self.code.text(),
            name=self.name.text(),
            base_unit=self.base_unit.text(),
            spec=self.spec.text(),
            category=self.category.currentText(),
            unit_precision=self.precision.value(),
            purchase_unit=self.purchase_unit.text() or None,
            purchase_factor=self.purchase_factor.value(),
            barcode=self.barcode.text() or None,
            purchase_price=self.purchase_price.value() or Decimal(0),
            sale_price=self.sale_price.value() or Decimal(0),
            tax_rate=self.tax_rate_value(),
            tax_code=self.tax_code.text(),
            tax_short_name=self.tax_short_name.text(),
            zero_rate_kind=self.zero_rate_kind.currentData() or "",
        )

    def rules(self) -> list[tuple[int, Decimal | None, Decimal | None]]:
        out = []
        for row, warehouse in enumerate(self.warehouses):
            point_text = self.reorder.item(row, 1).text().strip()
            quantity_text = self.reorder.item(row, 2).text().strip()
            point = (
                parse_decimal(
                    point_text,
                    places=QUANTITY_PLACES,
                    field=QT_TRANSLATE_NOOP("fields", "Reorder point"),
                )
                if point_text
                else None
            )
            quantity = (
                parse_decimal(
                    quantity_text,
                    places=QUANTITY_PLACES,
                    field=QT_TRANSLATE_NOOP("fields", "Reorder quantity"),
                )
                if quantity_text
                else None
            )
            out.append((warehouse.id, point, quantity))
        return out

    def save(self) -> None:
        try:
            data = self.data()
            rules = self.rules()
        except ValidationError as exc:
            show_inline(exc, self.message)
            return
        item_id, user_id, active = self.item_id, self.ctx.user_id, self.active.isChecked()

        def work(session: Session) -> Changed[int]:
            from erp_desktop.services.stock.items import set_item_active

            if item_id is None:
                done = [create_item(session, user_id, data)]
                saved = done[0].value
            else:
                saved = item_id
                done = [update_item(session, user_id, item_id, data)]
                if get_item(session, item_id).active != active:
                    done.append(set_item_active(session, user_id, item_id, active))
            for warehouse_id, point, quantity in rules:
                done.append(
                    set_reorder_rule(session, user_id, saved, warehouse_id, point, quantity)
                )
            return together(saved, *done)

        self.ctx.runner.op(
            self,
            work,
            self._saved,
            busy=self.buttons,
            message=self.message,
        )

    def _saved(self, item_id: int) -> None:
        self.saved_id = item_id
        self.accept()
