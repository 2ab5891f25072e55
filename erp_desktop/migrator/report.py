"""What a migration tells its caller: findings, progress steps, the verification report."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from erp_desktop.errors import ErpError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.migrator.verify import TableCheck


class Severity(enum.Enum):
    ERROR = "error"  # nothing can be done until this is fixed
    CONFIRM = "confirm"  # allowed only when the user says so (overwrite our incomplete attempt)
    INFO = "info"


class Plan(enum.Enum):
    COPY = "copy"  # the target is empty
    REPLACE = "replace"  # the target holds an incomplete attempt: drop it, copy again
    RESUME = "resume"  # the source already points at the target: verify again, finish
    DONE = "done"  # an earlier run finished: nothing to do


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: Msg
    table: str = ""
    column: str = ""
    key: tuple[Any, ...] = ()


def finding(severity: Severity, text: str, **params: Any) -> Finding:
    table = str(params.get("table", ""))
    column = str(params.get("column", ""))
    key = params.pop("_key", ())
    return Finding(severity, Msg(text, "migrator", params), table, column, key)


@dataclass
class Preflight:
    direction: str  # "to_server" or "to_file"
    plan: Plan = Plan.COPY
    revision: str | None = None
    server_version: str = ""
    findings: list[Finding] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    deep_pending: bool = False  # the long scans run beside the copy (preflight.deep_findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def needs_confirmation(self) -> bool:
        return any(f.severity is Severity.CONFIRM for f in self.findings)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


@dataclass(frozen=True)
class Step:
    """A progress report. ``done``/``total`` count rows over copy and verify together."""

    stage: str  # preflight, copy, verify, catchup, freeze, check, cutover, done
    table: str = ""
    table_done: int = 0
    table_total: int = 0
    done: int = 0
    total: int = 0
    round: int = 0  # catch-up round


@dataclass
class MigrationReport:
    source: str
    target: str
    direction: str
    plan: Plan
    migration_id: str = ""
    tables: list[TableCheck] = field(default_factory=list)
    check_problems: list[Msg] = field(default_factory=list)
    checks_ran: bool = False
    seconds: dict[str, float] = field(default_factory=dict)
    rounds: int = 0  # catch-up rounds before the freeze
    caught_up: int = 0  # rows written or deleted after the snapshot
    late_checks: list[TableCheck] = field(default_factory=list)  # catch-up rows that differ

    @property
    def freeze_seconds(self) -> float:
        """How long saves waited (the freeze), 0 if there was none."""
        return self.seconds.get("freeze", 0.0)

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)

    @property
    def failed_tables(self) -> list[TableCheck]:
        return [t for t in [*self.tables, *self.late_checks] if not t.ok]

    @property
    def ok(self) -> bool:
        return not self.failed_tables and not self.check_problems


class MigrationRefused(ErpError):
    """Pre-flight found something that must be fixed first; nothing was written."""

    def __init__(self, preflight: Preflight) -> None:
        self.preflight = preflight
        first = preflight.errors[0].message if preflight.errors else None
        if first is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "The target holds an unfinished earlier move. Confirm that it may be "
                    "replaced (--yes) to start again.",
                )
            )
        else:
            super().__init__(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "migrator",
                        "Nothing was written: pre-flight found {count} problem(s). First: {first}",
                    ),
                    "migrator",
                    {"count": len(preflight.errors), "first": first},
                )
            )


class VerificationFailed(ErpError):
    """The copy differs from the source; the target stays marked incomplete."""

    def __init__(self, report: MigrationReport) -> None:
        self.report = report
        names = ", ".join(t.table for t in report.failed_tables) or "-"
        super().__init__(
            Msg(
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "The copy does not match the original (tables: {tables}; book checks: "
                    "{checks} problem(s)). The move was stopped: the original is unchanged "
                    "and the copy is marked unfinished, so no one can use it.",
                ),
                "migrator",
                {"tables": names, "checks": len(report.check_problems)},
            )
        )


class MigrationCancelled(ErpError):
    """The user pressed Cancel."""

    def __init__(self) -> None:
        super().__init__(
            Msg(
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "The move was cancelled. The original book is unchanged; the copy was "
                    "undone or is marked unfinished.",
                ),
                "migrator",
            )
        )


class Pace:
    """Rows per second and time left from the progress steps (the CLI and the wizard)."""

    def __init__(self, started: float) -> None:
        self.started = started

    def of(self, step: Step, now: float) -> tuple[int, int | None]:
        """(rows per second so far, seconds left or None while unknown)."""
        elapsed = max(now - self.started, 1e-6)
        rate = int(step.done / elapsed)
        fraction = step.done / step.total if step.total else 0.0
        if not 0.03 < fraction < 1 or step.stage not in ("copy", "verify"):
            return rate, None
        return rate, int(elapsed / fraction - elapsed)


def phase_name(step: Step) -> str:
    """Short phase label: snapshot, catch-up round n, freeze, …"""
    if step.stage in ("copy", "verify"):
        return "snapshot"
    if step.stage == "catchup":
        return f"catch-up {step.round}"
    return step.stage
