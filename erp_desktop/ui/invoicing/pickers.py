"""Choosing a customer by typing part of its code or name (a lookup list follows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from erp_desktop.services.parties import PartyChoice
from erp_desktop.ui.widgets.lookup_edit import LookupEdit

Search = Callable[[str], list[PartyChoice]]


class CustomerPicker(LookupEdit):
    """``chosen`` fires with the PartyChoice picked (or None when the text no longer names one)."""

    chosen = Signal(object)

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(search, parent)
        self.choice: PartyChoice | None = None
        self.editingFinished.connect(self._settle)

    def set_choice(self, choice: PartyChoice | None) -> None:
        self.choice = choice
        self.setText(choice.label if choice else "")

    def typed(self) -> None:
        if self.choice is not None:
            self.choice = None
            self.chosen.emit(None)

    def take(self, choice: PartyChoice) -> None:
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
            self.take(match[0])
