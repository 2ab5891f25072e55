"""Saving a file the app made (a document's PDF, a CSV or XML export): one way for all.

- **One folder rule**: the save dialog starts in the folder the user last saved
  to (any document, any export), else in Documents, else in the home folder.
- **One feedback**: once written, a notice at the bottom of the window says
  what was saved where, with "Open" and "Show in folder" buttons — never
  silently, and never opening the file by itself (the clerk may be saving ten
  PDFs to mail them). The notice closes with ×, when the next one replaces it,
  or after a minute.
- The file is made and written on a worker (``write_whole``: a half-written
  file never takes the name).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QWidget,
)

from erp_desktop.files import write_whole
from erp_desktop.ui.context import AppContext

NOTICE_SECONDS = 60


def start_folder(ctx: AppContext) -> Path:
    """The last folder saved to while it exists, else Documents, else home."""
    last = ctx.settings.get("last_folder")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(
    ctx: AppContext, parent: QWidget | None, name: str, caption: str | None = None
) -> Path | None:
    """The save dialog in the start folder, suggesting ``name``; remembers the folder chosen."""
    kind = Path(name).suffix.lstrip(".").lower()
    filters = {
        "pdf": QCoreApplication.translate("Saving", "PDF documents (*.pdf)"),
        "csv": QCoreApplication.translate("Saving", "CSV files (*.csv)"),
        "xml": QCoreApplication.translate("Saving", "XML files (*.xml)"),
    }
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        caption or QCoreApplication.translate("Saving", "Save as"),
        str(start_folder(ctx) / name),
        filters.get(kind, ""),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if kind and not path.suffix:
        path = path.with_suffix(f".{kind}")
    ctx.settings.set("last_folder", str(path.parent))
    return path


def save_file(
    ctx: AppContext,
    parent: QWidget,
    name: str,
    make: Callable[[], bytes],
    *,
    caption: str | None = None,
) -> None:
    """Ask where, then make the bytes and write them on a worker, then show the notice.

    ``make`` runs on the worker: it reads the book (``ctx.book.read``) and renders.
    Errors (a refused print, a full disk) go to the runner like any other."""
    path = ask_save_path(ctx, parent, name, caption)
    if path is None:
        return

    def work(_progress: Any) -> Path:
        write_whole(path, make())
        return path

    window = parent.window()  # a menu's button may be gone by the time the file is written

    def done(written: Path) -> None:
        if shiboken6.isValid(window):
            show_saved(window, written)

    ctx.runner.run(work, done, parent=window)


def show_saved(parent: QWidget, path: Path) -> SavedNotice:
    """The "Saved …  [Open] [Show in folder] [×]" notice at the bottom of ``parent``'s window."""
    window = parent.window()
    for earlier in window.findChildren(SavedNotice):
        earlier.close()
        earlier.setParent(None)  # gone from the window now, deleted later
        earlier.deleteLater()
    notice = SavedNotice(path, window)
    notice.show()
    return notice


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the file manager on the file's folder (with the file selected where it can)."""
    if sys.platform == "win32":  # pragma: no cover - platform specific
        return QProcess.startDetached("explorer", ["/select,", str(path)])[0]
    if sys.platform == "darwin":  # pragma: no cover - platform specific
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class SavedNotice(QFrame):
    """A bar floating at the bottom of a window: what was saved, and what to do with it."""

    def __init__(self, path: Path, window: QWidget) -> None:
        super().__init__(window)
        self.path = path
        self.setObjectName("savedNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # the window's palette: right in light and dark
        self.label = QLabel(
            QCoreApplication.translate("Saving", "Saved {name} in {folder}.").format(
                name=path.name, folder=path.parent
            )
        )
        self.open_button = QPushButton(QCoreApplication.translate("Saving", "Open"))
        self.folder_button = QPushButton(QCoreApplication.translate("Saving", "Show in folder"))
        self.close_button = QPushButton("×")
        self.close_button.setToolTip(QCoreApplication.translate("Saving", "Close"))
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(self.close_button.fontMetrics().horizontalAdvance("×") + 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        for button in (self.open_button, self.folder_button, self.close_button):
            layout.addWidget(button)
        self.open_button.clicked.connect(lambda: open_file(self.path))
        self.folder_button.clicked.connect(lambda: show_in_folder(self.path))
        self.close_button.clicked.connect(self.close)
        self.timer = QTimer(self, singleShot=True, interval=NOTICE_SECONDS * 1000)
        self.timer.timeout.connect(self.close)
        self.timer.start()
        window.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:  # not placed in a window yet
            return
        margin = 8
        width = min(window.width() - 2 * margin, max(self.sizeHint().width(), 360))
        height = self.sizeHint().height()
        bottom = window.height() - margin
        if isinstance(window, QMainWindow) and window.statusBar().isVisible():
            bottom -= window.statusBar().height()
        self.setGeometry(margin, bottom - height, width, height)
        self.raise_()
