"""Books the desktop asks us to open: from a second start, or from the OS (macOS).

Double-clicking a book while the app runs starts a second process. That process
hands the book to the running one over a local socket (``hand_over``) and quits,
so one book is never open in two windows of the same user. The running app
listens (``BookRequests``) and opens the book it is given; if it is already
open, its window just comes to the front. macOS instead sends the running app a
``QEvent.FileOpen``, handled the same way.

The socket name is per user and per data folder (``ERP_DESKTOP_HOME``), so
tests and portable installs do not hand books to each other.
"""

from __future__ import annotations

import hashlib
import logging
import os

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from erp_desktop import APP_ID
from erp_desktop.paths import data_dir

TIMEOUT_MS = 2_000
log = logging.getLogger(__name__)


def server_name() -> str:
    digest = hashlib.sha256(str(data_dir().resolve()).encode()).hexdigest()[:16]
    return f"{APP_ID}-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"


def request_text(where: str | None) -> str:
    """What to send: an absolute file path (the two processes' folders differ), or a URL."""
    if not where or "://" in where:
        return where or ""
    return os.path.abspath(os.path.expanduser(where))


def hand_over(where: str | None) -> bool:
    """Give ``where`` (or nothing: just come forward) to a running app; False if none runs."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(request_text(where).encode() + b"\n")
    socket.flush()
    # Wait until the running app has read it (it closes the connection) so that
    # this process never quits before the book is delivered.
    socket.waitForDisconnected(TIMEOUT_MS)
    return True


class BookRequests(QObject):
    """The running app's end: emits ``requested`` with a path or URL ("" = come forward)."""

    requested = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        name = server_name()
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # left by an app that crashed
            if not self._server.listen(name):
                log.warning("cannot listen for books on %s: %s", name, self._server.errorString())
                return False
        return True

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        text = bytes(socket.readLine().data()).decode(errors="replace").strip()
        socket.disconnectFromServer()
        self.requested.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS: the Finder opens a book in the running app with a FileOpen event."""
        if event.type() == QEvent.Type.FileOpen:
            self.requested.emit(event.file())  # type: ignore[attr-defined]
            return True
        return super().eventFilter(watched, event)
