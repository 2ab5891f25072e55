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

from erp_desktop.db.book import Book

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


def build_demo(book: Book, options: DemoOptions, report: Report | None = None) -> None:
    def quiet(step: str, done: int, total: int) -> None:
        pass

    for name in DEMO_MODULES:
        importlib.import_module(name).build(book, options, report or quiet)
