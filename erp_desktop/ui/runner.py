"""Running service calls off the GUI thread (after Anki's CollectionOp).

``runner.run(work, on_done)`` calls ``work(progress)`` on a QThreadPool
worker; the result comes back to ``on_done`` on the GUI thread by signal. An
ErpError is shown with its own translated message; anything else is logged
with its traceback and shown as a short apology with the log path. ``work``
opens its own transaction (``book.run``/``book.read``): sessions never cross
threads. Long work reports progress and may honour cancel. ``run_in_form``
is the usual case of a form saving: one transaction, the form's buttons off
meanwhile, a refusal shown in the form with what the user typed kept.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from erp_desktop.ui.errors import show_error, show_inline

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erp_desktop.ui.context import AppContext

log = logging.getLogger(__name__)


class OperationCancelled(Exception):
    """Raised inside work when the user pressed Cancel."""


class Progress:
    """Handed to work: report how far it got; check whether to stop."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise OperationCancelled


class Operation(QObject):
    """One running piece of work; its signals arrive on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(self.progressed.emit)
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False


class _Job(QRunnable):
    def __init__(self, operation: Operation, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.operation = operation
        self.work = work

    def run(self) -> None:
        try:
            result = self.work(self.operation.progress)
        except BaseException as exc:
            self.operation.failed.emit(exc)
        else:
            self.operation.succeeded.emit(result)


class OperationRunner(QObject):
    """Owns the worker pool for one window and shows results and errors there."""

    busy_changed = Signal(bool)
    error_seen = Signal(object)  # every failure, e.g. for the lost-connection banner

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[Operation] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[BaseException], bool | None] | None = None,
        title: str | None = None,
        cancellable: bool = False,
        parent: QWidget | None = None,
    ) -> Operation:
        """Run ``work``; ``on_error`` may return True to say it showed the error itself."""
        owner = parent or self._parent
        operation = Operation(self)
        dialog = self._progress_dialog(owner, operation, title, cancellable) if title else None

        def succeeded(result: Any) -> None:
            operation.result = result
            self._finish(operation, dialog)
            if on_done is not None:
                on_done(result)
            operation.finished.emit()

        def failed(exc: BaseException) -> None:
            operation.error = exc
            self._finish(operation, dialog)
            self.error_seen.emit(exc)
            if isinstance(exc, OperationCancelled):
                log.info("operation cancelled by the user")
            elif not (on_error and on_error(exc)):
                show_error(owner, exc)
            operation.finished.emit()

        operation.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
        operation.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._running.add(operation)
        self.busy_changed.emit(True)
        self._pool.start(_Job(operation, work))
        return operation

    def _finish(self, operation: Operation, dialog: QProgressDialog | None) -> None:
        operation.done = True
        self._running.discard(operation)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def _progress_dialog(
        self, owner: QWidget, operation: Operation, title: str, cancellable: bool
    ) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, owner)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(operation.progress.cancel)

        def show_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        operation.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)
        return dialog

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self._pool.waitForDone(timeout_ms)


def run_in_form(
    ctx: AppContext,
    form: QWidget,
    work: Callable[[Session], Any],
    done: Callable[[Any], None],
    *,
    busy: QWidget,
    message: QLabel,
) -> Operation:
    """Run ``work`` in one transaction of the open book for ``form``; ``busy`` (its buttons,
    or the whole form) is disabled meanwhile. ``done(result)`` follows success; a service's
    refusal shows in ``message`` and the form stays as the user left it."""
    book = ctx.book
    busy.setEnabled(False)

    def succeeded(result: Any) -> None:
        busy.setEnabled(True)
        done(result)

    def failed(exc: BaseException) -> bool:
        busy.setEnabled(True)
        return show_inline(exc, message)

    return ctx.runner.run(lambda _p: book.run(work), succeeded, on_error=failed, parent=form)
