"""Moving a book between an SQLite file and a PostgreSQL database: pre-flight, copy,
verify, cut over — in that order, each only if the one before succeeded.

Guarantees (tested by killing the process at random points):

- A book file stays in use while it is copied (``online.py``): a snapshot is
  copied and verified, the changes saved meanwhile are caught up in rounds
  (each round's rows compared again), and only the last ones are copied in a
  short freeze during which saves wait. The move writes nothing to the file
  but its change log (triggers and two tables, removed at the end, on cancel,
  or by the next run or opening after a kill) and, at cut-over, the mark.
- A server book is read in one REPEATABLE READ snapshot.
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

from sqlalchemy import MetaData, event

import erp_desktop.models.registry  # noqa: F401  (registers every table)
from erp_desktop.db.base import Base
from erp_desktop.db.location import BookLocation
from erp_desktop.db.meta_keys import (
    MIGRATED_AT,
    MIGRATED_FROM,
    MIGRATED_TO,
    MIGRATION_ID,
    MIGRATION_KEYS,
    MIGRATION_STATE,
    STATE_COMPLETE,
    STATE_INCOMPLETE,
)
from erp_desktop.db.revisions import revision_chain
from erp_desktop.db.types import utc_now
from erp_desktop.errors import BookError, ErpError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.migrator import online, online_pg, pg_side, preflight, sqlite_side
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
from erp_desktop.migrator.verify import TableCheck, compare_table

log = logging.getLogger(__name__)
MAX_ROUNDS = 10  # catch-up rounds before the freeze, at most
FREEZE_ROWS = 2_000  # a round this small is followed by the freeze
# The book's checks on the new copy: connections working at once (the whole-ledger sum
# on one, the rest on the others), each with room to group a million moves in memory.
CHECK_WORKERS = 3
CHECK_WORK_MEM = "128MB"
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
        self._deep: _DeepChecks | None = None

    # -- steps ----------------------------------------------------------------------------------
    def preflight(self, *, deep: bool = True) -> Preflight:
        """``deep=False`` (to a server): the long scans run beside the copy instead, and a
        problem they find stops the move then (nothing switched, the server's copy removed)."""
        self._step(Step("preflight"))
        if self.to_server:
            return preflight.to_server(
                self.source.path,
                self.target,
                metadata=self.metadata,
                versions=self.versions,
                deep=deep,
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
        if pre.plan is Plan.DONE:
            reader = sqlite_side.SqliteReader(self.source.path)
            try:
                report.migration_id = reader.meta().get(MIGRATION_ID, "")
            finally:
                reader.close()
            return
        try:
            if pre.plan is Plan.RESUME:
                self._resume_to_server(pre, report)
            else:
                self._online_to_server(pre, report)
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
        if (
            pre.plan is not Plan.RESUME
            and pre.revision == revision_chain(_folder(self.versions)).head
        ):
            secure_server_book(self.target)  # roles and guards, once every row is verified
            self._run_checks(self.target, pre, report, select=_is_security)
            if not report.ok:
                raise VerificationFailed(report)
        t0 = time.perf_counter()
        self._step(Step("cutover", "target"))
        pg_side.set_meta(
            self.target, {MIGRATION_STATE: STATE_COMPLETE, MIGRATED_AT: utc_now().isoformat()}
        )
        report.seconds["cutover"] = time.perf_counter() - t0

    def _online_to_server(self, pre: Preflight, report: MigrationReport) -> None:
        """Snapshot, catch-up rounds, freeze (``online.py``); the book stays in use until the
        freeze, and the freeze ends with the file marked moved."""
        report.migration_id = str(uuid.uuid4())
        probe = sqlite_side.SqliteReader(self.source.path)
        try:
            specs = specs_for(probe.tables(), self.metadata)
        finally:
            probe.close()
        changes = online.SourceChanges(self.source.path, specs, self.metadata)
        reader, verify_reader = changes.start(report.migration_id)
        marked = False
        deep = _DeepChecks(self.source.path, specs) if pre.deep_pending else None
        self._deep = deep
        try:
            stopped = False
            try:
                self._snapshot(pre, report, specs, reader, verify_reader)
            except MigrationRefused:
                stopped = True  # the scans beside the copy found something: listed below
            except (MigrationCancelled, VerificationFailed):
                raise
            except Exception:
                if deep is None:
                    raise
                # the copy failed (a value the server refused, a broken link, bad UTF-8,
                # a damaged page): the full scans say why, as pre-flight would have
                deep.wait()  # the light scan's findings are among the full ones
                pre.findings += preflight.deep_findings(self.source.path, specs)
                if not pre.errors:
                    raise
                stopped = True
            finally:
                reader.close()
                verify_reader.close()
            if deep is not None:
                pre.findings += deep.wait()
            if pre.errors:
                pg_side.drop_attempt(self.target)  # the server is as it was before
                raise MigrationRefused(pre)
            assert not stopped
            self._catch_up_and_freeze(pre, report, changes, _ServerTarget(self.target, specs))
            marked = True
        finally:
            if deep is not None:
                deep.wait()
            if not marked:
                changes.abandon()

    def _snapshot(
        self,
        pre: Preflight,
        report: MigrationReport,
        specs: list[TableSpec],
        reader: sqlite_side.SqliteReader,
        verify_reader: sqlite_side.SqliteReader,
    ) -> None:
        """Copy the snapshot and verify each table as soon as it is loaded."""
        verifier = _ServerVerifier(self, pre, verify_reader)
        t0 = time.perf_counter()
        try:
            replace = list(pg_side.probe(self.target).tables) if pre.plan is Plan.REPLACE else []
            keys = pg_side.load_book(
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
            # Beside the rest of the verify, on connections of their own: the statistics
            # and the book's checks on the loaded snapshot (a consistent state of the book;
            # the rows caught up later are compared one by one with the source, whose
            # every save kept the same rules). Roles and guards come at the end.
            beside = _Beside(
                (pg_side.analyze, (self.target,)),
                (self._run_checks, (self.target, pre, report, _not_security)),
            )
            try:
                report.tables = verifier.finish()
                report.seconds["verify"] = time.perf_counter() - t1  # what was left after copy
            finally:
                beside.wait()
            pg_side.attach_keys(self.target, keys)
            report.seconds["checks"] = time.perf_counter() - t1  # verify, checks, statistics
        finally:
            verifier.stop()

    def _catch_up_and_freeze(
        self,
        pre: Preflight,
        report: MigrationReport,
        changes: online.SourceChanges | online_pg.ServerChanges,
        side: _ServerTarget | _FileTarget,
    ) -> None:
        """Rounds until what is left is small, then the freeze, which ends with the source
        marked moved. Each round's rows are compared on both sides."""
        t0 = time.perf_counter()
        for number in range(1, MAX_ROUNDS + 1):
            report.rounds = number
            self._step(Step("catchup", round=number, done=self._done, total=self._total))
            delta = changes.round()
            self._apply(delta, changes, side, report, pre, "catchup")
            if delta.rows <= FREEZE_ROWS:
                break
        if not report.checks_ran:  # to a file: the checks on the copy as caught up so far
            t0 = time.perf_counter()
            # The book's checks (whole-book sums) take seconds on a big book, too long for
            # the freeze. The freeze's last rows are then compared one by one with the
            # source, whose every save kept the same rules.
            self._run_checks(side.location, pre, report, select=_not_security)
            report.seconds["checks"] = time.perf_counter() - t0
        if not report.ok:
            raise VerificationFailed(report)
        self._step(Step("freeze", done=self._done, total=self._total))
        t0 = time.perf_counter()
        delta = changes.freeze()
        t1 = time.perf_counter()
        report.seconds["freeze_wait"] = t1 - t0  # a save in progress ends; others go on
        self._apply(delta, changes, side, report, pre, "freeze")
        here, there = changes.counts(), side.counts()
        for check in report.tables:
            check.source_rows, check.target_rows = here[check.table], there[check.table]
        if not report.ok:
            raise VerificationFailed(report)
        if self.cancelled():
            raise MigrationCancelled()
        self._step(Step("cutover", "source"))
        changes.finish(
            {
                MIGRATED_TO: self.target.display(),
                MIGRATED_AT: utc_now().isoformat(),
                MIGRATION_ID: report.migration_id,
            }
        )
        report.seconds["freeze"] = time.perf_counter() - t1  # saves waited this long

    def _apply(
        self,
        delta: online.Delta,
        changes: online.SourceChanges | online_pg.ServerChanges,
        side: _ServerTarget | _FileTarget,
        report: MigrationReport,
        pre: Preflight,
        stage: str,
    ) -> None:
        """Write one round's changes to the target and compare exactly those rows."""
        if self.cancelled():
            raise MigrationCancelled()
        if not delta.tables:
            return
        side.write(
            [(t.spec, t.raw, t.deleted) for t in delta.tables],
            lambda spec, n: self._tick(stage, spec, n, pre, count=False),
        )
        changes.advance(delta)
        report.late_checks += [check for check in side.compare(delta) if not check.ok]
        report.caught_up += delta.rows

    def _resume_to_server(self, pre: Preflight, report: MigrationReport) -> None:
        """The file was marked moved (it no longer changes) but the server not yet marked
        complete: verify everything again, then finish."""
        reader = sqlite_side.SqliteReader(self.source.path)
        try:
            report.migration_id = reader.meta()[MIGRATION_ID]
            specs = specs_for(reader.tables(), self.metadata)
            verifier = _ServerVerifier(self, pre, sqlite_side.SqliteReader(self.source.path))
            try:
                self._add(pre.total_rows)
                for spec in specs:
                    verifier.put(spec)
                t1 = time.perf_counter()
                report.tables = verifier.finish()
                report.seconds["verify"] = time.perf_counter() - t1
            finally:
                verifier.stop()
                verifier.reader.close()
            if pre.revision == revision_chain(_folder(self.versions)).head:
                secure_server_book(self.target)  # roles and guards, once the copy is verified
            self._run_checks(self.target, pre, report)
            if not report.ok:
                raise VerificationFailed(report)
            self._step(Step("cutover", "source"))
            self._mark_sqlite_source(reader, report.migration_id)
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
        """A move keeps the server book writable until a short freeze (``online_pg.py``);
        a snapshot (``move=False``) reads it in one transaction and changes nothing."""
        target = self.target.path
        partial = partial_path(target)
        facts = pg_side.probe(self.source)
        if pre.plan is Plan.DONE:
            report.migration_id = facts.migration_id or ""
            return
        specs = specs_for(facts.tables, self.metadata)
        report.migration_id = str(uuid.uuid4())
        changes = online_pg.ServerChanges(self.source, specs) if self.move else None
        marked = False
        try:
            reader = changes.start() if changes is not None else pg_side.PgReader(self.source)
            try:
                self._snapshot_to_file(pre, report, specs, reader, partial)
            finally:
                reader.close()
            side = _FileTarget(partial, specs)
            if changes is not None:
                self._catch_up_and_freeze(pre, report, changes, side)
                marked = True
            else:
                self._run_checks(side.location, pre, report)
                if not report.ok:
                    raise VerificationFailed(report)
            t0 = time.perf_counter()
            self._step(Step("cutover", "target"))
            sqlite_side.finish_file(
                partial,
                target,
                {MIGRATION_STATE: STATE_COMPLETE, MIGRATED_AT: utc_now().isoformat()},
            )
            report.seconds["cutover"] = time.perf_counter() - t0
        finally:
            if changes is not None and not marked:
                changes.abandon()

    def _snapshot_to_file(
        self,
        pre: Preflight,
        report: MigrationReport,
        specs: list[TableSpec],
        reader: pg_side.PgReader,
        partial: Path,
    ) -> None:
        """Copy the server's snapshot into ``partial``, then compare every row and total."""
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
                check = self._verify(
                    spec, reader.canonical_rows(spec), copy.canonical_rows(spec), pre
                )
                check.source_sums = reader.sums(spec)
                check.target_sums = copy.sums(spec)
                report.tables.append(check)
        finally:
            copy.close()
        report.seconds["verify"] = time.perf_counter() - t0

    # -- shared ---------------------------------------------------------------------------------
    def _verify(self, spec: TableSpec, source, target, pre: Preflight):
        check = compare_table(spec, source, target, lambda n: self._tick("verify", spec, n, pre))
        self._tick("verify", spec, 0, pre)
        return check

    def _run_checks(
        self,
        location: BookLocation,
        pre: Preflight,
        report: MigrationReport,
        select: Callable[[str], bool] | None = None,
    ) -> None:
        """The book's own checks (balances = Σ moves, …) on the copy, at this program's schema
        (those ``select`` accepts; their problems add to the report's)."""
        if pre.revision != revision_chain(_folder(self.versions)).head:
            return  # the models describe head; checks run when the book is next opened
        from sqlalchemy.orm import Session

        from erp_desktop.db.engine import create_book_engine
        from erp_desktop.services.checks import run_checks

        self._step(Step("check", done=self._done, total=self._total))
        engine = create_book_engine(location, read_only=location.is_sqlite)
        if not location.is_sqlite:
            event.listen(engine, "connect", _roomy_session)
        try:
            with Session(engine) as session:
                result = run_checks(session, select=select, workers=CHECK_WORKERS)
        finally:
            engine.dispose()
        report.checks_ran = True
        report.check_problems += [p.message for p in result.problems]

    def _tick(
        self, stage: str, spec: TableSpec, rows: int, pre: Preflight, *, count: bool = True
    ) -> None:
        """Progress from the loading and the verifying thread; honours Cancel.
        ``count=False``: catch-up rows, not part of the planned total."""
        if self.cancelled():
            raise MigrationCancelled()
        if self._deep is not None and self._deep.refused():
            raise MigrationRefused(pre)  # findings are added when the copy stops
        with self._lock:
            self._done += rows if count else 0
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

    It reads the SQLite file through a second read-only connection whose read
    transaction began under the same write lock as the copy's: the same snapshot.
    """

    def __init__(
        self, migration: Migration, pre: Preflight, reader: sqlite_side.SqliteReader
    ) -> None:
        self.migration = migration
        self.pre = pre
        self.reader = reader  # the caller's snapshot (same as the copy's); closed by the caller
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
        reader = self.reader
        try:
            with pg_side.connect(m.target, autocommit=True) as con:  # BEGIN/ROLLBACK are ours
                con.execute("SET statement_timeout = 0")
                # each table comes with its key's index (pg_side.load_book): read along it
                # rather than sort a million rows (the planner has no statistics yet)
                con.execute("SET enable_sort = off")
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


class _ServerTarget:
    """Catch-up rounds into the server book, and reading them back for verify."""

    def __init__(self, location: BookLocation, specs: list[TableSpec]) -> None:
        self.location = location
        self.specs = specs

    def write(self, tables: list[Any], tick: Callable[[TableSpec, int], None]) -> None:
        pg_side.apply_changes(self.location, tables, tick)

    def compare(self, delta: online.Delta) -> list[TableCheck]:
        with pg_side.connect(self.location, autocommit=True) as con:
            return [
                compare_table(
                    t.spec,
                    iter([t.canonical] if t.canonical else []),
                    pg_side.canonical_rows(con, t.spec, *t.condition("postgresql")),
                    lambda _n: None,
                )
                for t in delta.tables
            ]

    def counts(self) -> dict[str, int]:
        with pg_side.connect(self.location, autocommit=True) as con:
            return {spec.name: pg_side.count(con, spec) for spec in self.specs}


class _FileTarget:
    """Catch-up rounds into the new file (``NAME.partial``), and reading them back."""

    def __init__(self, partial: Path, specs: list[TableSpec]) -> None:
        self.partial = partial
        self.location = BookLocation.for_file(partial)
        self.specs = specs

    def write(self, tables: list[Any], tick: Callable[[TableSpec, int], None]) -> None:
        sqlite_side.apply_changes(self.partial, tables)

    def compare(self, delta: online.Delta) -> list[TableCheck]:
        reader = sqlite_side.SqliteReader(self.partial)
        try:
            return [
                compare_table(
                    t.spec,
                    iter([t.canonical] if t.canonical else []),
                    reader.canonical_rows(t.spec, *t.condition("sqlite")),
                    lambda _n: None,
                )
                for t in delta.tables
            ]
        finally:
            reader.close()

    def counts(self) -> dict[str, int]:
        reader = sqlite_side.SqliteReader(self.partial)
        try:
            return {spec.name: reader.count(spec) for spec in self.specs}
        finally:
            reader.close()


class _Beside:
    """Calls run each on a thread of its own; ``wait`` joins them and raises the first error."""

    def __init__(self, *calls: tuple[Callable[..., Any], tuple[Any, ...]]) -> None:
        self.errors: list[BaseException] = []
        self.threads = [
            threading.Thread(target=self._run, args=call, name="migrator-beside", daemon=True)
            for call in calls
        ]
        for thread in self.threads:
            thread.start()

    def _run(self, call: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            call(*args)
        except BaseException as exc:  # handed to the caller
            self.errors.append(exc)

    def wait(self) -> None:
        for thread in self.threads:
            thread.join()
        if self.errors:
            raise self.errors[0]


class _DeepChecks:
    """Pre-flight's long scans on their own thread, beside the copy (both cores busy)."""

    def __init__(self, path: Path, specs: list[TableSpec]) -> None:
        self.findings: list[Any] = []
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.thread = threading.Thread(
            target=self._run, args=(path, specs), name="migrator-preflight", daemon=True
        )
        self.thread.start()

    def _run(self, path: Path, specs: list[TableSpec]) -> None:
        try:
            self.findings = preflight.deep_findings(path, specs, light=True)
        except BaseException as exc:
            self.error = exc
        finally:
            self.done.set()

    def refused(self) -> bool:
        """The scans ended and found something (the copy stops at its next step)."""
        return self.done.is_set() and bool(self.findings)

    def wait(self) -> list[Any]:
        """The findings, once (later calls return nothing new)."""
        self.thread.join()
        if self.error is not None:
            raise self.error
        found, self.findings = self.findings, []
        return found


def _roomy_session(dbapi_connection: Any, _record: Any) -> None:
    """Sums grouped per item and place spill to disk at the server's default 4 MB."""
    with dbapi_connection.cursor() as cur:
        cur.execute(f"SET work_mem = '{CHECK_WORK_MEM}'")
        cur.execute("SET max_parallel_workers_per_gather = 0")  # the connections are the workers
    dbapi_connection.commit()


def _is_database_error(exc: BaseException) -> bool:
    import psycopg
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, psycopg.Error | DBAPIError)


def _folder(versions: Path | None) -> Path | None:
    return versions


def _marked_by_us(con, migration_id: str) -> bool:
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


SECURITY_CHECK = "database security"


def _is_security(name: str) -> bool:
    return name == SECURITY_CHECK


def _not_security(name: str) -> bool:
    return name != SECURITY_CHECK
