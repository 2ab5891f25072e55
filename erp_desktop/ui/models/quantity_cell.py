"""A quantity typed into a table cell (receiving goods or a transfer, crediting an invoice).

Empty means no quantity. Text that does not parse is not thrown away: the
table keeps it as typed and shows it red, with the reason as tooltip, until
it is corrected.
"""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.domain.money import parse_decimal
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.ui.i18n import render


def typed_quantity(text: str, places: int) -> tuple[Decimal | None, str | None]:
    """(the exact quantity, None), (None, None) for empty text, or (None, why it is wrong)."""
    if not text:
        return None, None
    try:
        quantity = parse_decimal(text, places=places, field=QT_TRANSLATE_NOOP("fields", "Quantity"))
    except ValidationError as exc:
        return None, render(exc.message)
    return quantity, None
