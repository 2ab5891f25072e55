"""Running service calls off the GUI thread (after Anki's CollectionOp and QueryOp).

Two entry points for screens working on the open book:

- ``runner.op(parent, work, on_done)`` for every change: ``work(session)`` runs
  in one transaction on a worker; ``busy`` (a form's buttons) is off meanwhile;
  a service's refusal shows in the form's ``message`` line and what the user
  typed stays; on success ``on_done(result)`` runs, then what changed (the
  result's ``.changes``) is broadcast once on ``ctx.changed`` with ``parent``
  as the initiator, and every page refreshes itself from that.
- ``runner.query(parent, work, on_done)`` for reads that may take longer than
  a frame: ``work(session)`` in a read-only transaction on a worker.

Underneath, ``runner.run(work, on_done)`` calls ``work(progress)`` on a
QThreadPool worker (for work that is not on the book: probing a server,
migrating); the result comes back to ``on_done`` on the GUI thread by signal.
An ErpError is shown with its own translated message; anything else is logged
with its traceback and shown as a short apology with the log path. Sessions
never cross threads. Long work reports progress and may honour cancel.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from erp_desktop.services.changes import Changed, Changes
from erp_desktop.ui.errors import show_error, show_inline

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erp_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")
NO_CHANGES = Changes(frozenset())


def together(value: T, *results: object) -> Changed[T]:
    """``value`` with what the verbs of one operation changed between them (save, then
    confirm): their areas together; the document and replay as the last one says."""
    said = [changes_of(result) for result in results if result is not None]
    last = said[-1] if said else NO_CHANGES
    areas = frozenset().union(*(changes.areas for changes in said))
    return Changed(value, Changes(areas, last.document_id, last.number, last.replayed))


def changes_of(result: object, fallback: Changes | None = None) -> Changes:
    """What an operation's result says it changed; ``fallback`` for a result that does not."""
    changes = getattr(result, "changes", None)
    if isinstance(changes, Changes):
        return changes
    return fallback if fallback is not None else NO_CHANGES


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
        self.context: AppContext | None = None  # set by the AppContext that owns this runner

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

    # -- the two entry points on the open book -------------------------------------------------
    def op(
        self,
        parent: QWidget,
        work: Callable[..., T],  # (session) or, ``with_progress``, (session, progress)
        on_done: Callable[[Any], None] | None = None,
        *,
        changes: Changes | None = None,
        busy: QWidget | None = None,
        message: QLabel | None = None,
        on_error: Callable[[BaseException], bool | None] | None = None,
        title: str | None = None,
        cancellable: bool = False,
        with_progress: bool = False,
    ) -> Operation:
        """Change the book: ``work(session)`` (``work(session, progress)`` ``with_progress``)
        in one transaction; then ``on_done(result)`` (a ``Changed``'s plain value) and one
        broadcast of what the result says changed.

        ``changes`` is used only for a result that does not say what it changed itself.
        ``busy`` is disabled while the work runs; a refusal (ErpError) shows in ``message``
        when given, so the form keeps what was typed; ``on_error`` may return True to say
        it showed the error itself.
        """
        context = self._context()
        book = context.book
        if busy is not None:
            busy.setEnabled(False)

        def unit(progress: Progress) -> T:
            if with_progress:
                return book.run(lambda s: work(s, progress))  # type: ignore[call-arg]
            return book.run(work)

        def succeeded(result: T) -> None:
            if busy is not None:
                busy.setEnabled(True)
            try:
                if on_done is not None:  # a Changed hands over its plain value
                    on_done(result.value if isinstance(result, Changed) else result)
            finally:
                self.broadcast(changes_of(result, changes), parent)

        def failed(exc: BaseException) -> bool:
            if busy is not None:
                busy.setEnabled(True)
            if on_error is not None and on_error(exc):
                return True
            return message is not None and show_inline(exc, message)

        return self.run(
            unit,
            succeeded,
            on_error=failed,
            title=title,
            cancellable=cancellable,
            parent=parent,
        )

    def query(
        self,
        parent: QWidget | None,
        work: Callable[[Session], T],
        on_done: Callable[[T], None],
        *,
        on_error: Callable[[BaseException], bool | None] | None = None,
        title: str | None = None,
        cancellable: bool = False,
    ) -> Operation:
        """Read the book off the GUI thread: ``work(session)`` in a read-only transaction,
        ``on_done(result)`` back on the GUI thread."""
        book = self._context().book
        return self.run(
            lambda _p: book.read(work),
            on_done,
            on_error=on_error,
            title=title,
            cancellable=cancellable,
            parent=parent,
        )

    def broadcast(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every screen what changed (once per operation); nothing for no change."""
        if changes.areas and self.context is not None:
            self.context.changed.emit(changes, initiator)

    def _context(self) -> AppContext:
        if self.context is None:
            raise RuntimeError("the runner has no AppContext")
        return self.context

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool is idle (tests and shutdown only)."""
        return self._pool.waitForDone(timeout_ms)
