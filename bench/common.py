"""Small helpers shared by the benchmark scripts."""

from __future__ import annotations

import platform
import statistics
import subprocess
from datetime import datetime


def machine() -> str:
    cpu, cores = "?", "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            models = [ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")]
        cpu = models[0] if models else "?"
        cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    system = f"{platform.system()} {platform.machine()}"
    return f"{system}, {cores} cores ({cpu}), Python {platform.python_version()}"


def summary(name: str, seconds: list[float], limit: float | None = None) -> str:
    ordered = sorted(seconds)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    verdict = (
        "" if limit is None else ("  ok" if statistics.median(seconds) < limit else "  OVER LIMIT")
    )
    return (
        f"{name:<44} n={len(seconds):<3} median {statistics.median(seconds) * 1000:8.1f} ms"
        f"   p90 {p90 * 1000:8.1f} ms   max {max(seconds) * 1000:8.1f} ms"
        + (f"   limit {limit * 1000:.0f} ms{verdict}" if limit else "")
    )


def header(title: str) -> str:
    return f"# {title} — {datetime.now():%Y-%m-%d %H:%M} — {machine()}"
