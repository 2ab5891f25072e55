"""Moving the big book while a shop saves into it, against pgloader's bare copy, in one run.

    ERP_BENCH_DATABASE_URL=postgresql://erp:erp@localhost/postgres \\
        .venv/bin/python bench/migrate_online.py [BOOK] [--runs N]

Without BOOK the benchmark book is built first (``erp-desktop demo --items
100000 --warehouses 5 --moves 1000000``, as docs/performance.md uses). Then, in
the same run: pgloader copies an untouched copy of the file into one new
database; our move (pre-flight, copy, verify, catch-up, freeze, the book's
checks, cut-over; ``bench/migrate_run.py``, the command's code without its
console) moves it into another while ``tests/migrator/online_writer.py`` posts
5 documents a second into it. Each runs under /usr/bin/time (wall time, peak
memory). Prints both, the freeze, and how many documents were saved meanwhile. With
``--runs N`` the pair runs N times, pgloader first in odd runs and ours first
in even ones (on a shared machine the load changes within a run), each with
the load average before, between and after.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from common import header  # noqa: E402
from migrate_speed import timed  # noqa: E402

PY = sys.executable
PER_SECOND = "5"
BIG_BOOK = ["--items", "100000", "--warehouses", "5", "--moves", "1000000"]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", help="the book to move (default: build the big one)")
    parser.add_argument("--runs", type=int, default=1, help="runs; each alternates who goes first")
    args = parser.parse_args()
    admin_url = os.environ.get("ERP_BENCH_DATABASE_URL", "postgresql://erp:erp@localhost/postgres")
    work = Path(tempfile.mkdtemp(prefix="erp-bench-online-"))
    env = {**os.environ, "ERP_DESKTOP_HOME": str(work / "home")}
    original = work / "original.erpbook"
    try:
        if args.book:
            shutil.copyfile(args.book, original)
        else:
            subprocess.run(
                [PY, "-m", "erp_desktop", "demo", "--book", str(original), *BIG_BOOK],
                check=True,
                env=env,
                cwd=ROOT,
            )
        print(header("online move vs pgloader"))
        for run in range(1, args.runs + 1):
            one_run(run, admin_url, work, original, env, ours_first=run % 2 == 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def one_run(
    run: int, admin_url: str, work: Path, original: Path, env: dict[str, str], *, ours_first: bool
) -> None:
    """pgloader and our move of fresh copies of the book, one after the other."""
    import psycopg

    base = admin_url.rsplit("/", 1)[0]
    book = work / "shop.erpbook"
    pgl_file = work / "shop.db"  # pgloader wants a .db name; an untouched copy
    journal = work / "journal"
    for leftover in (
        book,
        pgl_file,
        journal,
        *(work / f"shop.erpbook{s}" for s in ("-wal", "-shm")),
    ):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(original, book)
    shutil.copyfile(original, pgl_file)
    size_mib = book.stat().st_size / 2**20
    ours_db, pgl_db = (f"erp_bench_{kind}_{uuid.uuid4().hex[:6]}" for kind in ("ours", "pgl"))
    admin = psycopg.connect(admin_url, autocommit=True)
    loads = [os.getloadavg()[0]]
    try:
        for name in (ours_db, pgl_db):
            admin.execute(f'CREATE DATABASE "{name}"')

        def pgloader() -> tuple[float, int, str]:
            target = f"{base.replace('postgresql', 'pgsql')}/{pgl_db}"
            result = timed(["pgloader", "--quiet", str(pgl_file), target])
            loads.append(os.getloadavg()[0])
            return result

        def ours() -> tuple[float, int, str]:
            writer = subprocess.Popen(
                [PY, "-m", "tests.migrator.online_writer", str(book), str(journal), PER_SECOND],
                cwd=ROOT,
                env=env,
            )
            result = timed(
                [PY, str(HERE / "migrate_run.py"), str(book), f"{base}/{ours_db}", "-"], env
            )
            writer.wait(timeout=120)
            loads.append(os.getloadavg()[0])
            return result

        if ours_first:
            ours_wall, ours_rss, out = ours()
            pgl_wall, pgl_rss, _ = pgloader()
        else:
            pgl_wall, pgl_rss, _ = pgloader()
            ours_wall, ours_rss, out = ours()
        saved = [line for line in journal.read_text().splitlines() if line != "moved"]
    finally:
        for name in (ours_db, pgl_db):
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    result = json.loads(out.strip().splitlines()[-1])
    assert result["ok"], result
    s = result["seconds"]
    first = "ours" if ours_first else "pgloader"
    print(f"-- run {run} ({first} first; load average {' → '.join(f'{x:.1f}' for x in loads)})")
    print(f"book: {size_mib:.0f} MiB, {result['rows']:,} rows")
    print(
        f"ours, whole command while the writer posts {PER_SECOND}/s: {ours_wall:.1f} s, "
        f"peak {ours_rss} MiB; freeze {s.get('freeze', 0):.2f} s"
    )
    print(f"pgloader, whole copy: {pgl_wall:.1f} s, peak {pgl_rss} MiB")
    print(f"documents saved during the move: {len(saved)}")
    print(f"ratio ours / pgloader: {ours_wall / pgl_wall:.2f}")
    print("ours by phase (s): " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(s.items())))
    print(f"caught up: {result['caught_up']:,} rows in {result['rounds']} round(s)", flush=True)


if __name__ == "__main__":
    main()
