"""A specimen sales document: how an area builds a PdfDocument from its figures.

Used by the tests, the PDF benchmark and previews (a company's letterhead in
the settings). Real documents are built the same way by their area's
``reports`` module from the plain view ``services/<area>/printing.py`` fills:
compute with ``domain.tax``, format with ``domain.formatting``, label with
``label(QT_TRANSLATE_NOOP("reports", …))``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from erp_desktop.domain.amount_words import amount_in_capitals
from erp_desktop.domain.formatting import format_money, format_price, format_quantity, format_rate
from erp_desktop.domain.tax import VAT_9, VAT_13, LineInput, PriceMode, compute_document
from erp_desktop.i18n import QT_TRANSLATE_NOOP, cli_translator
from erp_desktop.reports.document import (
    AmountInWords,
    Column,
    CompanyBlock,
    Field,
    PartyBlock,
    PdfDocument,
    label,
)

_GOODS = (
    ("不锈钢保温杯", "500ml 银色", "个"),
    ("A4 复印纸 Double A", "80g 500张/包", "包"),
    ("办公椅 Ergo-200", "黑色 网面", "把"),
    ("LED 台灯", "USB 5W", "台"),
    ("中性笔 0.5mm", "蓝色 12支/盒", "盒"),
    ("文件柜", "1800×900×400mm", "组"),
)


def specimen_document(
    language: str = "zh_CN", lines: int = 6, *, seed: int = 0, qr: bool = True
) -> PdfDocument:
    """A tax-inclusive sales document of ``lines`` lines; ``seed`` varies names and figures."""
    entries = []
    goods = []
    for index in range(lines):
        name, spec, unit = _GOODS[(index + seed) % len(_GOODS)]
        quantity = Decimal(1 + (index * 7 + seed) % 40)
        price = Decimal(1000 + (index * 3917 + seed * 131) % 90000).scaleb(-2)
        rate = VAT_9 if (index + seed) % 5 == 4 else VAT_13
        entries.append(LineInput(quantity, price, rate))
        goods.append((f"{name} #{seed}-{index + 1}", spec, unit))
    taxes = compute_document(entries, PriceMode.INCLUSIVE)
    translate = cli_translator(language)
    rows = tuple(
        (
            str(line.line),
            name,
            spec,
            unit,
            format_quantity(line.quantity),
            format_price(line.net_unit_price),
            format_money(line.net),
            format_rate(line.tax_rate, translate),
            format_money(line.tax),
        )
        for line, (name, spec, unit) in zip(taxes.lines, goods, strict=True)
    )
    total = label(QT_TRANSLATE_NOOP("reports", "Total"))
    figure = "¥" + format_money(taxes.gross)
    in_words = None
    if language.startswith("zh"):  # English invoices give the total in figures only
        in_words = AmountInWords(
            words=amount_in_capitals(taxes.gross),
            figure=figure,
            label=label(QT_TRANSLATE_NOOP("reports", "Total with tax (in words)")),
        )
    return PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Sales invoice")),
        number=f"INV-2026-{seed + 123:06d}",
        date=date(2026, 11, 29),
        language=language,
        company=CompanyBlock(
            "上海示例商贸有限公司",
            ("上海市浦东新区世纪大道100号  021-5888 8888", "91310115MA1K4ABC1X"),
        ),
        columns=(
            Column(label(QT_TRANSLATE_NOOP("reports", "Line")), 0.45, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Item")), 2.6),
            Column(label(QT_TRANSLATE_NOOP("reports", "Specification")), 1.6),
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit")), 0.55, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Quantity")), 0.8, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Unit price")), 1.0, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Amount")), 1.15, "right"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Tax rate")), 0.7, "center"),
            Column(label(QT_TRANSLATE_NOOP("reports", "Tax")), 1.0, "right"),
        ),
        rows=rows,
        totals=((total, "", "", "", "", "", format_money(taxes.net), "", format_money(taxes.tax)),),
        parties=(
            PartyBlock(
                label(QT_TRANSLATE_NOOP("reports", "Buyer")),
                (
                    Field(label(QT_TRANSLATE_NOOP("reports", "Name")), "杭州客户贸易有限公司"),
                    Field(label(QT_TRANSLATE_NOOP("reports", "Tax ID")), "91330100MA2B3C4D5E"),
                    Field(
                        label(QT_TRANSLATE_NOOP("reports", "Address and phone")),
                        "杭州市西湖区文三路 88 号 0571-8765 4321",
                    ),
                    Field(
                        label(QT_TRANSLATE_NOOP("reports", "Bank and account")),
                        "中国工商银行杭州分行 1202 0212 0900 1234 567",
                    ),
                ),
            ),
            PartyBlock(
                label(QT_TRANSLATE_NOOP("reports", "Seller")),
                (
                    Field(label(QT_TRANSLATE_NOOP("reports", "Name")), "上海示例商贸有限公司"),
                    Field(label(QT_TRANSLATE_NOOP("reports", "Tax ID")), "91310115MA1K4ABC1X"),
                    Field(
                        label(QT_TRANSLATE_NOOP("reports", "Address and phone")),
                        "上海市浦东新区世纪大道 100 号 021-5888 8888",
                    ),
                    Field(
                        label(QT_TRANSLATE_NOOP("reports", "Bank and account")),
                        "招商银行上海分行 1219 0865 1010 601",
                    ),
                ),
            ),
        ),
        amount_in_words=in_words,
        remarks="订单号 PO-2026-000045；送货至 3 号仓库。",
        signatures=(
            label(QT_TRANSLATE_NOOP("reports", "Payee")),
            label(QT_TRANSLATE_NOOP("reports", "Reviewer")),
            label(QT_TRANSLATE_NOOP("reports", "Issuer")),
        ),
        qr_payload=f"01,32,,INV-2026-{seed + 123:06d},{taxes.gross},20261129,,ABCD" if qr else None,
    )
