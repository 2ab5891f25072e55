"""The generic business document: plain data in, PDF bytes out.

Area code (purchase order, goods receipt, transfer note, count sheet, invoice,
credit note) builds a :class:`PdfDocument` from its own records and calls
:func:`render_document`. Labels are :class:`~erp_desktop.i18n.Msg` objects made
with :func:`label` (translated into the document's language when rendering);
every plain ``str`` is the user's data and prints literally, whatever
characters it holds. Numbers arrive already formatted (``domain.formatting``)
so that each area decides its places; the layout only aligns them.

Every page repeats the company header, the title, number and date, and the
header row of the lines table; the footer says "page x / y". Equal input gives
equal bytes (ReportLab's invariant mode), so a stored PDF can be compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from erp_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Msg
from erp_desktop.reports.views import PartyView

Align = Literal["left", "center", "right"]
Text = str | Msg  # str: literal user data; Msg: a label to translate


def label(text: str) -> Msg:
    """A report label; mark the text with QT_TRANSLATE_NOOP("reports", …) where it is written."""
    return Msg(text, "reports")


DRAFT = label(QT_TRANSLATE_NOOP("reports", "Draft"))  # the watermark of unissued documents


@dataclass(frozen=True)
class Column:
    """One column of the lines table; ``width`` is its share of the table's width."""

    label: Text
    width: float = 1.0
    align: Align = "left"


@dataclass(frozen=True)
class Field:
    """``label: value`` — a document field (warehouse, due date) or a party's detail."""

    label: Text
    value: str


@dataclass(frozen=True)
class PartyBlock:
    """A boxed block such as Buyer / Seller / Supplier / Ship to."""

    title: Text
    lines: tuple[Field | str, ...] = ()


@dataclass(frozen=True)
class CompanyBlock:
    """The issuing company, printed at the top of every page."""

    name: str
    lines: tuple[str, ...] = ()  # address and phone, tax ID … (printed small under the name)


def company_block(company: PartyView) -> CompanyBlock:
    """The header of every document: name, then address and phone, tax ID, bank and account."""
    lines = (
        "  ".join(part for part in (company.address, company.phone) if part),
        company.tax_id,
        "  ".join(part for part in (company.bank_name, company.bank_account) if part),
    )
    return CompanyBlock(company.name, tuple(line for line in lines if line))


@dataclass(frozen=True)
class AmountInWords:
    """价税合计（大写） ⊗壹仟… （小写）¥1,234.56 — ``words`` from amount_in_capitals."""

    words: str
    figure: str
    label: Text = field(
        default_factory=lambda: label(QT_TRANSLATE_NOOP("reports", "Total (in words)"))
    )
    figure_label: Text = field(
        default_factory=lambda: label(QT_TRANSLATE_NOOP("reports", "(in figures)"))
    )


@dataclass(frozen=True)
class PdfDocument:
    title: Text
    number: str
    date: date
    language: str  # "zh_CN" or "en"
    company: CompanyBlock
    columns: tuple[Column, ...]
    rows: tuple[tuple[Text, ...], ...]
    parties: tuple[PartyBlock, ...] = ()
    fields: tuple[Field, ...] = ()
    totals: tuple[tuple[Text, ...], ...] = ()  # rows under the lines, same columns, bold
    amount_in_words: AmountInWords | None = None
    remarks: str = ""
    remarks_box: bool = False  # print the remarks box even when empty (备注 of an invoice)
    # boxes to sign: a label (制单人, 审核, 收货人 …) with a blank line, or a Field whose
    # value prints on the line (开票人: the user who issued the document)
    signatures: tuple[Text | Field, ...] = ()
    seal: Text | None = None  # a framed area for the company's stamp, e.g. 销售方（章）
    qr_payload: str | None = None
    landscape: bool = False
    watermark: Text | None = None  # across every page, e.g. label("Draft") before issuing
    number_label: Text = field(default_factory=lambda: label(QT_TRANSLATE_NOOP("reports", "No.")))
    date_label: Text = field(default_factory=lambda: label(QT_TRANSLATE_NOOP("reports", "Date")))

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown document language {self.language!r}")
        if not self.columns:
            raise ValueError("a document needs at least one column")
        for kind, rows in (("row", self.rows), ("totals row", self.totals)):
            for index, row in enumerate(rows, start=1):
                if len(row) != len(self.columns):
                    raise ValueError(
                        f"{kind} {index} has {len(row)} cells for {len(self.columns)} columns"
                    )


def render_document(document: PdfDocument) -> bytes:
    """The document as PDF bytes (A4; fonts embedded; deterministic)."""
    from erp_desktop.reports.layout import build_pdf

    return build_pdf(document)


def column_widths(columns: Sequence[Column], total: float) -> list[float]:
    shares = sum(column.width for column in columns)
    return [total * column.width / shares for column in columns]
