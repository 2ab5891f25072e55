"""Waiting for reads that run off the GUI thread (lists, totals), without sleeping."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def settle(window) -> None:
    """Until the window's runner is idle and every answer has been applied (an answer
    may start another read, e.g. a list marked stale reading its visible rows)."""
    runner = window.runner if hasattr(window, "runner") else window
    for _ in range(100):
        assert runner.wait(20_000), "a read did not finish in 20 s"
        QApplication.processEvents()
        if not runner.busy:
            return
    raise AssertionError("reads kept starting")
