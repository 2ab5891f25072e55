"""Verifying a book: every area contributes checks; ``erp-desktop check`` runs them all.

A check is a function ``(session) -> iterable of Msg`` (one message per
problem found). Each area module listed in ``CHECK_MODULES`` has a ``CHECKS``
tuple of ``(name, function)``; add an area by adding its module here. Checks
only read.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from erp_desktop.i18n import Msg

CHECK_MODULES = (
    "erp_desktop.services.checks.book",
    "erp_desktop.services.checks.stock",
    "erp_desktop.services.checks.invoicing",
    "erp_desktop.services.checks.transfers",
    "erp_desktop.services.checks.purchasing",
    "erp_desktop.services.checks.documents",
    "erp_desktop.services.checks.security",
)


@dataclass(frozen=True)
class Problem:
    check: str
    message: Msg


Check = Callable[[Session], Iterable[Msg]]


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    ran: list[tuple[str, float]] = field(default_factory=list)  # (name, seconds)

    @property
    def ok(self) -> bool:
        return not self.problems


def all_checks() -> list[tuple[str, Check]]:
    checks: list[tuple[str, Check]] = []
    for name in CHECK_MODULES:
        checks.extend(importlib.import_module(name).CHECKS)
    return checks


def run_checks(
    session: Session,
    on_check: Callable[[str, int, int], None] | None = None,
    *,
    select: Callable[[str], bool] | None = None,
    workers: int = 1,
) -> CheckReport:
    """Run every check (or those whose name ``select`` accepts). Those marked
    ``concurrent`` (a whole-file scan that takes most of the time on a big book) run on a
    thread with their own connection while the others run: SQLite works on both cores.

    ``workers`` > 1 (a book nobody writes meanwhile, e.g. a move's new copy): the checks
    are shared out among that many connections, each its own session, so a server works
    on several at once."""
    report = CheckReport()
    checks = [(n, c) for n, c in all_checks() if select is None or select(n)]
    results: dict[str, tuple[list[Msg], float]] = {}
    threads = []
    engine = session.get_bind()
    if workers > 1 and isinstance(engine, Engine):
        _run_shared(engine, checks, results, workers, on_check)
        checks_left: list[tuple[str, Check]] = []
    else:
        checks_left = checks
    for name, check in checks_left:
        if getattr(check, "concurrent", False) and isinstance(engine, Engine):
            thread = threading.Thread(
                target=_run_alone, args=(engine, name, check, results), daemon=True
            )
            thread.start()
            threads.append(thread)
    for index, (name, check) in enumerate(checks_left):
        if on_check is not None:
            on_check(name, index, len(checks))
        if any(thread.name == name for thread in threads) or name in results:
            continue
        if not (getattr(check, "concurrent", False) and isinstance(engine, Engine)):
            started = time.perf_counter()
            results[name] = (list(check(session)), time.perf_counter() - started)
    for thread in threads:
        thread.join()
    for name, _check in checks:
        messages, seconds = results[name]
        report.problems.extend(Problem(name, message) for message in messages)
        report.ran.append((name, seconds))
    return report


def _run_shared(
    engine: Engine,
    checks: list[tuple[str, Check]],
    results: dict[str, tuple[list[Msg], float]],
    workers: int,
    on_check: Callable[[str, int, int], None] | None,
) -> None:
    """``workers`` threads, each with its own session, take the next check in turn."""
    pending = list(enumerate(checks))
    lock = threading.Lock()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with Session(engine) as session, session.begin():
                while True:
                    with lock:
                        if not pending or errors:
                            return
                        index, (name, check) = pending.pop(0)
                    if on_check is not None:
                        on_check(name, index, len(checks))
                    started = time.perf_counter()
                    messages = list(check(session))
                    results[name] = (messages, time.perf_counter() - started)
        except BaseException as exc:  # handed to the caller
            errors.append(exc)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def concurrent(check: Check) -> Check:
    """Mark a check that may run on its own connection, alongside the others."""
    check.concurrent = True  # type: ignore[attr-defined]
    return check


def _run_alone(
    engine: Engine, name: str, check: Check, results: dict[str, tuple[list[Msg], float]]
) -> None:
    started = time.perf_counter()
    with Session(engine) as session, session.begin():
        messages = list(check(session))
    results[name] = (messages, time.perf_counter() - started)
