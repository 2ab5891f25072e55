"""Importing 100,000 items from an Excel workbook in bounded memory (issue 16: < 300 MB).

    .venv/bin/python bench/xlsx_import.py [--items 100000]

Writes a workbook of N item rows (Chinese headers, text and number cells, a tax
classification code as text), then previews and commits it into a new SQLite book
the way the Import dialog does; prints the time of each step and the peak memory
of the whole process (ru_maxrss), which includes Python, SQLAlchemy and openpyxl.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header  # noqa: E402

LIMIT_MIB = 300


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    from erp_desktop.db.book import create_book
    from erp_desktop.db.location import BookLocation
    from erp_desktop.services.company import CompanyProfile, setup_company
    from erp_desktop.services.csv_exchange import commit_items, preview_items
    from erp_desktop.services.xlsx_writer import write_xlsx

    print(header("xlsx import of items"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "items.xlsx"
        rows = (
            [
                f"IT-{n:06d}",
                f"不锈钢保温杯 {n}",
                "个",
                f"{n % 500 + 1}.5",
                "13",
                "1070299000000000000",
            ]
            for n in range(1, args.items + 1)
        )
        headers = ["编码", "名称", "单位", "销售价", "税率", "税收分类编码"]
        write_xlsx(source, [("items", [headers, *rows])])  # a list: the sheet gets its size
        print(f"workbook: {args.items} rows, {source.stat().st_size / 1e6:.1f} MB")
        book = create_book(BookLocation.parse(str(folder / "bench.erp")))
        try:
            book.run(lambda s: setup_company(s, CompanyProfile(name="测试商贸"), "管理员"))
            started = time.perf_counter()
            preview = book.read(lambda s: preview_items(s, source))
            checked = time.perf_counter() - started
            started = time.perf_counter()
            count = book.run(lambda s: commit_items(s, 1, preview)).value
            committed = time.perf_counter() - started
        finally:
            book.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if peak < LIMIT_MIB else "OVER LIMIT"
    print(
        f"preview {preview.count} good / {preview.error_count} bad rows: {checked:.1f} s; "
        f"commit {count}: {committed:.1f} s"
    )
    print(f"peak memory of the process: {peak:.0f} MiB (limit {LIMIT_MIB} MiB) {verdict}")


if __name__ == "__main__":
    main()
