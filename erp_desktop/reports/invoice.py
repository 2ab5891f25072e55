"""The sales invoice and credit note PDF, laid out like a Chinese VAT invoice.

Built on the generic document (``reports.document``): title, number and date;
buyer and seller blocks (name, tax ID, address & phone, bank & account); the
lines as a VAT invoice prints them — name, specification, unit, quantity,
unit price and amount *excluding* tax, rate, tax; the totals, a row per rate
when rates are mixed; the total with tax in Chinese capitals (大写) in Chinese
books; remarks; issuer; a QR code. English books get the same layout in
English (the total in figures). A credit note prints negative figures and
names the invoice it credits.

The QR code carries ``ERPINV1,<number>,<YYYYMMDD>,<total with tax>,<seller tax ID>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from erp_desktop.domain.amount_words import amount_in_capitals
from erp_desktop.domain.formatting import (
    format_date,
    format_money,
    format_price,
    format_quantity,
    format_rate,
    price_places,
)
from erp_desktop.domain.invoice import InvoiceState
from erp_desktop.domain.money import PRICE_PLACES, round_half_up
from erp_desktop.domain.tax import RateTotal, TaxRate
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg, cli_translator
from erp_desktop.reports.document import (
    DRAFT,
    AmountInWords,
    Column,
    Field,
    PartyBlock,
    PdfDocument,
    Text,
    company_block,
    label,
    render_document,
)
from erp_desktop.reports.views import PartyView

CREDIT_NOTE = "credit_note"
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LineView:
    line_no: int
    item_code: str  # "" for a service line
    description: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal  # as entered (the document's price mode)
    discount_percent: Decimal
    tax_rate: TaxRate
    net: Decimal
    tax: Decimal
    gross: Decimal
    unit_precision: int = 4
    credited_line_no: int | None = None  # credit notes: the invoice line credited

    @property
    def net_unit_price(self) -> Decimal:
        """Net / quantity: the unit price a Chinese VAT invoice prints (不含税单价)."""
        return round_half_up(self.net / self.quantity, PRICE_PLACES)


@dataclass(frozen=True)
class InvoiceView:
    id: int
    kind: str
    state: str
    number: str | None
    invoice_date: date
    due_date: date | None
    currency: str
    price_mode: str
    language: str
    buyer: PartyView
    seller: PartyView
    lines: tuple[LineView, ...]
    net: Decimal
    tax: Decimal
    gross: Decimal
    remarks: str
    issuer: str  # who issued it (or who is making the draft)
    payment_terms: str = ""
    original_number: str | None = None  # credit notes: the invoice they credit
    original_date: date | None = None
    credit_reason: str = ""
    replaces_number: str | None = None  # a corrected copy: the invoice it replaces
    platform_number: str | None = None  # the 数电票 number, once the tax platform issued it

    @property
    def is_credit_note(self) -> bool:
        return self.kind == CREDIT_NOTE

    @property
    def by_rate(self) -> tuple[RateTotal, ...]:
        sums: dict[TaxRate, list[Decimal]] = {}
        for line in self.lines:
            total = sums.setdefault(line.tax_rate, [ZERO, ZERO, ZERO])
            total[0] += line.net
            total[1] += line.tax
            total[2] += line.gross
        return tuple(
            RateTotal(rate, *sums[rate])
            for rate in sorted(sums, key=lambda r: (r.rate, not r.exempt), reverse=True)
        )


QR_PREFIX = "ERPINV1"
NOT_A_TAX_INVOICE = QT_TRANSLATE_NOOP(
    "reports", "Not a tax invoice (the e-invoice is issued by the tax platform)"
)
CURRENCY_SIGNS = {"CNY": "¥"}

TITLES = {
    "invoice": QT_TRANSLATE_NOOP("reports", "Sales invoice"),
    "credit_note": QT_TRANSLATE_NOOP("reports", "Credit note"),
}


def qr_payload(view: InvoiceView) -> str:
    return ",".join(
        (
            QR_PREFIX,
            view.number or "",
            view.invoice_date.strftime("%Y%m%d"),
            f"{view.gross:f}",
            view.seller.tax_id,
        )
    )


def _party(title: str, party: PartyView) -> PartyBlock:
    def joined(*parts: str) -> str:
        return " ".join(p for p in parts if p)

    return PartyBlock(
        label(title),
        (
            Field(label(QT_TRANSLATE_NOOP("reports", "Name")), party.name),
            Field(label(QT_TRANSLATE_NOOP("reports", "Tax ID")), party.tax_id),
            Field(
                label(QT_TRANSLATE_NOOP("reports", "Address and phone")),
                joined(party.address, party.phone),
            ),
            Field(
                label(QT_TRANSLATE_NOOP("reports", "Bank and account")),
                joined(party.bank_name, party.bank_account),
            ),
        ),
    )


def _remarks(view: InvoiceView) -> str:
    translate = cli_translator(view.language)
    parts: list[str] = []
    if view.is_credit_note and view.original_number:
        parts.append(
            Msg(
                QT_TRANSLATE_NOOP("reports", "Credits invoice {number} of {date}."),
                "reports",
                {
                    "number": view.original_number,
                    "date": format_date(view.original_date, view.language)
                    if view.original_date
                    else "",
                },
            ).render(translate)
        )
        if view.credit_reason:
            parts.append(
                Msg(
                    QT_TRANSLATE_NOOP("reports", "Reason: {reason}"),
                    "reports",
                    {"reason": view.credit_reason},
                ).render(translate)
            )
    if view.replaces_number:
        parts.append(
            Msg(
                QT_TRANSLATE_NOOP("reports", "Replaces invoice {number}."),
                "reports",
                {"number": view.replaces_number},
            ).render(translate)
        )
    if view.remarks:
        parts.append(view.remarks)
    return "\n".join(parts)


def invoice_document(view: InvoiceView) -> PdfDocument:
    """The document model of an invoice or credit note (render it with ``render_invoice``)."""
    translate = cli_translator(view.language)
    places = price_places(line.net_unit_price for line in view.lines)
    rows = tuple(
        (
            str(line.line_no),
            line.description,
            line.spec,
            line.unit,
            format_quantity(line.quantity),
            format_price(line.net_unit_price, places),
            format_money(line.net),
            format_rate(line.tax_rate, translate),
            format_money(line.tax),
        )
        for line in view.lines
    )
    totals: list[tuple[Text, ...]] = []
    breakdown = view.by_rate
    if len(breakdown) > 1:
        for rate in breakdown:
            totals.append(
                (
                    Msg(
                        QT_TRANSLATE_NOOP("reports", "Subtotal {rate}"),
                        "reports",
                        {"rate": format_rate(rate.tax_rate, translate)},
                    ).render(translate),
                    "",
                    "",
                    "",
                    "",
                    "",
                    format_money(rate.net),
                    "",
                    format_money(rate.tax),
                )
            )
    totals.append(
        (
            label(QT_TRANSLATE_NOOP("reports", "Total")),
            "",
            "",
            "",
            "",
            "",
            format_money(view.net),
            "",
            format_money(view.tax),
        )
    )
    sign = CURRENCY_SIGNS.get(view.currency, f"{view.currency} ")
    figure = sign + format_money(view.gross)
    if view.language.startswith("zh") and view.currency == "CNY":
        in_words = AmountInWords(
            words=amount_in_capitals(view.gross),
            figure=figure,
            label=label(QT_TRANSLATE_NOOP("reports", "Total with tax (in words)")),
        )
    else:
        in_words = AmountInWords(
            words=figure,
            figure="",
            label=label(QT_TRANSLATE_NOOP("reports", "Total with tax")),
            figure_label="",
        )
    fields = [Field(label(QT_TRANSLATE_NOOP("reports", "Currency")), view.currency)]
    if view.due_date is not None:
        fields.append(
            Field(
                label(QT_TRANSLATE_NOOP("reports", "Due date")),
                format_date(view.due_date, view.language),
            )
        )
    if view.payment_terms and not view.is_credit_note:
        fields.append(
            Field(label(QT_TRANSLATE_NOOP("reports", "Payment terms")), view.payment_terms)
        )
    number = view.number or DRAFT.render(translate)
    return PdfDocument(
        title=label(TITLES[view.kind]),
        number=number,
        date=view.invoice_date,
        language=view.language,
        company=company_block(view.seller),
        columns=(
            Column(label(QT_TRANSLATE_NOOP("reports", "Line")), 0.45, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Item")), 2.6),
            Column(label(QT_TRANSLATE_NOOP("reports", "Specification")), 1.5),
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit")), 0.55, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Quantity")), 0.85, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit price")), 1.0, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Amount")), 1.15, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Tax rate")), 0.7, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Tax")), 1.0, "right"),
        ),
        rows=rows,
        totals=tuple(totals),
        parties=(
            _party(QT_TRANSLATE_NOOP("reports", "Buyer"), view.buyer),
            _party(QT_TRANSLATE_NOOP("reports", "Seller"), view.seller),
        ),
        # Legally the VAT invoice is the platform's 数电票: say so until ours carries its number.
        fields=(
            *fields,
            Field(
                label(QT_TRANSLATE_NOOP("reports", "E-invoice number")),
                view.platform_number or label(NOT_A_TAX_INVOICE).render(translate),
            ),
        ),
        amount_in_words=in_words,
        remarks=_remarks(view),
        remarks_box=True,  # 备注 is part of the invoice's form, written in or not
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Payee")),
            label(QT_TRANSLATE_NOOP("reports", "Reviewer")),
            Field(label(QT_TRANSLATE_NOOP("reports", "Issuer")), view.issuer),
        ),
        seal=label(QT_TRANSLATE_NOOP("reports", "Seller (seal)")),
        qr_payload=qr_payload(view) if view.number else None,
        # a printed draft never passes
        watermark=DRAFT if view.state == InvoiceState.DRAFT else None,
    )


def render_invoice(view: InvoiceView) -> bytes:
    """The PDF bytes; equal views give equal bytes (ReportLab's invariant mode)."""
    return render_document(invoice_document(view))
