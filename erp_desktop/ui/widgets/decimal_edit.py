"""Typing money and quantities: a line edit that yields exact Decimals.

Parsing follows ``domain.money.parse_decimal`` (full-width digits accepted,
NaN/Infinity/exponents refused, no more places than allowed). Bad text stays
as typed, marked red with the reason as tooltip; ``value()`` raises the
ValidationError for the form to show. No QDoubleSpinBox: floats never touch
money.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from erp_desktop.domain.formatting import format_decimal
from erp_desktop.domain.money import parse_decimal
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.ui import colors
from erp_desktop.ui.i18n import render


class DecimalEdit(QLineEdit):
    value_changed = Signal()

    def __init__(
        self,
        places: int,
        parent: QWidget | None = None,
        *,
        allow_negative: bool = False,
        allow_empty: bool = True,
        field: str = QT_TRANSLATE_NOOP("fields", "Value"),
    ) -> None:
        super().__init__(parent)
        self.places = places
        self.allow_negative = allow_negative
        self.allow_empty = allow_empty
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(32)
        self.textChanged.connect(self._check)

    def value(self) -> Decimal | None:
        """The exact value, None when empty (and allowed); raises ValidationError."""
        if not self.text().strip() and self.allow_empty:
            return None
        return parse_decimal(
            self.text(), places=self.places, allow_negative=self.allow_negative, field=self.field
        )

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else format_decimal(value, self.places, grouping=False))

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValidationError:
            return False
        return True

    def _check(self) -> None:
        try:
            self.value()
        except ValidationError as exc:
            self.setStyleSheet(colors.invalid_edit_style())
            self.setToolTip(render(exc.message))
        else:
            self.setStyleSheet("")
            self.setToolTip("")
            self.value_changed.emit()
