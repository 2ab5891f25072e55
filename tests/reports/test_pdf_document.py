"""The generic PDF document: numbers and Chinese text read back, fonts embedded,
pages numbered, user text printed literally, equal input giving equal bytes."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.domain.amount_words import amount_in_capitals
from erp_desktop.domain.formatting import format_money
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.reports.document import (
    DRAFT,
    Column,
    CompanyBlock,
    Field,
    PartyBlock,
    PdfDocument,
    label,
    render_document,
)
from erp_desktop.reports.qr import qr_modules
from erp_desktop.reports.specimen import specimen_document
from tests.helpers import ROOT
from tests.reports.pdf_tools import pdf_fonts, pdf_pages_text, pypdf_text


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def invoice_pdf() -> bytes:
    return render_document(specimen_document("zh_CN", 6))


def test_chinese_invoice_reads_back_with_its_figures(invoice_pdf: bytes, tmp_path: Path) -> None:
    doc = specimen_document("zh_CN", 6)
    (page,) = pdf_pages_text(invoice_pdf, tmp_path)
    flat = squeeze(page)
    for text in (
        "上海示例商贸有限公司",
        "销售发票",
        "购买方",
        "销售方",
        "纳税人识别号",
        "价税合计（大写）",
    ):
        assert text in flat, text
    assert "编号：INV-2026-000123" in flat
    assert "日期：2026年11月29日" in flat
    assert doc.amount_in_words is not None
    assert squeeze(doc.amount_in_words.words) in flat
    assert amount_in_capitals(Decimal(doc.amount_in_words.figure[1:].replace(",", ""))) in flat
    assert f"（小写）{doc.amount_in_words.figure}" in flat
    net, tax = doc.totals[0][6], doc.totals[0][8]
    assert re.search(rf"合计\s+{re.escape(str(net))}\s+{re.escape(str(tax))}", page)
    for row in doc.rows:  # every line's cells in order on one text line
        cells = [str(cell) for cell in row]
        pattern = r"\s+".join(re.escape(c).replace(r"\ ", r"\s*") for c in cells)
        assert re.search(pattern, page), cells
    assert "第1页/共1页" in flat


def test_pypdf_extracts_the_chinese_too(invoice_pdf: bytes) -> None:
    text = pypdf_text(invoice_pdf)
    assert "销售发票" in text
    assert "货物或应税劳务、服务名称" in text


def test_every_font_is_an_embedded_subset(invoice_pdf: bytes, tmp_path: Path) -> None:
    fonts = pdf_fonts(invoice_pdf, tmp_path)
    assert {f["name"].split("+", 1)[1] for f in fonts} == {
        "DroidSansFallback",
        "LiberationSans",
        "LiberationSans-Bold",
    }
    assert all(f["emb"] == "yes" and f["sub"] == "yes" and f["uni"] == "yes" for f in fonts)


def test_english_document(tmp_path: Path) -> None:
    pdf = render_document(specimen_document("en", 3))
    (page,) = pdf_pages_text(pdf, tmp_path)
    for text in ("Sales invoice", "No.: INV-2026-000123", "Date: 2026-11-29", "Page 1 / 1"):
        assert text in page, text
    assert "Buyer" in page and "杭州客户贸易有限公司" in page
    assert all(f["emb"] == "yes" for f in pdf_fonts(pdf, tmp_path))


def test_300_lines_repeat_the_header_and_number_every_page(tmp_path: Path) -> None:
    doc = specimen_document("zh_CN", 300)
    pages = pdf_pages_text(render_document(doc), tmp_path)
    total = len(pages)
    assert total >= 5
    for number, page in enumerate(pages, start=1):
        flat = squeeze(page)
        assert f"第{number}页/共{total}页" in flat, number
        assert "序号货物或应税劳务、服务名称规格型号单位数量单价金额税率税额" in flat, number
        assert "上海示例商贸有限公司" in flat and "INV-2026-000123" in flat, number
    everything = "\n".join(pages)
    for row in doc.rows:
        assert len(re.findall(rf"{re.escape(str(row[1]))}(?!\d)", everything)) == 1, row[1]
    assert "合计" in pages[-1] and "合计" not in squeeze(pages[0]).replace("价税合计", "")


MARKUP = ("<font color=red>Big</font>", "<img src=x>", "A & B &amp; <b>C</b>", "<br/>x")


def test_user_text_prints_literally(tmp_path: Path) -> None:
    doc = PdfDocument(
        title="<b>标题</b>",
        number="<i>1</i>",
        date=date(2026, 11, 29),
        language="zh_CN",
        company=CompanyBlock(MARKUP[0], (MARKUP[1],)),
        columns=(Column("<u>名称</u>", 3), Column("金额", 1, "right")),
        rows=(*((text, text) for text in MARKUP), ("很长的名称" * 12 + MARKUP[0], "1.00")),
        parties=(PartyBlock(MARKUP[1], (Field(MARKUP[2], MARKUP[0]), MARKUP[3])),),
        fields=(Field("<a href=x>", MARKUP[1]),),
        remarks="\n".join(MARKUP),
        signatures=("<img src=y>",),
    )
    pdf = render_document(doc)
    text = "\n".join(pdf_pages_text(pdf, tmp_path))
    flat = squeeze(text)
    for markup in (*MARKUP, "<b>标题</b>", "<i>1</i>", "<u>名称</u>", "<a href=x>", "<img src=y>"):
        assert squeeze(markup) in flat, markup
    assert flat.count(squeeze(MARKUP[0])) >= 6  # company on the page and footer, rows, party


def test_equal_input_gives_equal_bytes() -> None:
    first = render_document(specimen_document("zh_CN", 8, seed=3))
    render_document(specimen_document("en", 40, seed=4))  # other documents in between
    render_document(specimen_document("zh_CN", 2, seed=5))
    assert render_document(specimen_document("zh_CN", 8, seed=3)) == first
    assert render_document(specimen_document("zh_CN", 8, seed=6)) != first


def test_latin_characters_beyond_ascii_still_print(tmp_path: Path) -> None:
    doc = replace(specimen_document("en", 1, qr=False), remarks="Müller Straße 5, Café € 10 ± 1 °C")
    pdf = render_document(doc)
    assert "Müller Straße 5, Café € 10 ± 1 °C" in "\n".join(pdf_pages_text(pdf, tmp_path))
    assert all(f["emb"] == "yes" for f in pdf_fonts(pdf, tmp_path))


def test_a_document_without_optional_parts(tmp_path: Path) -> None:
    doc = PdfDocument(
        title=label(QT_TRANSLATE_NOOP("reports", "Sales invoice")),
        number="X-1",
        date=date(2026, 1, 2),
        language="en",
        company=CompanyBlock("Shop"),
        columns=(Column("Item"),),
        rows=(),
    )
    (page,) = pdf_pages_text(render_document(doc), tmp_path)
    assert "Sales invoice" in page and "Item" in page and "Page 1 / 1" in page


def test_rows_must_fit_the_columns() -> None:
    with pytest.raises(ValueError, match="row 1 has 1 cells for 2 columns"):
        PdfDocument(
            title="T",
            number="1",
            date=date(2026, 1, 1),
            language="en",
            company=CompanyBlock("C"),
            columns=(Column("a"), Column("b")),
            rows=(("x",),),
        )
    with pytest.raises(ValueError, match="language"):
        replace(specimen_document("en", 1), language="fr")


def test_qr_code_has_finder_patterns() -> None:
    modules = qr_modules("01,32,,INV-2026-000123,66786.04,20261129")
    size = len(modules)
    assert size >= 21 and (size - 17) % 4 == 0
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        ring = [modules[top][left + i] for i in range(7)] + [
            modules[top + 6][left + i] for i in range(7)
        ]
        assert all(ring)
        assert modules[top + 1][left + 1] is False and modules[top + 3][left + 3] is True


def test_totals_are_formatted_amounts(invoice_pdf: bytes) -> None:
    doc = specimen_document("zh_CN", 6)
    assert doc.totals[0][6] == format_money(Decimal(str(doc.totals[0][6]).replace(",", "")))


def test_a_reprint_in_another_process_is_the_same_file(tmp_path: Path) -> None:
    out = tmp_path / "other.pdf"
    code = (
        "import sys\n"
        "from erp_desktop.reports.document import render_document\n"
        "from erp_desktop.reports.specimen import specimen_document\n"
        "open(sys.argv[1], 'wb').write(render_document(specimen_document('zh_CN', 30, seed=9)))\n"
    )
    subprocess.run([sys.executable, "-c", code, str(out)], check=True, cwd=ROOT)
    assert out.read_bytes() == render_document(specimen_document("zh_CN", 30, seed=9))


def test_a_draft_carries_a_watermark_on_every_page(tmp_path: Path) -> None:
    doc = replace(specimen_document("zh_CN", 90), watermark=DRAFT)
    pages = pdf_pages_text(render_document(doc), tmp_path)
    assert len(pages) >= 2
    assert all("草" in page and "稿" in page for page in pages)  # rotated: letters apart
    plain = pdf_pages_text(render_document(replace(doc, watermark=None)), tmp_path)
    assert not any("稿" in page for page in plain)
