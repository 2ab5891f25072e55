"""Actions that change the book, switched off in one place while the book is read-only.

Pages mark their changing buttons and actions with ``changes_book(ctx, ...)`` where
they build them (new, save, post, issue, import, delete…). On a book that cannot be
written here (a read-only file, a moved book) each marked control stays disabled with
a tooltip saying why, even when the page later enables it for a selection; on a
writable book marking changes nothing. ``Book.run`` still refuses as the last line.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from erp_desktop.ui.context import AppContext

Control = QAbstractButton | QAction

FILE_READ_ONLY = QT_TRANSLATE_NOOP(
    "BookGuard", "The book file is read-only here: nothing can be saved."
)
MOVED = QT_TRANSLATE_NOOP("BookGuard", "This book was moved; this copy is kept read-only.")
READ_ONLY = QT_TRANSLATE_NOOP("BookGuard", "The book is open read-only: nothing can be changed.")


def read_only_reason(ctx: AppContext) -> str | None:
    """Why the open book cannot be changed here (translated), or None if it can."""
    if ctx.opened is None or not ctx.book.read_only:
        return None
    book = ctx.book
    text = FILE_READ_ONLY if book.file_read_only else MOVED if book.moved_to else READ_ONLY
    return QCoreApplication.translate("BookGuard", str(text))


class _Guard(QObject):
    """Keeps marked buttons disabled: re-applies when a page enables one or sets its tip."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def apply(self, control: Control) -> None:
        reason = read_only_reason(self.ctx)
        if reason is None:
            return
        if control.isEnabled():
            control.setEnabled(False)
        if control.toolTip() != reason:
            control.setToolTip(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ToolTipChange) and isinstance(
            watched, QAbstractButton
        ):
            self.apply(watched)
        return False


def accepting(box: QDialogButtonBox) -> list[QAbstractButton]:
    """A dialog's buttons that would save (accept, yes, apply): not Close or Cancel."""
    roles = (
        QDialogButtonBox.ButtonRole.AcceptRole,
        QDialogButtonBox.ButtonRole.YesRole,
        QDialogButtonBox.ButtonRole.ApplyRole,
    )
    return [button for button in box.buttons() if box.buttonRole(button) in roles]


def changes_book(ctx: AppContext, *controls: Control) -> None:
    """Mark ``controls`` as changing the book: disabled, with the reason, while it is read-only."""
    guard = ctx.findChild(_Guard)
    if guard is None:
        guard = _Guard(ctx)
    for control in controls:
        if isinstance(control, QAction):
            control.changed.connect(lambda action=control: guard.apply(action))
        else:
            control.installEventFilter(guard)
        guard.apply(control)
