"""CSV import of a big file: time and peak memory (issue 12).

Generates an items file of ~49 MB in UTF-8 and one of ~40 MB in GBK (the import
accepts up to 50 MB), then for each runs, in a fresh process on a new SQLite
book, the preview (read and check every row) and the commit (write every item),
as the import dialog does. Prints seconds and the process's peak resident
memory (VmHWM). The limit is 300 MB for any file the import accepts.

    .venv/bin/python bench/csv_import.py [--folder /tmp/csvbench]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import header

LIMIT_MB = 300
NAMES = ("十字螺丝刀", "不锈钢保温杯", "五号电池", "办公椅", "打印纸", "订书机", "矿泉水", "洗洁精")
SPECS = ("M3×20", "500ml", "A4 70g", "24支/盒", "PH2", "黑色", "")
CATEGORIES = ("五金", "日用", "办公", "饮料")
UNITS = ("个", "把", "箱", "瓶", "包")


def generate(path: Path, encoding: str, target_bytes: int) -> int:
    """An items file of about ``target_bytes``; returns the number of rows."""
    rng = random.Random(12)
    bom = "\ufeff" if encoding == "utf-8" else ""
    header_line = "编码,名称,规格,类别,单位,条码,进价,售价,税率\r\n"
    written, rows = 0, 0
    with path.open("w", encoding=encoding, newline="") as out:
        out.write(bom + header_line)
        written += len((bom + header_line).encode(encoding))
        while written < target_bytes:
            rows += 1
            cost = rng.randint(10, 99_999)
            line = (
                f"IT-{rows:07d},{rng.choice(NAMES)} {rows},{rng.choice(SPECS)},"
                f"{rng.choice(CATEGORIES)},{rng.choice(UNITS)},69{rows:011d},"
                f"{cost / 100:.2f},{cost * 13 / 1000:.2f},13%\r\n"
            )
            out.write(line)
            written += len(line.encode(encoding))
    return rows


def child(csv_path: Path, book_path: Path) -> None:
    """Preview and commit in this process; print the figures as JSON."""
    from erp_desktop.db.book import create_book
    from erp_desktop.services.company import CompanyProfile, setup_company
    from erp_desktop.services.csv_exchange import commit_items, preview_items

    book = create_book(_location(book_path))
    profile = CompanyProfile(name="基准测试公司")
    admin_id = book.run(lambda s: setup_company(s, profile, "管理员").value.id)
    started = time.perf_counter()
    preview = book.read(lambda s: preview_items(s, csv_path))
    previewed = time.perf_counter()
    count = book.run(lambda s: commit_items(s, admin_id, preview).value)
    done = time.perf_counter()
    book.close()
    print(
        json.dumps(
            {
                "rows": count,
                "errors": preview.error_count,
                "preview_s": previewed - started,
                "commit_s": done - previewed,
                "peak_mb": _peak_mb(),
            }
        )
    )


def _location(path: Path):
    from erp_desktop.db.location import BookLocation

    return BookLocation.for_file(path)


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/csvbench"))
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    args.folder.mkdir(parents=True, exist_ok=True)
    print(header("CSV import: 49 MB UTF-8 and 40 MB GBK items files"))
    for name, encoding, size in (("utf8", "utf-8", 49_000_000), ("gbk", "gbk", 40_000_000)):
        csv_path = args.folder / f"items-{name}.csv"
        rows = generate(csv_path, encoding, size)
        book = args.folder / f"book-{name}.erpbook"
        for stale in args.folder.glob(f"book-{name}.erpbook*"):
            stale.unlink()
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(csv_path), str(book)],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        verdict = "ok" if figures["peak_mb"] < LIMIT_MB else "OVER LIMIT"
        print(
            f"{name:<5} {csv_path.stat().st_size / 1e6:5.1f} MB {rows:>8,} rows  "
            f"preview {figures['preview_s']:6.1f} s  commit {figures['commit_s']:6.1f} s  "
            f"peak {figures['peak_mb']:6.0f} MB (limit {LIMIT_MB} MB) {verdict}"
        )


if __name__ == "__main__":
    main()
