"""Colours come from the palette: readable marked cells in a dark theme, no hex in ui/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

import erp_desktop.ui
from erp_desktop.ui import colors
from erp_desktop.ui.invoicing.credit import CreditDialog
from tests.invoicing_world import build_shop
from tests.ui.conftest import save_screenshot
from tests.ui.test_invoicing_screens import invoicing_page, type_and_enter, wait_ready

UI = Path(erp_desktop.ui.__file__).parent
ALLOWED = UI / "colors.py"
COLOUR = re.compile(
    r"#[0-9a-fA-F]{3,8}\b|QColor\(|rgba?\(|Qt\.GlobalColor|\bQt\.(red|white|black)\b"
)


def dark_palette() -> QPalette:
    """Dark theme as a desktop sets it (roughly KDE Breeze Dark / Windows dark)."""
    palette = QPalette()
    role = QPalette.ColorRole
    for name, value in (
        (role.Window, "#2a2e32"),
        (role.WindowText, "#fcfcfc"),
        (role.Base, "#1b1e20"),
        (role.AlternateBase, "#232629"),
        (role.Text, "#fcfcfc"),
        (role.Button, "#31363b"),
        (role.ButtonText, "#fcfcfc"),
        (role.Highlight, "#3daee9"),
        (role.HighlightedText, "#fcfcfc"),
        (role.ToolTipBase, "#31363b"),
        (role.ToolTipText, "#fcfcfc"),
        (role.PlaceholderText, "#a1a9b1"),
        (role.Mid, "#4d5257"),
        (role.Midlight, "#40464c"),
    ):
        palette.setColor(name, QColor(value))
    return palette


@pytest.fixture(params=["dark", "light"])
def themed(request, qapp) -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    palette = dark_palette() if request.param == "dark" else app.style().standardPalette()
    app.setPalette(palette)
    yield palette
    app.setPalette(before)


def test_no_colour_is_written_in_ui_outside_the_colours_module() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path != ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR.search(line)
    ]
    assert found == []


def test_every_marked_cell_and_accent_is_readable(themed: QPalette) -> None:
    base = themed.color(QPalette.ColorRole.Base)
    text = themed.color(QPalette.ColorRole.Text)
    assert colors.is_dark() == (base.lightness() < 128)
    backgrounds = [colors.read_only_brush().color()] + [
        colors.tinted(kind) for kind in colors.TINTS
    ]
    for background in backgrounds:
        assert colors.contrast(background, text) >= 4.5, background.name()
    for kind in colors.ACCENTS:
        assert colors.contrast(colors.accent(kind), base) >= 4.5, kind
        window = themed.color(QPalette.ColorRole.Window)
        assert colors.contrast(colors.accent(kind), window) >= 4.5, kind


def cell_contrasts(model, text: QColor) -> list[float]:
    """Contrast of every cell that has its own background with the text it shows."""
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if not isinstance(background, QBrush):
                continue
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            shown = foreground.color() if isinstance(foreground, QBrush) else text
            found.append(colors.contrast(background.color(), shown))
    return found


def test_grids_in_a_dark_theme_keep_text_readable(
    open_window, sqlite_book, admin_id, qtbot, tmp_path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        shop = build_shop(sqlite_book, admin_id)
        issued = shop.invoice(shop.line(shop.cups, "10", "11.30"))
        window = open_window(sqlite_book.location.target, "en")
        page = invoicing_page(window)
        text = app.palette().color(QPalette.ColorRole.Text)
        dialog = page.new_invoice()
        wait_ready(qtbot, dialog)
        dialog.grid.start()
        type_and_enter(qtbot, dialog.grid, "cup-500")
        type_and_enter(qtbot, dialog.grid, "3")
        invoice_cells = cell_contrasts(dialog.lines, text)
        assert invoice_cells and min(invoice_cells) >= 4.5
        dialog.dirty = False
        dialog.reject()
        credit = CreditDialog(window.ctx, issued.invoice_id, parent=window)
        qtbot.addWidget(credit)
        credit.show()
        qtbot.waitUntil(lambda: credit.model.rowCount() > 0, timeout=10_000)
        credit_cells = cell_contrasts(credit.model, text)
        assert credit_cells and min(credit_cells) >= 4.5
        credit.reject()
        for lang in ("en", "zh_CN"):
            shown = open_window(sqlite_book.location.target, lang)
            shown.resize(1024, 700)
            invoicing_page(shown)
            save_screenshot(shown, f"invoicing_dark_{lang}", tmp_path)
    finally:
        app.setPalette(before)
