"""Receiving a transfer (all or part of each line) and closing it with a shortage.

Both dialogs show only the lines with goods still on the road, make their
idempotency key when they open, run the service in one transaction, and stay
open with the service's message (and what was typed) when it refuses.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.formatting import format_decimal, format_money
from erp_desktop.domain.money import QUANTITY_PLACES
from erp_desktop.domain.stock import ADJUSTMENT_REASONS
from erp_desktop.domain.transfer import SHORTAGE_REASONS
from erp_desktop.errors import ErpError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.services.stock.posting import new_key
from erp_desktop.services.transfers.movement import close_with_shortage, receive_transfer
from erp_desktop.services.transfers.orders import TransferLineView, TransferView
from erp_desktop.ui import colors
from erp_desktop.ui.book_guard import accepting, changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.document_form import DocumentDialog
from erp_desktop.ui.errors import error_label, show_inline
from erp_desktop.ui.grid.model import Index
from erp_desktop.ui.i18n import render
from erp_desktop.ui.models.quantity_cell import typed_quantity
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _qty(value: Decimal, line: TransferLineView) -> str:
    return format_decimal(value, line.item.unit_precision)


class ArrivalTableModel(QAbstractTableModel):
    """Lines on the road; the last column is what arrived now (editable, exact)."""

    NOW = 5

    def __init__(self, lines: list[TransferLineView], parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.now: list[Decimal | None] = [None] * len(lines)
        self.text: dict[int, str] = {}  # rows whose text did not parse
        self.errors: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("Transfers", "Line"),
            QCoreApplication.translate("Transfers", "Item"),
            QCoreApplication.translate("Transfers", "Unit"),
            QCoreApplication.translate("Transfers", "Shipped"),
            QCoreApplication.translate("Transfers", "On the road"),
            QCoreApplication.translate("Transfers", "Arrived now"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section] if 0 <= section < 6 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.NOW:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line, row, column = self.lines[index.row()], index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NOW:
                if row in self.text:
                    return self.text[row]
                value = self.now[row]
                if value is None:
                    return ""
                edit = role == Qt.ItemDataRole.EditRole
                return format_decimal(value, line.item.unit_precision, grouping=not edit)
            return [
                str(line.line_no),
                f"{line.item.code}  {line.item.name}",
                line.item.base_unit,
                _qty(line.shipped, line),
                _qty(line.on_road, line),
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3, 4, 5):
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and column == self.NOW and row in self.errors:
            return colors.tint_brush("error")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOW:
            return self.errors.get(row)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.NOW:
            return False
        row, text = index.row(), str(value).strip()
        self.now[row], problem = typed_quantity(text, QUANTITY_PLACES)
        self.text.pop(row, None)
        self.errors.pop(row, None)
        if problem is not None:
            self.text[row], self.errors[row] = text, problem
        self.dataChanged.emit(index, index)
        return True

    def fill_all(self) -> None:
        self.text.clear()
        self.errors.clear()
        self.now = [line.on_road for line in self.lines]
        self.dataChanged.emit(self.index(0, self.NOW), self.index(len(self.lines) - 1, self.NOW))

    def quantities(self) -> dict[int, Decimal]:
        if self.errors:
            first = min(self.errors)
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Line {line}: {problem}"),
                line=self.lines[first].line_no,
                problem=self.errors[first],
            )
        return {
            line.id: value
            for line, value in zip(self.lines, self.now, strict=True)
            if value is not None
        }


class ArrivalView(QTableView):
    """Enter starts editing the quantity; Enter again commits and goes to the next line."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if current.row() + 1 < self.model().rowCount():
                self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
        ):
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)


class _ActionDialog(DocumentDialog):
    """Shared: the date, the note, the message line; Esc asks before typed input is lost."""

    def __init__(self, ctx: AppContext, view: TransferView, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.view = ctx, view
        self.key = new_key()
        self.lines = [line for line in view.lines if line.on_road > 0]
        self.date_edit = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_edit = QLineEdit(maxLength=500)
        self.message = error_label()
        self.buttons = dialog_buttons(self, self.submit)
        changes_book(ctx, *accepting(self.buttons))
        self.resize(760, 420)
        self.setup_document(main=self.submit)
        self.watch_inputs(self.date_edit, self.note_edit)

    def _date(self) -> Any:
        return self.date_edit.date().toPython()

    def _done(self, _result: object) -> None:
        self.dirty = False
        self.accept()

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ReceiveDialog(_ActionDialog):
    def __init__(self, ctx: AppContext, view: TransferView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, view, parent)
        self.setWindowTitle(self.tr("Receive transfer {number}").format(number=view.title))
        intro = QLabel(
            self.tr(
                "Type what arrived at {destination} on each line (leave a line empty if "
                "nothing of it came). What is not received stays on the road."
            ).format(destination=view.destination.name)
        )
        intro.setWordWrap(True)
        self.model = ArrivalTableModel(self.lines, self)
        self.watch_inputs(self.model)
        self.table = ArrivalView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        submit = QShortcut(QKeySequence("Ctrl+Return"), self)
        submit.activated.connect(self.submit)
        self.table.verticalHeader().hide()
        self.all_button = QPushButton(self.tr("&Everything arrived"))
        self.all_button.clicked.connect(self.model.fill_all)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Receive"))
        form = QFormLayout()
        form.addRow(self.tr("Received on"), self.date_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if self.lines:
            self.table.setCurrentIndex(self.model.index(0, ArrivalTableModel.NOW))
        self.table.setFocus()

    def submit(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.commitData(self.table.focusWidget())  # type: ignore[arg-type]
        try:
            quantities = self.model.quantities()
        except ErpError as exc:
            show_inline(exc, self.message)
            return
        user, key, view = self.ctx.user_id, self.key, self.view
        day, note = self._date(), self.note_edit.text()
        self.message.clear()
        self.ctx.runner.op(
            self,
            lambda s: receive_transfer(
                s, user, view.id, key, quantities, receive_date=day, note=note, version=view.version
            ),
            self._done,
            busy=self.buttons,
            message=self.message,
        )


class ShortageDialog(_ActionDialog):
    def __init__(self, ctx: AppContext, view: TransferView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, view, parent)
        self.setWindowTitle(
            self.tr("Close transfer {number} with a shortage").format(number=view.title)
        )
        missing = "\n".join(
            f"  {line.line_no}.  {line.item.code}  {line.item.name}:  "
            f"{_qty(line.on_road, line)} {line.item.base_unit}"
            + (f"  ({format_money(line.on_road_value)})" if line.on_road_value is not None else "")
            for line in self.lines
        )
        intro = QLabel(
            self.tr(
                "These goods never arrived at {destination}. Closing writes them off from "
                "“in transit” to inventory adjustment, with your name and the reason:\n\n"
                "{lines}\n\nThe transfer cannot be received any more afterwards."
            ).format(destination=view.destination.name, lines=missing)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_combo = QComboBox()
        for reason in SHORTAGE_REASONS:
            self.reason_combo.addItem(render(Msg(ADJUSTMENT_REASONS[reason], "reasons")), reason)
        self.watch_inputs(self.reason_combo)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("C&lose with shortage")
        )
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_combo)
        form.addRow(self.tr("Closed on"), self.date_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(
            self.tr("Decided by"),
            QLabel(ctx.opened.user.full_name if ctx.opened and ctx.opened.user else ""),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 360)

    def submit(self) -> None:
        user, key, view = self.ctx.user_id, self.key, self.view
        reason, day, note = self.reason_combo.currentData(), self._date(), self.note_edit.text()
        self.message.clear()
        self.ctx.runner.op(
            self,
            lambda s: close_with_shortage(
                s, user, view.id, key, reason, close_date=day, note=note, version=view.version
            ),
            self._done,
            busy=self.buttons,
            message=self.message,
        )
