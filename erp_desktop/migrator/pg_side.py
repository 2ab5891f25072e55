"""The PostgreSQL end of a migration: probing a server, loading a book with COPY, reading one.

Loading: in a first transaction our earlier incomplete attempt is dropped,
the schema is made by Alembic at the source's revision, seed rows are
removed, the book is marked *incomplete* and keys, foreign keys and secondary
indexes are set aside. Then each table is filled in its own transaction (so
verifying it can start while the next one loads); as soon as it is, a second
connection brings its indexes back — keys as unique indexes — and its foreign
keys (checking every row once, in bulk) while the next table loads, and a last
transaction adds what was left and moves sequences past max(id). The indexes
become primary and unique keys again once the verify has read the tables
(``attach_keys``). ``analyze`` (statistics for the planner) runs after, beside
the verify and the book's checks. A kill or a dropped connection at any
point leaves the database empty or marked incomplete.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from erp_desktop.db.failures import connect_error
from erp_desktop.db.location import BookLocation
from erp_desktop.db.meta_keys import APPLICATION, MIGRATION_ID, MIGRATION_STATE
from erp_desktop.migrator.columns import (
    TableSpec,
    chunk_rows,
    load_expression,
    quote,
    staging_type,
    sums_select,
    units,
    verify_select,
)
from erp_desktop.migrator.pipeline import prefetched

log = logging.getLogger(__name__)
MIN_SERVER_VERSION = 130000
CONNECT_TIMEOUT_S = 5


@dataclass
class ServerFacts:
    version_num: int
    version: str
    encoding: str
    tables: dict[str, list[str]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    revision: str | None = None
    can_create: bool = True

    @property
    def empty(self) -> bool:
        return not self.tables

    @property
    def is_ours(self) -> bool:
        """A book of ours, or an unfinished move to here (marked before the facts arrive)."""
        marked = self.meta.get(MIGRATION_STATE) is not None
        return (self.meta.get("application") == APPLICATION or marked) and bool(self.revision)

    @property
    def state(self) -> str | None:
        return self.meta.get(MIGRATION_STATE)

    @property
    def migration_id(self) -> str | None:
        return self.meta.get(MIGRATION_ID)


def connect(location: BookLocation, **kw: Any) -> Any:
    """A plain psycopg connection (no SQLAlchemy), failing within seconds."""
    import psycopg

    try:
        return psycopg.connect(
            location.libpq_conninfo(),
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="erp-desktop migrator",
            options="-c TimeZone=UTC -c client_encoding=UTF8",
            **kw,
        )
    except psycopg.OperationalError as exc:
        raise connect_error(exc, location.display()) from exc


def probe(location: BookLocation) -> ServerFacts:
    """What is on the server: version, encoding, tables, and our marks if it holds a book."""
    with connect(location, autocommit=True) as con:
        row = con.execute(
            "SELECT current_setting('server_version_num')::int, current_setting('server_version'),"
            " pg_encoding_to_char(encoding),"
            " has_schema_privilege(current_schema(), 'CREATE')"
            " FROM pg_database WHERE datname = current_database()"
        ).fetchone()
        facts = ServerFacts(row[0], row[1], row[2], can_create=bool(row[3]))
        facts.tables = table_columns(con)
        if "book_meta" in facts.tables and "alembic_version" in facts.tables:
            facts.meta = dict(con.execute("SELECT key, value FROM book_meta").fetchall())
            found = con.execute("SELECT version_num FROM alembic_version").fetchone()
            facts.revision = found[0] if found else None
    return facts


def table_columns(con: Any) -> dict[str, list[str]]:
    rows = con.execute(
        "SELECT c.relname, a.attname FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
        " ORDER BY c.relname, a.attnum"
    ).fetchall()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


# -- loading -------------------------------------------------------------------------------------
Rows = Callable[[TableSpec], Iterator[list[tuple[Any, ...]]]]
SLICE = 200_000  # rows staged before each INSERT … SELECT
Tick = Callable[[TableSpec, int], None]


def load_book(
    location: BookLocation,
    *,
    revision: str,
    specs: list[TableSpec],
    rows: Rows,
    marks: dict[str, str],
    replace_tables: list[str],
    tick: Tick,
    loaded: Callable[[TableSpec], None] = lambda _spec: None,
    versions: Path | None = None,
) -> list[str]:
    """Schema, rows, constraints, sequences (see the module docstring).

    ``loaded(spec)`` is called (from the thread that restores keys) when a table's
    rows and its primary key's index are committed, so that verifying it can start
    — in key order along that index, nothing to sort — while the next table loads.
    Keys come back as unique indexes (building one lets reading go on); the
    statements returned make them the primary and unique keys again
    (``attach_keys``, in a moment each, once the verify has read the tables).
    """
    from sqlalchemy import text

    from erp_desktop.db.engine import create_book_engine
    from erp_desktop.db.upgrade import run_alembic

    engine = create_book_engine(location, pool_size=1, max_overflow=0)
    try:
        with engine.connect() as conn:
            with conn.begin():  # the schema, marked incomplete from its first commit on
                conn.exec_driver_sql("SET statement_timeout = 0")  # for the session
                conn.exec_driver_sql("SET client_encoding = 'UTF8'")
                # building keys and checking foreign keys in bulk sorts and hashes a lot
                conn.exec_driver_sql("SET maintenance_work_mem = '256MB'")
                conn.exec_driver_sql("SET work_mem = '64MB'")
                # tables commit without waiting for the disk; the final mark (set_meta, its own
                # connection) waits, and flushing it flushes everything before it
                conn.exec_driver_sql("SET synchronous_commit = off")
                if replace_tables:
                    _drop_tables(conn, replace_tables)
                run_alembic(conn, revision, versions=versions)
                names = ", ".join(s.q for s in specs)
                conn.exec_driver_sql(f"TRUNCATE {names}")  # seed rows: the source has its own
                for key, value in marks.items():
                    conn.execute(
                        text("INSERT INTO book_meta (key, value) VALUES (:k, :v)"),
                        {"k": key, "v": value},
                    )
                raw: Any = conn.connection.dbapi_connection  # psycopg's, for binary COPY
                assert raw is not None
                restore = _set_aside_constraints(raw)
            restorer = _Restorer(location, [r for r in restore if not r.attach], loaded)
            try:
                for spec in specs:
                    started = time.perf_counter()
                    with conn.begin(), raw.cursor() as cur:
                        _load_table(cur, spec, rows, tick)
                    log.info("loaded %s in %.2f s", spec.name, time.perf_counter() - started)
                    restorer.put(spec)
                started = time.perf_counter()
                left = restorer.finish()
            finally:
                restorer.stop()
            with conn.begin(), raw.cursor() as cur:
                for statement in left:
                    cur.execute(statement)
                set_sequences(cur, specs)
            log.info("constraints back %.2f s after the last row", time.perf_counter() - started)
    finally:
        engine.dispose()
    return [r.statement for r in restore if r.attach]


def attach_keys(location: BookLocation, statements: list[str]) -> None:
    """Unique indexes become primary and unique keys again (no scan: a moment each)."""
    with connect(location) as con, con.transaction():
        for statement in statements:
            con.execute(statement)


def analyze(location: BookLocation) -> None:
    """Statistics for the planner, once the rows are in (reading goes on meanwhile)."""
    with connect(location, autocommit=True) as con:
        con.execute("SET statement_timeout = 0")
        con.execute("SET maintenance_work_mem = '128MB'")
        con.execute("ANALYZE")


def drop_attempt(location: BookLocation) -> None:
    """Remove a refused move's tables: the target was empty or held our unfinished attempt."""
    from erp_desktop.db.engine import create_book_engine

    tables = list(probe(location).tables)
    engine = create_book_engine(location, pool_size=1, max_overflow=0)
    try:
        with engine.begin() as conn:
            _drop_tables(conn, tables)
    finally:
        engine.dispose()


def _drop_tables(conn: Any, tables: list[str]) -> None:
    if tables:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {', '.join(quote(t) for t in tables)} CASCADE")
    _drop_enum_types(conn)


def _drop_enum_types(conn: Any) -> None:
    """Enum types our earlier attempt's migrations made (DROP TABLE leaves them behind)."""
    types = (
        conn.exec_driver_sql(
            "SELECT quote_ident(t.typname) FROM pg_type t"
            " JOIN pg_namespace n ON n.oid = t.typnamespace"
            " WHERE n.nspname = current_schema() AND t.typtype = 'e'"
        )
        .scalars()
        .all()
    )
    if types:
        conn.exec_driver_sql(f"DROP TYPE {', '.join(types)} CASCADE")


def _load_table(cur: Any, spec: TableSpec, rows: Rows, tick: Tick, *, upsert: bool = False) -> None:
    """Stored values → binary COPY into a temporary table → INSERT … SELECT converting them.

    A helper thread reads SQLite while the server converts the previous slice,
    so reading, sending and converting overlap. ``upsert``: rows whose key is
    there already are overwritten (a catch-up round).
    """
    columns = ", ".join(f"{c.q} {staging_type(c)}" for c in spec.columns)
    cur.execute(f"CREATE TEMP TABLE erp_load ({columns}) ON COMMIT DROP")
    declared = dict(
        cur.execute(
            "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
            " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            (spec.q,),
        ).fetchall()
    )
    # each value cast to the column's own type (enums and domains take no implicit cast)
    values = ", ".join(f"CAST({load_expression(c)} AS {declared[c.name]})" for c in spec.columns)
    insert = f"INSERT INTO {spec.q} ({spec.column_list}) SELECT {values} FROM erp_load"
    if upsert:
        insert += _on_conflict(spec)
    types = [staging_type(c) for c in spec.columns]
    source = prefetched(rows(spec))
    try:
        exhausted = False
        while not exhausted:
            staged = 0
            with cur.copy("COPY erp_load FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(types)
                for chunk in source:
                    for row in chunk:
                        copy.write_row(row)
                    staged += len(chunk)
                    tick(spec, len(chunk))
                    if staged >= SLICE:
                        break
                else:
                    exhausted = True
            if staged:
                cur.execute(insert)
                cur.execute("TRUNCATE erp_load")
    finally:
        source.close()
    cur.execute("DROP TABLE erp_load")
    tick(spec, 0)


def _on_conflict(spec: TableSpec) -> str:
    keys = ", ".join(quote(k) for k in spec.key)
    others = [c.q for c in spec.columns if c.name not in spec.key]
    if not others:
        return f" ON CONFLICT ({keys}) DO NOTHING"
    return f" ON CONFLICT ({keys}) DO UPDATE SET " + ", ".join(
        f"{c} = EXCLUDED.{c}" for c in others
    )


def apply_changes(
    location: BookLocation,
    changes: list[tuple[TableSpec, list[tuple[Any, ...]], list[tuple[Any, ...]]]],
    tick: Tick,
) -> None:
    """One catch-up round in one transaction: (spec, current rows, deleted keys) per table,
    in foreign-key order. Rows are written parents first, deletions children first;
    sequences are moved past the new ids."""
    import json

    with connect(location) as con, con.transaction(), con.cursor() as cur:
        cur.execute("SET LOCAL statement_timeout = 0")
        for spec, rows, _deleted in changes:
            if rows:
                _load_table(cur, spec, _one_slice(rows), tick, upsert=True)
        for spec, _rows, deleted in reversed(changes):
            if deleted:
                from erp_desktop.migrator.columns import key_condition

                cur.execute(
                    f"DELETE FROM {spec.q} WHERE {key_condition(spec, 'postgresql')}"
                    + (f" AND ({spec.where})" if spec.where else ""),
                    (json.dumps([list(k) for k in deleted]),),
                )
        set_sequences(cur, [spec for spec, rows, _ in changes if rows])


def set_sequences(cur: Any, specs: list[TableSpec]) -> None:
    """Each serial key's sequence just past the highest id (the next save takes a new one)."""
    for spec in specs:
        if spec.serial:
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, %s),"
                f" coalesce(max({quote(spec.serial)}), 0) + 1, false)"
                f" FROM {spec.q}",
                (spec.q, spec.serial),
            )


def count(con: Any, spec: TableSpec) -> int:
    return int(con.execute(f"SELECT count(*) FROM {spec.from_clause}").fetchone()[0])


def _one_slice(rows: list[tuple[Any, ...]]) -> Rows:
    """Rows already read, as the one slice a table load asks for."""
    return lambda _spec: iter([rows])


@dataclass
class _Restore:
    """How to bring back one key, foreign key or index of ``table``."""

    table: str
    statement: str
    references: str | None = None  # a foreign key's parent table
    attach: bool = False  # a key made of the unique index built before it
    first: bool = False  # the primary key's index: built before the verify reads the table


def _set_aside_constraints(raw: Any) -> list[_Restore]:
    """Drop keys, foreign keys and secondary indexes; return how to restore them.

    Loading without them and adding them back checks every row in one pass
    each, instead of a trigger or index insert per row.
    """
    constraints = raw.execute(
        "SELECT c.contype, c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid),"
        " t.relname, p.relname, c.conindid::regclass::text, pg_get_indexdef(c.conindid)"
        " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
        " JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_class p ON p.oid = c.confrelid"
        " WHERE n.nspname = current_schema() AND c.contype IN ('f', 'u', 'p')"
        " ORDER BY c.contype, c.conname"  # f first: foreign keys lean on primary/unique keys
    ).fetchall()
    indexes = raw.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), t.relname"
        " FROM pg_index i"
        " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
        " WHERE n.nspname = current_schema() AND NOT i.indisprimary"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
        "                 AND c.contype <> 'f')"
    ).fetchall()
    for _kind, table, name, _definition, _t, _p, _i, _d in constraints:
        raw.execute(f"ALTER TABLE {table} DROP CONSTRAINT {quote(name)}")
    for name, _definition, _t in indexes:
        raw.execute(f"DROP INDEX {name}")
    restore = [_Restore(t, definition) for _name, definition, t in indexes]
    for kind, table, name, definition, t, p, index, index_def in sorted(
        constraints, key=lambda c: c[0] == "f"
    ):
        plain = re.fullmatch(r"(PRIMARY KEY|UNIQUE) \([^()]*\)", definition)
        if kind != "f" and plain and index_def:
            # the index now (reading goes on meanwhile; foreign keys lean on it), the
            # key made of it later
            restore.append(_Restore(t, index_def, first=kind == "p"))
            restore.append(
                _Restore(
                    t,
                    f"ALTER TABLE {table} ADD CONSTRAINT {quote(name)} {plain.group(1)}"
                    f" USING INDEX {index}",
                    attach=True,
                )
            )
        else:
            statement = f"ALTER TABLE {table} ADD CONSTRAINT {quote(name)} {definition}"
            restore.append(_Restore(t, statement, p if kind == "f" else None))
    return restore


class _Restorer:
    """Brings back each table's indexes, keys' indexes and foreign keys on a connection
    of its own as soon as its rows are in, while the next table loads: first the
    primary key's index (then ``loaded``: the verify reads along it), then the rest
    while the verify reads (none of these statements stops reading); a foreign key
    once its parent's key index is back, else at the end."""

    def __init__(
        self,
        location: BookLocation,
        restore: list[_Restore],
        loaded: Callable[[TableSpec], None],
    ) -> None:
        import queue
        import threading

        self.location = location
        self.loaded = loaded
        self.pending = list(restore)
        self.done: set[str] = set()
        self.queue: queue.Queue[TableSpec | None] = queue.Queue()
        self.error: BaseException | None = None
        self.halt = threading.Event()
        self.thread = threading.Thread(target=self._run, name="migrator-keys", daemon=True)
        self.thread.start()

    def put(self, spec: TableSpec) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(spec)

    def finish(self) -> list[str]:
        """Wait for the tables given so far; what could not be restored yet."""
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        return [r.statement for r in self.pending]

    def stop(self) -> None:
        self.halt.set()
        self.queue.put(None)
        self.thread.join()

    def _run(self) -> None:
        try:
            with connect(self.location, autocommit=True) as con:
                con.execute("SET statement_timeout = 0")
                con.execute("SET maintenance_work_mem = '256MB'")
                con.execute("SET synchronous_commit = off")
                while (spec := self.queue.get()) is not None:
                    if self.halt.is_set():
                        return
                    table = spec.name
                    self.done.add(table)
                    ready = [
                        r
                        for r in self.pending
                        if (
                            r.table == table and (r.references is None or r.references in self.done)
                        )
                        or (r.table in self.done and r.references == table)
                    ]
                    with con.transaction():
                        for r in ready:
                            if r.first:
                                con.execute(r.statement)
                    self.loaded(spec)
                    with con.transaction():
                        for r in ready:
                            if not r.first:
                                con.execute(r.statement)
                    self.pending = [r for r in self.pending if r not in ready]
        except BaseException as exc:  # handed to the loader
            self.error = exc


def set_meta(location: BookLocation, values: dict[str, str]) -> None:
    with connect(location) as con, con.transaction():
        for key, value in values.items():
            con.execute(
                "INSERT INTO book_meta (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


# -- reading -------------------------------------------------------------------------------------
class PgReader:
    """Reads a PostgreSQL book in one REPEATABLE READ transaction (one snapshot).

    ``lock`` takes SHARE locks on every table: other PCs may read but their
    writes wait until we finish (a move back to a file must not lose them).
    """

    def __init__(self, location: BookLocation, *, lock_tables: list[str] | None = None) -> None:
        self.location = location
        self.con = connect(location, autocommit=True)  # so that BEGIN below is ours
        self.con.execute("SET statement_timeout = 0")
        self.con.execute("SET DateStyle = 'ISO, YMD'")
        read_only = "" if lock_tables else " READ ONLY"
        self.con.execute(f"BEGIN ISOLATION LEVEL REPEATABLE READ{read_only}")
        if lock_tables:
            names = ", ".join(quote(t) for t in lock_tables)
            self.con.execute(f"LOCK TABLE {names} IN SHARE MODE")

    def close(self, *, commit: bool = False) -> None:
        try:
            if not self.con.closed:
                self.con.execute("COMMIT" if commit else "ROLLBACK")
        finally:
            self.con.close()

    def tables(self) -> dict[str, list[str]]:
        return table_columns(self.con)

    def rows(self, spec: TableSpec) -> Iterator[list[tuple[Any, ...]]]:
        """Rows for a new SQLite book: decimals and times as PostgreSQL's own text output
        (turned into SQLite's form in Python, not by the SQL that verify uses)."""
        values = ", ".join(export_expression(c) for c in spec.columns)
        query = f"SELECT {values} FROM {spec.from_clause}"
        size = chunk_rows(spec)
        yield from _chunks(self.con.cursor().stream(query, size=size), size)

    def canonical_rows(self, spec: TableSpec) -> Iterator[list[tuple[Any, ...]]]:
        yield from canonical_rows(self.con, spec)

    def sums(self, spec: TableSpec) -> list[int]:
        return sums(self.con, spec)

    def set_meta(self, values: dict[str, str]) -> None:
        """Inside the reading transaction (committed by ``close(commit=True)``)."""
        for key, value in values.items():
            self.con.execute(
                "INSERT INTO book_meta (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def export_expression(c: Any) -> str:
    from erp_desktop.migrator.columns import Kind

    if c.kind is Kind.DECIMAL or c.kind is Kind.DATE:
        return f"{c.q}::text"  # NUMERIC(p, s) prints exactly s places; dates in ISO
    if c.kind is Kind.TIMESTAMP:
        return f"({c.q} AT TIME ZONE 'UTC')::text"
    return c.q


def canonical_rows(
    con: Any, spec: TableSpec, condition: str = "", params: tuple[Any, ...] = ()
) -> Iterator[list[tuple[Any, ...]]]:
    size = chunk_rows(spec)
    query = verify_select(spec, "postgresql", condition)
    yield from _chunks(con.cursor().stream(query, params or None, size=size), size)


def sums(con: Any, spec: TableSpec) -> list[int]:
    query = sums_select(spec, "postgresql")
    if query is None:
        return []
    row = con.execute(query).fetchone()
    return [units(v, c.scale) for v, c in zip(row, spec.sum_columns, strict=True)]


def _chunks(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    while chunk := list(islice(rows, size)):
        yield chunk
