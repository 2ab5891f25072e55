"""A dialog's row of standard buttons: one that does the dialog's work, one that closes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox

Button = QDialogButtonBox.StandardButton


def dialog_buttons(
    dialog: QDialog,
    on_accept: Callable[[], None],
    accept: Button = Button.Ok,
    reject: Button = Button.Cancel,
) -> QDialogButtonBox:
    """``accept`` runs ``on_accept`` (which closes the dialog once its work is done);
    ``reject`` closes the dialog."""
    buttons = QDialogButtonBox(accept | reject)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
