"""Moving a book between an SQLite file and a PostgreSQL database: pre-flight, copy,
verify, cut over — in that order, each only if the one before succeeded.

Guarantees (tested by killing the process at random points):

- The source is read in one snapshot (SQLite ``mode=ro``; PostgreSQL REPEATABLE
  READ) and stays byte-for-byte unchanged until cut-over.
- The target is written in one transaction (PostgreSQL) or as ``NAME.partial``
  (SQLite), marked *incomplete*; a kill leaves it empty or incomplete, and the
  app refuses an incomplete book.
- Cut-over happens only after verify passed: first the source gets
  ``migrated_to`` (from then on it opens read-only, saying where the book
  went), then the target is marked complete, then the caller switches its book
  entry. A run interrupted between the two finishes on the next run.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData

import erp_desktop.models.registry  # noqa: F401  (registers every table)
from erp_desktop.db.base import Base
from erp_desktop.db.location import BookLocation
from erp_desktop.db.revisions import revision_chain
from erp_desktop.db.types import utc_now
from erp_desktop.errors import BookError, ErpError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.migrator import pg_side, preflight, sqlite_side
from erp_desktop.migrator.columns import TableSpec, table_specs
from erp_desktop.migrator.pipeline import prefetched
from erp_desktop.migrator.report import (
    MigrationCancelled,
    MigrationRefused,
    MigrationReport,
    Plan,
    Preflight,
    Step,
    VerificationFailed,
)
from erp_desktop.migrator.roles import secure_server_book
from erp_desktop.migrator.verify import compare_table
from erp_desktop.models.meta import (
    MIGRATED_AT,
    MIGRATED_FROM,
    MIGRATED_TO,
    MIGRATION_ID,
    MIGRATION_KEYS,
    MIGRATION_STATE,
    STATE_COMPLETE,
    STATE_INCOMPLETE,
)

log = logging.getLogger(__name__)
OnStep = Callable[[Step], None]


def specs_for(present: dict[str, list[str]], metadata: MetaData | None = None) -> list[TableSpec]:
    """Our tables as this book has them, book_meta without the migrator's own keys."""
    keys = ", ".join(f"'{k}'" for k in MIGRATION_KEYS)
    specs = []
    for spec in table_specs(metadata if metadata is not None else Base.metadata, present):
        if spec.name == "book_meta":
            spec = TableSpec(
                spec.name, spec.columns, spec.key, spec.serial, f'"key" NOT IN ({keys})'
            )
        specs.append(spec)
    return specs


class Migration:
    """One move of one book. ``move=False`` (PostgreSQL → file only) makes a snapshot:
    the source is neither locked nor marked."""

    def __init__(
        self,
        source: BookLocation,
        target: BookLocation,
        *,
        on_step: OnStep | None = None,
        cancelled: Callable[[], bool] | None = None,
        move: bool = True,
        metadata: MetaData | None = None,
        versions: Path | None = None,
    ) -> None:
        """``metadata``/``versions``: another set of models and migrations (tests)."""
        if source.is_sqlite == target.is_sqlite:
            raise BookError(
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "A book moves from a file to a server or from a server to a file. To copy "
                    "a file use “erp-desktop backup”; to copy a server book use pg_dump.",
                )
            )
        self.source = source
        self.target = target
        self.metadata = metadata if metadata is not None else Base.metadata
        self.versions = versions
        self.to_server = source.is_sqlite
        self.move = move or self.to_server
        self.on_step = on_step or (lambda _s: None)
        self.cancelled = cancelled or (lambda: False)
        self._done = 0
        self._total = 0
        self._lock = threading.Lock()
        self._table_done: dict[tuple[str, str], int] = {}

    # -- steps ----------------------------------------------------------------------------------
    def preflight(self) -> Preflight:
        self._step(Step("preflight"))
        if self.to_server:
            return preflight.to_server(
                self.source.path, self.target, metadata=self.metadata, versions=self.versions
            )
        return preflight.to_file(
            self.source,
            self.target.path,
            move=self.move,
            metadata=self.metadata,
            versions=self.versions,
        )

    def run(self, *, confirmed: bool = False, checked: Preflight | None = None) -> MigrationReport:
        started = time.perf_counter()
        pre = checked or self.preflight()
        if pre.errors or (pre.needs_confirmation and not confirmed):
            raise MigrationRefused(pre)
        report = MigrationReport(
            self.source.display(), self.target.display(), pre.direction, pre.plan
        )
        report.seconds["preflight"] = time.perf_counter() - started
        self._total = 2 * pre.total_rows
        if self.to_server:
            self._to_server(pre, report)
        else:
            self._to_file(pre, report)
        report.seconds["total"] = time.perf_counter() - started
        self._step(Step("done", done=self._total, total=self._total))
        return report

    # -- SQLite → PostgreSQL -------------------------------------------------------------------
    def _to_server(self, pre: Preflight, report: MigrationReport) -> None:
        reader = sqlite_side.SqliteReader(self.source.path)
        try:
            meta = reader.meta()
            specs = specs_for(reader.tables(), self.metadata)
            if pre.plan is Plan.DONE:
                report.migration_id = meta.get(MIGRATION_ID, "")
                return
            verifier = _ServerVerifier(self, pre)
            t0 = time.perf_counter()
            try:
                if pre.plan is Plan.RESUME:
                    report.migration_id = meta[MIGRATION_ID]
                    self._add(pre.total_rows)
                    for spec in specs:
                        verifier.put(spec)
                else:
                    report.migration_id = str(uuid.uuid4())
                    replace = (
                        list(pg_side.probe(self.target).tables) if pre.plan is Plan.REPLACE else []
                    )
                    pg_side.load_book(
                        self.target,
                        revision=pre.revision or "",
                        specs=specs,
                        rows=reader.raw_rows,
                        marks={
                            MIGRATION_STATE: STATE_INCOMPLETE,
                            MIGRATION_ID: report.migration_id,
                            MIGRATED_FROM: self.source.display(),
                        },
                        replace_tables=replace,
                        versions=self.versions,
                        tick=lambda spec, n: self._tick("copy", spec, n, pre),
                        loaded=verifier.put,
                    )
                    report.seconds["copy"] = time.perf_counter() - t0
                t1 = time.perf_counter()
                report.tables = verifier.finish()
                report.seconds["verify"] = time.perf_counter() - t1  # what was left after copy
            except ErpError:
                raise
            except Exception as exc:  # the server refused something pre-flight let through
                if not _is_database_error(exc):
                    raise
                log.exception("copy to %s failed", self.target.display())
                raise BookError(
                    QT_TRANSLATE_NOOP(
                        "migrator",
                        "The server stopped the copy: {detail}. Nothing was switched: the book "
                        "is unchanged and the copy is marked unfinished.",
                    ),
                    detail=str(exc).strip().splitlines()[0][:300],
                ) from exc
            finally:
                verifier.stop()
            if pre.revision == revision_chain(_folder(self.versions)).head:
                secure_server_book(self.target)  # roles and guards, once the copy is verified
            t0 = time.perf_counter()
            self._run_checks(self.target, pre, report)
            report.seconds["checks"] = time.perf_counter() - t0
            if not report.ok:
                raise VerificationFailed(report)
            t0 = time.perf_counter()
            self._step(Step("cutover", "source"))
            self._mark_sqlite_source(reader, report.migration_id)
            self._step(Step("cutover", "target"))
            pg_side.set_meta(
                self.target,
                {MIGRATION_STATE: STATE_COMPLETE, MIGRATED_AT: utc_now().isoformat()},
            )
            report.seconds["cutover"] = time.perf_counter() - t0
        finally:
            reader.close()

    def _mark_sqlite_source(self, reader: sqlite_side.SqliteReader, migration_id: str) -> None:
        import sqlite3

        con = sqlite3.connect(self.source.path, timeout=30)
        con.isolation_level = None
        try:
            con.execute("BEGIN IMMEDIATE")  # nobody else can write from here on
            if reader.changed_since_opened() and not _marked_by_us(con, migration_id):
                con.execute("ROLLBACK")
                raise BookError(
                    QT_TRANSLATE_NOOP(
                        "migrator",
                        "The book file was changed by another program while it was being "
                        "copied. Nothing was switched; close the other program and run the "
                        "move again.",
                    )
                )
            for key, value in (
                (MIGRATED_TO, self.target.display()),
                (MIGRATED_AT, utc_now().isoformat()),
                (MIGRATION_ID, migration_id),
            ):
                con.execute(
                    "INSERT INTO book_meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
            con.execute("COMMIT")
        finally:
            con.close()

    # -- PostgreSQL → SQLite -------------------------------------------------------------------
    def _to_file(self, pre: Preflight, report: MigrationReport) -> None:
        target = self.target.path
        partial = partial_path(target)
        reader: pg_side.PgReader | None = None
        try:
            facts = pg_side.probe(self.source)
            lock = list(facts.tables) if self.move else None
            reader = pg_side.PgReader(self.source, lock_tables=lock)
            specs = specs_for(reader.tables(), self.metadata)
            if pre.plan is Plan.DONE:
                report.migration_id = facts.migration_id or ""
                return
            report.migration_id = str(uuid.uuid4())
            t0 = time.perf_counter()
            sqlite_side.load_file(
                partial,
                revision=pre.revision or "",
                specs=specs,
                rows=reader.rows,
                versions=self.versions,
                marks={
                    MIGRATION_STATE: STATE_INCOMPLETE,
                    MIGRATION_ID: report.migration_id,
                    MIGRATED_FROM: self.source.display(),
                },
                tick=lambda spec, n: self._tick("copy", spec, n, pre),
            )
            report.seconds["copy"] = time.perf_counter() - t0
            t0 = time.perf_counter()
            copy = sqlite_side.SqliteReader(partial)
            try:
                for spec in specs:
                    report.tables.append(
                        self._verify(
                            spec, reader.canonical_rows(spec), copy.canonical_rows(spec), pre
                        )
                    )
                    report.tables[-1].source_sums = reader.sums(spec)
                    report.tables[-1].target_sums = copy.sums(spec)
            finally:
                copy.close()
            self._run_checks(BookLocation.for_file(partial), pre, report)
            report.seconds["verify"] = time.perf_counter() - t0
            if not report.ok:
                raise VerificationFailed(report)
            t0 = time.perf_counter()
            self._step(Step("cutover", "source"))
            if self.move:
                reader.set_meta(
                    {
                        MIGRATED_TO: self.target.display(),
                        MIGRATED_AT: utc_now().isoformat(),
                        MIGRATION_ID: report.migration_id,
                    }
                )
            reader.close(commit=True)
            reader = None
            self._step(Step("cutover", "target"))
            sqlite_side.finish_file(
                partial,
                target,
                {MIGRATION_STATE: STATE_COMPLETE, MIGRATED_AT: utc_now().isoformat()},
            )
            report.seconds["cutover"] = time.perf_counter() - t0
        finally:
            if reader is not None:
                reader.close()

    # -- shared ---------------------------------------------------------------------------------
    def _verify(self, spec: TableSpec, source, target, pre: Preflight):  # type: ignore[no-untyped-def]
        check = compare_table(spec, source, target, lambda n: self._tick("verify", spec, n, pre))
        self._tick("verify", spec, 0, pre)
        return check

    def _run_checks(self, location: BookLocation, pre: Preflight, report: MigrationReport) -> None:
        """The book's own checks (balances = Σ moves, …) on the copy, at this program's schema."""
        if pre.revision != revision_chain(_folder(self.versions)).head:
            return  # the models describe head; checks run when the book is next opened
        from sqlalchemy.orm import Session

        from erp_desktop.db.engine import create_book_engine
        from erp_desktop.services.checks import run_checks

        self._step(Step("check", done=self._done, total=self._total))
        engine = create_book_engine(location, read_only=location.is_sqlite)
        try:
            with Session(engine) as session, session.begin():
                result = run_checks(session)
        finally:
            engine.dispose()
        report.checks_ran = True
        report.check_problems = [p.message for p in result.problems]

    def _tick(self, stage: str, spec: TableSpec, rows: int, pre: Preflight) -> None:
        """Progress from the loading and the verifying thread; honours Cancel."""
        if self.cancelled():
            raise MigrationCancelled()
        with self._lock:
            self._done += rows
            key = (stage, spec.name)
            self._table_done[key] = self._table_done.get(key, 0) + rows
            step = Step(
                stage,
                spec.name,
                self._table_done[key],
                pre.row_counts.get(spec.name, 0),
                self._done,
                self._total,
            )
        self._step(step)

    def _add(self, rows: int) -> None:
        with self._lock:
            self._done += rows

    def _step(self, step: Step) -> None:
        self.on_step(step)


class _ServerVerifier:
    """Verifies each table as soon as it is loaded, on its own thread and connections.

    It reads the SQLite file through a second read-only connection; a change to
    the file between the two snapshots is caught at cut-over (data_version).
    """

    def __init__(self, migration: Migration, pre: Preflight) -> None:
        self.migration = migration
        self.pre = pre
        self.queue: queue.Queue[TableSpec | None] = queue.Queue()
        self.results: list[Any] = []
        self.error: BaseException | None = None
        self.halt = threading.Event()
        self.thread = threading.Thread(target=self._run, name="migrator-verify", daemon=True)
        self.thread.start()

    def put(self, spec: TableSpec) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(spec)

    def finish(self) -> list[Any]:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.results

    def stop(self) -> None:
        self.halt.set()
        self.queue.put(None)
        self.thread.join()

    def _run(self) -> None:
        m = self.migration
        reader = None
        try:
            reader = sqlite_side.SqliteReader(m.source.path)
            with pg_side.connect(m.target, autocommit=True) as con:  # BEGIN/ROLLBACK are ours
                con.execute("SET statement_timeout = 0")
                while (spec := self.queue.get()) is not None:
                    if self.halt.is_set():
                        return
                    con.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    check = m._verify(
                        spec,
                        prefetched(reader.canonical_rows(spec)),
                        pg_side.canonical_rows(con, spec),
                        self.pre,
                    )
                    check.source_sums = reader.sums(spec)
                    check.target_sums = pg_side.sums(con, spec)
                    con.execute("ROLLBACK")
                    self.results.append(check)
        except BaseException as exc:
            self.error = exc
        finally:
            if reader is not None:
                reader.close()


def _is_database_error(exc: BaseException) -> bool:
    import psycopg
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, psycopg.Error | DBAPIError)


def _folder(versions: Path | None) -> Path | None:
    return versions


def _marked_by_us(con, migration_id: str) -> bool:  # type: ignore[no-untyped-def]
    row = con.execute("SELECT value FROM book_meta WHERE key = ?", (MIGRATION_ID,)).fetchone()
    return bool(row and row[0] == migration_id)


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + ".partial")


def migrate_book(
    source: BookLocation,
    target: BookLocation,
    *,
    confirmed: bool = False,
    on_step: OnStep | None = None,
    cancelled: Callable[[], bool] | None = None,
    move: bool = True,
) -> MigrationReport:
    return Migration(source, target, on_step=on_step, cancelled=cancelled, move=move).run(
        confirmed=confirmed
    )
