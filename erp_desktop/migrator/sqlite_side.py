"""The SQLite end of a migration: reading a book file read-only, writing a new one.

The source is opened with ``mode=ro`` through the plain ``sqlite3`` module
(fast, and SQLite itself guarantees we cannot write), inside one read
transaction, so copy and verify see one consistent snapshot. ``PRAGMA
data_version`` tells at cut-over whether anyone else wrote in the meantime.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from erp_desktop.migrator.columns import (
    ColumnSpec,
    Kind,
    ProblemKind,
    TableSpec,
    chunk_rows,
    quote,
    sqlite_bad_value,
    sqlite_problem_conditions,
    sqlite_raw_select,
    sums_select,
    units,
    verify_select,
)

CHUNK = 20_000  # rows per fetch when scanning
LISTED_PER_COLUMN = 20


class SqliteReader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, timeout=30, check_same_thread=False
        )
        self.con.isolation_level = None
        self.data_version = self.con.execute("PRAGMA data_version").fetchone()[0]
        self.con.execute("BEGIN")
        self.con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # take the snapshot

    def close(self) -> None:
        try:
            if self.con.in_transaction:
                self.con.execute("COMMIT")
        finally:
            self.con.close()

    def changed_since_opened(self) -> bool:
        """True if another connection committed to the file since we opened it."""
        if self.con.in_transaction:
            self.con.execute("COMMIT")
        return bool(self.con.execute("PRAGMA data_version").fetchone()[0] != self.data_version)

    # -- facts ----------------------------------------------------------------------------------
    def tables(self) -> dict[str, list[str]]:
        names = [
            row[0]
            for row in self.con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: [row[1] for row in self.con.execute(f"PRAGMA table_info({quote(name)})")]
            for name in names
        }

    def revision(self) -> str | None:
        try:
            row = self.con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def meta(self) -> dict[str, str]:
        try:
            return dict(self.con.execute("SELECT key, value FROM book_meta").fetchall())
        except sqlite3.Error:
            return {}

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """``quick``: every page and row, without looking each row up in every index."""
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in self.con.execute(f"PRAGMA {pragma}").fetchall()]
        return [] if rows == ["ok"] else rows[:20]

    def foreign_key_problems(self) -> list[tuple[str, Any, str]]:
        """(table, rowid, parent table) for rows pointing at nothing."""
        return [(r[0], r[1], r[2]) for r in self.con.execute("PRAGMA foreign_key_check")][:50]

    def soundness_in_background(
        self, *, light: bool = False
    ) -> Callable[[], tuple[list[str], list[tuple[str, Any, str]]]]:
        """Start integrity_check and foreign_key_check on their own connection and thread
        (SQLite runs them without holding Python's lock); call the result to wait.
        ``light``: quick_check only (see ``preflight.deep_findings``)."""
        import threading

        result: dict[str, Any] = {}

        def work() -> None:
            other = SqliteReader(self.path)
            try:
                if light:
                    result["value"] = (other.integrity_problems(quick=True), [])
                else:
                    result["value"] = (other.integrity_problems(), other.foreign_key_problems())
            except BaseException as exc:
                result["error"] = exc
            finally:
                other.close()

        thread = threading.Thread(target=work, name="migrator-integrity", daemon=True)
        thread.start()

        def wait() -> tuple[list[str], list[tuple[str, Any, str]]]:
            thread.join()
            if "error" in result:
                raise result["error"]
            return result["value"]

        return wait

    def count(self, spec: TableSpec) -> int:
        return int(self.con.execute(f"SELECT count(*) FROM {spec.from_clause}").fetchone()[0])

    # -- pre-flight scan ------------------------------------------------------------------------
    def scan(
        self, spec: TableSpec, *, utf8: bool = True
    ) -> Iterator[tuple[str, ProblemKind, tuple[Any, ...]]]:
        """(column, problem, key) for values PostgreSQL would refuse or change.
        ``utf8=False`` leaves out reading every text to check its encoding."""
        conditions: list[tuple[ColumnSpec, ProblemKind, str]] = [
            (c, kind, sql) for c in spec.columns for kind, sql in sqlite_problem_conditions(c)
        ]
        keys = ", ".join(quote(k) for k in spec.key)
        nkeys = len(spec.key)
        if conditions:
            flags = ", ".join(f"({sql})" for _, _, sql in conditions)
            where = " OR ".join(f"({sqlite_bad_value(c)})" for c in spec.columns)
            listed: dict[tuple[str, ProblemKind], int] = {}
            query = f"SELECT {keys}, {flags} FROM {spec.q} WHERE {where}"
            for row in self.con.execute(query):
                for index, (column, kind, _) in enumerate(conditions):
                    if row[nkeys + index]:
                        slot = (column.name, kind)
                        listed[slot] = listed.get(slot, 0) + 1
                        if listed[slot] <= LISTED_PER_COLUMN:
                            yield column.name, kind, tuple(row[:nkeys])
        text_columns = [c for c in spec.columns if c.kind is Kind.TEXT]
        if text_columns and utf8:
            yield from self._scan_utf8(spec, text_columns)

    def value(self, spec: TableSpec, column: str, key: tuple[Any, ...]) -> Any:
        """One value of a row named by its key (to word a finding)."""
        where = " AND ".join(f"{quote(k)} = ?" for k in spec.key)
        row = self.con.execute(f"SELECT {quote(column)} FROM {spec.q} WHERE {where}", key)
        found = row.fetchone()
        return found[0] if found else None

    def _scan_utf8(
        self, spec: TableSpec, columns: list[ColumnSpec]
    ) -> Iterator[tuple[str, ProblemKind, tuple[Any, ...]]]:
        cols = ", ".join(c.q for c in columns)
        cursor = self.con.execute(f"SELECT {cols} FROM {spec.q}")
        try:
            while cursor.fetchmany(CHUNK):  # the driver decodes UTF-8 strictly
                pass
            return
        except (sqlite3.OperationalError, UnicodeDecodeError):
            pass
        keys = ", ".join(quote(k) for k in spec.key)
        raw = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, timeout=30)
        raw.text_factory = bytes
        try:
            blobs = ", ".join(f"CAST({c.q} AS BLOB)" for c in columns)
            found = 0
            for row in raw.execute(f"SELECT {keys}, {blobs} FROM {spec.q}"):
                key = tuple(
                    v.decode("utf-8", "replace") if isinstance(v, bytes) else v
                    for v in row[: len(spec.key)]
                )
                for column, value in zip(columns, row[len(spec.key) :], strict=True):
                    if value is None:
                        continue
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        found += 1
                        if found <= LISTED_PER_COLUMN:
                            yield column.name, ProblemKind.BAD_UTF8, key
        finally:
            raw.close()

    # -- copy and verify ------------------------------------------------------------------------
    def raw_rows(self, spec: TableSpec) -> Iterator[list[tuple[Any, ...]]]:
        """Stored values as they are, in chunks (may be read from a helper thread)."""
        cursor = self.con.execute(sqlite_raw_select(spec))
        size = chunk_rows(spec)
        while rows := cursor.fetchmany(size):
            yield rows

    def canonical_rows(
        self, spec: TableSpec, condition: str = "", params: tuple[Any, ...] = ()
    ) -> Iterator[list[tuple[Any, ...]]]:
        cursor = self.con.execute(verify_select(spec, "sqlite", condition), params)
        size = chunk_rows(spec)
        while rows := cursor.fetchmany(size):
            yield rows

    def sums(self, spec: TableSpec) -> list[int]:
        query = sums_select(spec, "sqlite")
        if query is None:
            return []
        try:
            row = self.con.execute(query).fetchone()
            return [units(v, c.scale) for v, c in zip(row, spec.sum_columns, strict=True)]
        except sqlite3.OperationalError:  # integer overflow: add up in Python
            totals = [0] * len(spec.sum_columns)
            cols = ", ".join(c.q for c in spec.sum_columns)
            for row in self.con.execute(f"SELECT {cols} FROM {spec.from_clause}"):
                for i, v in enumerate(row):
                    if v is not None:
                        totals[i] += v
            return totals


def write_meta(path: Path, values: dict[str, str]) -> None:
    """Set book_meta keys in one write transaction (used at cut-over)."""
    con = sqlite3.connect(path, timeout=30)
    con.isolation_level = None
    try:
        con.execute("BEGIN IMMEDIATE")
        for key, value in values.items():
            con.execute(
                "INSERT INTO book_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        con.execute("COMMIT")
    finally:
        con.close()


# -- writing a new SQLite book (PostgreSQL → SQLite) ---------------------------------------------
def _units_from_text(text: str) -> int:
    """'-12.3400' (NUMERIC at its scale) → -123400."""
    return int(text.replace(".", ""))


def _utc_text(text: str) -> str:
    """'2024-02-29 16:00:00' or '… 16:00:00.5' → '2024-02-29 16:00:00.500000'."""
    head, _, fraction = text.partition(".")
    if len(head) != 19:
        raise ValueError(f"unexpected time stamp {text!r}")
    return f"{head}.{fraction.ljust(6, '0')}"


def sqlite_value_converter(c: ColumnSpec):
    """How a value exported from PostgreSQL (pg_side.export_expression) is stored in an
    SQLite book, exactly as SQLAlchemy would store it."""
    if c.kind is Kind.DECIMAL:
        return _units_from_text
    if c.kind is Kind.TIMESTAMP:
        return _utc_text
    if c.kind is Kind.BOOLEAN:
        return int
    return None


def convert_rows(spec: TableSpec, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Convert column by column (``map`` over a column is far cheaper than a Python
    loop over rows)."""
    converters = [
        (i, f) for i, c in enumerate(spec.columns) if (f := sqlite_value_converter(c)) is not None
    ]
    if not converters or not rows:
        return rows
    columns = list(zip(*rows, strict=True))
    for i, convert in converters:
        columns[i] = tuple(map(_none_safe(convert), columns[i]))
    return list(zip(*columns, strict=True))


def _none_safe(convert):
    return lambda value: None if value is None else convert(value)


def load_file(
    partial: Path,
    *,
    revision: str,
    specs: list[TableSpec],
    rows: Callable[[TableSpec], Iterator[list[tuple[Any, ...]]]],
    marks: dict[str, str],
    tick: Callable[[TableSpec, int], None],
    versions: Path | None = None,
) -> None:
    """A new book file at ``partial``: schema at ``revision``, then every row, marked incomplete."""
    from erp_desktop.db.book import _new_sqlite_file
    from erp_desktop.db.engine import create_book_engine
    from erp_desktop.db.location import BookLocation
    from erp_desktop.db.upgrade import migrate

    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    _new_sqlite_file(partial)
    engine = create_book_engine(BookLocation.for_file(partial))
    try:
        migrate(engine, revision, versions=versions)
    finally:
        engine.dispose()
    con = sqlite3.connect(partial, timeout=30)
    con.isolation_level = None
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        # A .partial file is thrown away if anything goes wrong: no journal while filling
        # it, and room in the cache for the indexes (the usual WAL mode comes back below).
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA cache_size = -65536")
        con.execute("BEGIN IMMEDIATE")
        for spec in reversed(specs):
            con.execute(f"DELETE FROM {spec.q}")  # seed rows: the source has its own
        for spec in specs:
            marks_ = ", ".join("?" for _ in spec.columns)
            insert = f"INSERT INTO {spec.q} ({spec.column_list}) VALUES ({marks_})"
            for chunk in rows(spec):
                con.executemany(insert, convert_rows(spec, chunk))
                tick(spec, len(chunk))
            tick(spec, 0)
        for key, value in marks.items():
            con.execute(
                "INSERT INTO book_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"copied rows point to missing rows: {broken[:5]}")
        con.execute("COMMIT")
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()


def finish_file(partial: Path, target: Path, marks: dict[str, str]) -> None:
    """Mark the new file complete, make it one self-contained file, give it its name."""
    import os

    write_meta(partial, marks)
    con = sqlite3.connect(partial, timeout=30)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    for suffix in ("-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    try:
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except OSError:  # pragma: no cover - not every platform syncs folders
        pass


def apply_changes(
    path: Path, changes: list[tuple[TableSpec, list[tuple[Any, ...]], list[tuple[Any, ...]]]]
) -> None:
    """One catch-up round into the new file, in one transaction: (spec, current rows as
    exported by the server, deleted keys) per table."""
    import json

    from erp_desktop.migrator.columns import key_condition

    con = sqlite3.connect(path, timeout=30)
    con.isolation_level = None
    try:
        con.execute("PRAGMA foreign_keys = OFF")  # the round as a whole is consistent
        con.execute("BEGIN IMMEDIATE")
        for spec, rows, deleted in changes:
            if deleted:
                con.execute(
                    f"DELETE FROM {spec.q} WHERE {key_condition(spec, 'sqlite')}",
                    (json.dumps([list(k) for k in deleted]),),
                )
            if rows:
                keys = ", ".join(quote(k) for k in spec.key)
                others = [c.q for c in spec.columns if c.name not in spec.key]
                update = (
                    "DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in others)
                    if others
                    else "DO NOTHING"
                )
                marks = ", ".join("?" for _ in spec.columns)
                con.executemany(
                    f"INSERT INTO {spec.q} ({spec.column_list}) VALUES ({marks})"
                    f" ON CONFLICT ({keys}) {update}",
                    convert_rows(spec, rows),
                )
        con.execute("COMMIT")
    finally:
        con.close()
