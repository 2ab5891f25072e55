"""Exact Decimal and UTC timestamp columns round-trip exactly on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Date, Integer, MetaData, Table, func, insert, select
from sqlalchemy.exc import StatementError

from erp_desktop.db.types import MONEY_TYPE, QUANTITY_TYPE, RATE_TYPE, UNIT_PRICE_TYPE, UTCDateTime

metadata = MetaData()
probe = Table(
    "decimal_probe",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("qty", QUANTITY_TYPE),
    Column("price", UNIT_PRICE_TYPE),
    Column("amount", MONEY_TYPE),
    Column("rate", RATE_TYPE),
    Column("at", UTCDateTime()),
    Column("day", Date),
)


def exact(precision: int, scale: int) -> st.SearchStrategy[Decimal]:
    limit = Decimal(10) ** (precision - scale) - Decimal(1).scaleb(-scale)
    edges = st.sampled_from(
        [Decimal(0), limit, -limit, Decimal(1).scaleb(-scale), -Decimal(1).scaleb(-scale)]
    )
    return st.one_of(
        edges,
        st.decimals(
            min_value=-limit, max_value=limit, places=scale, allow_nan=False, allow_infinity=False
        ),
    )


@pytest.fixture
def engine(book):
    metadata.create_all(book.engine)
    yield book.engine
    metadata.drop_all(book.engine)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(exact(18, 4), exact(18, 6), exact(18, 2), exact(9, 4)), min_size=1, max_size=20
    )
)
def test_decimals_round_trip_exactly(engine, rows) -> None:
    with engine.begin() as conn:
        conn.execute(probe.delete())
        conn.execute(
            insert(probe),
            [
                {"id": i, "qty": q, "price": p, "amount": a, "rate": r}
                for i, (q, p, a, r) in enumerate(rows)
            ],
        )
        back = conn.execute(
            select(probe.c.qty, probe.c.price, probe.c.amount, probe.c.rate).order_by(probe.c.id)
        ).all()
        total = conn.execute(select(func.sum(probe.c.amount))).scalar_one()
    for (q, p, a, r), row in zip(rows, back, strict=True):
        assert tuple(row) == (q, p, a, r)
        assert all(isinstance(v, Decimal) for v in row)
        assert row[0].as_tuple().exponent == -4  # always at column scale
    assert total == sum(a for _, _, a, _ in rows)


def test_sum_and_compare_in_sql_are_exact(engine) -> None:
    values = [Decimal("0.10")] * 10 + [Decimal("0.20")] * 5 + [Decimal("-0.01")]
    with engine.begin() as conn:
        conn.execute(insert(probe), [{"id": i, "amount": v} for i, v in enumerate(values)])
        assert conn.execute(select(func.sum(probe.c.amount))).scalar_one() == Decimal("1.99")
        bigger = conn.execute(
            select(func.count()).where(probe.c.amount > Decimal("0.15"))
        ).scalar_one()
        assert bigger == 5
        top = conn.execute(
            select(probe.c.amount).order_by(probe.c.amount.desc()).limit(1)
        ).scalar_one()
        assert top == Decimal("0.20")


@pytest.mark.parametrize(
    "value",
    [0.1, Decimal("1.00001"), Decimal("NaN"), Decimal("100000000000000")],
    ids=["float", "too-many-places", "nan", "too-large"],
)
def test_inexact_values_are_refused(engine, value) -> None:
    with pytest.raises(StatementError) as caught, engine.begin() as conn:
        conn.execute(insert(probe).values(id=1, qty=value))
    assert isinstance(caught.value.orig, TypeError | ValueError)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(probe)).scalar_one() == 0


def test_timestamps_are_stored_utc_and_come_back_aware(engine) -> None:
    shanghai = timezone(timedelta(hours=8))
    local = datetime(
        2026, 2, 29 - 1, 0, 30, 15, 123456, tzinfo=shanghai
    )  # just after midnight in China
    with engine.begin() as conn:
        conn.execute(insert(probe).values(id=1, at=local, day=date(2024, 2, 29)))
        at, day = conn.execute(select(probe.c.at, probe.c.day)).one()
    assert at == local
    assert at.tzinfo is not None and at.utcoffset() == timedelta(0)
    assert at.hour == 16 and at.day == 27
    assert day == date(2024, 2, 29)


def test_naive_timestamps_are_refused(engine) -> None:
    with pytest.raises(Exception, match="timezone-aware"), engine.begin() as conn:
        conn.execute(insert(probe).values(id=1, at=datetime(2026, 1, 1, 12, 0)))
    assert datetime.now(UTC).tzinfo is UTC


def test_no_check_constraint_compares_an_exact_decimal_with_a_non_zero_number() -> None:
    """On SQLite these columns hold integers scaled by 10**scale, so ``discount <= 100``
    would really mean ``discount <= 1.00``. Only signs (comparisons with 0) are safe in
    SQL; ranges are the services' job."""
    import re

    from sqlalchemy import CheckConstraint

    import erp_desktop.models.registry  # noqa: F401
    from erp_desktop.db.base import Base
    from erp_desktop.db.types import ExactDecimal

    offending = []
    for table in Base.metadata.tables.values():
        decimals = {c.name for c in table.columns if isinstance(c.type, ExactDecimal)}
        for constraint in table.constraints:
            if not isinstance(constraint, CheckConstraint):
                continue
            text = str(constraint.sqltext)
            for name in decimals:
                for number in re.findall(rf"\b{name}\s*(?:<=|>=|<>|!=|=|<|>)\s*(-?[\d.]+)", text):
                    if float(number) != 0:
                        offending.append(f"{table.name}: {text}")
    assert offending == []
