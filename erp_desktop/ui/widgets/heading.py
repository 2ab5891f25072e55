"""The title of a page, form or dialog: a bold label larger than the text around it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def heading_label(text: str = "", *, scale: float = 1.3) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
