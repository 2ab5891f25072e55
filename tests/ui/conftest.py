"""GUI test helpers: a main window on a test book, and catching modal dialogs."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from erp_desktop.db.location import BookLocation
from erp_desktop.services.users import UserInfo
from erp_desktop.settings import Settings
from erp_desktop.ui.i18n import install_translators
from erp_desktop.ui.main_window import MainWindow

SCREENSHOTS = (
    Path(os.environ.get("ERP_SCREENSHOT_DIR", "")) if os.environ.get("ERP_SCREENSHOT_DIR") else None
)


def save_screenshot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = SCREENSHOTS or tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    for _ in range(3):  # let pending layout requests settle, as a real screen would
        QApplication.processEvents()
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def language(qapp):
    """Install a language for the test; English again afterwards."""

    def use(code: str) -> None:
        install_translators(code)

    yield use
    install_translators("en")


@pytest.fixture
def open_window(qtbot, language):
    """Opens a MainWindow on a book and waits until it is ready."""
    windows: list[MainWindow] = []

    def open_(
        url: str, lang: str | None = "en", *, wait_ready: bool = True, sign_in: bool = False
    ) -> MainWindow:
        """``lang`` is the user's personal choice; None follows the book's language.

        A connected book asks who is there; unless ``sign_in`` (the test drives the
        login dialog itself), the administrator counts as signed in."""
        settings = Settings()
        settings.set("language", lang or "")
        language(lang or "en")
        window = MainWindow(settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        location = BookLocation.parse(url)
        signed_in = None
        if not location.is_sqlite and not sign_in:
            signed_in = UserInfo(1, "管理员", "管理员", True)
        if wait_ready:
            with qtbot.waitSignal(window.ready, timeout=20_000):
                window.actions_.open_location(location, signed_in=signed_in)
        else:
            window.actions_.open_location(location, signed_in=signed_in)
        return window

    yield open_
    for window in windows:
        window.runner.wait()
        window.close()


def on_next_modal(action: Callable[[QWidget], None], timeout_ms: int = 15_000) -> list[str]:
    """Run ``action`` on the next modal dialog that opens; returns what it saw (for asserts)."""
    seen: list[str] = []
    waited = {"ms": 0}

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            waited["ms"] += 20
            if waited["ms"] < timeout_ms:
                QTimer.singleShot(20, poll)
            return
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
        action(widget)

    QTimer.singleShot(0, poll)
    return seen


def close_message_box(widget: QWidget) -> None:
    assert isinstance(widget, QMessageBox), type(widget)
    widget.accept()
