"""Moving a book file that stays in use: a writer process saves documents all along.

Everything it saw committed is on the server afterwards, exactly once; the
server's checks pass; every row of the final file equals the server's. A move
killed at any point leaves the book working (its change log removed when it is
next opened) and the server unfinished; a second run finishes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest

import erp_desktop.models.registry  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.book import open_book
from erp_desktop.db.engine import create_book_engine
from erp_desktop.db.location import BookLocation
from erp_desktop.migrator import Migration
from erp_desktop.services.checks import run_checks
from tests.helpers import ROOT
from tests.migrator.conftest import move_log_left, read_all, without_marks
from tests.migrator.test_failures import source_mark, target_state

pytestmark = pytest.mark.postgresql
PER_SECOND = 20  # documents a second: a small book moves in a few seconds


class Writer:
    def __init__(self, book: Path | str, journal: Path) -> None:
        self.journal = journal
        rate = str(PER_SECOND)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.migrator.online_writer", str(book), str(journal), rate],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )

    def lines(self) -> list[str]:
        return self.journal.read_text().splitlines() if self.journal.exists() else []

    def wait_for(self, count: int, timeout: float = 60) -> None:
        """Until the journal holds ``count`` more documents than now."""
        goal = len(self.lines()) + count
        deadline = time.monotonic() + timeout
        while len(self.lines()) < goal:
            assert self.process.poll() is None, self.process.stderr.read()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the writer saves nothing"
            time.sleep(0.05)

    def moved(self) -> list[list[object]]:
        """Wait until it hit the moved book; the documents it saw committed."""
        _, err = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, err
        lines = self.lines()
        assert lines[-1] == "moved"
        return [json.loads(line) for line in lines[:-1]]


def assert_all_there_once(target: BookLocation, saved: list[list[object]]) -> None:
    from sqlalchemy import text

    engine = create_book_engine(target, read_only=target.is_sqlite)
    try:
        with engine.connect() as con:
            for table, row_id, number in saved:
                found = con.execute(
                    text(f"SELECT id FROM {table} WHERE number = :n"), {"n": number}
                ).all()
                assert [tuple(r) for r in found] == [(row_id,)], (table, number)
                postings = con.execute(
                    text("SELECT count(*) FROM stock_posting WHERE doc_number = :n"),
                    {"n": number},
                ).scalar()
                assert postings == 1, (table, number)
    finally:
        engine.dispose()


def assert_same_book(here: BookLocation, there: BookLocation) -> None:
    """The book's checks pass where the book went; every row of both is equal."""
    moved = open_book(there)
    try:
        assert moved.read(run_checks).ok
    finally:
        moved.close()
    assert without_marks(read_all(here, Base.metadata)) == without_marks(
        read_all(there, Base.metadata)
    )


def server_log_left(location: BookLocation) -> list[str]:
    with psycopg.connect(location.libpq_conninfo()) as con:
        return [
            row[0]
            for row in con.execute(
                # the move's own objects (the book's guard erp_move_needs_posting stays)
                "SELECT relname FROM pg_class WHERE relname ~ %(log)s"
                " UNION ALL SELECT tgname FROM pg_trigger WHERE tgname ~ %(log)s"
                " UNION ALL SELECT proname FROM pg_proc WHERE proname ~ %(log)s",
                {"log": "^erp_move_(log|change|owner)"},
            ).fetchall()
        ]


@pytest.fixture
def shop(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.erpbook"
    shutil.copyfile(demo_template, path)
    return path


def test_the_shop_keeps_saving_while_its_book_moves(shop, pg_target, tmp_path) -> None:
    writer = Writer(shop, tmp_path / "journal")
    writer.wait_for(3)
    stages: list[str] = []

    def on_step(step) -> None:
        if not stages or stages[-1] != step.stage:
            stages.append(step.stage)
        if step.stage == "catchup" and step.round == 1:
            writer.wait_for(3)  # saves land between the snapshot and the freeze

    report = Migration(BookLocation.for_file(shop), pg_target, on_step=on_step).run(confirmed=True)
    saved = writer.moved()
    assert report.ok
    assert stages[:2] == ["preflight", "copy"]
    assert {"catchup", "freeze", "check", "cutover", "done"} <= set(stages)
    assert stages.index("catchup") < stages.index("freeze") < stages.index("cutover")
    assert report.caught_up >= 3
    assert 0 < report.freeze_seconds < 5
    assert len(saved) >= 6
    assert {row[0] for row in saved} == {"stock_adjustment", "goods_receipt", "invoice"}
    assert_all_there_once(pg_target, saved)
    assert_same_book(BookLocation.for_file(shop), pg_target)
    assert move_log_left(shop) == []
    assert source_mark(shop) == pg_target.display()
    assert target_state(pg_target) == "complete"


CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from erp_desktop.db.location import BookLocation
    from erp_desktop.migrator import Migration

    source, target, stage, nth = sys.argv[1:5]
    seen = {"n": 0}

    def on_step(step):
        key = f"cutover:{step.table}" if step.stage == "cutover" else step.stage
        if key == stage:
            seen["n"] += 1
            if seen["n"] >= int(nth):
                os.kill(os.getpid(), signal.SIGKILL)

    Migration(BookLocation.parse(source), BookLocation.parse(target), on_step=on_step).run(
        confirmed=True
    )
    """
)


@pytest.mark.parametrize(
    ("stage", "nth"),
    [
        ("copy", 3),
        ("verify", 2),
        ("catchup", 1),
        ("freeze", 1),
        ("check", 1),
        ("cutover:source", 1),
    ],
)
def test_a_move_killed_anywhere_leaves_the_shop_working(
    stage, nth, shop, pg_target, tmp_path
) -> None:
    writer = Writer(shop, tmp_path / "journal")
    writer.wait_for(2)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(shop), pg_target.target, stage, str(nth)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, err = child.communicate(timeout=120)
    assert child.returncode == -9, err
    assert source_mark(shop) is None  # not moved: the shop keeps working in the file
    assert target_state(pg_target) in {"empty", "incomplete"}
    writer.wait_for(2)  # saves go on
    opened = open_book(BookLocation.for_file(shop))  # opening removes the dead move's log
    opened.close()
    assert move_log_left(shop) == []
    writer.wait_for(1)
    report = Migration(BookLocation.for_file(shop), pg_target).run(confirmed=True)
    saved = writer.moved()
    assert report.ok
    assert_all_there_once(pg_target, saved)
    assert_same_book(BookLocation.for_file(shop), pg_target)
    assert move_log_left(shop) == []
    assert target_state(pg_target) == "complete"


def test_the_server_keeps_saving_while_its_book_moves_back_to_a_file(
    shop, pg_target, tmp_path
) -> None:
    assert Migration(BookLocation.for_file(shop), pg_target).run(confirmed=True).ok
    writer = Writer(pg_target.target, tmp_path / "journal")
    writer.wait_for(3)
    waited: list[int] = []

    def on_step(step) -> None:
        if step.stage == "catchup" and step.round == 1:
            writer.wait_for(3)  # saves land on the server between the snapshot and the freeze
            waited.append(1)

    back = BookLocation.for_file(tmp_path / "back.erpbook")
    report = Migration(pg_target, back, on_step=on_step).run(confirmed=True)
    saved = writer.moved()
    assert report.ok
    assert waited == [1]
    assert report.caught_up >= 3
    assert 0 < report.freeze_seconds < 5
    assert_all_there_once(back, saved)
    assert_same_book(pg_target, back)
    assert server_log_left(pg_target) == []
    with psycopg.connect(pg_target.libpq_conninfo()) as con:
        mark = con.execute("SELECT value FROM book_meta WHERE key = 'migrated_to'").fetchone()
    assert mark == (back.display(),)


@pytest.mark.parametrize(("stage", "nth"), [("copy", 2), ("catchup", 1), ("freeze", 1)])
def test_a_move_back_killed_anywhere_leaves_the_server_working(
    stage, nth, shop, pg_target, tmp_path
) -> None:
    assert Migration(BookLocation.for_file(shop), pg_target).run(confirmed=True).ok
    writer = Writer(pg_target.target, tmp_path / "journal")
    writer.wait_for(2)
    back = BookLocation.for_file(tmp_path / "back.erpbook")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, pg_target.target, str(back.path), stage, str(nth)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, err = child.communicate(timeout=120)
    assert child.returncode == -9, err
    assert not back.path.exists()  # only a .partial file, which nothing opens
    writer.wait_for(3)  # saves on the server go on
    report = Migration(pg_target, back).run(confirmed=True)  # replaces the dead move's log
    saved = writer.moved()
    assert report.ok
    assert_all_there_once(back, saved)
    assert_same_book(pg_target, back)
    assert server_log_left(pg_target) == []
