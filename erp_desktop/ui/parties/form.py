"""The form of a supplier or customer (one party model, both roles).

The tax ID is checked as it is typed (a hint: the service decides); a code
whose check character fails may be accepted with a reason, which the book
records. Errors from the service appear in the form, and what was typed stays.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.errors import ErpError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Changed
from erp_desktop.services.company import CURRENCIES
from erp_desktop.services.parties import (
    CUSTOMER,
    SUPPLIER,
    PartyData,
    create_party,
    get_party,
    party_data,
    update_party,
)
from erp_desktop.ui.book_guard import accepting, changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.document_form import DocumentDialog
from erp_desktop.ui.errors import error_label, error_style, show_inline
from erp_desktop.ui.runner import together
from erp_desktop.ui.widgets.decimal_edit import DecimalEdit
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons
from erp_desktop.ui.widgets.tax_id_check import TaxIdCheck


class PartyDialog(DocumentDialog):
    saved = Signal(int)  # the party's id

    def __init__(
        self,
        ctx: AppContext,
        role: str,
        party_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role = role
        self.party_id = party_id
        self.setMinimumWidth(560)
        self.code_edit = QLineEdit(maxLength=30)
        self.name_edit = QLineEdit(maxLength=200)
        self.supplier_box = QCheckBox(self.tr("Supplier"))
        self.customer_box = QCheckBox(self.tr("Customer"))
        roles = QHBoxLayout()
        roles.addWidget(self.supplier_box)
        roles.addWidget(self.customer_box)
        roles.addStretch(1)
        self.tax_id_edit = QLineEdit(maxLength=40)
        self.tax_id_edit.setPlaceholderText(self.tr("18 characters, e.g. 91110000600037341L"))
        self.tax_hint = QLabel()
        self.tax_hint.setWordWrap(True)
        self.override_box = QCheckBox(
            self.tr("Accept this tax ID although its check character fails")
        )
        self.override_reason = QLineEdit(maxLength=500)
        self.override_reason.setPlaceholderText(
            self.tr("why, e.g. “printed so on the business licence”")
        )
        self.natural_box = QCheckBox(self.tr("A private person (自然人): no tax ID, an ID instead"))
        self.id_type_combo = QComboBox(editable=True)
        self.id_type_combo.addItems(["", "居民身份证", "护照", "港澳居民来往内地通行证"])
        self.id_number_edit = QLineEdit(maxLength=30)
        person = QHBoxLayout()
        person.addWidget(self.id_type_combo, 1)
        person.addWidget(self.id_number_edit, 2)
        self.contact_edit = QLineEdit(maxLength=100)
        self.phone_edit = QLineEdit(maxLength=50)
        self.email_edit = QLineEdit(maxLength=120)
        self.address_edit = QLineEdit(maxLength=300)
        self.bank_edit = QLineEdit(maxLength=200)
        self.account_edit = QLineEdit(maxLength=50)
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(CURRENCIES)
        self.terms_edit = QLineEdit(maxLength=100)
        self.terms_edit.setPlaceholderText(self.tr("e.g. 30 days net, 月结30天"))
        self.lead_spin = QSpinBox()
        self.lead_spin.setRange(0, 3650)
        self.lead_spin.setSuffix(self.tr(" days"))
        self.discount_edit = DecimalEdit(2, field=QT_TRANSLATE_NOOP("fields", "Discount %"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 4)

        form = QFormLayout()
        self.reason_label = QLabel(self.tr("Reason:"))
        for text, widget in (
            (self.tr("&Code:"), self.code_edit),
            (self.tr("&Name:"), self.name_edit),
            (self.tr("Role:"), roles),
            (self.tr("&Tax ID (USCC):"), self.tax_id_edit),
            ("", self.tax_hint),
            ("", self.override_box),
            (self.reason_label, self.override_reason),
            ("", self.natural_box),
            (self.tr("ID type and number:"), person),
            (self.tr("C&ontact:"), self.contact_edit),
            (self.tr("&Phone:"), self.phone_edit),
            (self.tr("&Email:"), self.email_edit),
            (self.tr("&Address:"), self.address_edit),
            (self.tr("&Bank:"), self.bank_edit),
            (self.tr("Bank a&ccount:"), self.account_edit),
            (self.tr("C&urrency:"), self.currency_combo),
            (self.tr("Payment &terms:"), self.terms_edit),
            (self.tr("&Lead time (supplier):"), self.lead_spin),
            (self.tr("&Discount % (customer):"), self.discount_edit),
            (self.tr("N&otes:"), self.notes_edit),
        ):
            if isinstance(text, QLabel):
                text.setBuddy(widget)  # type: ignore[arg-type]
                form.addRow(text, widget)
            elif isinstance(widget, QHBoxLayout):
                form.addRow(text, widget)
            else:
                label = QLabel(text)
                label.setBuddy(widget)
                form.addRow(label, widget)
        self.message = error_label(hidden=True)
        self.buttons = dialog_buttons(self, self.save, QDialogButtonBox.StandardButton.Save)
        changes_book(ctx, *accepting(self.buttons))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.tax_check = TaxIdCheck(
            self.tax_id_edit,
            self.tax_hint,
            self.override_box,
            self.override_reason,
            self.reason_label,
            failed_style=error_style(),
        )
        self.tax_check.empty_hint = self.tr("Needed on invoices; can be added later.")
        self.tax_check.valid_hint = self.tr("✓ Valid unified social credit code")
        if party_id is None:
            self.setWindowTitle(
                self.tr("New supplier") if role == SUPPLIER else self.tr("New customer")
            )
            (self.supplier_box if role == SUPPLIER else self.customer_box).setChecked(True)
            self.tax_check.check()
        else:
            data = ctx.book.read(lambda s: party_data(get_party(s, party_id)))
            self.set_data(data)
            self.setWindowTitle(f"{data.code}  {data.name}")
        self.setup_document(save=self.save)
        self.watch_inputs(
            self.code_edit,
            self.name_edit,
            self.supplier_box,
            self.customer_box,
            self.tax_id_edit,
            self.override_box,
            self.override_reason,
            self.contact_edit,
            self.phone_edit,
            self.email_edit,
            self.address_edit,
            self.bank_edit,
            self.account_edit,
            self.currency_combo,
            self.terms_edit,
            self.lead_spin,
            self.discount_edit,
            self.notes_edit,
        )
        self.dirty = False
        self.code_edit.setFocus()

    # -- fields --------------------------------------------------------------------------------
    def set_data(self, data: PartyData) -> None:
        self.code_edit.setText(data.code)
        self.name_edit.setText(data.name)
        self.supplier_box.setChecked(data.is_supplier)
        self.customer_box.setChecked(data.is_customer)
        self.tax_id_edit.setText(data.tax_id)
        self.contact_edit.setText(data.contact)
        self.phone_edit.setText(data.phone)
        self.email_edit.setText(data.email)
        self.address_edit.setText(data.address)
        self.bank_edit.setText(data.bank_name)
        self.account_edit.setText(data.bank_account)
        self.currency_combo.setCurrentText(data.currency)
        self.terms_edit.setText(data.payment_terms)
        self.lead_spin.setValue(data.lead_time_days)
        self.discount_edit.set_value(data.discount_percent)
        self.notes_edit.setPlainText(data.notes)
        self.natural_box.setChecked(data.natural_person)
        self.id_type_combo.setCurrentText(data.id_type)
        self.id_number_edit.setText(data.id_number)
        self.tax_check.check()
        self.tax_check.set_reason(data.tax_id_override_reason)

    def data(self) -> PartyData:
        """What the form holds; raises ValidationError for a number that does not parse."""
        return PartyData(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            is_supplier=self.supplier_box.isChecked(),
            is_customer=self.customer_box.isChecked(),
            tax_id=self.tax_id_edit.text(),
            tax_id_override_reason=self.tax_check.reason(),
            contact=self.contact_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            bank_name=self.bank_edit.text(),
            bank_account=self.account_edit.text(),
            currency=self.currency_combo.currentText(),
            payment_terms=self.terms_edit.text(),
            lead_time_days=self.lead_spin.value(),
            discount_percent=self.discount_edit.value() or Decimal(0),
            notes=self.notes_edit.toPlainText(),
            natural_person=self.natural_box.isChecked(),
            id_type=self.id_type_combo.currentText(),
            id_number=self.id_number_edit.text(),
        )

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            data = self.data()
        except ErpError as exc:
            self._failed(exc)
            return
        user, party_id = self.ctx.user_id, self.party_id

        def work(session: Session) -> Changed[int]:
            if party_id is None:
                return create_party(session, user, data)
            return together(party_id, update_party(session, user, party_id, data))

        self.ctx.runner.op(
            self,
            work,
            self._saved,
            busy=self.buttons,
            on_error=self._failed,
        )

    def _saved(self, party_id: int) -> None:
        self.party_id = party_id
        self.dirty = False
        self.saved.emit(party_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        if not show_inline(exc, self.message):
            return False
        self.message.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


__all__ = ["CUSTOMER", "SUPPLIER", "PartyDialog"]
