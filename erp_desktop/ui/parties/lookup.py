"""Picking a supplier or customer as you type its code or name."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from erp_desktop.services.parties import PartyChoice, search_parties
from erp_desktop.ui.context import AppContext


class PartyLookup(QLineEdit):
    """A line edit with a list that follows the typing; Enter on an exact code picks it."""

    chosen = Signal(object)  # PartyChoice | None

    def __init__(self, ctx: AppContext, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role = role
        self._choice: PartyChoice | None = None
        self._choices: list[PartyChoice] = []
        self._labels = QStringListModel(self)
        self.completer_ = QCompleter(self._labels, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated[str].connect(self._pick)  # type: ignore[index]
        self.textEdited.connect(self._lookup)
        self.editingFinished.connect(self._resolve)
        self.setClearButtonEnabled(True)

    def choice(self) -> PartyChoice | None:
        return self._choice

    def set_choice(self, choice: PartyChoice | None) -> None:
        self._choice = choice
        self.setText(choice.label if choice else "")
        self.setCursorPosition(0)
        self.chosen.emit(choice)

    def _search(self, text: str) -> list[PartyChoice]:
        role = self.role
        return self.ctx.book.read(lambda s: search_parties(s, text, role))

    def _lookup(self, text: str) -> None:
        if self._choice is not None:
            self._choice = None
            self.chosen.emit(None)
        self._choices = self._search(text) if text.strip() else []
        self._labels.setStringList([c.label for c in self._choices])
        if self._choices:
            self.completer_.complete()

    def _pick(self, label: str) -> None:
        found = next((c for c in self._choices if c.label == label), None)
        if found is not None:
            self.set_choice(found)

    def _resolve(self) -> None:
        """Leaving the box with a code typed (no pick): take the party with that code."""
        text = self.text().strip()
        if self._choice is not None or not text:
            return
        matches = self._search(text)
        exact = [c for c in matches if c.code.casefold() == text.casefold()]
        if len(exact) == 1 or len(matches) == 1:
            self.set_choice(exact[0] if exact else matches[0])
