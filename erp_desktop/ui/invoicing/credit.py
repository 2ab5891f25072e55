"""Crediting an issued invoice (红冲): which lines, how much, why, and whether goods come back.

The dialog lists the invoice's lines with what was invoiced, what issued
credit notes already credited and what is left; the clerk types how much to
credit (or presses "Credit everything"). "Issue credit note" saves and issues
in one transaction; "Save draft" keeps it for later. In re-issue mode the
whole rest is credited and a corrected copy of the invoice opens as a draft.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.formatting import format_quantity
from erp_desktop.domain.money import QUANTITY_PLACES
from erp_desktop.errors import ErpError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.invoicing import credits, issuing
from erp_desktop.services.invoicing.documents import get_invoice
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.stock.posting import new_key
from erp_desktop.ui import colors
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.document_form import DocumentDialog
from erp_desktop.ui.errors import show_inline
from erp_desktop.ui.models.quantity_cell import typed_quantity
from erp_desktop.ui.runner import together

Index = QModelIndex | QPersistentModelIndex
REASONS = (
    QT_TRANSLATE_NOOP("CreditDialog", "Goods returned"),
    QT_TRANSLATE_NOOP("CreditDialog", "Price reduction"),
    QT_TRANSLATE_NOOP("CreditDialog", "Wrong invoice details"),
    QT_TRANSLATE_NOOP("CreditDialog", "Order cancelled"),
)


class CreditLinesModel(QAbstractTableModel):
    COLUMNS = ("line", "item", "invoiced", "credited", "remaining", "credit")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[credits.Creditable] = []
        self.wanted: dict[int, Decimal] = {}
        self.errors: dict[int, str] = {}
        self.texts: dict[int, str] = {}
        self.read_only = False
        self.titles = ["", "", "", "", "", ""]

    def set_lines(self, lines: list[credits.Creditable], wanted: dict[int, Decimal]) -> None:
        self.beginResetModel()
        self.lines, self.wanted, self.errors, self.texts = lines, dict(wanted), {}, {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.COLUMNS[index.column()] == "credit" and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "line":
                return str(line.line_no)
            if key == "item":
                return f"{line.description}  ({line.unit})" if line.unit else line.description
            if key == "credit" and line.line_id in self.texts:
                return self.texts[line.line_id]
            value = {
                "invoiced": line.invoiced,
                "credited": line.credited,
                "remaining": line.remaining,
                "credit": self.wanted.get(line.line_id),
            }[key]
            return "" if value is None else format_quantity(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("item",):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and key == "credit":
            if line.line_id in self.errors:
                return colors.tint_brush("error")
            return None if self.read_only else colors.tint_brush("entry")
        if role == Qt.ItemDataRole.ToolTipRole and key == "credit":
            return self.errors.get(line.line_id)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.COLUMNS[index.column()] != "credit":
            return False
        key, text = self.lines[index.row()].line_id, str(value).strip()
        quantity, problem = typed_quantity(text, QUANTITY_PLACES)
        self.texts.pop(key, None)
        self.errors.pop(key, None)
        if quantity is not None:
            self.wanted[key] = quantity
        else:
            self.wanted.pop(key, None)
        if problem is not None:
            self.texts[key], self.errors[key] = text, problem
        self.dataChanged.emit(index, index)
        return True

    def credit_all(self) -> None:
        self.set_lines(self.lines, {c.line_id: c.remaining for c in self.lines if c.remaining > 0})

    def credit_lines(self) -> list[credits.CreditLineData]:
        for line in self.lines:
            if line.line_id in self.errors:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Line {line}: {reason}"),
                    line=line.line_no,
                    reason=self.errors[line.line_id],
                )
        return [
            credits.CreditLineData(line.line_id, self.wanted[line.line_id])
            for line in self.lines
            if self.wanted.get(line.line_id)
        ]


class CreditDialog(DocumentDialog):
    loaded = Signal()
    credited = Signal(object)  # the credit note's id (re-issue mode: the Reissued result)

    def __init__(
        self,
        ctx: AppContext,
        invoice_id: int,
        *,
        note_id: int | None = None,
        reissue: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.invoice_id, self.note_id, self.reissue = ctx, invoice_id, note_id, reissue
        self.key = new_key()
        self.number = ""
        self.resize(760, 520)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = CreditLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.credit_date = QDateEdit(calendarPopup=True)
        self.credit_date.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.credit_date.setDate(today)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.returns = QCheckBox()
        self.warehouse = QComboBox()
        self.returns.toggled.connect(self.warehouse.setEnabled)
        self.remarks = QLineEdit(maxLength=500)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.all_button = QPushButton(clicked=self.model.credit_all)
        self.draft_button = QPushButton(clicked=lambda: self.submit(issue=False))
        self.issue_button = QPushButton(clicked=lambda: self.submit(issue=True))
        self.close_button = QPushButton(clicked=self.reject)
        changes_book(ctx, self.draft_button, self.issue_button)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        returns_row = QHBoxLayout()
        returns_row.addWidget(self.returns)
        returns_row.addWidget(self.warehouse, 1)
        for label, field, buddy in zip(
            self.labels,
            (self.credit_date, self.reason, returns_row, self.remarks),
            (self.credit_date, self.reason, self.returns, self.remarks),
            strict=True,
        ):
            label.setBuddy(buddy)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        for button in (self.draft_button, self.issue_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setup_document(
            save=lambda: self.draft_button.isVisible() and self.submit(issue=False),
            main=lambda: self.submit(issue=True),
        )
        self.retranslate_ui()
        self.watch_inputs(
            self.credit_date, self.reason, self.returns, self.warehouse, self.remarks, self.model
        )
        self._load()

    def retranslate_ui(self) -> None:
        self.model.titles = [
            self.tr("Line"),
            self.tr("Item"),
            self.tr("Invoiced"),
            self.tr("Credited"),
            self.tr("Left"),
            self.tr("Credit now"),
        ]
        for label, text in zip(
            self.labels,
            (
                self.tr("Credit &date"),
                self.tr("&Reason"),
                self.tr("Goods come &back to"),
                self.tr("Re&marks"),
            ),
            strict=True,
        ):
            label.setText(text)
        current = self.reason.currentText()
        self.reason.clear()
        self.reason.addItems([self.tr(r) for r in REASONS])
        if current:
            self.reason.setCurrentText(current)
        self.all_button.setText(self.tr("Credit &everything left"))
        self.draft_button.setText(self.tr("&Save draft"))
        self.issue_button.setText(
            self.tr("Credit and &re-issue") if self.reissue else self.tr("&Issue credit note")
        )
        self.close_button.setText(self.tr("Close"))
        self.draft_button.setVisible(not self.reissue)
        self.all_button.setVisible(not self.reissue)
        self._heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _heading(self) -> None:
        if self.reissue:
            text = self.tr(
                "Credit everything still left of invoice {number} and start a corrected copy "
                "of it as a new draft."
            )
        else:
            text = self.tr(
                "Credit note for invoice {number}: type how much of each line to credit."
            )
        self.heading.setText(text.format(number=self.number))
        self.setWindowTitle(self.tr("Credit {number}").format(number=self.number))

    def _load(self) -> None:
        invoice_id, note_id = self.invoice_id, self.note_id

        def read(session: Any) -> tuple[Any, ...]:
            invoice = get_invoice(session, invoice_id)
            lines = credits.creditable_lines(session, invoice_id)
            data = credits.credit_data(get_invoice(session, note_id)) if note_id else None
            return invoice.number, invoice.warehouse_id, lines, data, list_warehouses(session)

        self.ctx.runner.query(self, read, self._loaded)

    def _loaded(self, result: tuple[Any, ...]) -> None:
        with self.loading():
            self._fill(result)
        self.loaded.emit()

    def _fill(self, result: tuple[Any, ...]) -> None:
        number, warehouse_id, lines, data, warehouses = result
        self.number = number or ""
        for warehouse in warehouses:
            self.warehouse.addItem(f"{warehouse.code}  {warehouse.name}", warehouse.id)
        wanted: dict[int, Decimal] = {}
        if data is not None:
            wanted = {line.invoice_line_id: line.quantity for line in data.lines}
            self.reason.setCurrentText(data.reason)
            self.remarks.setText(data.remarks)
            self.credit_date.setDate(data.credit_date)
            warehouse_id = data.return_warehouse_id or warehouse_id
            self.returns.setChecked(data.return_warehouse_id is not None)
        else:
            self.returns.setChecked(any(line.item_id for line in lines))
        index = self.warehouse.findData(warehouse_id)
        self.warehouse.setCurrentIndex(max(index, 0))
        self.warehouse.setEnabled(self.returns.isChecked())
        self.model.set_lines(lines, wanted)
        if self.reissue:
            self.model.credit_all()
            self.model.read_only = True
        self._heading()

    def credit_data(self) -> credits.CreditData:
        value = self.credit_date.date()
        return credits.CreditData(
            credit_date=value.toPython(),
            reason=self.reason.currentText(),
            lines=self.model.credit_lines(),
            return_warehouse_id=self.warehouse.currentData() if self.returns.isChecked() else None,
            remarks=self.remarks.text(),
        )

    def submit(self, *, issue: bool) -> None:
        try:
            data = self.credit_data()
        except ErpError as exc:
            self._failed(exc)
            return
        user, key = self.ctx.user_id, self.key
        invoice_id, note_id = self.invoice_id, self.note_id

        def work(session: Any) -> Any:
            if self.reissue:
                return issuing.credit_and_reissue(session, user, invoice_id, data, key)
            if note_id is None:
                saved = credits.create_credit_note(session, user, invoice_id, data)
            else:
                saved = together(note_id, credits.update_credit_note(session, user, note_id, data))
            if issue:
                return together(saved.value, saved, issuing.issue(session, user, saved.value, key))
            return saved

        self.message.setText("")
        self.ctx.runner.op(
            self,
            work,
            self._done,
            message=self.message,
        )

    def _done(self, result: Any) -> None:
        self.dirty = False
        self.credited.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        return show_inline(exc, self.message)
