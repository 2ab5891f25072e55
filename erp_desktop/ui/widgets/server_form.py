"""Where a book on a PostgreSQL server is: server, port, database, user, password,
encryption, and whether to remember the password (Open connected book; Move to server).

The password is remembered only in a secure system keyring. The screens word
the server, port and user labels and the encryption hint themselves
(``set_words``); the rest is said here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from erp_desktop.services.books import REMOTE_SSLMODE, BookLocation, default_sslmode
from erp_desktop.ui.widgets.password import password_edit

SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")


class ServerForm(QWidget):
    changed = Signal()  # any field was edited

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        host: str = "",
        ssl_mode: str | None = SSL_MODES[0],  # None: follow the host (see _follow_host)
        selectable_hints: bool = False,
    ) -> None:
        super().__init__(parent)
        self.host_edit = QLineEdit(host)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = password_edit()
        self.ssl_combo = QComboBox()
        for mode in SSL_MODES:
            self.ssl_combo.addItem(mode, mode)
        # Until the user picks one, the encryption follows the server: verify-full for
        # any server but this machine's own.
        self.ssl_follows_host = ssl_mode is None
        self._follow_host()
        if ssl_mode is not None:
            self.set_ssl_mode(ssl_mode)
        self.ssl_combo.activated.connect(self._ssl_chosen)
        self.host_edit.textChanged.connect(lambda _text: self._follow_host())
        self.ssl_hint = QLabel()
        self.remember_box = QCheckBox()
        self.remember_hint = QLabel()
        for hint in (self.ssl_hint, self.remember_hint):
            hint.setWordWrap(True)
            if selectable_hints:
                hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        from erp_desktop.services.books import keyring_is_secure

        self.secure_keyring = keyring_is_secure()
        self.remember_box.setEnabled(self.secure_keyring)
        self.remember_box.setChecked(self.secure_keyring)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        fields = (
            self.host_edit,
            self.port_spin,
            self.database_edit,
            self.user_edit,
            self.password_edit,
            self.ssl_combo,
        )
        for label, widget in zip(self.labels, fields, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.ssl_hint)
        form.addRow("", self.remember_box)
        form.addRow("", self.remember_hint)
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(lambda _text: self.changed.emit())
        self.port_spin.valueChanged.connect(lambda _value: self.changed.emit())
        self.ssl_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.retranslate_ui()

    def set_ssl_mode(self, mode: str) -> None:
        """An encryption the address or the user chose (no longer follows the server)."""
        self.ssl_follows_host = False
        self.ssl_combo.setCurrentIndex(SSL_MODES.index(mode) if mode in SSL_MODES else 0)

    def _ssl_chosen(self, _index: int) -> None:
        self.ssl_follows_host = False

    def _follow_host(self) -> None:
        if self.ssl_follows_host:
            host = self.host_edit.text().strip()
            mode = default_sslmode(host) if host else REMOTE_SSLMODE
            self.ssl_combo.setCurrentIndex(SSL_MODES.index(mode) if mode in SSL_MODES else 0)

    def set_words(self, *, server: str, port: str, user: str, ssl_hint: str) -> None:
        """The screen's own labels for the server, port and user, and its encryption hint."""
        self.labels[0].setText(server)
        self.labels[1].setText(port)
        self.labels[3].setText(user)
        self.ssl_hint.setText(ssl_hint)

    def retranslate_ui(self) -> None:
        self.labels[2].setText(self.tr("&Database:"))
        self.labels[4].setText(self.tr("Pass&word:"))
        self.labels[5].setText(self.tr("&Encryption (TLS):"))
        self.ssl_combo.setItemText(0, self.tr("verify-full (recommended)"))
        self.remember_box.setText(self.tr("Remember the password on this computer"))
        self.remember_hint.setText(
            self.tr("Kept in the system's password store (keyring), never in a file.")
            if self.secure_keyring
            else self.tr(
                "This computer has no secure password store, so the password cannot be "
                "remembered; you will be asked for it each time."
            )
        )

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
