"""What a change to the book touched: the answer every changing verb gives.

After Anki's ``OpChanges``: a verb that changes the book returns a result
carrying ``changes`` — the areas it touched, the document it made or moved
(id and number) and whether the call was a replay of one already done (the
same idempotency key). The UI runner broadcasts it once, with the screen that
started it, and each page refreshes itself when an area it shows is touched.
A change seen from another PC (the book's watch) is ``Changes.everything()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Area(StrEnum):
    """The parts of the book a screen may show; a change names those it touched."""

    STOCK = "stock"  # balances, moves, items, warehouses, counts, adjustments
    PURCHASING = "purchasing"
    TRANSFERS = "transfers"
    INVOICING = "invoicing"
    PARTIES = "parties"
    COMPANY = "company"
    USERS = "users"
    SETTINGS = "settings"


@dataclass(frozen=True)
class Changes:
    areas: frozenset[Area]
    document_id: int | None = None
    number: str | None = None
    replayed: bool = False

    @classmethod
    def of(
        cls,
        *areas: Area,
        document_id: int | None = None,
        number: str | None = None,
        replayed: bool = False,
    ) -> Changes:
        return cls(frozenset(areas), document_id, number, replayed)

    @classmethod
    def everything(cls) -> Changes:
        """Another PC (or an import) changed the book: every screen refreshes."""
        return cls(frozenset(Area))

    def touches(self, *areas: Area) -> bool:
        return not self.areas.isdisjoint(areas)


class HasChanges(Protocol):
    """What the UI runner needs from a verb's result."""

    @property
    def changes(self) -> Changes: ...


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A verb's plain value together with what it changed."""

    value: T
    changes: Changes = field(default_factory=lambda: Changes(frozenset()))
