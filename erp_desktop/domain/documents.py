"""What kind of document a stock move belongs to (``stock_move.doc_type``).

The values are the strings stored in the book; ``DocType`` is a ``StrEnum``,
so a value read back from either database compares equal to its member.
"""

from __future__ import annotations

from enum import StrEnum

from erp_desktop.i18n import QT_TRANSLATE_NOOP


class DocType(StrEnum):
    OPENING = "opening"
    RECEIPT = "receipt"
    SUPPLIER_RETURN = "supplier_return"
    COUNT = "count"
    ADJUSTMENT = "adjustment"
    REVERSAL = "reversal"
    TRANSFER_SHIP = "transfer_ship"
    TRANSFER_RECEIPT = "transfer_receipt"
    TRANSFER_SHORTAGE = "transfer_shortage"
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


TRANSFER_DOC_TYPES = (DocType.TRANSFER_SHIP, DocType.TRANSFER_RECEIPT, DocType.TRANSFER_SHORTAGE)

# What a move's document type is called on screens (context "documents"); "transfer"
# names the transfer document itself (seals and audit subjects use it).
DOC_TYPE_LABELS = {
    DocType.ADJUSTMENT: QT_TRANSLATE_NOOP("documents", "stock adjustment"),
    DocType.COUNT: QT_TRANSLATE_NOOP("documents", "stock count"),
    DocType.OPENING: QT_TRANSLATE_NOOP("documents", "opening stock"),
    DocType.REVERSAL: QT_TRANSLATE_NOOP("documents", "reversal"),
    DocType.RECEIPT: QT_TRANSLATE_NOOP("documents", "goods receipt"),
    DocType.SUPPLIER_RETURN: QT_TRANSLATE_NOOP("documents", "supplier return"),
    "transfer": QT_TRANSLATE_NOOP("documents", "transfer"),
    DocType.INVOICE: QT_TRANSLATE_NOOP("documents", "sales invoice"),
    DocType.CREDIT_NOTE: QT_TRANSLATE_NOOP("documents", "credit note"),
}
