"""The invoice form: header, the line grid, live totals with the tax breakdown, actions.

A draft is edited here and saved or issued; an issued invoice is shown
read-only with what can still be done with it (preview, print, export,
credit). Every action runs as one transaction on the operation runner; a
refusal is shown under the grid and what the user typed stays as typed. The
issue key is made when the form opens, so a double click or a retry after a
lost connection issues once.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.formatting import format_money
from erp_desktop.domain.invoice import INVOICE_WORKFLOW, InvoiceKind, InvoiceState, workflow_of
from erp_desktop.domain.tax import PriceMode
from erp_desktop.errors import ErpError
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.company import CURRENCIES
from erp_desktop.services.invoicing import drafts, issuing, queries
from erp_desktop.services.parties import CUSTOMER, search_parties
from erp_desktop.services.stock.items import active_item_choice, search_items
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.stock.posting import new_key
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.document_form import DocumentDialog
from erp_desktop.ui.errors import show_info, show_inline
from erp_desktop.ui.i18n import render
from erp_desktop.ui.invoicing import actions
from erp_desktop.ui.invoicing.lines import InvoiceLinesModel, InvoiceLinesView, rate_text
from erp_desktop.ui.invoicing.pickers import CustomerPicker
from erp_desktop.ui.runner import together


class InvoiceDialog(DocumentDialog):
    loaded = Signal()  # the invoice (or the new draft's defaults) is shown
    saved = Signal(int)  # invoice id, after save or issue

    def __init__(
        self, ctx: AppContext, invoice_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice_id = invoice_id
        self.state: str = InvoiceState.DRAFT
        self.number: str | None = None
        self.issue_key = new_key()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 640)
        book = ctx.book
        self.customer = CustomerPicker(
            lambda text: book.read(lambda s: search_parties(s, text, CUSTOMER))
        )
        self.customer.chosen.connect(self._customer_chosen)
        self.warehouse = QComboBox()
        self.warehouse.currentIndexChanged.connect(self._warehouse_changed)
        self.invoice_date = QDateEdit(calendarPopup=True)
        self.invoice_date.setDisplayFormat("yyyy-MM-dd")
        self.due_check = QCheckBox()
        self.due_date = QDateEdit(calendarPopup=True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.due_check.toggled.connect(self.due_date.setEnabled)
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.mode = QComboBox()
        self.mode.addItem("", PriceMode.INCLUSIVE.value)
        self.mode.addItem("", PriceMode.EXCLUSIVE.value)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.remarks = QLineEdit(maxLength=500)
        self.lines = InvoiceLinesModel(self._resolve_item, self)
        self.lines.stock_lookup = self._stock_lookup
        self.grid = InvoiceLinesView(
            self.lines, lambda text: book.read(lambda s: search_items(s, text)), self
        )
        self.lines.rows_changed.connect(self._show_totals)
        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.breakdown = QLabel()
        self.breakdown.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.status = QLabel()
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)

        self.save_button = QPushButton(clicked=self.save)
        self.issue_button = QPushButton(clicked=self.issue)
        self.delete_button = QPushButton(clicked=self.delete)
        self.preview_button = QPushButton(clicked=self.preview)
        self.export_pdf_button = QPushButton(clicked=lambda: self._export("pdf"))
        self.export_xml_button = QPushButton(clicked=lambda: self._export("xml"))
        self.credit_button = QPushButton(clicked=self.credit)
        self.close_button = QPushButton(clicked=self.reject)
        self.setup_document(save=self.save, main=self._issue_key)
        for button, verb in (
            (self.save_button, "edit"),
            (self.issue_button, "issue"),
            (self.delete_button, "delete"),
            (self.credit_button, "credit"),
        ):
            self.bind_verb(button, verb)
        self.close_button.setAutoDefault(False)
        changes_book(
            ctx, self.save_button, self.issue_button, self.delete_button, self.credit_button
        )

        self.labels: dict[str, QLabel] = {}
        header = QGridLayout()
        for column, row, key, widget in (
            (0, 0, "customer", self.customer),
            (2, 0, "warehouse", self.warehouse),
            (4, 0, "date", self.invoice_date),
            (0, 1, "mode", self.mode),
            (2, 1, "currency", self.currency),
            (4, 1, "due", self.due_row()),
            (0, 2, "remarks", self.remarks),
        ):
            label = QLabel()
            label.setBuddy(
                widget if not isinstance(widget, QWidget) or widget is not None else None
            )
            self.labels[key] = label
            header.addWidget(label, row, column)
            header.addWidget(widget, row, column + 1, 1, 5 if key == "remarks" else 1)
        header.setColumnStretch(1, 3)
        header.setColumnStretch(3, 1)
        header.setColumnStretch(5, 1)
        self.button_row = QWidget()  # off while a save or an issue runs: one click, one post
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.delete_button,
            self.preview_button,
            self.export_pdf_button,
            self.export_xml_button,
            self.credit_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.issue_button, self.close_button):
            buttons.addWidget(button)
        sums = QHBoxLayout()
        sums.addWidget(self.breakdown, 1)
        sums.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        layout.addLayout(sums)
        layout.addWidget(self.message)
        layout.addWidget(self.button_row)
        self.retranslate_ui()
        self.watch_inputs(
            self.customer,
            self.warehouse,
            self.invoice_date,
            self.due_check,
            self.due_date,
            self.currency,
            self.mode,
            self.remarks,
            self.lines,
        )
        ctx.changed.connect(self._on_changes)
        self._load()

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        """An issued invoice shown here may have been credited meanwhile: show its state."""
        if (
            changes.touches(Area.INVOICING)
            and initiator is not self
            and self.invoice_id is not None
            and self.state != InvoiceState.DRAFT
        ):
            self._load()

    def editing(self) -> bool:
        return self.state == InvoiceState.DRAFT

    def due_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due_check)
        row.addWidget(self.due_date, 1)
        self.due_date.setEnabled(False)
        return box

    # -- texts ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for key, text in (
            ("customer", self.tr("&Customer")),
            ("warehouse", self.tr("&Warehouse")),
            ("date", self.tr("&Date")),
            ("mode", self.tr("&Prices")),
            ("currency", self.tr("C&urrency")),
            ("due", self.tr("Due date")),
            ("remarks", self.tr("&Remarks")),
        ):
            self.labels[key].setText(text)
        self.customer.setPlaceholderText(self.tr("Type a customer's code or name"))
        self.mode.setItemText(0, self.tr("including tax (含税)"))
        self.mode.setItemText(1, self.tr("excluding tax (不含税)"))
        self.save_button.setText(self.tr("&Save draft"))
        self.issue_button.setText(self.tr("&Issue"))
        self.delete_button.setText(self.tr("Delete draft"))
        self.preview_button.setText(self.tr("Pre&view"))
        self.export_pdf_button.setText(self.tr("Export PDF…"))
        self.export_xml_button.setText(self.tr("Export XML…"))
        self.credit_button.setText(self.tr("Cr&edit…"))
        self.close_button.setText(self.tr("Close"))
        self._show_state()
        self._show_totals()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------
    def _load(self) -> None:
        invoice_id = self.invoice_id

        def work(session: Any) -> tuple[Any, Any]:
            warehouses = list_warehouses(session)
            snapshot = queries.form_snapshot(session, invoice_id) if invoice_id else None
            return warehouses, snapshot

        self.ctx.runner.query(self, work, self._loaded)

    def _loaded(self, result: tuple[Any, Any]) -> None:
        with self.loading():
            self._fill(result)
        self.loaded.emit()

    def _fill(self, result: tuple[Any, Any]) -> None:
        warehouses, snapshot = result
        self.warehouse.blockSignals(True)
        self.warehouse.clear()
        for warehouse in warehouses:
            self.warehouse.addItem(f"{warehouse.code}  {warehouse.name}", warehouse.id)
        self.warehouse.blockSignals(False)
        if snapshot is None:
            today = date.today()
            self.invoice_date.setDate(QDate(today))
            self.due_date.setDate(QDate(today + timedelta(days=30)))
        else:
            self._show_snapshot(snapshot)
        self.lines.refresh_stock()
        self._show_state()

    def _show_snapshot(self, snapshot: queries.FormSnapshot) -> None:
        data = snapshot.data
        self.invoice_id, self.state, self.number = snapshot.id, snapshot.state, snapshot.number
        self.kind = snapshot.kind
        self.replaces_number = snapshot.replaces_number
        self.customer.set_choice(snapshot.customer)
        index = self.warehouse.findData(data.warehouse_id)
        if index >= 0:
            self.warehouse.setCurrentIndex(index)
        self.invoice_date.setDate(QDate(data.invoice_date))
        self.due_check.setChecked(data.due_date is not None)
        self.due_date.setDate(QDate(data.due_date or data.invoice_date))
        self.currency.setCurrentText(data.currency)
        self.mode.setCurrentIndex(self.mode.findData(data.price_mode))
        self.remarks.setText(data.remarks)
        self.lines.mode = PriceMode(data.price_mode)
        self.lines.read_only = snapshot.state != InvoiceState.DRAFT
        self.lines.set_rows(
            [
                {
                    "item": snapshot.items.get(line.item_id) if line.item_id else None,
                    "_item_id": line.item_id,
                    "description": line.description,
                    "spec": line.spec,
                    "unit": line.unit,
                    "quantity": line.quantity,
                    "price": line.unit_price,
                    "discount": line.discount_percent,
                    "rate": rate_text(line.tax_rate, line.tax_exempt),
                }
                for line in data.lines
            ]
        )

    # -- state ---------------------------------------------------------------------------------
    kind = InvoiceKind.INVOICE
    replaces_number: str | None = None

    def _show_state(self) -> None:
        workflow = self.workflow = workflow_of(self.kind)
        draft = self.state == InvoiceState.DRAFT
        credit_note = self.kind != InvoiceKind.INVOICE
        if self.invoice_id is None:
            title = self.tr("New invoice")
        elif self.number:
            title = (
                self.tr("Credit note {number} — {state}")
                if credit_note
                else self.tr("Invoice {number} — {state}")
            ).format(number=self.number, state=render(workflow.state_label(self.state)))
        else:
            title = self.tr("Draft invoice")
        if self.replaces_number:
            title += "  " + self.tr("(corrects {number})").format(number=self.replaces_number)
        self.setWindowTitle(title)
        self.status.setText(title)
        for widget in (
            self.customer,
            self.warehouse,
            self.invoice_date,
            self.due_check,
            self.currency,
            self.mode,
            self.remarks,
        ):
            widget.setEnabled(draft)
        self.due_date.setEnabled(draft and self.due_check.isChecked())
        self.save_button.setVisible(draft)
        self.issue_button.setVisible(draft)
        self.delete_button.setVisible(draft and self.invoice_id is not None)
        for button in (self.export_pdf_button, self.export_xml_button):
            button.setVisible(not draft)
        self.credit_button.setVisible(not draft and not credit_note)
        if credit_note:  # a credit note is not credited again
            self._verbs.pop("credit", None)
        self.show_verbs(self.state)
        self.freeze(not draft)

    # -- reactions -------------------------------------------------------------------------------
    def _resolve_item(self, text: str) -> Any:
        return self.ctx.book.read(lambda s: active_item_choice(s, text))

    def _stock_lookup(self, item_ids: list[int]) -> dict[int, Any]:
        warehouse = self.warehouse.currentData()
        if warehouse is None or not item_ids:
            return {}
        return self.ctx.book.read(lambda s: queries.available_stock(s, warehouse, item_ids))

    def _customer_chosen(self, choice: Any) -> None:
        if choice is None or self.state != InvoiceState.DRAFT:
            return
        defaults = self.ctx.book.read(lambda s: queries.customer_defaults(s, choice.id))
        self.lines.discount = defaults.discount
        self.currency.setCurrentText(defaults.currency)
        if defaults.due_days is not None:
            self.due_check.setChecked(True)
            self.due_date.setDate(self.invoice_date.date().addDays(defaults.due_days))

    def _warehouse_changed(self) -> None:
        self.lines.refresh_stock()

    def _mode_changed(self) -> None:
        self.lines.mode = PriceMode(self.mode.currentData())
        self.lines.recompute()

    def _show_totals(self) -> None:
        taxes = self.lines.taxes()
        if taxes is None or not taxes.lines:
            self.totals.setText("")
            self.breakdown.setText("")
            return
        money = format_money
        self.totals.setText(
            self.tr("Net {net}   Tax {tax}   Total {gross} {currency}").format(
                net=money(taxes.net),
                tax=money(taxes.tax),
                gross=money(taxes.gross),
                currency=self.currency.currentText(),
            )
        )
        parts = [
            self.tr("{rate}: {net} + {tax}").format(
                rate=rate_text(r.tax_rate.rate, r.tax_rate.exempt),
                net=money(r.net),
                tax=money(r.tax),
            )
            for r in taxes.by_rate
        ]
        self.breakdown.setText(self.tr("By rate — ") + " · ".join(parts))

    # -- actions ---------------------------------------------------------------------------------
    def form_data(self) -> drafts.InvoiceData:
        """What the form holds; ValidationError for what cannot even be sent."""
        from erp_desktop.errors import ValidationError
        from erp_desktop.i18n import QT_TRANSLATE_NOOP

        if self.customer.choice is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the customer."))
        return drafts.InvoiceData(
            customer_id=self.customer.choice.id,
            invoice_date=self.invoice_date.date().toPython(),
            due_date=self.due_date.date().toPython() if self.due_check.isChecked() else None,
            warehouse_id=self.warehouse.currentData(),
            currency=self.currency.currentText(),
            price_mode=self.mode.currentData(),
            remarks=self.remarks.text(),
            lines=self.lines.line_data(),
        )

    def _save_in(self, session: Any, data: drafts.InvoiceData) -> Changed[int]:
        user = self.ctx.user_id
        if self.invoice_id is None:
            return drafts.create_invoice(session, user, data)
        return together(
            self.invoice_id, drafts.update_invoice(session, user, self.invoice_id, data)
        )

    def _typed(self) -> drafts.InvoiceData | None:
        """The form's data, or None after showing why it cannot be sent (input kept)."""
        try:
            data = self.form_data()
        except ErpError as exc:
            self._failed(exc)
            return None
        self.message.setText("")
        return data

    def save(self) -> None:
        if self.state != InvoiceState.DRAFT or (data := self._typed()) is None:
            return
        self.ctx.runner.op(
            self,
            lambda s: self._save_in(s, data),
            self._saved,
            busy=self.button_row,
            message=self.message,
        )

    def _saved(self, invoice_id: int) -> None:
        self.invoice_id = invoice_id
        self.dirty = False
        show_info(self.message, self.tr("Saved."))
        self._show_state()
        self.saved.emit(invoice_id)

    def _issue_key(self) -> None:
        if self.issue_button.isVisible() and self.issue_button.isEnabled():
            self.issue()

    def issue(self) -> None:
        if not INVOICE_WORKFLOW.allowed(self.state, "issue") or (data := self._typed()) is None:
            return
        taxes = self.lines.taxes()
        total = f"{format_money(taxes.gross if taxes else 0)} {self.currency.currentText()}"
        customer = self.customer.choice.name if self.customer.choice else ""
        if not actions.confirm_issue(self, customer, total):
            return
        key, user = self.issue_key, self.ctx.user_id

        def work(session: Any) -> Changed[tuple[int, Any]]:
            saved = self._save_in(session, data)
            issued = issuing.issue(session, user, saved.value, key)
            return together(
                (saved.value, queries.form_snapshot(session, saved.value)), saved, issued
            )

        self.ctx.runner.op(
            self,
            work,
            self._issued,
            busy=self.button_row,
            message=self.message,
        )

    def _issued(self, result: tuple[int, queries.FormSnapshot]) -> None:
        invoice_id, snapshot = result
        with self.loading():
            self._show_snapshot(snapshot)
            self.lines.refresh_stock()
            self._show_state()
        show_info(self.message, self.tr("Issued as {number}.").format(number=snapshot.number))
        self.saved.emit(invoice_id)

    def delete(self) -> None:
        if self.invoice_id is None:
            return
        if actions.confirm_delete(self):
            invoice_id, user = self.invoice_id, self.ctx.user_id
            self.ctx.runner.op(
                self,
                lambda s: drafts.delete_draft(s, user, invoice_id),
                self._deleted,
                busy=self.button_row,
                message=self.message,
            )

    def _deleted(self, _result: object) -> None:
        self.dirty = False
        self.accept()

    def preview(self) -> None:
        if self.state == InvoiceState.DRAFT:  # show what is in the form: save it first
            if (data := self._typed()) is None:
                return

            def work(session: Any) -> Changed[tuple[int, bytes]]:
                saved = self._save_in(session, data)
                return together((saved.value, issuing.preview_pdf(session, saved.value)), saved)

            def show(result: tuple[int, bytes]) -> None:
                self._saved(result[0])
                actions.show_preview(self.ctx, self, result[1], self.windowTitle())

            self.ctx.runner.op(
                self,
                work,
                show,
                busy=self.button_row,
                message=self.message,
            )
        elif self.invoice_id is not None:
            actions.preview(self.ctx, self, self.invoice_id, self.windowTitle())

    def _export(self, kind: str) -> None:
        if self.invoice_id is not None:
            actions.export_one(self.ctx, self, self.invoice_id, self.number or "", kind)

    def credit(self) -> None:
        if self.invoice_id is not None:
            actions.open_credit(self.ctx, self, self.invoice_id)

    def _failed(self, exc: BaseException) -> bool:
        return show_inline(exc, self.message)
