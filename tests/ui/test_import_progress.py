"""The import dialog shows how far reading a big file got, and Cancel stops it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from tests.ui.test_stock_screens import go, wait_idle

pytestmark = pytest.mark.gui


def big_file(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "items.csv"
    body = "".join(f"IT-{n:06d},螺丝 {n},个,1.5\n" for n in range(rows))
    path.write_text("编码,名称,单位,售价\n" + body, encoding="utf-8-sig")
    return path


def test_reading_shows_progress_in_kib(open_window, sqlite_book, qtbot, tmp_path) -> None:
    window = open_window(str(sqlite_book.location.path))
    dialog = go(window, "master_data").widget(0).import_items()
    path = big_file(tmp_path, 30_000)
    seen: list[tuple[int, int]] = []
    dialog.load(path)
    dialog.operation.progressed.connect(lambda done, total, _text: seen.append((done, total)))
    wait_idle(qtbot, window)
    assert dialog.import_button.isEnabled()
    assert "30000 rows can be imported" in dialog.summary.text()
    assert seen and seen[-1] == (path.stat().st_size // 1024,) * 2
    assert dialog.findChildren(QProgressDialog) == []  # closed when done


def test_cancel_stops_reading_and_imports_nothing(
    open_window, sqlite_book, qtbot, tmp_path
) -> None:
    window = open_window(str(sqlite_book.location.path))
    items = go(window, "master_data").widget(0)
    dialog = items.import_items()
    dialog.load(big_file(tmp_path, 30_000))
    dialog.operation.progress.cancel()  # what the progress dialog's Cancel button does
    wait_idle(qtbot, window)
    assert dialog.summary.text() == "Cancelled; nothing was imported."
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert items.model.rowCount() == 0
