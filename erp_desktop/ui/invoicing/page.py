"""The Invoicing page: the list of invoices and credit notes, its filters and totals, actions.

The list is a paged SQL model (filter, search and sort happen in the
database); under it, the totals of everything the filter selects, per
currency. Buttons act on the selected document and are enabled from its
workflow — a disabled button's tooltip says why.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.formatting import format_money
from erp_desktop.domain.invoice import InvoiceKind, InvoiceState, workflow_of
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.invoicing import queries
from erp_desktop.services.invoicing.documents import get_invoice
from erp_desktop.services.paging import PageRequest
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_info
from erp_desktop.ui.i18n import render
from erp_desktop.ui.invoicing import actions, einvoice_actions
from erp_desktop.ui.invoicing.batch import BatchExportDialog
from erp_desktop.ui.invoicing.einvoice_actions import einvoice_status
from erp_desktop.ui.models.latest import LatestRead
from erp_desktop.ui.models.paged import Column, PagedQueryModel
from erp_desktop.ui.shortcuts import shown
from erp_desktop.ui.widgets.heading import heading_label
from erp_desktop.ui.widgets.list_layout import remember_layout


class InvoiceListModel(PagedQueryModel):
    """Shows the document type and state in words."""

    KIND_COLUMN, STATE_COLUMN, EINVOICE_COLUMN = 1, 2, 10

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[override]
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            if index.column() == self.KIND_COLUMN:
                kind = super().data(index, Qt.ItemDataRole.UserRole)
                return kind_label(kind) if kind else ""  # (a row on its way: blank)
            if index.column() == self.STATE_COLUMN:
                kind = super().data(
                    index.siblingAtColumn(self.KIND_COLUMN), Qt.ItemDataRole.UserRole
                )
                state = super().data(index, Qt.ItemDataRole.UserRole)
                return render(workflow_of(kind).state_label(state)) if state else ""
            if index.column() == self.EINVOICE_COLUMN:
                return einvoice_status(super().data(index, Qt.ItemDataRole.UserRole) or "")
        return super().data(index, role)


def kind_label(kind: str) -> str:
    if kind == InvoiceKind.CREDIT_NOTE:
        return QCoreApplication.translate("InvoicingPage", "Credit note")
    return QCoreApplication.translate("InvoicingPage", "Invoice")


class InvoicingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = heading_label()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.state = QComboBox()
        self.dates = QCheckBox()
        today = date.today()
        self.date_from = QDateEdit(QDate(today.year, 1, 1), calendarPopup=True)
        self.date_to = QDateEdit(QDate(today.year, 12, 31), calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self._filter)
        self.dates.toggled.connect(self._dates_toggled)
        self._typing = QTimer(self, singleShot=True, interval=250, timeout=self._filter)
        self.filter_edit.textChanged.connect(lambda _t: self._typing.start())
        self.kind.currentIndexChanged.connect(self._filter)
        self.state.currentIndexChanged.connect(self._filter)

        self.model = InvoiceListModel(
            ctx.book.read, self._columns(), queries.invoice_page, self, runner=ctx.runner
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        width = self.fontMetrics().horizontalAdvance("INV-2026-000000__")
        for column, share in ((0, 1.0), (3, 0.7), (9, 0.7)):
            self.table.setColumnWidth(column, int(width * share))
        remember_layout(self.table, ctx.settings, "invoicing.invoices", stretch=4)
        self.table.setSortingEnabled(True)  # the newest first, or the user's last order
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._show_totals())
        self.totals_read = LatestRead(ctx, self)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.totals = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("new", self.new_invoice),
            ("open", self.open_selected),
            ("issue", self.issue_selected),
            ("delete", self.delete_selected),
            ("preview", self.preview_selected),
            ("pdf", lambda: self.export_selected("pdf")),
            ("xml", lambda: self.export_selected("xml")),
            ("credit", lambda: self.credit_selected(reissue=False)),
            ("reissue", lambda: self.credit_selected(reissue=True)),
            ("batch", self.batch_export),
            ("series", self.edit_series),
            ("platform_export", self.platform_export),
            ("platform_import", self.platform_import),
        ):
            self.buttons[key] = QPushButton(clicked=slot)
        self.new_button = self.buttons["new"]  # Ctrl+N (the window's key table)
        changes_book(
            ctx,
            # the platform's workbook marks invoices "sent"; importing stores platform numbers
            *(
                self.buttons[k]
                for k in (
                    "new",
                    "issue",
                    "delete",
                    "credit",
                    "reissue",
                    "series",
                    "platform_export",
                    "platform_import",
                )
            ),
        )
        tools = QHBoxLayout()
        for key in ("new", "open", "issue", "delete", "preview", "pdf", "xml", "credit", "reissue"):
            tools.addWidget(self.buttons[key])
        tools.addStretch(1)
        tools.addWidget(self.buttons["batch"])
        tools.addWidget(self.buttons["platform_export"])
        tools.addWidget(self.buttons["platform_import"])
        tools.addWidget(self.buttons["series"])
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.state)
        filters.addWidget(self.dates)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)
        self.retranslate_ui()
        ctx.changed.connect(self._on_changes)
        self.refresh()

    # -- texts ---------------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Number")),
            Column("kind", self.tr("Type")),
            Column("state", self.tr("State")),
            Column("date", self.tr("Date"), kind="date"),
            Column("customer", self.tr("Customer")),
            Column("currency", self.tr("Currency")),
            Column("net", self.tr("Net"), kind="decimal", places=2),
            Column("tax", self.tr("Tax"), kind="decimal", places=2),
            Column("gross", self.tr("Total"), kind="decimal", places=2),
            Column("due", self.tr("Due"), kind="date"),
            Column("einvoice", self.tr("E-invoice")),
        ]

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Invoices and credit notes"))
        self.filter_edit.setPlaceholderText(self.tr("Search number, customer or remarks"))
        for combo, items in (
            (
                self.kind,
                [
                    (self.tr("Invoices and credit notes"), None),
                    (self.tr("Invoices"), InvoiceKind.INVOICE),
                    (self.tr("Credit notes"), InvoiceKind.CREDIT_NOTE),
                ],
            ),
            (
                self.state,
                [(self.tr("Any state"), None)]
                + [
                    (render(workflow_of(InvoiceKind.INVOICE).state_label(s)), s)
                    for s in InvoiceState
                ],
            ),
        ):
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(current, 0))
            combo.blockSignals(False)
        self.dates.setText(self.tr("Dates"))
        for key, text in (
            ("new", self.tr("&New invoice")),
            ("open", self.tr("&Open")),
            ("issue", self.tr("&Issue")),
            ("delete", self.tr("&Delete draft")),
            ("preview", self.tr("Pre&view")),
            ("pdf", self.tr("Export &PDF…")),
            ("xml", self.tr("Export &XML…")),
            ("credit", self.tr("&Credit…")),
            ("reissue", self.tr("Credit and &re-issue…")),
            ("batch", self.tr("&Batch export…")),
            ("series", self.tr("Number &series…")),
            ("platform_export", self.tr("To tax p&latform…")),
            ("platform_import", self.tr("From tax pla&tform…")),
        ):
            self.buttons[key].setText(text)
        self.buttons["new"].setToolTip(shown(self.tr("New invoice"), "new_document"))
        self.buttons["pdf"].setToolTip(shown(self.tr("Export the PDF"), "print"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- list ----------------------------------------------------------------------------------
    def _filters(self) -> dict[str, Any]:
        on = self.dates.isChecked()
        return {
            "kind": self.kind.currentData(),
            "state": self.state.currentData(),
            "date_from": self.date_from.date().toPython() if on else None,
            "date_to": self.date_to.date().toPython() if on else None,
        }

    def request(self) -> PageRequest:
        """What the list shows now (filters, search, sort) — for totals and batch export."""
        header = self.table.horizontalHeader()
        columns = self._columns()
        section = header.sortIndicatorSection()
        return PageRequest(
            0,
            0,
            text=self.filter_edit.text(),
            filters=self._filters(),
            sort=columns[section].key if 0 <= section < len(columns) else None,
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._filter()

    def _filter(self) -> None:
        self.model.set_filters(**self._filters())
        self.model.set_text(self.filter_edit.text())
        self._show_totals()

    def refresh(self) -> None:
        self.model.refresh()
        self._show_totals()

    def _show_totals(self) -> None:
        request = self.request()
        self.totals_read.start(lambda s: queries.invoice_totals(s, request), self._totals_read)

    def _totals_read(self, sums: Any) -> None:
        money = format_money
        if not sums:
            self.totals.setText(self.tr("Nothing matches."))
        else:
            parts = [
                self.tr(
                    "{count} documents, {currency}: net {net}, tax {tax}, total {gross}"
                ).format(
                    count=t.count,
                    currency=t.currency,
                    net=money(t.net),
                    tax=money(t.tax),
                    gross=money(t.gross),
                )
                for t in sums
            ]
            self.totals.setText(" · ".join(parts))
        self._update_buttons()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.INVOICING, Area.COMPANY, Area.PARTIES):
            self.model.mark_stale()
            self._show_totals()

    # -- selection -----------------------------------------------------------------------------
    def selected(self) -> tuple[int, str | None, str, str] | None:
        """(id, number, kind, state) of the selected row."""
        row = self.table.currentIndex().row()
        if row < 0 or row >= self.model.rowCount():
            return None
        values = self.model.row_values(row)
        return values[0], values[1], values[2], values[3]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        kind, state = (chosen[2], chosen[3]) if chosen else (InvoiceKind.INVOICE, None)
        workflow = workflow_of(kind)
        for key, verb in (
            ("issue", "issue"),
            ("delete", "delete"),
            ("pdf", "print"),
            ("xml", "print"),
            ("credit", "credit"),
            ("reissue", "credit"),
        ):
            button = self.buttons[key]
            if kind == InvoiceKind.CREDIT_NOTE and verb == "credit":
                button.setEnabled(False)
                button.setToolTip(self.tr("A credit note cannot be credited."))
                continue
            actions.enable(button, workflow, state, verb)
        for key in ("open", "preview"):
            self.buttons[key].setEnabled(chosen is not None)

    # -- actions ---------------------------------------------------------------------------------
    def new_invoice(self) -> QWidget:
        return actions.open_invoice(self.ctx, self, None)

    def open_selected(self) -> QWidget | None:
        chosen = self.selected()
        if chosen is None:
            return None
        invoice_id, _number, kind, state = chosen
        if kind == InvoiceKind.CREDIT_NOTE and state == InvoiceState.DRAFT:
            original = self.ctx.book.read(lambda s: get_invoice(s, invoice_id).original_id)
            return actions.open_credit(self.ctx, self, original, note_id=invoice_id)
        return actions.open_invoice(self.ctx, self, invoice_id)

    def issue_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        values = self.model.row_values(self.table.currentIndex().row())
        total = f"{format_money(values[9])} {values[6]}"
        if not actions.confirm_issue(self, str(values[5]), total):
            return
        from erp_desktop.services.invoicing.issuing import issue
        from erp_desktop.services.stock.posting import new_key

        invoice_id, key, user = chosen[0], new_key(), self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: issue(s, user, invoice_id, key),
            self._issued,
            message=self.message,
        )

    def _issued(self, issued: Any) -> None:
        show_info(self.message, self.tr("Issued as {number}.").format(number=issued.number))

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not actions.confirm_delete(self):
            return
        from erp_desktop.services.invoicing.drafts import delete_draft

        invoice_id, user = chosen[0], self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: delete_draft(s, user, invoice_id),
            message=self.message,
        )

    def preview_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            title = f"{kind_label(chosen[2])} {chosen[1] or ''}".strip()
            actions.preview(self.ctx, self, chosen[0], title, chosen[1] or "")

    def print_document(self) -> None:
        """Ctrl+P: the selected issued document's PDF."""
        if self.buttons["pdf"].isEnabled() and self.selected() is not None:
            self.export_selected("pdf")

    def export_selected(self, kind: str) -> None:
        chosen = self.selected()
        if chosen is not None:
            actions.export_one(self.ctx, self, chosen[0], chosen[1] or "", kind)

    def credit_selected(self, *, reissue: bool) -> QWidget | None:
        chosen = self.selected()
        if chosen is None:
            return None
        return actions.open_credit(self.ctx, self, chosen[0], reissue=reissue)

    def batch_export(self) -> BatchExportDialog:
        dialog = BatchExportDialog(self.ctx, self.request(), self)
        dialog.exported.connect(lambda result: self.message.setText(dialog.summary(result)))
        dialog.open()
        return dialog

    def platform_export(self, path: str | None = None) -> None:
        """The listed invoices (their dates as filtered) into the platform's workbook."""
        filters = self._filters()
        einvoice_actions.export_for_platform(
            self.ctx, self, self.message, filters["date_from"], filters["date_to"], path
        )

    def platform_import(self, paths: list[str] | None = None) -> None:
        einvoice_actions.import_from_platform(self.ctx, self, self.message, paths)

    def edit_series(self) -> QWidget:
        from erp_desktop.ui.invoicing.series import SeriesDialog

        dialog = SeriesDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _failed(self, exc: BaseException) -> bool:
        from erp_desktop.ui.errors import show_inline

        return show_inline(exc, self.message)
