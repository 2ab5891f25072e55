"""Verify: both books hold the same rows, compared whole in a canonical form.

Each side renders every row in its own SQL: SQLite gives its stored values
(decimals as units at the column's scale, times as UTC text), PostgreSQL
renders its typed values back into that form, independently of the load, so
a conversion mistake cannot hide by being made twice. Rows come in key order,
in chunks, from both sides at once (the server renders while Python
compares). Every row is compared value by value — stronger than comparing
checksums, which is what one does when the rows cannot be brought together.
Equal chunks are compared as a whole; only after a first difference does a
row-by-row merge on the key say exactly what is missing, extra or different.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from erp_desktop.migrator.columns import TableSpec

Chunks = Iterator[list[tuple[Any, ...]]]
LISTED = 10


@dataclass
class Difference:
    key: tuple[Any, ...]
    columns: list[str]
    source: list[Any]
    target: list[Any]


@dataclass
class TableCheck:
    table: str
    source_rows: int = 0
    target_rows: int = 0
    missing: list[tuple[Any, ...]] = field(default_factory=list)  # keys only in the source
    extra: list[tuple[Any, ...]] = field(default_factory=list)  # keys only in the target
    different: list[Difference] = field(default_factory=list)
    missing_count: int = 0
    extra_count: int = 0
    different_count: int = 0
    source_sums: list[int] = field(default_factory=list)
    target_sums: list[int] = field(default_factory=list)
    sum_columns: list[tuple[str, int]] = field(default_factory=list)  # (name, scale)

    @property
    def keys_equal(self) -> bool:
        return not (self.missing_count or self.extra_count)

    @property
    def rows_equal(self) -> bool:
        return self.keys_equal and not self.different_count

    @property
    def sums_equal(self) -> bool:
        return self.source_sums == self.target_sums

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.rows_equal and self.sums_equal


def compare_table(
    spec: TableSpec, source: Chunks, target: Chunks, tick: Callable[[int], None]
) -> TableCheck:
    check = TableCheck(spec.name, sum_columns=[(c.name, c.scale) for c in spec.sum_columns])
    nkeys = len(spec.key)
    names = [c.name for c in spec.columns]
    for a in source:
        b = next(target, [])
        check.source_rows += len(a)
        check.target_rows += len(b)
        if a != b:  # from here on, merge row by row
            rest_a = _rows(source, check, True)
            rest_b = _rows(target, check, False)
            _merge(check, nkeys, names, chain(a, rest_a), chain(b, rest_b))
            return check
        tick(len(a))
    for b in target:
        check.target_rows += len(b)
        for row in b:
            _note(check.extra, row[:nkeys])
        check.extra_count += len(b)
    return check


def _rows(chunks: Chunks, check: TableCheck, source: bool) -> Iterator[tuple[Any, ...]]:
    for rows in chunks:
        if source:
            check.source_rows += len(rows)
        else:
            check.target_rows += len(rows)
        yield from rows


def _note(found: list[Any], item: Any) -> None:
    if len(found) < LISTED:
        found.append(item)


def _merge(
    check: TableCheck,
    nkeys: int,
    names: list[str],
    source: Iterator[tuple[Any, ...]],
    target: Iterator[tuple[Any, ...]],
) -> None:
    a = next(source, None)
    b = next(target, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a[:nkeys] < b[:nkeys]):
            assert a is not None
            check.missing_count += 1
            _note(check.missing, a[:nkeys])
            a = next(source, None)
        elif a is None or b[:nkeys] < a[:nkeys]:
            check.extra_count += 1
            _note(check.extra, b[:nkeys])
            b = next(target, None)
        else:
            if a != b:
                check.different_count += 1
                cols = [
                    i for i, (x, y) in enumerate(zip(a[nkeys:], b[nkeys:], strict=True)) if x != y
                ]
                _note(
                    check.different,
                    Difference(
                        a[:nkeys],
                        [names[i] for i in cols],
                        [_short(a[nkeys + i]) for i in cols],
                        [_short(b[nkeys + i]) for i in cols],
                    ),
                )
            a = next(source, None)
            b = next(target, None)


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 80:
        return value[:77] + "..."
    if isinstance(value, bytes) and len(value) > 80:
        return value[:77] + b"..."
    return value
