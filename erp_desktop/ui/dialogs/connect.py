"""Open connected book: the address of a PostgreSQL server and database."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from erp_desktop.services.books import BookLocation
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons
from erp_desktop.ui.widgets.server_form import ServerForm


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, known: BookLocation | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.server = ServerForm(host="localhost", ssl_mode=None)
        self.buttons = dialog_buttons(self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.server)
        layout.addWidget(self.buttons)
        if known is not None and not known.is_sqlite:
            host, port, database, user = known.server
            self.server.host_edit.setText(host)
            self.server.port_spin.setValue(port)
            self.server.database_edit.setText(database)
            self.server.user_edit.setText(user)
            if known.sslmode:
                self.server.set_ssl_mode(known.sslmode)
            self.server.password_edit.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open connected book"))
        self.intro.setText(
            self.tr(
                "Open a book kept on your company's PostgreSQL server. Your IT person can "
                "tell you these details."
            )
        )
        self.server.set_words(
            server=self.tr("&Server:"),
            port=self.tr("P&ort:"),
            user=self.tr("&User:"),
            ssl_hint=self.tr(
                "verify-full encrypts the connection and checks the server's certificate, so "
                "no one can listen in or pretend to be the server. Use it unless your IT "
                "person says otherwise."
            ),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
