"""Verifying a book: every area contributes checks; ``erp-desktop check`` runs them all.

A check is a function ``(session) -> iterable of Msg`` (one message per
problem found). Each area module listed in ``CHECK_MODULES`` has a ``CHECKS``
tuple of ``(name, function)``; add an area by adding its module here. Checks
only read.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from erp_desktop.i18n import Msg

CHECK_MODULES = (
    "erp_desktop.services.checks.book",
    "erp_desktop.services.checks.stock",
    "erp_desktop.services.checks.invoicing",
    "erp_desktop.services.checks.transfers",
    "erp_desktop.services.checks.purchasing",
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
    session: Session, on_check: Callable[[str, int, int], None] | None = None
) -> CheckReport:
    report = CheckReport()
    checks = all_checks()
    for index, (name, check) in enumerate(checks):
        if on_check is not None:
            on_check(name, index, len(checks))
        started = time.perf_counter()
        report.problems.extend(Problem(name, message) for message in check(session))
        report.ran.append((name, time.perf_counter() - started))
    return report
