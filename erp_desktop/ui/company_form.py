"""The company profile fields, used by the first-run dialog and Settings.

The tax ID is checked as the user types (a hint only: the service decides).
When a code fails its check character, the user may accept it anyway with a
reason, which the book records.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from erp_desktop.services.company import CURRENCIES, CompanyProfile
from erp_desktop.ui.widgets.tax_id_check import TaxIdCheck

LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))


class CompanyForm(QWidget):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.name_edit = QLineEdit(maxLength=200)
        self.tax_id_edit = QLineEdit(maxLength=30)
        self.tax_hint = QLabel()
        self.tax_hint.setWordWrap(True)
        self.override_box = QCheckBox()
        self.override_reason = QLineEdit(maxLength=500)
        self.address_edit = QLineEdit(maxLength=300)
        self.phone_edit = QLineEdit(maxLength=50)
        self.bank_edit = QLineEdit(maxLength=200)
        self.account_edit = QLineEdit(maxLength=50)
        self.currency_combo = QComboBox()
        self.currency_combo.addItems(CURRENCIES)
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("name", self.name_edit),
            ("tax_id", self.tax_id_edit),
            ("", self.tax_hint),
            ("", self.override_box),
            ("reason", self.override_reason),
            ("address", self.address_edit),
            ("phone", self.phone_edit),
            ("bank", self.bank_edit),
            ("account", self.account_edit),
            ("currency", self.currency_combo),
            ("language", self.language_combo),
        ):
            if key:
                label = QLabel()
                label.setBuddy(widget)
                self.labels[key] = label
                self.layout_.addRow(label, widget)
            else:
                self.layout_.addRow("", widget)
        self.tax_check = TaxIdCheck(
            self.tax_id_edit,
            self.tax_hint,
            self.override_box,
            self.override_reason,
            self.labels["reason"],
        )
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language())
        )
        self.retranslate_ui()  # also checks the tax ID

    def retranslate_ui(self) -> None:
        texts = {
            "name": self.tr("Company &name:"),
            "tax_id": self.tr("&Tax ID (USCC):"),
            "reason": self.tr("Reason:"),
            "address": self.tr("&Address:"),
            "phone": self.tr("&Phone:"),
            "bank": self.tr("&Bank:"),
            "account": self.tr("Bank a&ccount:"),
            "currency": self.tr("C&urrency:"),
            "language": self.tr("&Language of the book:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name_edit.setPlaceholderText(self.tr("as on the business licence"))
        self.tax_id_edit.setPlaceholderText(self.tr("18 characters, e.g. 91110000600037341L"))
        self.override_box.setText(self.tr("Accept this tax ID although its check character fails"))
        self.override_reason.setPlaceholderText(
            self.tr("why, e.g. “printed so on the business licence”")
        )
        self.tax_check.empty_hint = self.tr("Needed on invoices; can be added later.")
        self.tax_check.valid_hint = self.tr("✓ Valid unified social credit code")
        self.tax_check.check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def profile(self) -> CompanyProfile:
        return CompanyProfile(
            name=self.name_edit.text(),
            tax_id=self.tax_id_edit.text(),
            tax_id_override_reason=self.tax_check.reason(),
            address=self.address_edit.text(),
            phone=self.phone_edit.text(),
            bank_name=self.bank_edit.text(),
            bank_account=self.account_edit.text(),
            currency=self.currency_combo.currentText(),
            language=self.language(),
        )

    def set_profile(self, profile: CompanyProfile) -> None:
        self.name_edit.setText(profile.name)
        self.tax_id_edit.setText(profile.tax_id)
        self.address_edit.setText(profile.address)
        self.phone_edit.setText(profile.phone)
        self.bank_edit.setText(profile.bank_name)
        self.account_edit.setText(profile.bank_account)
        self.currency_combo.setCurrentText(profile.currency)
        index = self.language_combo.findData(profile.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.tax_check.set_reason(profile.tax_id_override_reason)

    def set_language(self, language: str) -> None:
        index = self.language_combo.findData(language)
        if index >= 0:
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)
