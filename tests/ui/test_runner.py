"""The operation runner: results by signal, progress, cancel, errors shown plainly."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from erp_desktop.errors import ValidationError
from erp_desktop.ui.runner import OperationRunner
from tests.ui.conftest import close_message_box, on_next_modal


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OperationRunner(parent)
    seen: list[tuple[object, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work(_progress) -> int:
        worker_threads.append(threading.current_thread())
        return 42

    operation = runner.run(
        work, lambda r: seen.append((r, threading.current_thread() is threading.main_thread()))
    )
    qtbot.waitUntil(lambda: operation.done)
    assert seen == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()


def test_progress_is_reported_and_cancel_stops_the_work(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OperationRunner(parent)
    reached: list[int] = []
    reports: list[tuple[int, int, str]] = []
    halfway = threading.Event()

    def work(progress) -> None:
        for step in range(1000):
            progress.check()
            reached.append(step)
            progress.report(step, 1000, f"row {step}")
            if step == 10:
                halfway.set()
            threading.Event().wait(0.005)

    done: list[object] = []
    operation = runner.run(work, done.append, title="Exporting…", cancellable=True)
    operation.progressed.connect(lambda d, t, text: reports.append((d, t, text)))
    qtbot.waitUntil(halfway.is_set)
    operation.progress.cancel()
    qtbot.waitUntil(lambda: operation.done, timeout=10_000)
    assert done == []  # a cancelled operation has no result
    assert 10 <= len(reached) < 1000
    assert not runner.busy
    qtbot.waitUntil(lambda: bool(reports))
    assert reports[-1][1] == 1000


def test_service_errors_show_their_own_message(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OperationRunner(parent)
    seen = on_next_modal(close_message_box)

    def work(_progress) -> None:
        raise ValidationError("{field} is required.", field="Name")

    operation = runner.run(work)
    qtbot.waitUntil(lambda: operation.done and bool(seen), timeout=10_000)
    assert seen == ["Name is required."]


def _context(qtbot, book, tmp_path):
    """An AppContext on a real book, as the main window makes it."""
    from erp_desktop.services.opening import OpenBook
    from erp_desktop.settings import Settings
    from erp_desktop.ui.context import AppContext

    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(Settings(tmp_path / "settings.json"), OperationRunner(parent))
    ctx.opened = OpenBook(book, None, None)
    return parent, ctx


def test_op_broadcasts_what_the_result_says_changed_once(qtbot, sqlite_book, tmp_path) -> None:
    from sqlalchemy import text

    from erp_desktop.services.changes import Area, Changed, Changes

    parent, ctx = _context(qtbot, sqlite_book, tmp_path)
    seen: list[tuple[Changes, object]] = []
    ctx.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    done: list[object] = []

    said = Changes.of(Area.STOCK, document_id=7, number="ADJ-1")
    operation = ctx.runner.op(
        parent,
        lambda s: Changed(s.scalar(text("SELECT 41 + 1")), said),
        done.append,
        changes=Changes.of(Area.PARTIES),  # only for results that say nothing
    )
    qtbot.waitUntil(lambda: operation.done)
    assert done == [42]  # on_done gets a Changed's plain value
    assert seen == [(said, parent)]

    operation = ctx.runner.op(parent, lambda s: 5, done.append, changes=Changes.of(Area.PARTIES))
    qtbot.waitUntil(lambda: operation.done)
    assert seen[1:] == [(Changes.of(Area.PARTIES), parent)]

    operation = ctx.runner.op(parent, lambda s: 6, done.append)  # changed nothing: no broadcast
    qtbot.waitUntil(lambda: operation.done)
    assert len(seen) == 2 and done[-1] == 6


def test_op_refusal_shows_inline_keeps_busy_widget_usable_and_broadcasts_nothing(
    qtbot, sqlite_book, tmp_path
) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    from erp_desktop.services.changes import Area, Changes

    parent, ctx = _context(qtbot, sqlite_book, tmp_path)
    seen: list[object] = []
    ctx.changed.connect(lambda *args: seen.append(args))
    button, message = QPushButton(parent), QLabel(parent)

    def refuse(_session) -> None:
        raise ValidationError("{field} is required.", field="Name")

    operation = ctx.runner.op(
        parent, refuse, changes=Changes.of(Area.STOCK), busy=button, message=message
    )
    assert not button.isEnabled()  # one click, one operation
    qtbot.waitUntil(lambda: operation.done)
    assert message.text() == "Name is required." and button.isEnabled() and seen == []


def test_query_reads_off_the_gui_thread(qtbot, sqlite_book, tmp_path) -> None:
    from sqlalchemy import text

    parent, ctx = _context(qtbot, sqlite_book, tmp_path)
    threads: list[bool] = []
    got: list[object] = []

    def read(session):
        threads.append(threading.current_thread() is threading.main_thread())
        return session.scalar(text("SELECT count(*) FROM app_user"))

    operation = ctx.runner.query(parent, read, got.append)
    qtbot.waitUntil(lambda: operation.done)
    assert threads == [False] and got == [1]
