"""Sales invoices and credit notes (红字发票), their lines and their stored PDFs.

One table holds both kinds: a credit note is an invoice with ``kind =
'credit_note'``, negative quantities and amounts, and a link to the invoice
it credits (``original_id``; each line to the line it credits). A draft may
change and be deleted; issuing gives the number, freezes the buyer and
seller blocks and the totals, posts the stock and stores the rendered PDF in
``invoice_document`` — after that the rows never change again, except the
original invoice's state when credit notes are issued against it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The tables its foreign keys point to must be known when a row is flushed.
import erp_desktop.models.item
import erp_desktop.models.location
import erp_desktop.models.party
import erp_desktop.models.stock
import erp_desktop.models.user  # noqa: F401
from erp_desktop.db.base import Base
from erp_desktop.db.types import BigId, Money, Quantity, Rate, UnitPrice, utc_now
from erp_desktop.domain.invoice import InvoiceKind, InvoiceState


class Invoice(Base):
    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint("kind IN ('invoice', 'credit_note')", name="kind"),
        CheckConstraint(
            "state IN ('draft', 'issued', 'partially_credited', 'credited')", name="state"
        ),
        CheckConstraint("price_mode IN ('inclusive', 'exclusive')", name="price_mode"),
        CheckConstraint("kind = 'invoice' OR original_id IS NOT NULL", name="credit_original"),
        Index("ix_invoice_kind_date", "kind", "invoice_date"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), default=InvoiceKind.INVOICE)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)  # given at issue
    state: Mapped[str] = mapped_column(String(20), default=InvoiceState.DRAFT, index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    # Invoices: the warehouse the goods leave from. Credit notes: where returned goods go
    # (NULL when nothing comes back).
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    invoice_date: Mapped[date] = mapped_column(index=True)
    due_date: Mapped[date | None]
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    price_mode: Mapped[str] = mapped_column(String(10), default="inclusive")
    remarks: Mapped[str] = mapped_column(String(500), default="")
    original_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("invoice.id"), index=True
    )  # credit notes: the invoice they credit
    replaces_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("invoice.id")
    )  # a corrected copy ("credit and re-issue"): the invoice it replaces
    credit_reason: Mapped[str] = mapped_column(String(200), default="")
    # Frozen at issue: the language of the PDF, and the buyer and seller blocks.
    language: Mapped[str] = mapped_column(String(10), default="")
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_tax_id: Mapped[str] = mapped_column(String(30), default="")
    buyer_address: Mapped[str] = mapped_column(String(300), default="")
    buyer_phone: Mapped[str] = mapped_column(String(50), default="")
    buyer_bank_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_bank_account: Mapped[str] = mapped_column(String(50), default="")
    seller_name: Mapped[str] = mapped_column(String(200), default="")
    seller_tax_id: Mapped[str] = mapped_column(String(30), default="")
    seller_address: Mapped[str] = mapped_column(String(300), default="")
    seller_phone: Mapped[str] = mapped_column(String(50), default="")
    seller_bank_name: Mapped[str] = mapped_column(String(200), default="")
    seller_bank_account: Mapped[str] = mapped_column(String(50), default="")
    # Sums of the lines (kept on drafts too, so lists can total them); frozen at issue.
    net_total: Mapped[Money] = mapped_column(default=Decimal(0))
    tax_total: Mapped[Money] = mapped_column(default=Decimal(0))
    gross_total: Mapped[Money] = mapped_column(default=Decimal(0))
    # Read by nothing since 0011_one_key: the key of an issue is ``stock_posting.key``
    # (services.stock.posting.replay_of). Kept until SQLite can drop it safely.
    issue_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    posting_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("stock_posting.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    issued_at: Mapped[datetime | None]

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice",
        order_by="InvoiceLine.line_no",
        cascade="all, delete-orphan",
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    __table_args__ = (
        CheckConstraint("quantity <> 0", name="not_zero"),
        CheckConstraint("unit_price >= 0", name="price"),
        # Only comparisons with 0: on SQLite exact decimals are scaled integers, so a
        # literal like 100 would not mean 100 % there.
        CheckConstraint("discount_percent >= 0", name="discount"),
        CheckConstraint("tax_rate >= 0", name="tax_rate"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    line_no: Mapped[int]
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"))  # NULL: a service line
    description: Mapped[str] = mapped_column(String(200))  # the name printed
    spec: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[Quantity]  # negative on credit notes
    unit_price: Mapped[UnitPrice]  # as entered: inclusive or exclusive (the invoice's mode)
    discount_percent: Mapped[Rate] = mapped_column(default=Decimal(0))
    tax_rate: Mapped[Rate]  # a fraction, 0.1300
    tax_exempt: Mapped[bool] = mapped_column(default=False)  # 免税 (rate 0, shown apart)
    net: Mapped[Money]
    tax: Mapped[Money]
    gross: Mapped[Money]
    # frozen at issue from the item (services.einvoice.codes): what the platform needs
    tax_code: Mapped[str] = mapped_column(String(19), default="")
    zero_rate_kind: Mapped[str] = mapped_column(String(12), default="")
    credited_line_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("invoice_line.id"), index=True
    )  # credit note lines: the invoice line they credit

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class InvoiceDocument(Base):
    """The PDF as the customer got it: rendered once at issue, reprinted byte for byte."""

    __tablename__ = "invoice_document"

    invoice_id: Mapped[int] = mapped_column(BigId, ForeignKey("invoice.id"), primary_key=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
