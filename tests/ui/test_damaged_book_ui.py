"""Opening a damaged book file in the window: a plain message, and no book open."""

from __future__ import annotations

import pytest

from tests.cli.test_damaged_book import truncate
from tests.ui.conftest import close_message_box, on_next_modal

pytestmark = pytest.mark.gui


def test_a_truncated_book_is_named_damaged_when_opened(open_window, sqlite_book, qtbot) -> None:
    path = sqlite_book.location.path
    sqlite_book.close()
    truncate(path)
    seen = on_next_modal(close_message_box)
    window = open_window(str(path), "en", wait_ready=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert f"The book file {path} is damaged (database disk image is malformed)" in seen[0]
    qtbot.waitUntil(lambda: window.ctx.opened is None and not window.nav.isEnabled())
