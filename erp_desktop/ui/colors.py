"""Every colour the screens use, taken from the palette or chosen per light/dark.

This is the one module of ``ui/`` allowed to name a colour (a test checks
it). Cell backgrounds are the palette's Base blended a little towards the
Text colour or towards a tint, so that the palette's Text stays readable on
them in a light and in a dark theme; accent texts (an error, a shortage, a
state) have a light-theme and a dark-theme shade, picked by the palette's
Window lightness. The palette is read when a widget asks, so a screen built
after a theme change follows it.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

# (light theme, dark theme): texts readable on Base/Window of that theme (WCAG ≥ 4.5)
ACCENTS = {
    "error": ("#b00020", "#ff8a80"),
    "ok": ("#1b5e20", "#a5d6a7"),
    "warning": ("#b34700", "#ffb74d"),
    "draft": ("#424242", "#cfcfcf"),
    "confirmed": ("#1565c0", "#90caf9"),
    "partially_received": ("#b34700", "#ffb74d"),
    "received": ("#1b5e20", "#a5d6a7"),
    "cancelled": ("#5f5f5f", "#a8a8a8"),
    "closed": ("#6d4c41", "#bcaaa4"),
}
# tints blended into Base for marked cells and bars
TINTS = {
    "error": "#e53935",
    "entry": "#ffd600",
    "shortage": "#ffb300",
    "warning": "#ffc107",
    "info": "#2979ff",
}


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(colors: QPalette | None = None) -> bool:
    return (colors or palette()).color(QPalette.ColorRole.Window).lightness() < 128


def blend(base: QColor, other: QColor, share: float) -> QColor:
    """``share`` of ``other`` over ``base`` (0 = base, 1 = other)."""
    return QColor(
        round(base.red() + (other.red() - base.red()) * share),
        round(base.green() + (other.green() - base.green()) * share),
        round(base.blue() + (other.blue() - base.blue()) * share),
    )


def accent(kind: str, colors: QPalette | None = None) -> QColor:
    light, dark = ACCENTS[kind]
    return QColor(dark if is_dark(colors) else light)


def text_style(kind: str) -> str:
    """A style sheet giving a label the accent text colour ``kind``."""
    return f"color: {accent(kind).name()};"


def tinted(kind: str, colors: QPalette | None = None) -> QColor:
    """Base with a little of the tint ``kind``: the palette's Text stays readable on it."""
    colors = colors or palette()
    share = 0.22 if is_dark(colors) else 0.18
    return blend(colors.color(QPalette.ColorRole.Base), QColor(TINTS[kind]), share)


def read_only_brush() -> QBrush:
    """Cells the user cannot type in: Base moved slightly towards Text."""
    colors = palette()
    base, text = colors.color(QPalette.ColorRole.Base), colors.color(QPalette.ColorRole.Text)
    return QBrush(blend(base, text, 0.07))


def tint_brush(kind: str) -> QBrush:
    return QBrush(tinted(kind))


def accent_brush(kind: str) -> QBrush:
    return QBrush(accent(kind))


def banner_style(kind: str) -> str:
    """The bar above the pages: a tinted Window with a border of the tint itself."""
    colors = palette()
    background = blend(colors.color(QPalette.ColorRole.Window), QColor(TINTS[kind]), 0.25)
    return (
        f"QFrame#banner {{ background: {background.name()}; "
        f"border-bottom: 1px solid {QColor(TINTS[kind]).name()}; }}"
    )


def invalid_edit_style() -> str:
    """A line edit holding something it cannot accept."""
    return (
        f"QLineEdit {{ border: 1px solid {accent('error').name()}; "
        f"background: {tinted('error').name()}; }}"
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.red())
            + 0.7152 * channel(color.green())
            + 0.0722 * channel(color.blue())
        )

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)
