"""Password guessing on books with passwords: throttled per login (recorded in the book),
the same answer time for unknown logins, common passwords refused when chosen."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from erp_desktop.db.book import open_book
from erp_desktop.domain.passwords import check_password, delay_after
from erp_desktop.domain.permissions import Role
from erp_desktop.errors import ValidationError
from erp_desktop.services.accounts import add_user, choose_first_password, set_password, sign_in

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


@pytest.fixture
def guarded(book, admin_id):
    book.run(lambda s: choose_first_password(s, admin_id, "correct horse").value)
    return book


def test_delays_grow_after_three_failures() -> None:
    assert [delay_after(n) for n in range(1, 9)] == [0, 0, 1, 2, 4, 8, 16, 32]
    assert delay_after(40) == 15 * 60


def test_a_login_waits_after_failures_even_with_the_right_password(guarded) -> None:
    book = guarded
    for second in range(3):  # three mistakes are free
        result = book.run(lambda s, t=second: sign_in(s, "管理员", "wrong horse", now=at(t)))
        assert not result.ok and result.wait_seconds == 0
    refused = book.run(lambda s: sign_in(s, "管理员", "correct horse", now=at(2.5)))
    assert not refused.ok and refused.wait_seconds == 1  # not even checked
    assert book.run(lambda s: sign_in(s, "管理员", "correct horse", now=at(3))).ok
    # success starts again from zero
    assert book.run(lambda s: sign_in(s, "管理员", "wrong horse", now=at(4))).wait_seconds == 0


def test_the_wait_survives_a_restart(guarded) -> None:
    location = guarded.location
    for second in range(6):
        guarded.run(lambda s, t=second: sign_in(s, "管理员", "guess", now=at(t * 100)))
    guarded.close()
    reopened = open_book(location)
    try:
        result = reopened.run(lambda s: sign_in(s, "管理员", "correct horse", now=at(501)))
        assert not result.ok and result.wait_seconds == 7  # 8 s after the sixth failure at 500
        assert reopened.run(lambda s: sign_in(s, "管理员", "correct horse", now=at(508))).ok
    finally:
        reopened.close()


def test_55_guesses_in_a_minute_are_mostly_not_even_checked(guarded) -> None:
    checked = 0
    for n in range(55):
        result = guarded.run(lambda s, t=n: sign_in(s, "管理员", f"guess-{t}", now=at(t)))
        checked += result.wait_seconds == 0
    assert checked == 8  # at 0, 1, 2, then 3 (+1), 5 (+2), 9 (+4), 17 (+8), 33 (+16); not 65


def test_unknown_logins_are_throttled_the_same_way(guarded) -> None:
    answers = [
        guarded.run(lambda s, t=n: sign_in(s, "nobody", "guess", now=at(t))).wait_seconds
        for n in range(5)
    ]
    assert answers == [0, 0, 0, 0, 1]


def test_unknown_logins_take_as_long_as_known_ones(guarded) -> None:
    def timed(login: str, second: int) -> float:
        started = time.perf_counter()
        guarded.run(lambda s: sign_in(s, login, "wrong horse", now=at(second * 1000)))
        return time.perf_counter() - started

    timed("nobody", 0)  # the dummy hash is made once per process
    known = min(timed("管理员", n) for n in range(1, 3))
    unknown = min(timed("nobody", n) for n in range(1, 3))
    assert unknown > known / 3, (known, unknown)  # it was 80 times faster


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("12345678", "most common"),
        ("password", "most common"),
        ("Password1", "most common"),
        ("qwertyuiop", "most common"),
        ("abcdefghij", "most common"),
        ("98765432", "most common"),
        ("zzzzzzzzzz", "one character repeated"),
        ("wangxiaoming", "login"),
        ("wangxiaoming2026", "login"),
        ("short", "at least 8"),
        (" padded pass ", "space"),
    ],
)
def test_guessable_passwords_are_refused(password, message) -> None:
    with pytest.raises(ValidationError, match=message):
        check_password(password, "wangxiaoming")


def test_good_passwords_pass() -> None:
    for password in ("correct horse", "li-secret-1", "红烧肉配米饭2026", "tea at four!"):
        check_password(password, "li")


def test_setting_a_common_password_changes_nothing(guarded, admin_id) -> None:
    clerk = guarded.run(
        lambda s: (
            add_user(
                s, by=admin_id, full_name="Wu", login="wu", role=Role.SALES, password="wu-secret-7"
            ).value
        )
    )
    for password in ("12345678", "password"):
        with pytest.raises(ValidationError, match="most common"):
            guarded.run(
                lambda s, p=password: set_password(s, by=admin_id, user_id=clerk.id, password=p)
            )
    assert guarded.run(lambda s: sign_in(s, "wu", "wu-secret-7")).ok
