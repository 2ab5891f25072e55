"""The purchase order and receipt note PDFs: Chinese renders and reads back, figures right."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from erp_desktop.domain.amount_words import amount_in_capitals
from erp_desktop.errors import StateError
from erp_desktop.reports.purchasing import order_pdf, receipt_pdf
from erp_desktop.services.company import get_company, update_company
from erp_desktop.services.purchasing.printing import order_print, receipt_print
from tests.reports.pdf_tools import pdf_fonts, pdf_pages_text, pypdf_text
from tests.services.purchasing.conftest import shop  # noqa: F401  (the fixture)
from tests.ui.conftest import SCREENSHOTS


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def keep(pdf: bytes, name: str) -> None:
    if SCREENSHOTS is not None:  # look at it: pdftoppm -png -r 70
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        (SCREENSHOTS / name).write_bytes(pdf)


def test_order_and_receipt_note_in_a_chinese_book(shop, tmp_path) -> None:  # noqa: F811
    order = shop.order((shop.screws, "10", "0.50"), (shop.cans, "2", "36"), confirm=False)
    with pytest.raises(StateError, match="draft"):  # the rule is the service's, not the layout's
        shop.read(lambda s: order_print(s, order))
    from erp_desktop.services.purchasing.orders import confirm_order

    shop.run(lambda s: confirm_order(s, shop.user, order).value)
    pdf = shop.read(lambda s: order_pdf(order_print(s, order)))
    keep(pdf, "purchase_order_zh_CN.pdf")
    text = squeeze(pdf_pages_text(pdf, tmp_path)[0])
    for expected in (
        "采购订单",
        "PO-2026-000001",
        "测试商贸有限公司",
        "深圳市华强五金有限公司",
        "91440300MA5G0YJ1AQ",
        "SCR-01十字螺丝M4个100.505.0013%0.65",
        "CAN-330可乐330ml箱236.0072.0013%9.36",
        "合计77.0010.01",
        "价税合计（大写）" + amount_in_capitals(Decimal("87.01")),
        "¥87.01",
    ):
        assert expected in text, (expected, text)
    assert "捌拾柒元零壹分" in squeeze(pypdf_text(pdf))
    assert all(font["emb"] == "yes" for font in pdf_fonts(pdf, tmp_path))

    receipt = shop.receive(order, "4", "48")
    note = shop.read(lambda s: receipt_pdf(receipt_print(s, receipt.receipt_id)))
    keep(note, "receipt_note_zh_CN.pdf")
    text = squeeze(pdf_pages_text(note, tmp_path)[0])
    for expected in (
        "收货单",
        "GR-2026-000001",
        "PO-2026-000001",
        "SCR-01十字螺丝M4个104",
        "罐4848",
    ):
        assert expected in text, (expected, text)


def test_english_book_prints_english_and_the_total_in_figures(shop, tmp_path) -> None:  # noqa: F811
    def english(session) -> None:
        profile = get_company(session)
        update_company(session, replace(profile, language="en"), user_id=shop.user)

    shop.run(english)
    order = shop.order((shop.rice, "12.5", "4.2"))
    pdf = shop.read(lambda s: order_pdf(order_print(s, order)))
    keep(pdf, "purchase_order_en.pdf")
    text = squeeze(pdf_pages_text(pdf, tmp_path)[0])
    assert "Purchaseorder" in text and "Totalwithtax" in text and "CNY59.33" in text
    assert "大写" not in text
