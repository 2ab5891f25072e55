"""A master-data list (items, warehouses): filter as you type, show inactive, new, edit,
deactivate.

The tab is told which form creates and edits a row and which service verb
(de)activates one; a tab with more buttons adds them in ``add_more_buttons``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.models.paged import Column, PageQuery
from erp_desktop.ui.shortcuts import shown_new
from erp_desktop.ui.stock.list_panel import ListPanel

Form = Callable[[AppContext, int | None, QWidget], QDialog]
SetActive = Callable[[Session, int, int, bool], Any]


class MasterDataTab(ListPanel):
    def __init__(
        self,
        ctx: AppContext,
        columns: Sequence[Column],
        query: PageQuery,
        *,
        new_text: str,
        form: Form,
        set_active: SetActive,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, columns, query, parent=parent)
        self._form = form
        self._set_active = set_active
        self.new_button = self.add_button(new_text, self.new)
        self.new_button.setToolTip(shown_new(self.new_button))
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit)
        self.active_button = self.add_button(self.tr("&Deactivate"), self.toggle_active)
        self.row_buttons: list[QPushButton] = [self.edit_button, self.active_button]
        self.add_more_buttons()
        changes_book(ctx, self.new_button, self.active_button)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.toggled.connect(lambda on: self.set_filters(include_inactive=on))
        self.add_widget(self.show_inactive)
        self.activated.connect(lambda row_id: self.edit(row_id))
        self.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def add_more_buttons(self) -> None:
        """Buttons after Deactivate; those in ``row_buttons`` need a selected row."""

    def _update_buttons(self) -> None:
        values = self.current_values()
        for button in self.row_buttons:
            button.setEnabled(values is not None)
        active = values is None or bool(values[-1])
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("&Activate"))

    def new(self) -> QDialog:
        dialog = self._form(self.ctx, None, self)
        dialog.open()
        return dialog

    def edit(self, row_id: int | None = None) -> QDialog | None:
        row_id = row_id or self.current_id()
        if row_id is None:
            return None
        dialog = self._form(self.ctx, row_id, self)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        values = self.current_values()
        if values is None:
            return
        row_id, active = values[0], not values[-1]
        user_id, set_active = self.ctx.user_id, self._set_active
        self.ctx.runner.op(
            self,
            lambda s: set_active(s, user_id, row_id, active),
        )
