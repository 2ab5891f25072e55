"""Start-up of the desktop app and of `erp-desktop info` on an existing book.

The GUI is timed from spawning the process to the moment the main window is
shown with the book open (the app prints "ready" when
ERP_DESKTOP_QUIT_WHEN_READY is set). `info` is timed as the whole process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import header, summary

RUNS = int(os.environ.get("BENCH_RUNS", "15"))
PROGRAM = [sys.executable, "-m", "erp_desktop"]


def time_gui(program: list[str], book: Path, env: dict[str, str]) -> float:
    """Seconds from spawning ``program --book BOOK`` to its "ready" line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [*program, "--book", str(book)],
        env={**env, "ERP_DESKTOP_QUIT_WHEN_READY": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    seconds = None
    for line in process.stdout:
        if line.startswith("ready"):
            seconds = time.perf_counter() - started
            break
    process.wait()
    if seconds is None:
        raise RuntimeError(f"{program} never printed ready")
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "ERP_DESKTOP_HOME": folder, "QT_QPA_PLATFORM": "offscreen"}
        # An installed program has its bytecode compiled (pip does it): so must this run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        book = Path(folder) / "bench.erpbook"
        subprocess.run(
            [*PROGRAM, "init", "--book", str(book), "--company", "基准测试有限公司"],
            env=env,
            check=True,
            capture_output=True,
        )
        gui, info = [], []
        time_gui(PROGRAM, book, env)  # warm-up: bytecode written, files in the OS cache
        for _ in range(RUNS):
            gui.append(time_gui(PROGRAM, book, env))
            started = time.perf_counter()
            subprocess.run(
                [*PROGRAM, "info", "--book", str(book)], env=env, check=True, capture_output=True
            )
            info.append(time.perf_counter() - started)
    print(header("start-up"))
    print(summary("GUI: process start to main window with book", gui, 1.0))
    print(summary("erp-desktop info (whole process)", info, 0.5))


if __name__ == "__main__":
    main()
