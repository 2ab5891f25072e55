"""The list of suppliers or of customers: filter as you type, new, edit, deactivate.

One widget for both roles (the Master data tabs "Suppliers" and "Customers").
``toolbar`` is public: more actions (Import…, Export…) are added to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.csv_exchange import (
    ImportPreview,
    commit_parties,
    export_parties,
    preview_parties,
)
from erp_desktop.services.parties import SUPPLIER, PartyData, party_page, set_party_active
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.import_dialog import FileProgress, ImportDialog, save_export
from erp_desktop.ui.models.paged import Column, PagedQueryModel, filter_as_you_type
from erp_desktop.ui.parties.form import PartyDialog
from erp_desktop.ui.runner import together
from erp_desktop.ui.shortcuts import shown
from erp_desktop.ui.widgets.list_layout import remember_layout


class PartyListWidget(QWidget):
    def __init__(self, ctx: AppContext, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role = role
        self.dialog: PartyDialog | None = None  # the last form opened (tests, focus)
        supplier = role == SUPPLIER
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = QAction(
            self.tr("New supplier…") if supplier else self.tr("New customer…"), self
        )
        self.new_action.setToolTip(shown(self.new_action.text().rstrip("…"), "new_document"))
        self.new_action.triggered.connect(self.new_party)
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.triggered.connect(lambda: self.edit_party())
        self.active_action = QAction(self.tr("Deactivate"), self)
        self.active_action.triggered.connect(self.toggle_active)
        self.import_action = QAction(self.tr("Im&port…"), self)
        self.import_action.triggered.connect(self.import_parties)
        changes_book(ctx, self.new_action, self.active_action, self.import_action)
        self.export_action = QAction(self.tr("E&xport…"), self)
        self.export_action.triggered.connect(self.export_parties)
        for action in (
            self.new_action,
            self.edit_action,
            self.active_action,
            self.import_action,
            self.export_action,
        ):
            self.toolbar.addAction(action)
            self.addAction(action)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by code, name, tax ID, contact or phone")
        )
        self.inactive_box = QCheckBox(self.tr("Show inactive"))
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.inactive_box)

        self.model = PagedQueryModel(
            ctx.book.read,
            [
                Column("code", self.tr("Code")),
                Column("name", self.tr("Name")),
                Column("tax_id", self.tr("Tax ID")),
                Column("contact", self.tr("Contact")),
                Column("phone", self.tr("Phone")),
                Column("currency", self.tr("Currency")),
                Column("active", self.tr("Active"), kind="bool"),
            ],
            party_page,
            self,
            runner=ctx.runner,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Qt's default indicator is descending: start with the first column, A to Z.
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        remember_layout(self.view, ctx.settings, f"parties.{role}", stretch=1)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.setColumnWidth(0, self.fontMetrics().horizontalAdvance("C-000000") + 24)
        self.view.doubleClicked.connect(lambda index: self.edit_party(index.row()))
        self.view.activated.connect(lambda index: self.edit_party(index.row()))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self.typing = filter_as_you_type(self.filter_edit, self.model, self)
        self.inactive_box.toggled.connect(lambda on: self.model.set_filters(include_inactive=on))
        self.model.modelReset.connect(self._update_actions)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._update_actions()
        )
        ctx.changed.connect(self._on_changes)
        self.model.set_filters(role=role)
        self._update_actions()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.PARTIES):
            self.model.mark_stale()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_actions(self) -> None:
        row = self.current_row()
        has_row = self.model.row_id(row) is not None
        self.edit_action.setEnabled(has_row)
        self.active_action.setEnabled(has_row)
        active = bool(self.model.row_values(row)[7]) if has_row else True
        self.active_action.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
        self.active_action.setToolTip(
            self.tr("Inactive parties stay on old documents but cannot be used on new ones.")
            if has_row
            else self.tr("Select a row first.")
        )

    def new_party(self) -> PartyDialog:
        return self._open(None)

    def edit_party(self, row: int | None = None) -> PartyDialog | None:
        party_id = self.model.row_id(self.current_row() if row is None else row)
        if party_id is None:
            return None
        return self._open(party_id)

    def _open(self, party_id: int | None) -> PartyDialog:
        dialog = PartyDialog(self.ctx, self.role, party_id, self)
        dialog.saved.connect(lambda saved_id: self.select(saved_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def select(self, party_id: int) -> None:
        self.model.refresh()
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == party_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def toggle_active(self) -> None:
        row = self.current_row()
        party_id = self.model.row_id(row)
        if party_id is None:
            return
        active = not bool(self.model.row_values(row)[7])
        user = self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: set_party_active(s, user, party_id, active),
        )

    def import_parties(self) -> ImportDialog:
        user_id, role = self.ctx.user_id, self.role

        def preview(
            session: Session, path: Path, progress: FileProgress
        ) -> ImportPreview[PartyData]:
            return preview_parties(session, path, role, progress)

        def commit(
            session: Session, rows: ImportPreview[PartyData], progress: FileProgress
        ) -> Changed[str]:
            made = commit_parties(session, user_id, rows, progress)
            return together(self.tr("{count} imported.").format(count=made.value), made)

        supplier = self.role == SUPPLIER
        dialog = ImportDialog(
            self.ctx,
            self.tr("Import suppliers") if supplier else self.tr("Import customers"),
            self.tr(
                "A CSV file with a header line: code and name are required; tax ID, "
                "contact, phone, e-mail, address, bank, bank account, currency, payment "
                "terms, lead time and discount may follow. Chinese headers (编码, 名称, "
                "纳税人识别号, …) are understood. UTF-8 or GBK. Every row is checked first; "
                "nothing is saved unless all rows are right."
            ),
            preview,
            commit,
            self,
        )
        dialog.open()
        return dialog

    def export_parties(self) -> None:
        role = self.role
        name = "suppliers.csv" if role == SUPPLIER else "customers.csv"
        save_export(self, self.ctx, name, lambda session, tr: export_parties(session, role, tr))

    def index_of(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
