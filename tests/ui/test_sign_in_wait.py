"""The sign-in dialog says how long a guessed-at login must wait (services/accounts)."""

from __future__ import annotations

from datetime import timedelta

from erp_desktop.db.types import utc_now
from erp_desktop.domain.passwords import delay_after
from erp_desktop.services.accounts import choose_first_password, sign_in
from erp_desktop.ui.dialogs.login import LoginDialog
from tests.ui.conftest import on_next_modal


def test_a_throttled_login_is_told_to_wait(open_window, sqlite_book, qtbot) -> None:
    sqlite_book.run(lambda s: choose_first_password(s, 1, "correct horse").value)
    at = utc_now() - timedelta(seconds=600)
    for failures in range(1, 13):  # someone guessed, each time when allowed
        sqlite_book.run(lambda s, at=at: sign_in(s, "管理员", "guess", now=at))
        at += timedelta(seconds=delay_after(failures))
    # the 12th failure was ~90 s ago: the next check waits 512 s
    seen: dict[str, str] = {}

    def sign_in_once(dialog) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.login_edit.setText("管理员")
        qtbot.keyClicks(dialog.password_edit, "correct horse")
        dialog.submit()
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
        seen["error"] = dialog.error_label.text()
        dialog.reject()

    on_next_modal(sign_in_once)
    window = open_window(str(sqlite_book.location.target), "en", wait_ready=False)
    qtbot.waitUntil(lambda: "error" in seen, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    assert seen["error"].startswith("Too many failed sign-ins with this user name. Wait ")
    assert seen["error"].endswith(" s, then try again.")
    assert window.ctx.opened is None  # nobody got in
