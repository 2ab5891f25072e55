"""Showing errors: a service's own message, or a short apology with the log path.

Never a traceback dialog: unexpected exceptions go to the log file with
their traceback, and the user is told where it is. A form shows a service's
refusal in its own message line, so that what the user typed stays.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from erp_desktop.errors import ErpError
from erp_desktop.logs import log_file
from erp_desktop.ui import colors
from erp_desktop.ui.i18n import render

log = logging.getLogger(__name__)


def error_style() -> str:
    """The style sheet of a label showing a refusal or an error."""
    return colors.text_style("error")


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ErpError):
        return render(exc.message)
    return QCoreApplication.translate(
        "errors",
        "Sorry, something went wrong inside ERP Desktop. Nothing was half-saved: the last "
        "action was either completed or undone.\n\nThe details are in the log file:\n{path}",
    ).format(path=log_file())


def error_label(*, hidden: bool = False) -> QLabel:
    """A form's message line for refusals: red, word-wrapped; ``hidden`` until needed."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(error_style())
    if hidden:
        label.hide()
    return label


def show_inline(exc: BaseException, label: QLabel) -> bool:
    """For a runner's ``on_error``: a service's refusal (an ErpError) is shown in the form's
    message line and True returned; anything else is left to the runner (False)."""
    if not isinstance(exc, ErpError):
        return False
    label.setStyleSheet(error_style())
    label.setText(error_text(exc))
    label.show()
    return True


def show_info(label: QLabel, text: str) -> None:
    """The form's message line says how things went (after an error it was red)."""
    label.setStyleSheet("")
    label.setText(text)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, ErpError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        QMessageBox.critical(
            parent, QCoreApplication.translate("errors", "Unexpected error"), error_text(exc)
        )
        return
    QMessageBox.warning(
        parent, QCoreApplication.translate("errors", "Cannot do that"), error_text(exc)
    )


def install_excepthook() -> None:
    """Exceptions escaping a Qt slot: log them and apologise instead of printing a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]
            return
        show_error(QApplication.activeWindow(), exc.with_traceback(tb))  # type: ignore[arg-type]

    sys.excepthook = hook
