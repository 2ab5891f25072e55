"""Gap-free numbers: consecutive, per year, never shared, given back on rollback."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from erp_desktop.errors import NotFound
from erp_desktop.models.sequence import NumberSeries
from erp_desktop.services.numbering import expected_numbers, next_number


@pytest.fixture
def series(book):
    book.run(lambda s: s.add(NumberSeries(code="test", prefix="TST", yearly=True, padding=6)))
    return "test"


def test_numbers_are_consecutive_and_reset_each_year(book, series) -> None:
    take = lambda day: book.run(lambda s: next_number(s, series, day))  # noqa: E731
    assert take(date(2026, 3, 1)) == "TST-2026-000001"
    assert take(date(2026, 12, 31)) == "TST-2026-000002"
    assert take(date(2027, 1, 1)) == "TST-2027-000001"
    assert book.read(lambda s: expected_numbers(s, series)) == {
        "TST-2026-000001",
        "TST-2026-000002",
        "TST-2027-000001",
    }


def test_a_failed_posting_gives_its_number_back(book, series) -> None:
    def fails(session) -> None:
        next_number(session, series, date(2026, 1, 1))
        raise RuntimeError("posting failed after taking a number")

    with pytest.raises(RuntimeError):
        book.run(fails)
    assert book.run(lambda s: next_number(s, series, date(2026, 1, 1))) == "TST-2026-000001"


def test_unknown_series_is_refused(book) -> None:
    with pytest.raises(NotFound):
        book.run(lambda s: next_number(s, "nope", date(2026, 1, 1)))


def test_parallel_takers_get_distinct_consecutive_numbers(book, series) -> None:
    taken: list[str] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(10):
            number = book.run(lambda s: next_number(s, series, date(2026, 5, 5)))
            with lock:
                taken.append(number)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(taken) == [f"TST-2026-{n:06d}" for n in range(1, 41)]
