"""Picking a supplier or customer as you type its code or name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from erp_desktop.services.parties import PartyChoice, search_parties
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.widgets.lookup_edit import LookupEdit


class PartyLookup(LookupEdit):
    """A line edit with a list that follows the typing; Enter on an exact code picks it."""

    chosen = Signal(object)  # PartyChoice | None

    def __init__(self, ctx: AppContext, role: str, parent: QWidget | None = None) -> None:
        super().__init__(
            lambda text: ctx.book.read(lambda s: search_parties(s, text, role)), parent
        )
        self._choice: PartyChoice | None = None
        self.editingFinished.connect(self._resolve)
        self.setClearButtonEnabled(True)

    def choice(self) -> PartyChoice | None:
        return self._choice

    def set_choice(self, choice: PartyChoice | None) -> None:
        self._choice = choice
        self.setText(choice.label if choice else "")
        self.setCursorPosition(0)
        self.chosen.emit(choice)

    def typed(self) -> None:
        if self._choice is not None:
            self._choice = None
            self.chosen.emit(None)

    def take(self, choice: PartyChoice) -> None:
        self.set_choice(choice)

    def _resolve(self) -> None:
        """Leaving the box with a code typed (no pick): take the party with that code."""
        text = self.text().strip()
        if self._choice is not None or not text:
            return
        matches = self._search(text)
        exact = [c for c in matches if c.code.casefold() == text.casefold()]
        if len(exact) == 1 or len(matches) == 1:
            self.set_choice(exact[0] if exact else matches[0])
