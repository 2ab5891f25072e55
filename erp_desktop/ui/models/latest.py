"""One screen element's reads off the GUI thread, where only the newest answer counts.

A totals line, a status line or a report table asks again whenever a filter
changes; the read runs on the runner's worker and an answer overtaken by a newer
request is dropped, so typing fast never shows an old total.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erp_desktop.ui.context import AppContext


class LatestRead(QObject):
    done = Signal()  # an answer was applied

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self.pending = False

    def start(self, work: Callable[[Session], Any], apply: Callable[[Any], None]) -> None:
        """Run ``work`` in a read transaction on a worker; ``apply(result)`` on the GUI
        thread unless a newer ``start`` came meanwhile."""
        self._generation += 1
        generation, book = self._generation, self._ctx.book
        self.pending = True

        def arrived(result: Any) -> None:
            if generation == self._generation:
                self.pending = False
                apply(result)
                self.done.emit()

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self.pending = False

        self._ctx.runner.run(lambda _p: book.read(work), arrived, on_error=failed)
