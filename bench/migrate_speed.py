"""The migrator against pgloader on the stock benchmark book, side by side.

    ERP_BENCH_DATABASE_URL=postgresql://erp:erp@localhost/postgres \
        .venv/bin/python bench/migrate_speed.py [BOOK]

Makes the book with make_stock_book.py unless BOOK is given, then, in the same
run: our migration (pre-flight, copy, verify, business checks, cut-over) into
one new database, pgloader's copy of the same file into another, and our
export of the migrated book back to a new file. Each runs as its own process
under /usr/bin/time (wall time and peak memory). Databases are dropped after.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import header  # noqa: E402

PY = sys.executable


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MiB, stdout) of a command."""
    result = subprocess.run(
        ["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    assert wall is not None
    hours, minutes, seconds = wall.groups()
    total = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    assert rss is not None
    return total, int(rss.group(1)) // 1024, result.stdout


def main() -> None:
    import psycopg

    admin_url = os.environ.get("ERP_BENCH_DATABASE_URL", "postgresql://erp:erp@localhost/postgres")
    base = admin_url.rsplit("/", 1)[0]
    work = Path(tempfile.mkdtemp(prefix="erp-bench-"))
    if len(sys.argv) > 1:  # a copy: our migration marks the book it moved
        given = Path(sys.argv[1])
        book = work / given.name
        shutil.copyfile(given, book)
        versions = given.with_suffix(".versions")
        if not versions.is_dir():  # a real book (erp-desktop demo), not the synthetic schema
            versions = Path("-")
    else:
        book = work / "stock.erpbook"
        subprocess.run([PY, str(HERE / "make_stock_book.py"), str(book)], check=True)
        versions = book.with_suffix(".versions")
    size_mib = book.stat().st_size / 2**20
    ours_db, pgl_db = (f"erp_bench_{kind}_{uuid.uuid4().hex[:6]}" for kind in ("ours", "pgl"))
    admin = psycopg.connect(admin_url, autocommit=True)
    try:
        for name in (ours_db, pgl_db):
            admin.execute(f'CREATE DATABASE "{name}"')
        env = {**os.environ, "ERP_DESKTOP_HOME": str(work / "home")}
        ours_wall, ours_rss, out = timed(
            [PY, str(HERE / "migrate_run.py"), str(book), f"{base}/{ours_db}", str(versions)], env
        )
        ours = json.loads(out.strip().splitlines()[-1])
        pgl_file = work / "stock.db"  # pgloader wants a .db/.sqlite name; an unmarked copy
        shutil.copyfile(sys.argv[1] if len(sys.argv) > 1 else book, pgl_file)
        assert ours["ok"], ours
        pgl_wall, pgl_rss, _ = timed(
            [
                "pgloader",
                "--quiet",
                str(pgl_file),
                f"{base.replace('postgresql', 'pgsql')}/{pgl_db}",
            ]
        )
        back = work / "back.erpbook"
        back_wall, back_rss, out = timed(
            [PY, str(HERE / "migrate_run.py"), f"{base}/{ours_db}", str(back), str(versions)], env
        )
        back_report = json.loads(out.strip().splitlines()[-1])
        assert back_report["ok"], back_report
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for name in (ours_db, pgl_db):
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    rows = ours["rows"]
    s = ours["seconds"]
    print(header("migrator vs pgloader"))
    print(f"book: {size_mib:.0f} MiB, {rows:,} rows")
    print(f"{'what':<52} {'seconds':>8} {'rows/s':>10} {'peak MiB':>9}")
    print(
        f"{'ours, whole process (pre-flight+copy+verify+cut-over)':<52} {ours_wall:8.1f} "
        f"{rows / ours_wall:10,.0f} {ours_rss:9}"
    )
    for stage in ("preflight", "copy", "verify", "cutover"):
        value = s.get(stage, 0.0)
        print(f"{'  ' + stage:<52} {value:8.1f}")
    print(
        f"{'  copy + verify':<52} {s['copy'] + s['verify']:8.1f} "
        f"{rows / (s['copy'] + s['verify']):10,.0f}"
    )
    print(
        f"{'pgloader, whole process (copy only)':<52} {pgl_wall:8.1f} "
        f"{rows / pgl_wall:10,.0f} {pgl_rss:9}"
    )
    print(
        f"{'export back to a file, whole process (with verify)':<52} {back_wall:8.1f} "
        f"{rows / back_wall:10,.0f} {back_rss:9}"
    )
    verdict = "ok" if s["copy"] + s["verify"] <= pgl_wall else "SLOWER THAN PGLOADER"
    print(f"copy + verify vs pgloader's copy: {verdict}")


if __name__ == "__main__":
    main()
