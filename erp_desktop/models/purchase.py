"""Purchasing: purchase orders (with their amendments), goods receipts, supplier returns.

An order's lines keep what was agreed: the unit ordered in and its factor to
the item's base unit, the price per that unit, the tax rate and the rounded
amounts. ``received_quantity`` (base unit) is what came in minus what went
back; ``erp-desktop check`` proves it equals the receipt and return lines.
Receipts and returns are posted documents: they never change after posting,
except that a receipt line counts what has been returned from it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.item
import erp_desktop.models.location
import erp_desktop.models.party
import erp_desktop.models.stock
import erp_desktop.models.user  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import BigId, Money, Quantity, Rate, UnitPrice, utc_now
from erp_desktop.domain.purchase import OrderState


class PurchaseOrder(Base):
    __tablename__ = "purchase_order"
    __table_args__ = (
        CheckConstraint(
            "state IN ('draft', 'confirmed', 'partially_received', 'received', 'cancelled',"
            " 'closed')",
            name="state",
        ),
        CheckConstraint("exchange_rate > 0", name="exchange_rate"),
        Index("ix_purchase_order_supplier_date", "supplier_id", "order_date"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)  # given at confirmation
    state: Mapped[str] = mapped_column(String(20), default=OrderState.DRAFT, index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("location.id"))  # where goods go
    order_date: Mapped[date] = mapped_column(index=True)
    expected_date: Mapped[date | None]
    currency: Mapped[str] = mapped_column(String(3))
    # Book currency per unit of the order's currency; 1 when they are the same.
    exchange_rate: Mapped[UnitPrice] = mapped_column(default=Decimal(1))
    notes: Mapped[str] = mapped_column(String(1000), default="")
    net_total: Mapped[Money] = mapped_column(default=Decimal(0))
    tax_total: Mapped[Money] = mapped_column(default=Decimal(0))
    gross_total: Mapped[Money] = mapped_column(default=Decimal(0))
    version: Mapped[int] = mapped_column(default=0)  # amendments after confirmation
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    confirmed_at: Mapped[datetime | None]
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))  # cancel/close
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str] = mapped_column(String(500), default="")

    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="order",
        order_by="PurchaseOrderLine.line_no",
        cascade="all, delete-orphan",
    )


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_line"
    __table_args__ = (
        CheckConstraint("quantity > 0 AND base_quantity > 0 AND factor > 0", name="positive"),
        CheckConstraint("unit_price >= 0 AND unit_cost >= 0", name="price"),
        CheckConstraint("received_quantity >= 0", name="received"),
        UniqueConstraint("order_id", "line_no"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("purchase_order.id", ondelete="CASCADE")
    )
    line_no: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    unit: Mapped[str] = mapped_column(String(20))  # the unit ordered in
    factor: Mapped[Quantity]  # base units in one ordered unit (1 for the base unit)
    quantity: Mapped[Quantity]  # in the ordered unit
    base_quantity: Mapped[Quantity]  # quantity × factor
    unit_price: Mapped[UnitPrice]  # net (tax-exclusive), per ordered unit, order currency
    tax_rate: Mapped[Rate | None]  # a fraction; NULL: tax-exempt
    net_amount: Mapped[Money]
    tax_amount: Mapped[Money]
    gross_amount: Mapped[Money]
    unit_cost: Mapped[UnitPrice]  # net per base unit in the book's currency: stock value
    received_quantity: Mapped[Quantity] = mapped_column(default=Decimal(0))  # base unit

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")


class PurchaseOrderAmendment(Base):
    """A recorded change of a confirmed order: what changed, who, when and why."""

    __tablename__ = "purchase_order_amendment"
    __table_args__ = (UniqueConstraint("order_id", "version"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("purchase_order.id"))
    version: Mapped[int]
    amended_at: Mapped[datetime]
    amended_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    reason: Mapped[str] = mapped_column(String(500))
    changes: Mapped[str] = mapped_column(Text)  # JSON: [{line, field, before, after}, …]


class GoodsReceipt(Base):
    __tablename__ = "goods_receipt"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("purchase_order.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("location.id"))  # may differ from order's
    receipt_date: Mapped[date]
    note: Mapped[str] = mapped_column(String(500), default="")
    # Set in the same transaction, right after the moves are posted.
    posting_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("stock_posting.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    lines: Mapped[list[GoodsReceiptLine]] = relationship(
        back_populates="receipt", order_by="GoodsReceiptLine.line_no"
    )


class GoodsReceiptLine(Base):
    __tablename__ = "goods_receipt_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive"),
        CheckConstraint(
            "returned_quantity >= 0 AND returned_quantity <= quantity", name="returned"
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(BigId, ForeignKey("goods_receipt.id"), index=True)
    line_no: Mapped[int]
    order_line_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("purchase_order_line.id"), index=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    quantity: Mapped[Quantity]  # base unit
    unit_cost: Mapped[UnitPrice]  # the order line's cost in the book's currency
    value: Mapped[Money]
    returned_quantity: Mapped[Quantity] = mapped_column(default=Decimal(0))
    returned_value: Mapped[Money] = mapped_column(default=Decimal(0))

    receipt: Mapped[GoodsReceipt] = relationship(back_populates="lines")


class SupplierReturn(Base):
    __tablename__ = "supplier_return"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("purchase_order.id"), index=True)
    receipt_id: Mapped[int] = mapped_column(BigId, ForeignKey("goods_receipt.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    return_date: Mapped[date]
    reason: Mapped[str] = mapped_column(String(500), default="")
    posting_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("stock_posting.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    lines: Mapped[list[SupplierReturnLine]] = relationship(
        back_populates="supplier_return", order_by="SupplierReturnLine.line_no"
    )


class SupplierReturnLine(Base):
    __tablename__ = "supplier_return_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="positive"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    return_id: Mapped[int] = mapped_column(BigId, ForeignKey("supplier_return.id"), index=True)
    line_no: Mapped[int]
    receipt_line_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("goods_receipt_line.id"), index=True
    )
    order_line_id: Mapped[int] = mapped_column(BigId, ForeignKey("purchase_order_line.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    quantity: Mapped[Quantity]  # base unit
    unit_cost: Mapped[UnitPrice]
    value: Mapped[Money]

    supplier_return: Mapped[SupplierReturn] = relationship(back_populates="lines")
