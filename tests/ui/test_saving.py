"""ui/saving: one folder rule and one feedback for every file the app saves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow

from erp_desktop.settings import Settings
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.runner import OperationRunner
from erp_desktop.ui.saving import SavedNotice, save_file, start_folder


def context(qtbot) -> tuple[AppContext, QMainWindow]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    return AppContext(Settings(), OperationRunner(window)), window


def test_the_last_folder_while_it_exists_else_documents(qtbot, tmp_path) -> None:
    ctx, _window = context(qtbot)
    ctx.settings.set("last_folder", str(tmp_path / "unplugged-usb-stick"))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    fallback = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert start_folder(ctx) == fallback
    ctx.settings.set("last_folder", str(tmp_path))
    assert start_folder(ctx) == tmp_path


def test_saved_file_is_announced_with_open_and_show_in_folder(
    qtbot, tmp_path, monkeypatch
) -> None:
    ctx, window = context(qtbot)
    ctx.settings.set("last_folder", str(tmp_path))
    offered: list[str] = []
    answer = [str(tmp_path / "out" / "PO-1")]  # typed without the extension
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: offered.append(a[2]) or (answer[0], ""),
    )
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    save_file(ctx, window, "PO-1.pdf", lambda: b"%PDF-1.4 one")
    qtbot.waitUntil(lambda: bool(window.findChildren(SavedNotice)))
    target = tmp_path / "out" / "PO-1.pdf"
    assert offered == [str(tmp_path / "PO-1.pdf")]
    assert target.read_bytes() == b"%PDF-1.4 one"
    assert opened == []  # never opens by itself
    (notice,) = window.findChildren(SavedNotice)
    assert "PO-1.pdf" in notice.label.text() and str(tmp_path / "out") in notice.label.text()
    assert notice.isVisible() and notice.geometry().bottom() <= window.height()
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target), str(tmp_path / "out")]

    # the next save starts where the last one went, and its notice replaces the first
    answer[0] = str(tmp_path / "out" / "GR-1.pdf")
    save_file(ctx, window, "GR-1.pdf", lambda: b"%PDF-1.4 two")
    qtbot.waitUntil(lambda: (tmp_path / "out" / "GR-1.pdf").exists())
    assert offered[1] == str(tmp_path / "out" / "GR-1.pdf")
    qtbot.waitUntil(lambda: "GR-1.pdf" in window.findChildren(SavedNotice)[0].label.text())
    (second,) = window.findChildren(SavedNotice)
    qtbot.mouseClick(second.close_button, Qt.MouseButton.LeftButton)
    assert not second.isVisible()

    # cancelling the dialog writes nothing and says nothing
    answer[0] = ""
    save_file(ctx, window, "X.pdf", lambda: b"never")
    assert not (tmp_path / "out" / "X.pdf").exists()
