"""Open connected book: the address of a PostgreSQL server and database."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.db.location import BookLocation
from erp_desktop.ui.widgets.password import password_edit

SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, known: BookLocation | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.host_edit = QLineEdit("localhost")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = password_edit()
        self.ssl_combo = QComboBox()
        for mode in SSL_MODES:
            self.ssl_combo.addItem(mode, mode)
        self.ssl_combo.setCurrentIndex(SSL_MODES.index("prefer"))
        self.ssl_hint = QLabel()
        self.ssl_hint.setWordWrap(True)
        self.remember_box = QCheckBox()
        self.remember_hint = QLabel()
        self.remember_hint.setWordWrap(True)
        from erp_desktop.db.passwords import keyring_is_secure

        self.secure_keyring = keyring_is_secure()
        self.remember_box.setEnabled(self.secure_keyring)
        self.remember_box.setChecked(self.secure_keyring)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, widget in zip(
            self.labels,
            (
                self.host_edit,
                self.port_spin,
                self.database_edit,
                self.user_edit,
                self.password_edit,
                self.ssl_combo,
            ),
            strict=True,
        ):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.addRow("", self.ssl_hint)
        self.form.addRow("", self.remember_box)
        self.form.addRow("", self.remember_hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        if known is not None and not known.is_sqlite:
            host, port, database, user = known.server
            self.host_edit.setText(host)
            self.port_spin.setValue(port)
            self.database_edit.setText(database)
            self.user_edit.setText(user)
            self.password_edit.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open connected book"))
        self.intro.setText(
            self.tr(
                "Open a book kept on your company's PostgreSQL server. Your IT person can "
                "tell you these details."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&Server:"),
                self.tr("P&ort:"),
                self.tr("&Database:"),
                self.tr("&User:"),
                self.tr("Pass&word:"),
                self.tr("&Encryption (TLS):"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.ssl_combo.setItemText(0, self.tr("verify-full (recommended)"))
        self.ssl_hint.setText(
            self.tr(
                "verify-full encrypts the connection and checks the server's certificate, so "
                "no one can listen in or pretend to be the server. Use it unless your IT "
                "person says otherwise."
            )
        )
        self.remember_box.setText(self.tr("Remember the password on this computer"))
        self.remember_hint.setText(
            self.tr("Kept in the system's password store (keyring), never in a file.")
            if self.secure_keyring
            else self.tr(
                "This computer has no secure password store, so the password cannot be "
                "remembered; you will be asked for it each time."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def location(self) -> BookLocation:
        return BookLocation.for_server(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            password=self.password_edit.text() or None,
            sslmode=str(self.ssl_combo.currentData()),
        )
