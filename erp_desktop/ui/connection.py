"""The banner above the pages: a lost server, or a book that was moved elsewhere.

``ChangeWatch`` turns the Qt-free ``BookWatcher`` into signals on the GUI thread:
``Changes.everything()`` on ``ctx.changed`` when another PC changed the book
(every screen refreshes), and
the banner when the server cannot be reached. Nothing the user typed is
touched: the banner only sits above the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from erp_desktop.services.books import BookWatcher
from erp_desktop.services.changes import Changes
from erp_desktop.ui import colors
from erp_desktop.ui.context import AppContext


class Banner(QFrame):
    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.kind = ""
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.action_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_message(self, kind: str, text: str, action: str = "") -> None:
        self.kind = kind
        self.setStyleSheet(colors.banner_style(kind))
        self.text.setText(text)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.show()

    def clear(self, kind: str | None = None) -> None:
        if kind is None or self.kind == kind:
            self.kind = ""
            self.hide()


class ChangeWatch(QObject):
    """Owns the BookWatcher of the open book; emits on the GUI thread."""

    changed = Signal()
    connection_changed = Signal(bool)
    moved = Signal(str)  # SQLite: the book was moved to a server meanwhile (reopen it there)
    moving = Signal(bool)  # SQLite: a move to a server is under way
    REFRESH_MS = 15_000  # SQLite: look for another program's changes this often, and on focus

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watcher: BookWatcher | None = None
        self.changed.connect(lambda: ctx.runner.broadcast(Changes.everything(), self))
        ctx.changed.connect(self._own_change)
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.stop()
        book = self.ctx.book
        self.watcher = BookWatcher(
            book.location, book.client_id, self.changed.emit, self.connection_changed.emit
        )
        self.watcher.start()
        if book.location.is_sqlite:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    def check(self) -> None:
        if self.watcher is None:
            return
        self.watcher.check()
        if self.ctx.book.location.is_sqlite and not self.ctx.book.moved_to:
            where = self.watcher.moved_to()
            if where:
                self.moved.emit(where)
            else:
                self.moving.emit(self.watcher.moving())

    def _own_change(self, _changes: Changes, initiator: object) -> None:
        """A screen saved something (not a change this watch saw from outside): it is not
        another PC's, so the watch takes it as seen."""
        if initiator is not self and self.watcher is not None:
            self.watcher.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False
