"""Moving the big book while a shop saves into it, against pgloader's bare copy, in one run.

    ERP_BENCH_DATABASE_URL=postgresql://erp:erp@localhost/postgres \\
        .venv/bin/python bench/migrate_online.py [BOOK]

Without BOOK the benchmark book is built first (``erp-desktop demo --items
100000 --warehouses 5 --moves 1000000``, as docs/performance.md uses). Then, in
the same run: pgloader copies an untouched copy of the file into one new
database; our move (pre-flight, copy, verify, catch-up, freeze, the book's
checks, cut-over; ``bench/migrate_run.py``, the command's code without its
console) moves it into another while ``tests/migrator/online_writer.py`` posts
5 documents a second into it. Each runs under /usr/bin/time (wall time, peak
memory). Prints both, the freeze, and how many documents were saved meanwhile.
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
    import psycopg

    admin_url = os.environ.get("ERP_BENCH_DATABASE_URL", "postgresql://erp:erp@localhost/postgres")
    base = admin_url.rsplit("/", 1)[0]
    work = Path(tempfile.mkdtemp(prefix="erp-bench-online-"))
    env = {**os.environ, "ERP_DESKTOP_HOME": str(work / "home")}
    book = work / "shop.erpbook"
    if len(sys.argv) > 1:
        shutil.copyfile(sys.argv[1], book)
    else:
        subprocess.run(
            [
                PY,
                "-m",
                "erp_desktop",
                "demo",
                "--book",
                str(book),
                "--items",
                "100000",
                "--warehouses",
                "5",
                "--moves",
                "1000000",
            ],
            check=True,
            env=env,
            cwd=ROOT,
        )
    size_mib = book.stat().st_size / 2**20
    pgl_file = work / "shop.db"  # pgloader wants a .db name; an untouched copy
    shutil.copyfile(book, pgl_file)
    ours_db, pgl_db = (f"erp_bench_{kind}_{uuid.uuid4().hex[:6]}" for kind in ("ours", "pgl"))
    admin = psycopg.connect(admin_url, autocommit=True)
    journal = work / "journal"
    try:
        for name in (ours_db, pgl_db):
            admin.execute(f'CREATE DATABASE "{name}"')
        pgl_wall, pgl_rss, _ = timed(
            [
                "pgloader",
                "--quiet",
                str(pgl_file),
                f"{base.replace('postgresql', 'pgsql')}/{pgl_db}",
            ]
        )
        writer = subprocess.Popen(
            [PY, "-m", "tests.migrator.online_writer", str(book), str(journal), PER_SECOND],
            cwd=ROOT,
            env=env,
        )
        ours_wall, ours_rss, out = timed(
            [PY, str(HERE / "migrate_run.py"), str(book), f"{base}/{ours_db}", "-"], env
        )
        writer.wait(timeout=120)
        saved = [line for line in journal.read_text().splitlines() if line != "moved"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for name in (ours_db, pgl_db):
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    ours = json.loads(out.strip().splitlines()[-1])
    assert ours["ok"], ours
    s = ours["seconds"]
    print(header("online move vs pgloader"))
    print(f"book: {size_mib:.0f} MiB, {ours['rows']:,} rows")
    print(
        f"ours, whole command while the writer posts {PER_SECOND}/s: {ours_wall:.1f} s, "
        f"peak {ours_rss} MiB; freeze {s.get('freeze', 0):.2f} s"
    )
    print(f"pgloader, whole copy: {pgl_wall:.1f} s, peak {pgl_rss} MiB")
    print(f"documents saved during the move: {len(saved)}")
    print(f"ratio ours / pgloader: {ours_wall / pgl_wall:.2f}")
    print("ours by phase (s): " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(s.items())))
    print(f"caught up: {ours['caught_up']:,} rows in {ours['rounds']} round(s)")


if __name__ == "__main__":
    main()
