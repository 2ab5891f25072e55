"""What the receive and return dialogs share: a form over a table of quantities, the
error line under it, the posting button (Ctrl+Enter) and Cancel.

The key that makes the posting happen once is made when the dialog opens, so a
double click or a retry after an error never posts twice. Errors show in the
dialog, and what was typed stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.errors import ErpError
from erp_desktop.services.stock.posting import new_key
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.document_form import DocumentDialog
from erp_desktop.ui.errors import error_label, show_inline
from erp_desktop.ui.purchasing.quantity_table import QuantityTableView


class QuantityPostingDialog(DocumentDialog):
    """Subclasses fill ``self.form``, make the table and the posting button, call ``lay_out``
    and say in ``posting`` what to post."""

    posted = Signal(str)  # the new document's number

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.key = new_key()
        self.busy = False
        self.form = QFormLayout()
        self.message = error_label()
        self.cancel_button = QPushButton(self.tr("Cancel"))

    def lay_out(
        self,
        table: QuantityTableView,
        post_button: QPushButton,
        left_buttons: Sequence[QPushButton] = (),
    ) -> None:
        self.table = table
        self._post_button = post_button
        changes_book(self.ctx, post_button)
        for button in (*left_buttons, post_button, self.cancel_button):
            button.setAutoDefault(False)
        post_button.setToolTip(self.tr("Ctrl+Enter"))
        buttons = QHBoxLayout()
        for button in left_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(post_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        post_button.clicked.connect(self.post)
        self.cancel_button.clicked.connect(self.reject)
        self.setup_document(main=self.post)
        inputs = [
            w
            for w in self.findChildren(QWidget)
            if isinstance(w, (QLineEdit, QAbstractSpinBox, QComboBox))
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        ]
        self.watch_inputs(table.model(), *inputs)
        self.dirty = False

    def posting(self) -> Callable[[Session], Any]:
        """The work that posts what is on screen; raises ErpError when it is not right."""
        raise NotImplementedError

    def post(self) -> None:
        if self.busy:
            return
        self.table.commit_open_editor()
        try:
            work = self.posting()
        except ErpError as exc:
            show_inline(exc, self.message)
            return
        self.busy = True
        self._post_button.setEnabled(False)
        self.ctx.runner.op(
            self,
            work,
            self._posted,
            on_error=self._failed,
        )

    def _posted(self, result: Any) -> None:
        self.busy = False
        self.dirty = False
        self.posted.emit(result.number)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.busy = False
        self._post_button.setEnabled(True)
        return show_inline(exc, self.message)
