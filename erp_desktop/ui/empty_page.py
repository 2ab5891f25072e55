"""An honest empty state: what a page will hold, and that it is not there yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from erp_desktop.ui.widgets.heading import heading_label


class EmptyStatePage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = heading_label(title, scale=1.6)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMinimumWidth(240)
        body.setMaximumWidth(520)
        # Stretches instead of an alignment flag: an aligned word-wrapped label gets a
        # wrong height and is clipped.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body, 10)
        row.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(2)
