"""Verify: both books hold the same rows, compared in a canonical form, table by table.

Each side renders every row in its own SQL (SQLite from the stored value,
PostgreSQL from the typed value), so a conversion mistake in the copy cannot
hide by being repeated in the check. Rows come in key order in chunks from
both sides at once (PostgreSQL computes while Python compares); equal chunks
are compared as a whole, and only after a first difference does a row-by-row
merge on the key say exactly what is missing, extra or different.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from erp_desktop.migrator.columns import TableSpec

Chunks = Iterator[list[tuple[Any, ...]]]
LISTED = 10


@dataclass
class TableCheck:
    table: str
    source_rows: int = 0
    target_rows: int = 0
    source_checksum: str = ""
    target_checksum: str = ""
    missing: list[tuple[Any, ...]] = field(default_factory=list)  # keys only in the source
    extra: list[tuple[Any, ...]] = field(default_factory=list)  # keys only in the target
    different: list[tuple[tuple[Any, ...], str, str]] = field(default_factory=list)
    missing_count: int = 0
    extra_count: int = 0
    different_count: int = 0
    source_sums: list[int] = field(default_factory=list)
    target_sums: list[int] = field(default_factory=list)
    sum_columns: list[tuple[str, int]] = field(default_factory=list)  # (name, scale)

    @property
    def ok(self) -> bool:
        return (
            self.source_rows == self.target_rows
            and not (self.missing_count or self.extra_count or self.different_count)
            and self.source_checksum == self.target_checksum
            and self.source_sums == self.target_sums
        )


def compare_table(
    spec: TableSpec, source: Chunks, target: Chunks, tick: Callable[[int], None]
) -> TableCheck:
    check = TableCheck(spec.name)
    nkeys = len(spec.key)
    src_hash, dst_hash = hashlib.sha256(), hashlib.sha256()
    for a in source:
        b = next(target, [])
        check.source_rows += len(a)
        check.target_rows += len(b)
        src_hash.update(_text(a))
        dst_hash.update(_text(b))
        if a != b:  # from here on, merge row by row
            _merge(
                check,
                nkeys,
                chain(a, _rows(source, check, src_hash, True)),
                chain(b, _rows(target, check, dst_hash, False)),
            )
            break
        tick(len(a))
    else:
        for b in target:
            check.target_rows += len(b)
            dst_hash.update(_text(b))
            _note_extra(check, b, nkeys)
    check.source_checksum = src_hash.hexdigest()
    check.target_checksum = dst_hash.hexdigest()
    return check


def _text(rows: list[tuple[Any, ...]]) -> bytes:
    if not rows:
        return b""
    return ("\n".join([r[-1] for r in rows]) + "\n").encode()


def _rows(
    chunks: Chunks, check: TableCheck, digest: Any, source: bool
) -> Iterator[tuple[Any, ...]]:
    for rows in chunks:
        if source:
            check.source_rows += len(rows)
        else:
            check.target_rows += len(rows)
        digest.update(_text(rows))
        yield from rows


def _note_extra(check: TableCheck, rows: list[tuple[Any, ...]], nkeys: int) -> None:
    for row in rows:
        check.extra_count += 1
        if len(check.extra) < LISTED:
            check.extra.append(tuple(row[:nkeys]))


def _merge(
    check: TableCheck,
    nkeys: int,
    source: Iterator[tuple[Any, ...]],
    target: Iterator[tuple[Any, ...]],
) -> None:
    a = next(source, None)
    b = next(target, None)
    while a is not None or b is not None:
        ka = a[:nkeys] if a is not None else None
        kb = b[:nkeys] if b is not None else None
        if b is None or (a is not None and ka < kb):  # type: ignore[operator]
            check.missing_count += 1
            if len(check.missing) < LISTED:
                check.missing.append(ka)  # type: ignore[arg-type]
            a = next(source, None)
        elif a is None or kb < ka:  # type: ignore[operator]
            check.extra_count += 1
            if len(check.extra) < LISTED:
                check.extra.append(kb)  # type: ignore[arg-type]
            b = next(target, None)
        else:
            if a[-1] != b[-1]:
                check.different_count += 1
                if len(check.different) < LISTED:
                    check.different.append((ka, a[-1][:300], b[-1][:300]))  # type: ignore[arg-type]
            a = next(source, None)
            b = next(target, None)
