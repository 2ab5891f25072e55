"""The purchase order form: header, line grid with live totals, and the order's actions.

Everything can be done from the keyboard: the supplier box takes a code or a
name, Tab walks the header into the grid, the grid takes item codes, names or
barcodes; Ctrl+S saves, Ctrl+Enter confirms, Ctrl+R receives. Each action
button is enabled only where the order's state allows it, and says why not
otherwise. A confirmed order is read-only until "Amend" (its changes are then
saved with a reason, as a recorded amendment).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.formatting import format_money
from erp_desktop.domain.money import PRICE_PLACES
from erp_desktop.domain.purchase import ORDER_WORKFLOW, OrderState
from erp_desktop.errors import ErpError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Changed
from erp_desktop.services.company import CURRENCIES
from erp_desktop.services.parties import SUPPLIER, PartyChoice, get_party
from erp_desktop.services.purchasing.amendments import amend_order
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    book_currency,
    cancel_order,
    close_order,
    confirm_order,
    create_order,
    delete_order,
    update_order,
)
from erp_desktop.services.purchasing.queries import OrderView, order_view
from erp_desktop.services.stock.items import active_item_choice, search_items
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.ui import colors
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.document_form import DocumentDialog
from erp_desktop.ui.errors import show_info, show_inline
from erp_desktop.ui.grid import LineGridView
from erp_desktop.ui.parties.lookup import PartyLookup
from erp_desktop.ui.purchasing import order_lines
from erp_desktop.ui.purchasing.common import state_text
from erp_desktop.ui.runner import together
from erp_desktop.ui.widgets.decimal_edit import DecimalEdit
from erp_desktop.ui.widgets.heading import heading_label


class OrderDialog(DocumentDialog):
    workflow = ORDER_WORKFLOW

    def __init__(
        self, ctx: AppContext, order_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.view: OrderView | None = None
        self.amending = False
        self.home_currency = ctx.book.read(book_currency)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.resize(1100, 680)
        self._build()
        with self.loading():
            if order_id is None:
                self._new()
            else:
                self.load()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.supplier = PartyLookup(self.ctx, SUPPLIER)
        self.supplier.setPlaceholderText(self.tr("code or name"))
        self.warehouse_combo = QComboBox()
        self.order_date = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.expected_box = QCheckBox(self.tr("E&xpected:"))
        self.expected_date = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(CURRENCIES)
        self.rate_label = QLabel()
        self.rate_edit = DecimalEdit(
            PRICE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Exchange rate")
        )
        self.notes_edit = QLineEdit(maxLength=1000)
        for edit in (self.order_date, self.expected_date):
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("2026-12-31") + 60)
        self.number_label = heading_label()
        self.state_label = heading_label()

        header = QGridLayout()
        labels = {}
        for key, text in (
            ("supplier", self.tr("&Supplier:")),
            ("warehouse", self.tr("&Receive into:")),
            ("date", self.tr("Order &date:")),
            ("currency", self.tr("C&urrency:")),
            ("notes", self.tr("&Notes:")),
        ):
            labels[key] = QLabel(text)
        labels["supplier"].setBuddy(self.supplier)
        labels["warehouse"].setBuddy(self.warehouse_combo)
        labels["date"].setBuddy(self.order_date)
        labels["currency"].setBuddy(self.currency_combo)
        labels["notes"].setBuddy(self.notes_edit)
        title = QHBoxLayout()
        title.addWidget(self.number_label)
        title.addWidget(self.state_label)
        title.addStretch(1)
        header.addWidget(labels["supplier"], 0, 0)
        header.addWidget(self.supplier, 0, 1, 1, 3)
        header.addWidget(labels["warehouse"], 0, 4)
        header.addWidget(self.warehouse_combo, 0, 5)
        header.addWidget(labels["date"], 1, 0)
        header.addWidget(self.order_date, 1, 1)
        header.addWidget(self.expected_box, 1, 2)
        header.addWidget(self.expected_date, 1, 3)
        header.addWidget(labels["currency"], 1, 4)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.currency_combo)
        rate_row.addWidget(self.rate_label)
        rate_row.addWidget(self.rate_edit)
        header.addLayout(rate_row, 1, 5)
        header.addWidget(labels["notes"], 2, 0)
        header.addWidget(self.notes_edit, 2, 1, 1, 5)
        header.setColumnStretch(1, 2)
        header.setColumnStretch(5, 1)

        self.grid_model = order_lines.OrderLinesModel(
            order_lines.columns(), resolve_item=self._resolve_item, compute=order_lines.compute
        )
        self.grid = LineGridView(self.grid_model, self._search_items)
        self.totals_label = QLabel()
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reason_label = QLabel(self.tr("Reason for the &amendment:"))
        self.reason_edit = QLineEdit(maxLength=500)
        self.reason_label.setBuddy(self.reason_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(self.tr("&Save"))
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.receive_button = QPushButton(self.tr("Rece&ive…"))
        self.return_button = QPushButton(self.tr("Re&turn…"))
        self.amend_button = QPushButton(self.tr("A&mend"))
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.close_order_button = QPushButton(self.tr("Close &order…"))
        self.cancel_order_button = QPushButton(self.tr("Cance&l order…"))
        self.delete_button = QPushButton(self.tr("Delete draft…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        changes_book(
            self.ctx,
            self.save_button,
            self.confirm_button,
            self.receive_button,
            self.return_button,
            self.amend_button,
            self.close_order_button,
            self.cancel_order_button,
            self.delete_button,
        )
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.close_button = QPushButton(self.tr("Close"))
        self.button_row = QWidget()  # off while an action runs: one click, one posting
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.save_button,
            self.confirm_button,
            self.receive_button,
            self.return_button,
            self.amend_button,
            self.discard_button,
            self.close_order_button,
            self.cancel_order_button,
            self.delete_button,
            self.print_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.close_button)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason_edit, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.totals_label)
        layout.addLayout(reason_row)
        layout.addWidget(self.message)
        layout.addWidget(self.button_row)

        self.save_button.clicked.connect(self.save)
        self.confirm_button.clicked.connect(self.confirm)
        self.receive_button.clicked.connect(self.receive)
        self.return_button.clicked.connect(self.return_goods)
        self.amend_button.clicked.connect(self.amend)
        self.discard_button.clicked.connect(self.discard)
        self.close_order_button.clicked.connect(lambda: self.end_order("close"))
        self.cancel_order_button.clicked.connect(lambda: self.end_order("cancel"))
        self.delete_button.clicked.connect(self.delete)
        self.print_menu.aboutToShow.connect(self._fill_print_menu)
        self.close_button.clicked.connect(self.reject)
        self.setup_document(save=self._save_or_amend, main=self.confirm)
        receive = QShortcut(QKeySequence("Ctrl+R"), self)
        receive.activated.connect(self.receive)
        for button, verb in (
            (self.save_button, "edit"),
            (self.confirm_button, "confirm"),
            (self.receive_button, "receive"),
            (self.amend_button, "amend"),
            (self.close_order_button, "close"),
            (self.cancel_order_button, "cancel"),
            (self.delete_button, "delete"),
            (self.print_button, "print"),
        ):
            self.bind_verb(
                button, verb, self._saved_first if verb not in ("edit", "confirm") else None
            )
        self.bind_verb(self.return_button, "return", self._nothing_received)
        self.grid_model.rows_changed.connect(self._lines_changed)
        self.currency_combo.currentTextChanged.connect(self._currency_changed)
        self.expected_box.toggled.connect(self.expected_date.setEnabled)
        self.supplier.chosen.connect(self._supplier_chosen)
        self.watch_inputs(
            self.supplier,
            self.order_date,
            self.expected_date,
            self.expected_box,
            self.notes_edit,
            self.warehouse_combo,
            self.currency_combo,
            self.rate_edit,
            self.reason_edit,
            self.grid_model,
        )

    # -- data ----------------------------------------------------------------------------------
    def _resolve_item(self, text: str) -> Any:
        return self.ctx.book.read(lambda s: active_item_choice(s, text))

    def _search_items(self, text: str) -> list[Any]:
        return self.ctx.book.read(lambda s: search_items(s, text))

    def _fill_warehouses(self, current: tuple[int, str] | None = None) -> None:
        self.warehouse_combo.blockSignals(True)
        self.warehouse_combo.clear()
        for warehouse in self.ctx.book.read(list_warehouses):
            self.warehouse_combo.addItem(f"{warehouse.code}  {warehouse.name}", warehouse.id)
        if current is not None:
            index = self.warehouse_combo.findData(current[0])
            if index < 0:  # an inactive warehouse stays shown on its orders
                self.warehouse_combo.addItem(current[1], current[0])
                index = self.warehouse_combo.count() - 1
            self.warehouse_combo.setCurrentIndex(index)
        self.warehouse_combo.blockSignals(False)

    def _new(self) -> None:
        self.setWindowTitle(self.tr("New purchase order"))
        self._fill_warehouses()
        self.order_date.setDate(QDate.currentDate())
        self.expected_date.setDate(QDate.currentDate())
        self.expected_box.setChecked(False)
        self.expected_date.setEnabled(False)
        self.currency_combo.setCurrentText(self.home_currency)
        self.grid_model.read_only = False
        self.grid_model.set_rows([])
        self._show_state()
        self.supplier.setFocus()

    def load(self) -> None:
        """(Re)read the order from the book and show it."""
        assert self.order_id is not None
        order_id = self.order_id
        view = self.ctx.book.read(lambda s: order_view(s, order_id))
        self.view = view
        self.amending = False
        self.setWindowTitle(
            self.tr("Purchase order {number}").format(number=view.number or self.tr("(draft)"))
        )
        self.supplier.set_choice(view.supplier)
        self._fill_warehouses((view.warehouse_id, view.warehouse_name))
        self.order_date.setDate(QDate(view.order_date))
        self.expected_box.setChecked(view.expected_date is not None)
        self.expected_date.setDate(QDate(view.expected_date or view.order_date))
        self.currency_combo.setCurrentText(view.currency)
        self.rate_edit.set_value(view.exchange_rate)
        self.notes_edit.setText(view.notes)
        self.grid_model.read_only = view.state != OrderState.DRAFT
        self.grid_model.set_rows([order_lines.row_of(line) for line in view.lines])
        self.reason_edit.clear()
        self._show_state()

    def order_input(self) -> OrderInput:
        """The form as the service takes it; ValidationError for what is missing."""
        problems = self.grid_model.problems()
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Correct the lines marked in red: {problems}"),
                problems="; ".join(problems),
            )
        supplier = self.supplier.choice()
        if supplier is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a supplier."))
        lines = []
        for number, row in enumerate(self.grid_model.lines(), start=1):
            if row.get("item") is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Line {line}: choose an item."), line=number
                )
            if row.get("qty") is None or row.get("price") is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Line {line}: enter the quantity and the price."),
                    line=number,
                )
            lines.append(
                OrderLineInput(
                    row["item"].id,
                    row["qty"],
                    row["price"],
                    order_lines.tax_rate(row),
                    order_lines.in_purchase_unit(row),
                    row.get("_line_id"),
                )
            )
        warehouse = self.warehouse_combo.currentData()
        if warehouse is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a warehouse."))
        currency = self.currency_combo.currentText()
        return OrderInput(
            supplier_id=supplier.id,
            warehouse_id=int(warehouse),
            order_date=self.order_date.date().toPython(),
            expected_date=(
                self.expected_date.date().toPython() if self.expected_box.isChecked() else None
            ),
            currency=currency,
            exchange_rate=self.rate_edit.value() if currency != self.home_currency else None,
            notes=self.notes_edit.text(),
            lines=lines,
        )

    # -- state and buttons ---------------------------------------------------------------------
    @property
    def state(self) -> str | None:
        return self.view.state if self.view is not None else None

    def _show_state(self) -> None:
        state = self.state
        view = self.view
        self.number_label.setText(
            view.number if view and view.number else self.tr("New purchase order")
        )
        shown = state or OrderState.DRAFT
        self.state_label.setText(state_text(shown))
        self.state_label.setStyleSheet(colors.text_style(shown))
        self.freeze(False)
        editable = state in (None, OrderState.DRAFT) or self.amending
        header_fixed = state not in (None, OrderState.DRAFT)
        self.supplier.setReadOnly(header_fixed)
        self.supplier.setClearButtonEnabled(not header_fixed)
        self.order_date.setReadOnly(header_fixed)
        self.currency_combo.setEnabled(not header_fixed)
        for widget in (self.warehouse_combo, self.expected_box, self.expected_date):
            widget.setEnabled(editable)
        self.expected_date.setEnabled(editable and self.expected_box.isChecked())
        self.notes_edit.setReadOnly(not editable)
        self.rate_edit.setReadOnly(not editable)
        self.reason_label.setVisible(self.amending)
        self.reason_edit.setVisible(self.amending)
        self._currency_changed(self.currency_combo.currentText())
        self._update_buttons()
        self._lines_changed()
        if not editable:  # header and lines of a confirmed or finished order stay as they are
            self.freeze(True)

    def _saved_first(self, _state: str | None) -> str | None:
        return None if self.state is not None else self.tr("Save the order first.")

    def _nothing_received(self, state: str | None) -> str | None:
        if self.state is None:
            return self._saved_first(state)
        received = self.view is not None and self.view.receipts
        return None if received else self.tr("Nothing was received on this order yet.")

    @property
    def busy(self) -> bool:
        """An action is running (its buttons are off until it ends)."""
        return not self.button_row.isEnabled()

    def editing(self) -> bool:
        return self.state in (None, OrderState.DRAFT) or self.amending

    def _update_buttons(self) -> None:
        if self.amending:
            for button in (
                self.save_button,
                self.confirm_button,
                self.receive_button,
                self.return_button,
                self.close_order_button,
                self.cancel_order_button,
                self.delete_button,
                self.print_button,
            ):
                button.setEnabled(False)
                button.setToolTip(self.tr("Save or discard the amendment first."))
            self.amend_button.setText(self.tr("Save a&mendment"))
            self.amend_button.setEnabled(True)
            self.amend_button.setToolTip("")
            self.discard_button.setVisible(True)
            return
        self.amend_button.setText(self.tr("A&mend"))
        self.discard_button.setVisible(False)
        self.show_verbs(self.state or OrderState.DRAFT)

    def _lines_changed(self, *_args: object) -> None:
        total = self.grid_model.amounts()
        currency = self.currency_combo.currentText()
        self.totals_label.setText(
            self.tr(
                "Lines: {lines}    Amount: {net}    Tax: {tax}    Total: {gross} {currency}"
            ).format(
                lines=len(self.grid_model.lines()),
                net=format_money(total.net, currency),
                tax=format_money(total.tax, currency),
                gross=format_money(total.gross, currency),
                currency=currency,
            )
        )

    def _currency_changed(self, currency: str) -> None:
        foreign = currency != self.home_currency
        self.rate_label.setText(
            self.tr("{home} per {currency}:").format(home=self.home_currency, currency=currency)
        )
        self.rate_label.setVisible(foreign)
        self.rate_edit.setVisible(foreign)
        self._lines_changed()

    def _supplier_chosen(self, choice: PartyChoice | None) -> None:
        if choice is None or self.state not in (None, OrderState.DRAFT):
            return
        self.ctx.runner.query(self, lambda s: get_party(s, choice.id), self._supplier_defaults)

    def _supplier_defaults(self, supplier: Any) -> None:
        """The chosen supplier's currency and lead time, unless the order moved on."""
        if self.state not in (None, OrderState.DRAFT):
            return
        self.currency_combo.setCurrentText(supplier.currency)
        if supplier.lead_time_days and not self.expected_box.isChecked():
            self.expected_box.setChecked(True)
            self.expected_date.setDate(self.order_date.date().addDays(supplier.lead_time_days))

    # -- messages ------------------------------------------------------------------------------
    def show_info(self, text: str) -> None:
        show_info(self.message, text)

    def _input_or_error(self) -> OrderInput | None:
        try:
            return self.order_input()
        except ErpError as exc:
            show_inline(exc, self.message)
            return None

    # -- actions ---------------------------------------------------------------------------------
    def _save_or_amend(self) -> None:
        if self.amending:
            self.amend()
        elif self.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        data = self._input_or_error()
        if data is None or not self.button_row.isEnabled():
            return
        order_id, user = self.order_id, self.ctx.user_id

        def work(session: Any) -> Changed[int]:
            if order_id is None:
                return create_order(session, user, data)
            return together(order_id, update_order(session, user, order_id, data))

        self.ctx.runner.op(
            self,
            work,
            lambda new_id: self._after(new_id, self.tr("Saved.")),
            busy=self.button_row,
            message=self.message,
        )

    def confirm(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        data = self._input_or_error()
        if data is None:
            return
        order_id, user = self.order_id, self.ctx.user_id

        def work(session: Any) -> Changed[tuple[int, str]]:
            if order_id is None:
                saved = create_order(session, user, data)
            else:
                saved = together(order_id, update_order(session, user, order_id, data))
            confirmed = confirm_order(session, user, saved.value)
            return together((saved.value, confirmed.value), saved, confirmed)

        self.ctx.runner.op(
            self,
            work,
            lambda result: self._after(
                result[0], self.tr("Confirmed as {number}.").format(number=result[1])
            ),
            busy=self.button_row,
            message=self.message,
        )

    def _after(self, order_id: int, text: str) -> None:
        self.order_id = order_id
        with self.loading():
            self.load()
        self.show_info(text)

    def amend(self) -> None:
        if not self.amending:
            if not self.amend_button.isEnabled():
                return
            self.amending = True
            self.grid_model.read_only = False
            rows = [dict(row) for row in self.grid_model.lines()]
            self.grid_model.set_rows(rows)
            self._show_state()
            self.show_info(
                self.tr(
                    "Change the lines, then give a reason and save the amendment. Received "
                    "quantities and prices of lines with receipts stay as they are."
                )
            )
            self.grid.start()
            return
        data = self._input_or_error()
        if data is None or not self.button_row.isEnabled():
            return
        order_id, reason, user = self.order_id, self.reason_edit.text(), self.ctx.user_id
        assert order_id is not None
        self.ctx.runner.op(
            self,
            lambda s: amend_order(s, user, order_id, data, reason),
            lambda version: self._after(
                order_id, self.tr("Amendment {version} saved.").format(version=version)
            ),
            busy=self.button_row,
            message=self.message,
        )

    def discard(self) -> None:
        with self.loading():
            self.load()
        self.show_info("")

    def end_order(self, verb: str) -> None:
        order_id = self.order_id
        if order_id is None:
            return
        if verb == "close":
            title = self.tr("Close the order")
            prompt = self.tr("The rest of this order will not come; what was received stays.\nWhy?")
        else:
            title = self.tr("Cancel the order")
            prompt = self.tr("Nothing will be bought on this order.\nWhy?")
        reason, ok = QInputDialog.getText(self, title, prompt)
        if not ok:
            return
        service, user = (close_order if verb == "close" else cancel_order), self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: service(s, user, order_id, reason),
            lambda _r: self._after(
                order_id, state_text(OrderState.CLOSED if verb == "close" else OrderState.CANCELLED)
            ),
            busy=self.button_row,
            message=self.message,
        )

    def delete(self) -> None:
        order_id = self.order_id
        if order_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete draft"), self.tr("Delete this draft order? It has no number yet.")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_result: object) -> None:
            self.dirty = False
            self.accept()

        user = self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: delete_order(s, user, order_id),
            deleted,
            busy=self.button_row,
            message=self.message,
        )

    def receive(self) -> QDialog | None:
        if not self.receive_button.isEnabled() or self.order_id is None:
            return None
        from erp_desktop.ui.purchasing.receive_dialog import ReceiveDialog

        dialog = ReceiveDialog(self.ctx, self.order_id, self)
        dialog.posted.connect(lambda number: self._after_posting(number))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def return_goods(self) -> QDialog | None:
        if not self.return_button.isEnabled() or self.order_id is None:
            return None
        from erp_desktop.ui.purchasing.return_dialog import ReturnDialog

        dialog = ReturnDialog(self.ctx, self.order_id, self)
        dialog.posted.connect(lambda number: self._after_posting(number))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_posting(self, number: str) -> None:
        assert self.order_id is not None
        self._after(self.order_id, self.tr("{number} posted.").format(number=number))

    def _fill_print_menu(self) -> None:
        from erp_desktop.ui.purchasing.printing import fill_print_menu

        if self.order_id is not None:
            fill_print_menu(self.print_menu, self.ctx, self.order_id)
