"""What every screen may use: the open book, the current user, the runner.

Passed explicitly to pages and dialogs (no global singletons). The book and
user change when another book is opened; ``book_changed`` tells the screens.
``changed`` carries what an operation changed (a ``Changes``) and the screen
that started it (or None); every page refreshes itself when an area it shows
is touched (``changes.touches(Area.STOCK)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from erp_desktop.settings import Settings
from erp_desktop.ui.runner import OperationRunner

if TYPE_CHECKING:  # imported for real on the worker that opens the book
    from erp_desktop.services.books import Book
    from erp_desktop.services.company import CompanyProfile
    from erp_desktop.services.opening import OpenBook


class AppContext(QObject):
    book_changed = Signal()
    changed = Signal(object, object)  # Changes, the initiator (a widget, or None)

    def __init__(self, settings: Settings, runner: OperationRunner) -> None:
        super().__init__(runner)
        self.settings = settings
        self.runner = runner
        runner.context = self
        self.opened: OpenBook | None = None

    @property
    def book(self) -> Book:
        if self.opened is None:
            raise RuntimeError("no book is open")
        return self.opened.book

    @property
    def user_id(self) -> int:
        if self.opened is None or self.opened.user is None:
            raise RuntimeError("no user")
        return self.opened.user.id

    @property
    def company(self) -> CompanyProfile | None:
        return self.opened.company if self.opened else None
