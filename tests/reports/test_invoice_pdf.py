"""The invoice PDF read back: number, parties, every line, totals, capitals, pages, fonts."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from erp_desktop.domain.tax import TaxRate
from erp_desktop.reports.invoice import InvoiceView, LineView, qr_payload, render_invoice
from erp_desktop.reports.views import PartyView
from erp_desktop.services.invoicing.issuing import stored_pdf
from erp_desktop.services.invoicing.printing import view_of
from tests.invoicing_world import build_shop
from tests.reports.pdf_tools import pdf_fonts, pdf_pages_text, pypdf_text

VAT13 = TaxRate(D("0.13"))
SELLER = PartyView(
    "深圳市示例商贸有限公司",
    "91440300MA5G0YJ19M",
    "深圳市南山区科技园",
    "0755-1234 5678",
    "招商银行深圳分行",
    "7559 0123 4567 890",
)
BUYER = PartyView(
    "杭州客户贸易有限公司",
    "91330100MA2B3C4D5N",
    "杭州市西湖区文三路 88 号",
    "0571-8765 4321",
    "中国工商银行杭州分行",
    "1202 0212 0900 1234 567",
)


def line(number: int, name: str, quantity: str = "2", net: str = "100.00") -> LineView:
    net_d = D(net)
    tax = (net_d * D("0.13")).quantize(D("0.01"))
    return LineView(
        number,
        f"P{number:03d}",
        name,
        "500ml",
        "个",
        D(quantity),
        net_d,
        D(0),
        VAT13,
        net_d,
        tax,
        net_d + tax,
    )


def view(lines: list[LineView], *, language: str = "zh_CN", **changes: object) -> InvoiceView:
    base = InvoiceView(
        id=1,
        kind="invoice",
        state="issued",
        number="INV-2026-000123",
        invoice_date=date(2026, 11, 29),
        due_date=date(2026, 12, 29),
        currency="CNY",
        price_mode="inclusive",
        language=language,
        buyer=BUYER,
        seller=SELLER,
        lines=tuple(lines),
        net=sum((li.net for li in lines), D("0.00")),
        tax=sum((li.tax for li in lines), D("0.00")),
        gross=sum((li.gross for li in lines), D("0.00")),
        remarks="",
        issuer="王小明",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_issued_pdf_shows_number_parties_lines_totals_and_capitals(
    book, admin_id, tmp_path
) -> None:
    s = build_shop(book, admin_id)
    issued = s.invoice(
        s.line(s.cups, "10", "11.30"),
        s.line(s.tea, "2", "109", "0.09"),
        s.line(None, "1", "903.56", "0.06", description="安装调试服务"),
    )
    pdf = s.read(lambda x: stored_pdf(x, issued.invoice_id))
    text = pdf_pages_text(pdf, tmp_path)[0]
    compact = flat(text)
    for expected in (
        "INV-2026-000001",
        "杭州客户贸易有限公司",
        "91330100MA2B3C4D5N",
        "中国工商银行杭州分行",
        "测试商贸有限公司",
        "91110000600037341L",
        "不锈钢保温杯",
        "500ml银色",
        "西湖龙井",
        "安装调试服务",
    ):
        assert flat(expected) in compact, expected
    # lines: quantity, unit price and amount excluding tax, rate, tax
    assert re.search(r"不锈钢保温杯.*500ml 银色\s+个\s+10\s+10\.00\s+100\.00\s+13%\s+13\.00", text)
    assert re.search(r"西湖龙井\s+盒\s+2\s+100\.00\s+200\.00\s+9%\s+18\.00", text)
    assert re.search(r"安装调试服务\s+1\s+852\.42\s+852\.42\s+6%\s+51\.14", text)
    assert re.search(r"1,152\.42\s+82\.14", text)  # totals: net and tax
    assert "壹仟贰佰叁拾肆元伍角陆分" in compact and "¥1,234.56" in compact
    assert all(font["emb"] == "yes" for font in pdf_fonts(pdf, tmp_path))
    # a reprint is the stored bytes, and rendering the frozen invoice again gives them too
    assert render_invoice(s.read(lambda x: view_of(x, issued.invoice_id))) == pdf


def test_long_invoice_repeats_the_header_and_numbers_the_pages(tmp_path) -> None:
    lines = [line(n, f"商品 {n:03d}") for n in range(1, 121)]
    pages = pdf_pages_text(render_invoice(view(lines)), tmp_path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "INV-2026-000123" in page
        assert f"第{number}页/共{len(pages)}页" in flat(page), page[-300:]
        assert re.search(r"Unit price|单价", page)  # the table header on every page
    everything = flat("".join(pages))
    assert all(f"商品{n:03d}" in everything for n in range(1, 121))
    assert "壹万叁仟伍佰陆拾元整" in everything  # 120 × 113.00 = 13,560.00


def test_markup_in_names_prints_literally(tmp_path) -> None:
    nasty = [line(1, "<font color=red>红色</font> & <b>粗</b>"), line(2, '<img src="x.png"/>')]
    buyer = replace(BUYER, name="<font color=red>Evil & Co</font>")
    pdf = render_invoice(view(nasty, buyer=buyer, remarks="<br/>备注 &amp;"))
    text = flat(pypdf_text(pdf))  # long names wrap onto two lines
    for literal in (
        "<font color=red>红色</font> & <b>粗</b>",
        '<img src="x.png"/>',
        "<font color=red>Evil & Co</font>",
        "<br/>备注 &amp;",
    ):
        assert flat(literal) in text, literal


def test_english_books_get_the_english_layout_and_credit_notes_print_negative(tmp_path) -> None:
    english = pypdf_text(render_invoice(view([line(1, "Thermos cup")], language="en")))
    assert "Sales invoice" in english and "Thermos cup" in english
    assert "Totalwithtax¥113.00" in flat(english) and "元" not in english
    credit = [
        replace(
            line(1, "不锈钢保温杯"),
            quantity=D("-2"),
            net=D("-100.00"),
            tax=D("-13.00"),
            gross=D("-113.00"),
        )
    ]
    note = view(
        credit,
        kind="credit_note",
        number="CN-2026-000007",
        original_number="INV-2026-000123",
        original_date=date(2026, 11, 20),
        credit_reason="质量问题退货",
    )
    text = flat(pdf_pages_text(render_invoice(note), tmp_path)[0])
    assert "CN-2026-000007" in text and "INV-2026-000123" in text and "质量问题退货" in text
    assert "-100.00" in text and "-13.00" in text and "负壹佰壹拾叁元整" in text


def test_qr_code_carries_number_date_gross_and_seller_tax_id() -> None:
    assert qr_payload(view([line(1, "x")])) == (
        "ERPINV1,INV-2026-000123,20261129,113.00,91440300MA5G0YJ19M"
    )


@pytest.mark.skipif(not Path("/usr/bin/pdftoppm").exists(), reason="poppler not installed")
def test_pages_render_to_images(tmp_path) -> None:
    """Viewers without Chinese fonts show it: poppler renders it from the embedded subsets."""
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(render_invoice(view([line(n, f"商品 {n}") for n in range(1, 4)])))
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page*.png"))
    assert images and images[0].stat().st_size > 5_000


def test_invoice_has_seal_issuer_and_remarks_boxes(tmp_path) -> None:
    """Like a VAT invoice: 备注 always, 开票人 with the issuing user's name, 销售方（章）."""
    zh = flat(pdf_pages_text(render_invoice(view([line(1, "茶杯")])), tmp_path)[0])
    assert "备注" in zh  # printed even when nothing is written in it
    assert "开票人：王小明" in zh
    assert "销售方（章）" in zh
    assert zh.index("备注") < zh.index("销售方（章）") and zh.index("收款人") < zh.index("开票人")
    noted = view([line(1, "茶杯")], remarks="合同号 HT-2026-08，分两批交货")
    assert "备注合同号HT-2026-08，分两批交货" in flat(
        pdf_pages_text(render_invoice(noted), tmp_path)[0]
    )
    en = flat(pdf_pages_text(render_invoice(view([line(1, "Cup")], language="en")), tmp_path)[0])
    assert "Issuer:王小明" in en and "Seller(seal)" in en and "Remarks" in en


def test_unit_prices_keep_their_places_without_trailing_zeros_and_align(tmp_path) -> None:
    """Net 100.00 for 3 units is 33.333333 (exact to 6 places); 2 units at 50 print 50.000000
    padded to the column's places, never 4–6 places of zeros on every line of a column."""
    even = render_invoice(view([line(1, "茶杯", "2", "100.00"), line(2, "茶盘", "4", "10.00")]))
    text = pdf_pages_text(even, tmp_path)[0]
    assert re.search(r"茶杯\s+500ml\s+个\s+2\s+50\.00\s+100\.00", text), text
    assert re.search(r"茶盘\s+500ml\s+个\s+4\s+2\.50\s+10\.00", text), text
    mixed = render_invoice(view([line(1, "茶杯", "3", "100.00"), line(2, "茶盘", "4", "10.00")]))
    text = pdf_pages_text(mixed, tmp_path)[0]
    assert re.search(r"茶杯\s+500ml\s+个\s+3\s+33\.333333\s+100\.00", text), text
    assert re.search(r"茶盘\s+500ml\s+个\s+4\s+2\.500000\s+10\.00", text), text  # aligned
