"""The keyboard shortcuts, declared once: what each key does, where it works, how it reads.

The main window binds the ``WINDOW`` keys and sends each to the page shown
(``run_on_page``); document forms bind the ``FORM`` keys (``document_form``).
Help ▸ Keyboard shortcuts lists this table, so menus, dialogs and the list
never disagree. A page takes part by having, on itself or on its current tab
or stacked widget: ``new_action`` or ``new_button`` (pressed only while
enabled, so a read-only book stays untouched), ``filter_edit`` (the line edit
that filters its list), ``refresh()`` or a ``model`` that refreshes, and
``print_document()``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.i18n import QT_TRANSLATE_NOOP

WINDOW = "window"  # anywhere in the main window
FORM = "form"  # inside a document form (its own window)
GRID = "grid"  # inside a line grid of a form


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: str  # portable text of QKeySequence: "Ctrl+Shift+N"
    context: str
    description: str  # context "Shortcuts"

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)


SHORTCUTS = (
    Shortcut(
        "new_document",
        "Ctrl+N",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "New document on the current page"),
    ),
    Shortcut("find", "Ctrl+F", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Go to the list's filter")),
    Shortcut("refresh", "F5", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Refresh the current page")),
    Shortcut(
        "print",
        "Ctrl+P",
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Print or export the selected document's PDF"),
    ),
    Shortcut("help", "F1", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Help: keyboard shortcuts")),
    Shortcut("new_book", "Ctrl+Shift+N", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "New book")),
    Shortcut("open_book", "Ctrl+O", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Open a book file")),
    Shortcut("quit", "Ctrl+Q", WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    Shortcut("save", "Ctrl+S", FORM, QT_TRANSLATE_NOOP("Shortcuts", "Save the document")),
    Shortcut(
        "main_verb",
        "Ctrl+Return",
        FORM,
        QT_TRANSLATE_NOOP("Shortcuts", "Do the document's main step (issue, confirm, ship…)"),
    ),
    Shortcut(
        "close", "Esc", FORM, QT_TRANSLATE_NOOP("Shortcuts", "Close the form (asks if changed)")
    ),
    Shortcut(
        "next_cell", "Return", GRID, QT_TRANSLATE_NOOP("Shortcuts", "Next cell, then next line")
    ),
    Shortcut("delete_line", "Ctrl+Delete", GRID, QT_TRANSLATE_NOOP("Shortcuts", "Delete the line")),
)
BY_NAME = {shortcut.name: shortcut for shortcut in SHORTCUTS}
CONTEXT_LABELS = {
    WINDOW: QT_TRANSLATE_NOOP("Shortcuts", "Main window"),
    FORM: QT_TRANSLATE_NOOP("Shortcuts", "Document forms"),
    GRID: QT_TRANSLATE_NOOP("Shortcuts", "Line grids"),
}


def sequence(name: str) -> QKeySequence:
    return BY_NAME[name].sequence()


def bind(action: QAction, name: str) -> QAction:
    """Give ``action`` its key from the table (menus then show it)."""
    action.setShortcut(sequence(name))
    return action


def shown(text: str, name: str) -> str:
    """``text`` with the key in brackets, for tooltips and buttons outside menus."""
    keys = sequence(name).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})"


def shown_new(button: QAbstractButton) -> str:
    """The tooltip of a page's "New …" button: its text and Ctrl+N."""
    text = re.sub(r"\(&\w\)|&", "", button.text()).rstrip("…")  # "新建商品(&N)…", "&New item…"
    return shown(text, "new_document")


def page_target(page: QWidget | None, attribute: str) -> object | None:
    """``attribute`` of the page, or of its current tab (tabs inside tabs too)."""
    widget = page
    while widget is not None:
        found = getattr(widget, attribute, None)
        if found is not None:
            return found
        if isinstance(widget, (QTabWidget, QStackedWidget)):
            widget = widget.currentWidget()
        else:
            return None
    return None


def run_on_page(page: QWidget | None, name: str) -> bool:
    """Do what the window key ``name`` means on ``page``; False when the page has nothing."""
    if name == "find":
        edit = page_target(page, "filter_edit")
        if isinstance(edit, QLineEdit) and edit.isVisible():
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()
            return True
        return False
    if name == "new_document":
        control = page_target(page, "new_action") or page_target(page, "new_button")
        if isinstance(control, QAction) and control.isEnabled():
            control.trigger()
            return True
        if isinstance(control, QAbstractButton) and control.isEnabled():
            control.click()
            return True
        return False
    if name == "refresh":
        target = page_target(page, "refresh")
        if not callable(target):
            model = page_target(page, "model")
            target = getattr(model, "refresh", None)
    else:
        target = page_target(page, "print_document")
    if not callable(target):
        return False
    action: Callable[[], object] = target
    action()
    return True


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: the table above, translated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Where"), self.tr("What it does")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, shortcut in enumerate(SHORTCUTS):
            texts = (
                shortcut.sequence().toString(QKeySequence.SequenceFormat.NativeText),
                _tr(CONTEXT_LABELS[shortcut.context]),
                _tr(shortcut.description),
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 420)
