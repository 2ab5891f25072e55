"""Checks of the book as a whole: database integrity, the audit chain, numbering."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from erp_desktop.db.dialect import is_postgres
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.services.audit import verify_chain
from erp_desktop.services.checks import Check, concurrent
from erp_desktop.services.numbering import expected_numbers


@concurrent
def database_integrity(session: Session) -> Iterable[Msg]:
    if is_postgres(session):
        return  # PostgreSQL enforces keys itself and has no cheap equivalent
    # integrity_check looks every row up in each of its table's indexes: with the default
    # 2 MB page cache a big book is read from the OS again and again (3× slower). 128 MB
    # was the fastest on the benchmark book (512 MB: slower, and 520 MB peak memory).
    session.execute(text("PRAGMA cache_size = -131072"))  # up to 128 MB, as needed
    result = session.execute(text("PRAGMA integrity_check")).scalars().all()
    if result != ["ok"]:
        yield Msg(
            QT_TRANSLATE_NOOP("checks", "SQLite integrity check failed: {detail}"),
            "checks",
            {"detail": "; ".join(result[:5])},
        )


def foreign_keys(session: Session) -> Iterable[Msg]:
    if is_postgres(session):
        return  # PostgreSQL enforces foreign keys itself
    broken = session.execute(text("PRAGMA foreign_key_check")).all()
    if broken:
        yield Msg(
            QT_TRANSLATE_NOOP(
                "checks", "{count} rows point to missing rows (first: table {table})."
            ),
            "checks",
            {"count": len(broken), "table": broken[0][0]},
        )


def audit_chain(session: Session) -> Iterable[Msg]:
    for problem in verify_chain(session):
        yield Msg(
            QT_TRANSLATE_NOOP("checks", "The audit trail was altered (event {id}): {detail}"),
            "checks",
            {"id": problem.event_id or "-", "detail": problem.text},
        )


def numbers_without_gaps(
    series_code: str, column: InstrumentedAttribute[str | None], *where: Any
) -> Check:
    """Every number the series handed out is on exactly one document (of those ``where``
    picks, when one table holds several series), and no other."""

    def check(session: Session) -> Iterable[Msg]:
        used = Counter(session.scalars(select(column).where(column.is_not(None), *where)))
        expected = expected_numbers(session, series_code)
        missing = sorted(expected - set(used))
        doubled = sorted(n for n, count in used.items() if count > 1)
        unknown = sorted(set(used) - expected)
        for kind, numbers in (
            (QT_TRANSLATE_NOOP("checks", "Numbers missing (a gap): {numbers}"), missing),
            (QT_TRANSLATE_NOOP("checks", "Numbers used twice: {numbers}"), doubled),
            (QT_TRANSLATE_NOOP("checks", "Numbers the series never gave out: {numbers}"), unknown),
        ):
            if numbers:
                yield Msg(kind, "checks", {"numbers": ", ".join(numbers[:10])})

    return check


CHECKS: tuple[tuple[str, Check], ...] = (
    ("database integrity", database_integrity),
    ("foreign keys", foreign_keys),
    ("audit trail", audit_chain),
)
