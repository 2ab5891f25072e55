"""Choosing a customer by typing part of its code or name (a lookup list follows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from erp_desktop.services.parties import PartyChoice

Search = Callable[[str], list[PartyChoice]]


class CustomerPicker(QLineEdit):
    """``chosen`` fires with the PartyChoice picked (or None when the text no longer names one)."""

    chosen = Signal(object)

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.choices: list[PartyChoice] = []
        self.choice: PartyChoice | None = None
        self._labels = QStringListModel(self)
        self.completer_ = QCompleter(self._labels, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated[str].connect(self._pick)  # type: ignore[index]
        self.textEdited.connect(self._lookup)
        self.editingFinished.connect(self._settle)

    def set_choice(self, choice: PartyChoice | None) -> None:
        self.choice = choice
        self.setText(choice.label if choice else "")

    def _lookup(self, text: str) -> None:
        if self.choice is not None:
            self.choice = None
            self.chosen.emit(None)
        self.choices = self._search(text) if text.strip() else []
        self._labels.setStringList([c.label for c in self.choices])
        if self.choices:
            self.completer_.complete()

    def _pick(self, label: str) -> None:
        choice = next((c for c in self.choices if c.label == label), None)
        if choice is not None:
            self.set_choice(choice)
            self.chosen.emit(choice)

    def _settle(self) -> None:
        """Leaving the field with an exact code (or the only match) picks it."""
        if self.choice is not None or not self.text().strip():
            return
        text = self.text().strip().casefold()
        exact = [c for c in self.choices if text in (c.code.casefold(), c.name.casefold())]
        match = exact or (self.choices if len(self.choices) == 1 else [])
        if len(match) == 1:
            self.set_choice(match[0])
            self.chosen.emit(match[0])
