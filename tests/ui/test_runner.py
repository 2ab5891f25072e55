"""The operation runner: results by signal, progress, cancel, errors shown plainly."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from erp_desktop.errors import ValidationError
from erp_desktop.ui.runner import OperationRunner
from tests.ui.conftest import close_message_box, on_next_modal


def test_result_arrives_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OperationRunner(parent)
    seen: list[tuple[object, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work(_progress) -> int:  # type: ignore[no-untyped-def]
        worker_threads.append(threading.current_thread())
        return 42

    operation = runner.run(
        work, lambda r: seen.append((r, threading.current_thread() is threading.main_thread()))
    )
    qtbot.waitUntil(lambda: operation.done)
    assert seen == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()


def test_progress_is_reported_and_cancel_stops_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OperationRunner(parent)
    reached: list[int] = []
    reports: list[tuple[int, int, str]] = []
    halfway = threading.Event()

    def work(progress) -> None:  # type: ignore[no-untyped-def]
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


def test_service_errors_show_their_own_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OperationRunner(parent)
    seen = on_next_modal(close_message_box)

    def work(_progress) -> None:  # type: ignore[no-untyped-def]
        raise ValidationError("{field} is required.", field="Name")

    operation = runner.run(work)
    qtbot.waitUntil(lambda: operation.done and bool(seen), timeout=10_000)
    assert seen == ["Name is required."]
