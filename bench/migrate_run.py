"""One migration of a benchmark book (a child process of migrate_speed.py).

    .venv/bin/python bench/migrate_run.py SOURCE TARGET VERSIONS

VERSIONS is the synthetic schema's migrations folder (make_stock_book.py), or
"-" for a real book of this program. Prints one JSON line with the stage
times and row counts.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stock_schema import bench_metadata

from erp_desktop.db.location import BookLocation
from erp_desktop.migrator import Migration


def main() -> None:
    source, target, versions = sys.argv[1:4]
    started = time.perf_counter()
    synthetic = (
        {} if versions == "-" else {"metadata": bench_metadata(), "versions": Path(versions)}
    )
    migration = Migration(
        BookLocation.parse(source), BookLocation.parse(target), move=False, **synthetic
    )
    checked = migration.preflight(deep=False)  # as the command does
    preflight = time.perf_counter() - started
    report = migration.run(checked=checked)
    seconds = dict(report.seconds, preflight=preflight, total=time.perf_counter() - started)
    print(
        json.dumps(
            {
                "ok": report.ok,
                "rows": report.rows,
                "seconds": seconds,
                "caught_up": report.caught_up,
                "rounds": report.rounds,
            }
        )
    )


if __name__ == "__main__":
    main()
