"""A line edit whose drop-down list follows the typing (items, customers, suppliers).

``search(text)`` gives the choices for what was typed (anything with a ``label``);
the list shows their labels. Subclasses say what picking one means (``take``)
and what typing over a pick means (``typed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

Search = Callable[[str], list[Any]]


class LookupEdit(QLineEdit):
    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.choices: list[Any] = []
        self._labels = QStringListModel(self)
        self.completer_ = QCompleter(self._labels, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated[str].connect(self._pick)  # type: ignore[index]
        self.textEdited.connect(self._lookup)

    def typed(self) -> None:
        """The user changed the text: what was picked before no longer holds."""

    def take(self, choice: Any) -> None:
        """The user picked ``choice`` from the list."""

    def _lookup(self, text: str) -> None:
        self.typed()
        self.choices = self._search(text) if text.strip() else []
        self._labels.setStringList([c.label for c in self.choices])
        if self.choices:
            self.completer_.complete()

    def _pick(self, label: str) -> None:
        found = next((c for c in self.choices if c.label == label), None)
        if found is not None:
            self.take(found)
