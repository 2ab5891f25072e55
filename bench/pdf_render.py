"""PDF rendering speed: one-page documents per second in one process, and a 500-line document.

    .venv/bin/python bench/pdf_render.py            # the figures for docs/performance.md
    .venv/bin/python bench/pdf_render.py --no-accel # as if rl_accel were not installed

Documents are the specimen sales invoice (``erp_desktop.reports.specimen``), in
Chinese, each with different names and figures (``seed``), so that no two
share a Chinese font subset. Fonts are registered before timing starts (that
is once per process, ~0.4 s). Wall-clock and CPU time of the process are both
shown; on a shared machine the CPU time and the best round are the figures
least disturbed by other work.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import header, summary

ONE_PAGE_LINES = 10
ONE_PAGE_LIMIT = 1 / 50  # at least 50 documents per second
LONG_LINES = 500
LONG_LIMIT = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-accel", action="store_true", help="hide rl_accel (pure Python)")
    parser.add_argument("--documents", type=int, default=60, help="documents per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.no_accel:
        sys.modules["_rl_accel"] = None  # type: ignore[assignment]

    from reportlab.lib import rl_accel

    from erp_desktop.reports.document import render_document
    from erp_desktop.reports.fonts import register_fonts
    from erp_desktop.reports.specimen import specimen_document

    started = time.perf_counter()
    register_fonts()
    registration = time.perf_counter() - started
    accel = "C (rl_accel)" if "fp_str" in rl_accel._c_funcs else "pure Python"
    print(header(f"PDF rendering, ReportLab accelerator: {accel}"))
    print(f"font registration (once per process): {registration * 1000:.0f} ms")

    documents = [
        specimen_document("zh_CN", ONE_PAGE_LINES, seed=seed) for seed in range(args.documents)
    ]
    render_document(documents[0])  # warm: styles, translations, Latin subsets
    per_document: list[float] = []
    cpu_per_document: list[float] = []
    for _ in range(args.rounds):
        started, cpu = time.perf_counter(), time.process_time()
        for document in documents:
            render_document(document)
        per_document.append((time.perf_counter() - started) / len(documents))
        cpu_per_document.append((time.process_time() - cpu) / len(documents))
    print(summary(f"one-page invoice ({ONE_PAGE_LINES} lines), wall", per_document))
    print(summary(f"one-page invoice ({ONE_PAGE_LINES} lines), CPU", cpu_per_document))
    for what, values in (("wall", per_document), ("CPU", cpu_per_document)):
        best = min(values)
        verdict = "ok" if best <= ONE_PAGE_LIMIT else "BELOW TARGET"
        print(f"  best round ({what}): {1 / best:.1f} documents per second (target 50)  {verdict}")

    long_document = specimen_document("zh_CN", LONG_LINES, seed=7)
    times = []
    pages = 0
    for _ in range(args.rounds):
        started = time.perf_counter()
        pdf = render_document(long_document)
        times.append(time.perf_counter() - started)
        pages = pdf.count(b"/Type /Page\n")
    print(summary(f"{LONG_LINES}-line invoice ({pages} pages)", times, LONG_LIMIT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
