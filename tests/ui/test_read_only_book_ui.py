"""A book file that cannot be written here: the window says read-only in its title, its
status bar and a banner."""

from __future__ import annotations

import pytest

from tests.db.test_read_only_book import read_only_file  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui


def test_a_read_only_file_shows_read_only(open_window, read_only_file, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = open_window(str(read_only_file), "en")
    assert window.ctx.book.file_read_only
    assert window.windowTitle() == "测试商贸有限公司 (read-only) — ERP Desktop"
    assert window.mode_label.text() == f"Read-only: {read_only_file}"
    assert window.banner.isVisible()
    assert window.banner.text.text().startswith("This book file is read-only here")
