"""The warehouse form: code, name, address, active."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.services.changes import Changed
from erp_desktop.services.stock.locations import (
    WarehouseData,
    create_warehouse,
    get_warehouse,
    set_warehouse_active,
    update_warehouse,
)
from erp_desktop.ui.book_guard import accepting, changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_label
from erp_desktop.ui.runner import together
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons


class WarehouseDialog(QDialog):
    def __init__(
        self, ctx: AppContext, warehouse_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.warehouse_id = warehouse_id
        self.setWindowTitle(
            self.tr("New warehouse") if warehouse_id is None else self.tr("Edit warehouse")
        )
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.active = QCheckBox(self.tr("Active (offered on new documents)"))
        self.active.setChecked(True)
        self.active.setEnabled(warehouse_id is not None)
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow("", self.active)
        self.message = error_label()
        self.buttons = dialog_buttons(self, self.save, QDialogButtonBox.StandardButton.Save)
        changes_book(ctx, *accepting(self.buttons))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        if warehouse_id is not None:
            row = ctx.book.read(lambda s: _plain(get_warehouse(s, warehouse_id)))
            self.code.setText(row[0])
            self.name.setText(row[1])
            self.address.setPlainText(row[2])
            self.active.setChecked(row[3])

    def data(self) -> WarehouseData:
        return WarehouseData(self.code.text(), self.name.text(), self.address.toPlainText())

    def save(self) -> None:
        data, warehouse_id, user_id = self.data(), self.warehouse_id, self.ctx.user_id
        active = self.active.isChecked()

        def work(session: Session) -> Changed[int]:
            if warehouse_id is None:
                made = create_warehouse(session, user_id, data)
                return together(made.value.id, made)
            done: list[object] = [update_warehouse(session, user_id, warehouse_id, data)]
            if get_warehouse(session, warehouse_id).active != active:
                done.append(set_warehouse_active(session, user_id, warehouse_id, active))
            return together(warehouse_id, *done)

        self.ctx.runner.op(
            self,
            work,
            self._saved,
            busy=self.buttons,
            message=self.message,
        )

    def _saved(self, _warehouse_id: int) -> None:
        self.accept()


def _plain(row) -> tuple[str, str, str, bool]:
    return row.code, row.name, row.address, row.active
