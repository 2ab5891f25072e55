"""Signing in to a server book is connecting as one's own role (services/server_signin.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from erp_desktop.domain.passwords import FREE_FAILURES, delay_after
from erp_desktop.domain.permissions import Role
from erp_desktop.errors import UserDisabled, ValidationError
from erp_desktop.services.accounts import add_user, choose_first_password, set_active
from erp_desktop.services.server_signin import SignInDelays, reopen_as, sign_in_to_server

pytestmark = pytest.mark.postgresql

CLERK_PASSWORD = "clerk-pass-2026"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clerk(pg_book):
    pg_book.run(lambda s: choose_first_password(s, 1, "admin-pass-2026"))
    return pg_book.run(
        lambda s: (
            add_user(
                s, by=1, full_name="Sales Wu", login="wu", role=Role.SALES, password=CLERK_PASSWORD
            ).value
        )
    )


def test_the_session_is_the_users_own_role(pg_book, clerk) -> None:
    opened = reopen_as(pg_book, "Wu", CLERK_PASSWORD)  # logins are matched folded
    try:
        me = opened.book.read(lambda s: s.execute(text("SELECT current_user")).scalar())
        assert me == f"{pg_book.meta('role_prefix')}.wu"
        assert opened.user is not None and opened.user.id == clerk.id
        assert opened.owner == pg_book.location.without_password()
        assert opened.owner.password is None
    finally:
        opened.book.close()
    events = pg_book.read(
        lambda s: s.execute(text("SELECT action, user_id FROM audit_event ORDER BY id")).all()
    )
    assert events[-1] == ("user.login", clerk.id)


def test_wrong_passwords_wait_like_an_offline_sign_in(pg_book, clerk) -> None:
    clock = Clock()
    delays = SignInDelays(clock)
    location = pg_book.location
    prefix = pg_book.meta("role_prefix")
    for _ in range(FREE_FAILURES):
        with pytest.raises(ValidationError, match="not right"):
            sign_in_to_server(location, "wu", "guess-1234", prefix=prefix, delays=delays)
    # now even the right password is not sent until the wait is over
    for failures in (FREE_FAILURES, FREE_FAILURES + 1):
        with pytest.raises(ValidationError, match=f"Wait {delay_after(failures)} s"):
            sign_in_to_server(location, "wu", CLERK_PASSWORD, prefix=prefix, delays=delays)
        clock.now += delay_after(failures)
        if failures == FREE_FAILURES:
            with pytest.raises(ValidationError, match="not right"):
                sign_in_to_server(location, "wu", "guess-1234", prefix=prefix, delays=delays)
    for _ in range(FREE_FAILURES):  # an unknown login is answered and counted alike
        with pytest.raises(ValidationError, match="not right"):
            sign_in_to_server(location, "nobody", "guess-1234", prefix=prefix, delays=delays)
    with pytest.raises(ValidationError, match="Wait 1 s"):
        sign_in_to_server(location, "nobody", "guess-1234", prefix=prefix, delays=delays)
    opened = sign_in_to_server(location, "wu", CLERK_PASSWORD, prefix=prefix, delays=delays)
    opened.book.close()
    host, port, database, _user = location.server
    assert delays.wait_seconds((host, port, database, "wu")) == 0  # the right one clears it


def test_a_disabled_user_is_told_so_and_cannot_connect(pg_book, clerk) -> None:
    pg_book.run(lambda s: set_active(s, by=1, user_id=clerk.id, active=False))
    with pytest.raises(UserDisabled) as refused:
        sign_in_to_server(
            pg_book.location, "wu", CLERK_PASSWORD, prefix=pg_book.meta("role_prefix")
        )
    assert "This user is disabled" in refused.value.render()
