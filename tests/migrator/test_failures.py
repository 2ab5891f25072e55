"""A kill or a dropped connection at any step: the source is unchanged, the target empty or
marked unfinished (and refused), and running again finishes cleanly without duplicates."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.db.meta_keys import MIGRATED_TO
from erp_desktop.errors import BookError
from erp_desktop.migrator import Migration
from tests.helpers import ROOT
from tests.migrator.conftest import move_log_left, read_all, without_marks

pytestmark = pytest.mark.postgresql

CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    from pathlib import Path
    from erp_desktop.db.location import BookLocation
    from erp_desktop.migrator import Migration
    from tests.migrator.edge import edge_metadata

    source, target, versions, stage, nth, handshake = sys.argv[1:7]
    seen = {"n": 0}

    def on_step(step):
        key = f"cutover:{step.table}" if step.stage == "cutover" else step.stage
        if key != stage:
            return
        seen["n"] += 1
        if seen["n"] < int(nth):
            return
        if handshake == "-":
            os.kill(os.getpid(), signal.SIGKILL)
        Path(handshake + ".ready").touch()
        while not Path(handshake + ".go").exists():
            time.sleep(0.05)

    Migration(
        BookLocation.parse(source), BookLocation.parse(target), on_step=on_step,
        metadata=edge_metadata(), versions=Path(versions),
    ).run(confirmed=True)
    """
)


def run_child(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def target_state(target: BookLocation) -> str:
    with psycopg.connect(target.libpq_conninfo()) as con:
        tables = con.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchone()[0]
        if not tables:
            return "empty"
        row = con.execute("SELECT value FROM book_meta WHERE key = 'migration_state'").fetchone()
        return row[0] if row else "no mark"


def source_mark(path: Path) -> str | None:
    import sqlite3

    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM book_meta WHERE key = ?", (MIGRATED_TO,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


STAGES = ["copy", "verify", "check", "cutover:source", "cutover:target"]


@pytest.mark.parametrize("stage", STAGES)
def test_kill_at_any_step_then_run_again(stage, edge_book, edge_schema, pg_target) -> None:
    original = read_all(BookLocation.for_file(edge_book), edge_schema.metadata)
    nth = random.randint(1, 8 if stage in ("copy", "verify") else 1)
    child = run_child(
        str(edge_book), pg_target.target, str(edge_schema.versions), stage, str(nth), "-"
    )
    _, err = child.communicate(timeout=120)
    assert child.returncode == -9, f"{stage} #{nth}: {err}"
    state = target_state(pg_target)
    if stage == "cutover:target":  # the source says where the book went; the target is not done
        assert source_mark(edge_book) == pg_target.display()
        assert state == "incomplete"
    else:
        # the rows are untouched (the dead move's change log is removed by the next run)
        assert read_all(BookLocation.for_file(edge_book), edge_schema.metadata) == original
        expected = {"empty", "incomplete"} if stage == "copy" else {"incomplete"}
        assert state in expected, f"{stage} #{nth}"
    if state == "incomplete":
        with pytest.raises(BookError, match="unfinished move"):
            open_book(pg_target, versions=edge_schema.versions)
    report = Migration(
        BookLocation.for_file(edge_book),
        pg_target,
        metadata=edge_schema.metadata,
        versions=edge_schema.versions,
    ).run(confirmed=True)
    assert report.ok
    assert target_state(pg_target) == "complete"
    assert without_marks(read_all(pg_target, edge_schema.metadata)) == without_marks(original)
    assert source_mark(edge_book) == pg_target.display()
    assert move_log_left(edge_book) == []  # the run removed the killed move's change log


def test_dropped_connection_during_copy(edge_book, edge_schema, pg_target, tmp_path) -> None:
    original = read_all(BookLocation.for_file(edge_book), edge_schema.metadata)
    handshake = str(tmp_path / "hs")
    child = run_child(
        str(edge_book), pg_target.target, str(edge_schema.versions), "copy", "3", handshake
    )
    deadline = time.monotonic() + 60
    while not Path(handshake + ".ready").exists():
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    database = pg_target.server[2]
    with psycopg.connect(pg_target.libpq_conninfo(), autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND application_name LIKE 'erp-desktop%%' "
            "AND pid <> pg_backend_pid()",
            (database,),
        ).fetchone()[0]
    assert killed >= 1
    Path(handshake + ".go").touch()
    _, err = child.communicate(timeout=60)
    assert child.returncode == 1, err
    assert "Traceback" in err or "connection" in err.lower()
    assert read_all(BookLocation.for_file(edge_book), edge_schema.metadata) == original
    assert move_log_left(edge_book) == []  # the failed move removed its change log
    assert target_state(pg_target) in ("empty", "incomplete")
    with pytest.raises(BookError, match="unfinished move"):
        open_book(pg_target, versions=edge_schema.versions)
    assert (
        Migration(
            BookLocation.for_file(edge_book),
            pg_target,
            metadata=edge_schema.metadata,
            versions=edge_schema.versions,
        )
        .run(confirmed=True)
        .ok
    )


POSTER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from erp_desktop.db.book import open_book
    from erp_desktop.db.location import BookLocation
    from erp_desktop.services import audit
    from erp_desktop.services.numbering import next_number

    book = open_book(BookLocation.parse(sys.argv[1]))
    numbers = []
    for i in range(25):
        def work(s, i=i):
            number = next_number(s, "INV", date(2026, 11, 29))
            audit.record(s, user_id=1, action="invoice.issue", subject=number)
            return number
        numbers.append(book.run(work))
    print(" ".join(numbers))
    book.close()
    """
)


def test_two_pcs_post_at_once_on_the_moved_book(sqlite_book, pg_target) -> None:
    from erp_desktop.services.checks import run_checks

    with sqlite_book.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO number_series (code, prefix, yearly, padding) VALUES ('INV', 'INV', 1, 6)"
        )
    source = sqlite_book.location
    sqlite_book.close()
    assert Migration(source, pg_target).run().ok
    env = {**os.environ}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", POSTER, pg_target.target],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    numbers: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        numbers += out.split()
    assert len(numbers) == 50 and len(set(numbers)) == 50
    book = open_book(pg_target)
    try:
        assert book.read(run_checks).ok
    finally:
        book.close()
