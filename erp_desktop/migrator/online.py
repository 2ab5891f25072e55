"""The source side of a move that keeps the book file in use: snapshot, catch-up, freeze.

``start`` takes SQLite's write lock for a moment: the change log and its
triggers are installed (``db/move_log.py``) and two read transactions are
opened — one for the copy, one for verify — so both see the same snapshot and
every change after it is logged. The copy then runs while people keep saving.

Each catch-up round reads, in one read transaction, the keys logged since the
last round and, for append-only tables, the rows past the last id seen: the
current rows (raw, for loading; canonical, for verify) and the keys that are
gone. The last round runs in the **freeze**: the mover holds the write lock
(``BEGIN IMMEDIATE``), so saves elsewhere wait on their busy timeout, which is
longer than the freeze; the same transaction then marks the file moved and
removes the log, so the first save after the freeze sees the mark.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData

from erp_desktop.db import move_log
from erp_desktop.migrator.columns import (
    TableSpec,
    key_condition,
    quote,
    sqlite_raw_select,
    verify_select,
)
from erp_desktop.migrator.sqlite_side import SqliteReader

LOCK_TIMEOUT_S = 30  # waiting for a save in progress to finish before the lock is ours


@dataclass
class TableDelta:
    """What changed in one table since the last round."""

    spec: TableSpec
    keys: list[tuple[Any, ...]]  # logged keys
    after: int | None  # append-only: rows with an id above this one
    raw: list[tuple[Any, ...]] = field(default_factory=list)  # current rows, stored values
    canonical: list[tuple[Any, ...]] = field(default_factory=list)  # the same, for verify
    deleted: list[tuple[Any, ...]] = field(default_factory=list)  # logged keys now gone

    def condition(self, dialect: str) -> tuple[str, tuple[Any, ...]]:
        """SQL selecting this delta's rows on either side, and its parameters."""
        parts: list[str] = []
        params: list[Any] = []
        if self.keys:
            parts.append(key_condition(self.spec, dialect))
            params.append(json.dumps([list(k) for k in self.keys]))
        if self.after is not None and self.spec.serial:
            mark = "?" if dialect == "sqlite" else "%s"
            parts.append(f"{quote(self.spec.serial)} > {mark}")
            params.append(self.after)
        return " OR ".join(f"({p})" for p in parts), tuple(params)


@dataclass
class Delta:
    tables: list[TableDelta]

    @property
    def rows(self) -> int:
        return sum(len(t.raw) + len(t.deleted) for t in self.tables)


class SourceChanges:
    """The change log of one move of one book file."""

    def __init__(self, path: Path, specs: list[TableSpec], metadata: MetaData) -> None:
        self.path = path
        self.specs = specs
        self.append_only = {
            s.name
            for s in specs
            if s.serial and metadata.tables[s.name].info.get("append_only", False)
        }
        self.seq = 0
        self.ids: dict[str, int] = {}  # append-only tables: the highest id copied
        self._freeze: sqlite3.Connection | None = None

    # -- start --------------------------------------------------------------------------------
    def start(self, migration_id: str) -> tuple[SqliteReader, SqliteReader]:
        """Install the log and open the copy's and verify's snapshots (see the module doc)."""
        con = self._connect()
        try:
            # Readers beside a writer need WAL (as the app opens every book); a backup copy
            # is a self-contained file in rollback mode, whose readers would block the log.
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("BEGIN IMMEDIATE")
            found = move_log.owner(con)
            if move_log.running_elsewhere(found):
                con.execute("ROLLBACK")
                from erp_desktop.errors import BookError
                from erp_desktop.i18n import QT_TRANSLATE_NOOP

                raise BookError(
                    QT_TRANSLATE_NOOP(
                        "migrator", "Another move of this book is under way. Wait for it to end."
                    )
                )
            logged = [
                move_log.Logged(s.name, s.key, s.name in self.append_only) for s in self.specs
            ]
            move_log.install(con, logged, migration_id)
            for name in self.append_only:
                spec = next(s for s in self.specs if s.name == name)
                found_id = con.execute(f"SELECT max({quote(spec.serial or '')}) FROM {spec.q}")
                self.ids[name] = int(found_id.fetchone()[0] or 0)
            readers = SqliteReader(self.path), SqliteReader(self.path)  # nobody can write now
            con.execute("COMMIT")
            return readers
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        finally:
            con.close()

    # -- rounds -------------------------------------------------------------------------------
    def round(self) -> Delta:
        """What changed since the last round, read in one snapshot."""
        con = self._connect()
        try:
            con.execute("BEGIN")
            return self._read(con)
        finally:
            con.close()

    def freeze(self) -> Delta:
        """Take the write lock (saves elsewhere wait) and read what is left."""
        con = self._connect()
        con.execute("BEGIN IMMEDIATE")  # waits for a save in progress
        self._freeze = con
        return self._read(con)

    def finish(self, marks: dict[str, str]) -> None:
        """Still in the freeze: mark the file moved and remove the log, in one commit."""
        con = self._freeze
        assert con is not None
        for key, value in marks.items():
            con.execute(
                "INSERT INTO book_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        move_log.remove(con)
        con.execute("COMMIT")
        con.close()
        self._freeze = None

    def abandon(self) -> None:
        """The move stopped before the mark: end any freeze and remove the log."""
        con = self._freeze or self._connect()
        self._freeze = None
        try:
            if con.in_transaction:
                con.execute("ROLLBACK")
            con.execute("BEGIN IMMEDIATE")
            move_log.remove(con)
            con.execute("COMMIT")
        finally:
            con.close()

    # -- reading ------------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_S, check_same_thread=False)
        con.isolation_level = None
        return con

    def _read(self, con: sqlite3.Connection) -> Delta:
        last, logged = move_log.changes_after(con, self.seq)
        tables = []
        for spec in self.specs:
            keys = sorted(logged.get(spec.name, ()), key=repr)
            after = self.ids.get(spec.name)
            if not keys and after is None:
                continue
            delta = TableDelta(spec, keys, after)
            condition, params = delta.condition("sqlite")
            delta.raw = con.execute(sqlite_raw_select(spec, condition), params).fetchall()
            if not delta.raw and not keys:
                continue
            delta.canonical = con.execute(
                verify_select(spec, "sqlite", condition), params
            ).fetchall()
            names = [c.name for c in spec.columns]
            positions = [names.index(k) for k in spec.key]
            present = {tuple(row[i] for i in positions) for row in delta.raw}
            delta.deleted = [k for k in keys if k not in present]
            tables.append(delta)
        self.seq = last
        return Delta(tables)

    def advance(self, delta: Delta) -> None:
        """The round was applied: append-only tables continue after its highest id."""
        for t in delta.tables:
            if t.spec.name in self.ids and t.raw:
                index = [c.name for c in t.spec.columns].index(t.spec.serial or "")
                self.ids[t.spec.name] = max(self.ids[t.spec.name], *(r[index] for r in t.raw))

    def counts(self) -> dict[str, int]:
        """Rows per table, inside the freeze."""
        assert self._freeze is not None
        return {
            s.name: int(self._freeze.execute(f"SELECT count(*) FROM {s.from_clause}").fetchone()[0])
            for s in self.specs
        }
