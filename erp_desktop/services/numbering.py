"""Gap-free document numbers, taken at posting inside the posting's transaction."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from erp_desktop.db.dialect import insert_ignore, is_postgres
from erp_desktop.errors import NotFound
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.sequence import NumberCounter, NumberSeries
from erp_desktop.services.business_dates import require_business_date


def format_number(series: NumberSeries, year: int, value: int) -> str:
    body = str(value).zfill(series.padding)
    return f"{series.prefix}-{year}-{body}" if series.yearly else f"{series.prefix}-{body}"


def next_number(session: Session, series_code: str, on: date) -> str:
    """Take the next number of a series; the counter row stays locked until commit."""
    require_business_date(session, on, field=QT_TRANSLATE_NOOP("fields", "Date"))
    series = session.get(NumberSeries, series_code)
    if series is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "The number series “{code}” does not exist."),
            code=series_code,
        )
    year = on.year if series.yearly else 0
    if is_postgres(session):  # users may not write counters: the owner's function does
        value = session.execute(
            text("SELECT erp_next_number(:series, :year)"), {"series": series_code, "year": year}
        ).scalar_one()
        return format_number(series, year, int(value))
    insert_ignore(
        session,
        NumberCounter.__table__,  # type: ignore[arg-type]
        {"series_code": series_code, "year": year, "next_value": 1},
    )
    counter = session.execute(
        select(NumberCounter)
        .where(NumberCounter.series_code == series_code, NumberCounter.year == year)
        .with_for_update()
    ).scalar_one()
    value = counter.next_value
    counter.next_value = value + 1
    session.flush()
    return format_number(series, year, value)


def issued_count(session: Session, series_code: str) -> dict[int, int]:
    """How many numbers each year of a series has handed out."""
    rows = session.execute(
        select(NumberCounter.year, NumberCounter.next_value).where(
            NumberCounter.series_code == series_code
        )
    )
    return {year: next_value - 1 for year, next_value in rows}


def set_issued_count(session: Session, series_code: str, year: int, count: int) -> None:
    """Bulk loads (demo, benchmarks): the series has handed out ``count`` numbers that year."""
    counter = session.get(NumberCounter, (series_code, year))
    if counter is None:
        session.add(NumberCounter(series_code=series_code, year=year, next_value=count + 1))
    else:
        counter.next_value = count + 1


def expected_numbers(session: Session, series_code: str) -> set[str]:
    """Every number the series has handed out: what the documents must hold, no more."""
    series = session.get(NumberSeries, series_code)
    if series is None:
        return set()
    return {
        format_number(series, year, value)
        for year, count in issued_count(session, series_code).items()
        for value in range(1, count + 1)
    }
