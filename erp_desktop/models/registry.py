"""Every model: importing this module registers every table on ``Base.metadata``.

Alembic, the migrator and the model/migration agreement test rely on it.
"""

from erp_desktop.models.adjustment import StockAdjustment, StockAdjustmentLine
from erp_desktop.models.audit import AuditEvent, AuditHead
from erp_desktop.models.company import Company
from erp_desktop.models.count import StockCount, StockCountLine, StockOpening
from erp_desktop.models.einvoice import EInvoiceRecord, RedConfirmation
from erp_desktop.models.invoice import Invoice, InvoiceDocument, InvoiceLine
from erp_desktop.models.item import Item, ItemReorder
from erp_desktop.models.location import Location
from erp_desktop.models.login import LoginThrottle
from erp_desktop.models.meta import BookMeta
from erp_desktop.models.party import Party
from erp_desktop.models.purchase import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    PurchaseOrderAmendment,
    PurchaseOrderLine,
    SupplierReturn,
    SupplierReturnLine,
)
from erp_desktop.models.sequence import NumberCounter, NumberSeries
from erp_desktop.models.setting import BookSetting
from erp_desktop.models.stock import StockBalance, StockMove, StockPosting
from erp_desktop.models.transfer import Transfer, TransferEvent, TransferLine
from erp_desktop.models.user import User

__all__ = [
    "AuditEvent",
    "AuditHead",
    "BookMeta",
    "BookSetting",
    "Company",
    "EInvoiceRecord",
    "GoodsReceipt",
    "GoodsReceiptLine",
    "Invoice",
    "InvoiceDocument",
    "InvoiceLine",
    "Item",
    "ItemReorder",
    "Location",
    "LoginThrottle",
    "NumberCounter",
    "NumberSeries",
    "Party",
    "PurchaseOrder",
    "PurchaseOrderAmendment",
    "PurchaseOrderLine",
    "RedConfirmation",
    "StockAdjustment",
    "StockAdjustmentLine",
    "StockBalance",
    "StockCount",
    "StockCountLine",
    "StockMove",
    "StockOpening",
    "StockPosting",
    "SupplierReturn",
    "SupplierReturnLine",
    "Transfer",
    "TransferEvent",
    "TransferLine",
    "User",
]
