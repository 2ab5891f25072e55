"""What every document form shares (after Tryton's forms): one behaviour for the user.

A document form — purchase order, transfer, invoice, credit note, stock
adjustment and count, party — has a header, usually a line grid with totals,
a message line and a row of actions. ``DocumentForm`` gives them the same:

- **actions from the workflow table**: ``bind_verb(button, verb)``, then
  ``show_verbs(state)`` enables what the document's ``Workflow`` allows now; a
  disabled button says why in its tooltip (``Workflow.reason_refused``);
- **an unsaved-changes guard** on Esc and on closing the window:
  ``watch_inputs(...)`` marks the form dirty as the user types; ``may_leave``
  asks before typed changes are dropped;
- **finished documents read-only**: ``freeze(True)`` makes every input under
  the form read-only (no clear buttons, no editable notes, the grid locked);
  ``freeze(False)`` gives back exactly what it took;
- **the same keyboard**: Ctrl+S saves, Ctrl+Enter does the main verb, Esc
  closes (asking first), Enter belongs to the line grid (no default button).

Changes run through ``ctx.runner.op`` with the form's buttons busy and its
message line for refusals (what was typed stays).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from erp_desktop.domain.workflow import Workflow
from erp_desktop.ui.i18n import render


def editable_widgets(root: QWidget) -> list[QWidget]:
    """The inputs under ``root`` a user could change now (shown, enabled, not read-only)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled() or _in_item_view(widget, root):
            continue
        if isinstance(widget, QLineEdit):
            parent = widget.parentWidget()
            if isinstance(parent, (QAbstractSpinBox, QComboBox)):
                continue  # judged with its owner
            if not widget.isReadOnly() or widget.isClearButtonEnabled():  # × clears it
                found.append(widget)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            if not widget.isReadOnly():
                found.append(widget)
        elif _choice_or_grid(widget):
            found.append(widget)
    return found


def _in_item_view(widget: QWidget, root: QWidget) -> bool:
    """A cell editor or a popup's part: judged with its grid, not on its own."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _choice_or_grid(widget: QWidget) -> bool:
    """A combo box, a check box, or a line grid that takes typing."""
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    if isinstance(widget, QAbstractItemView):
        return not getattr(widget.model(), "read_only", True)
    return isinstance(widget, QComboBox)


class DocumentForm:
    """Mixed into a document form's QDialog or QWidget (before the Qt class).

    The form calls ``setup_document`` in its ``__init__`` once its widgets exist, and
    overrides ``editing`` (may the user change the document now?).
    """

    workflow: Workflow | None = None
    dirty = False
    _loading = False
    _frozen: list[Callable[[], None]]
    _verbs: dict[str, tuple[QAbstractButton, Callable[[str | None], str | None] | None]]

    def setup_document(
        self,
        *,
        save: Callable[[], object] | None = None,
        main: Callable[[], object] | None = None,
    ) -> None:
        """Ctrl+S → ``save``, Ctrl+Enter → ``main`` (each only where its button is on)."""
        me = self._widget()
        self._frozen = []
        self._verbs = {}
        for keys, slot in (
            ((QKeySequence.StandardKey.Save,), save),
            ((QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")), main),
        ):
            if slot is None:
                continue
            for key in keys:
                shortcut = QShortcut(key, me)
                if not me.isWindow():  # a form inside a page: only while focus is in it
                    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    # -- dirty tracking ----------------------------------------------------------------------
    def watch_inputs(self, *sources: Any) -> None:
        """Mark the form dirty when any of these inputs (or grid models) changes."""
        for source in sources:
            for name in (
                "textEdited",
                "dateChanged",
                "toggled",
                "activated",
                "valueChanged",
                "chosen",
                "dataChanged",
                "rowsRemoved",
                "rows_changed",
            ):
                if isinstance(source, QPlainTextEdit) and name == "textEdited":
                    source.textChanged.connect(self.mark_dirty)
                    continue
                signal = getattr(source, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(self.mark_dirty)

    def mark_dirty(self, *_args: object) -> None:
        if not self._loading and self.editing():
            self.dirty = True

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Filling the form from the book: not the user's changes."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
            self.dirty = False

    def editing(self) -> bool:
        """May the user change the document now? (A draft, an amendment, a new party.)"""
        return True

    def may_leave(self) -> bool:
        """True when nothing typed would be lost, or the user agrees to drop it."""
        if not (self.dirty and self.editing()):
            return True
        answer = QMessageBox.question(
            self._widget(),
            QCoreApplication.translate("DocumentForm", "Unsaved changes"),
            QCoreApplication.translate("DocumentForm", "Close without saving your changes?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.dirty = False
        return True

    # -- workflow buttons --------------------------------------------------------------------
    def bind_verb(
        self,
        button: QAbstractButton,
        verb: str,
        also: Callable[[str | None], str | None] | None = None,
    ) -> QAbstractButton:
        """``button`` does ``verb``; ``also(state)`` may give a further reason to refuse."""
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the line grid
            button.setDefault(False)
        self._verbs[verb] = (button, also)
        return button

    def show_verbs(self, state: str) -> None:
        """Enable each bound button where the workflow allows its verb; otherwise say why."""
        assert self.workflow is not None
        for verb, (button, also) in self._verbs.items():
            refused = self.workflow.reason_refused(state, verb)
            reason = render(refused) if refused is not None else (also(state) if also else None)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")

    # -- read-only ----------------------------------------------------------------------------
    def freeze(self, read_only: bool, root: QWidget | None = None) -> None:
        """Make every input under ``root`` (the form) read-only, or give back what it took."""
        for restore in reversed(self._frozen):
            with suppress(RuntimeError):  # the widget was deleted meanwhile
                restore()
        self._frozen.clear()
        if not read_only:
            return
        for widget in editable_widgets(root or self._widget()):
            self._frozen.append(_lock(widget))


def _lock(widget: QWidget) -> Callable[[], None]:
    """Lock one input; returns how to unlock it."""
    if isinstance(widget, QLineEdit):
        clear, read_only = widget.isClearButtonEnabled(), widget.isReadOnly()
        widget.setReadOnly(True)
        widget.setClearButtonEnabled(False)

        def unlock_line() -> None:
            widget.setReadOnly(read_only)
            widget.setClearButtonEnabled(clear)

        return unlock_line
    if isinstance(widget, QAbstractSpinBox):  # dates and numbers: no arrows, no popup
        symbols = widget.buttonSymbols()
        widget.setReadOnly(True)
        widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

        def unlock_spin() -> None:
            widget.setReadOnly(False)
            widget.setButtonSymbols(symbols)

        return unlock_spin
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setReadOnly(True)
        return lambda: widget.setReadOnly(False)
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        model.read_only = True  # type: ignore[attr-defined]
        return lambda: setattr(model, "read_only", False)
    widget.setEnabled(False)
    return lambda: widget.setEnabled(True)


class DocumentDialog(DocumentForm, QDialog):
    """A document form in its own window: Esc and the window's close button ask first."""

    def reject(self) -> None:  # Esc, Close, the window's close button
        if self.may_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave():
            event.ignore()
            return
        super().closeEvent(event)
