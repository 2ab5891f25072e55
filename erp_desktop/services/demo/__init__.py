"""Demo books: realistic data (Chinese and English names, several warehouses, a
year of history) built through the same services a clerk uses, or through the
same bulk paths as imports where scale demands it.

Each area has a module here with ``build(book, options, report)``; they run
in ``DEMO_MODULES`` order (stock first: the others use its items and
warehouses). Add an area by adding its module.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from erp_desktop.db.book import Book
from erp_desktop.errors import StateError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

DEMO_MODULES: tuple[str, ...] = (
    "erp_desktop.services.demo.stock",
    "erp_desktop.services.demo.purchasing",
    "erp_desktop.services.demo.transfers",
    "erp_desktop.services.demo.invoicing",
)

Report = Callable[[str, int, int], None]  # (step, done, total)


@dataclass
class DemoOptions:
    items: int = 2_000
    warehouses: int = 3
    moves: int = 20_000
    seed: int = 2026
    user_id: int = 1
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)


def refuse_a_book_in_use(session: Session) -> None:
    """Demo data goes only into a new or empty book: one with items, parties or any
    document (even a draft) is someone's real book and is refused, untouched."""
    from erp_desktop.models.adjustment import StockAdjustment
    from erp_desktop.models.count import StockCount
    from erp_desktop.models.invoice import Invoice
    from erp_desktop.models.item import Item
    from erp_desktop.models.party import Party
    from erp_desktop.models.purchase import PurchaseOrder
    from erp_desktop.models.stock import StockPosting
    from erp_desktop.models.transfer import Transfer

    tables = (
        Item,
        Party,
        StockPosting,
        StockAdjustment,
        StockCount,
        PurchaseOrder,
        Transfer,
        Invoice,
    )
    if any(session.scalar(select(exists().select_from(t))) for t in tables):
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This book already holds items, parties or documents: demo data goes only "
                "into a new or empty book. Nothing was changed.",
            )
        )


def build_demo(book: Book, options: DemoOptions, report: Report | None = None) -> None:
    def quiet(step: str, done: int, total: int) -> None:
        pass

    book.read(refuse_a_book_in_use)
    for name in DEMO_MODULES:
        importlib.import_module(name).build(book, options, report or quiet)
