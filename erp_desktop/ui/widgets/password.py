"""Typing a password: dots instead of the letters; a new password is typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

QT_MAX_LENGTH = 32767  # QLineEdit's own default


def password_edit(max_length: int = QT_MAX_LENGTH) -> QLineEdit:
    edit = QLineEdit(maxLength=max_length)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def check_typed_twice(password: QLineEdit, again: QLineEdit) -> None:
    """Raise a ValidationError when the repetition differs from the password."""
    if password.text() != again.text():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The two passwords differ."))
