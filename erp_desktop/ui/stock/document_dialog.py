"""What the stock document forms add to the shared document form: a form layout for the
header, a body for the line grid, an idempotency key made when the form opens, and the
PDF of the document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.stock_documents import StockDocState
from erp_desktop.domain.workflow import Workflow
from erp_desktop.services.stock.items import active_item_choice, search_items
from erp_desktop.services.stock.posting import new_key
from erp_desktop.ui import colors
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.document_form import DocumentDialog
from erp_desktop.ui.errors import error_style
from erp_desktop.ui.saving import save_file
from erp_desktop.ui.widgets.heading import heading_label


class StockDocumentDialog(DocumentDialog):
    """Subclasses fill ``self.form`` and ``self.body``, and add buttons with ``verb_button``."""

    workflow: Workflow

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = new_key()  # one posting per form, whatever happens to the first try
        self.state: str = StockDocState.DRAFT
        self.doc_id: int | None = None
        self.heading = heading_label(scale=1.2)
        self.form = QFormLayout()
        self.body = QVBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.resize(900, 620)
        self.setup_document(save=self._save_key, main=self._main_key)

    def editing(self) -> bool:
        return self.workflow.allowed(self.state, "edit")

    def _save_key(self) -> None:
        button = self._verbs.get("edit", (None, None))[0]
        if button is not None and button.isEnabled():
            button.click()

    def _main_key(self) -> None:
        button = self._verbs.get("post", (None, None))[0]
        if button is not None and button.isEnabled():
            button.click()

    def verb_button(self, verb: str | None, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        # Enter belongs to the line grid (it moves to the next cell): no default button.
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        if verb is not None:
            self.bind_verb(button, verb)
            changes_book(self.ctx, button)  # save, post, delete…: each changes the book
        return button

    def update_verbs(self) -> None:
        """Buttons from the workflow; a document that cannot be edited is read-only."""
        self.show_verbs(self.state)
        self.freeze(not self.editing())

    # -- printing --------------------------------------------------------------------------
    def make_pdf(self) -> bytes:  # pragma: no cover - subclasses
        """Read the document's print view and render it (runs on a worker)."""
        raise NotImplementedError

    def print_pdf(self) -> None:
        """Ask where to save the PDF, write it, and say where it went (``ui.saving``)."""
        if self.doc_id is None:
            self.show_error(self.tr("Save the document first."))
            return
        save_file(self.ctx, self, f"{self.pdf_name()}.pdf", self.make_pdf)

    def pdf_name(self) -> str:
        return "document"

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(error_style())
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet(colors.text_style("ok"))
        self.message.setText(text)

    # -- item lookups for the line grid ------------------------------------------------------
    def resolve_item(self, text: str) -> Any:
        return self.ctx.book.read(lambda s: active_item_choice(s, text))

    def search_items(self, text: str) -> Any:
        return self.ctx.book.read(lambda s: search_items(s, text))
