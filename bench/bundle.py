"""The installable bundle: build time, archive and unpacked size, start-up vs the venv.

Builds the bundle with packaging/build.py (timed), unpacks it, then times the
desktop start (process start to main window with the book open) alternately
from the bundle and from this virtualenv, in the same run, on the same book.
Goals (issue 11): archive <= 90 MB; bundle start within 10 % of the venv's.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import header, summary
from startup import time_gui

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
MB = 1_000_000


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        out, build = Path(work) / "out", Path(work) / "build"
        started = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "packaging" / "build.py"),
                "--out",
                str(out),
                "--work",
                str(build),
            ],
            check=True,
            capture_output=True,
        )
        build_seconds = time.monotonic() - started
        (archive,) = out.glob("*.tar.gz")
        with tarfile.open(archive) as tar:
            tar.extractall(Path(work) / "unpacked", filter="tar")
        (top,) = (Path(work) / "unpacked").iterdir()
        bundle = [str(top / "erp-desktop" / "erp-desktop")]
        venv = [sys.executable, "-m", "erp_desktop"]

        env = {**os.environ, "ERP_DESKTOP_HOME": str(Path(work) / "home")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode
        book = Path(work) / "bench.erpbook"
        subprocess.run(
            [*venv, "init", "--book", str(book), "--company", "基准测试有限公司"],
            env=env,
            check=True,
            capture_output=True,
        )
        times: dict[str, list[float]] = {"bundle": [], "venv": []}
        for program in (bundle, venv):  # warm-up: files in the OS cache
            time_gui(program, book, env)
        for _ in range(RUNS):
            times["bundle"].append(time_gui(bundle, book, env))
            times["venv"].append(time_gui(venv, book, env))

        print(header("installable bundle"))
        print(f"build time (packaging/build.py)              {build_seconds:8.0f} s")
        print(f"archive {archive.name:<38} {archive.stat().st_size / MB:8.1f} MB (goal 90 MB)")
        print(f"unpacked program folder                      {folder_size(top) / MB:8.1f} MB")
        print(summary("GUI start from the bundle", times["bundle"], 1.0))
        print(summary("GUI start from the venv", times["venv"], 1.0))
        ratio = statistics.median(times["bundle"]) / statistics.median(times["venv"])
        print(f"bundle / venv (medians)                      {ratio:8.2f} (goal <= 1.10)")


if __name__ == "__main__":
    main()
