"""The editable line grid of documents (orders, transfers, invoices, adjustments).

``LineGridModel`` holds plain row dicts; ``LineGridView`` lets a clerk enter
lines from the keyboard alone: type an item code, name or barcode (a lookup
pops up), Enter, the quantity, Enter, … a new blank line is always at the
end. Bad numbers stay as typed, red, with the reason as tooltip.
"""

from erp_desktop.ui.grid.model import GridColumn, LineGridModel
from erp_desktop.ui.grid.view import LineGridView

__all__ = ["GridColumn", "LineGridModel", "LineGridView"]
