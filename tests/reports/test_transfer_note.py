"""The transfer note: number, route, lines and quantities, signature boxes; Chinese
renders and reads back as text."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from erp_desktop.errors import StateError
from erp_desktop.reports.document import render_document
from erp_desktop.reports.transfers import TransferNote, transfer_note
from erp_desktop.services.stock.locations import WarehouseData, update_warehouse
from erp_desktop.services.transfers.printing import transfer_note_print
from tests.reports.pdf_tools import pdf_fonts, pdf_pages_text, pypdf_text
from tests.reports.test_purchasing_pdf import keep
from tests.services.transfers.conftest import tw, world  # noqa: F401  (fixtures)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def shipped(tw):  # noqa: F811
    w = tw.w
    w.receive(w.screws, "1000", "0.50")
    w.receive(w.rice, "50", "4.20")
    w.book.run(
        lambda s: (
            update_warehouse(
                s, w.user, w.second, WarehouseData("WH2", "二号仓库", "广州市白云区太和镇 8 号")
            ).value
        )
    )
    transfer = tw.draft((w.screws, "600"), (w.rice, "12.5"))
    tw.ship(transfer)
    tw.receive(transfer, "100", "0")
    return tw, transfer


def note_of(tw, transfer: int, language: str = "zh_CN") -> TransferNote:  # noqa: F811
    note = tw.w.book.read(lambda s: transfer_note_print(s, tw.w.user, transfer))
    return replace(note, company=replace(note.company, language=language))


def test_chinese_note_reads_back(shipped, tmp_path: Path) -> None:
    pdf = render_document(transfer_note(note_of(*shipped)))
    (page,) = pdf_pages_text(pdf, tmp_path)
    flat = squeeze(page)
    for text in (
        "调拨单",
        "TRF-2026-000001",
        "2026年11月29日",
        "调出仓库",
        "主仓库",
        "调入仓库",
        "二号仓库",
        "广州市白云区太和镇8号",
        "粤B·12345顺丰",
        "十字螺丝M4",
        "东北大米",
        "600",
        "12.50",
        "发货人",
        "承运人",
        "收货人",
        "共2行",
    ):
        assert text in flat, text
    assert "0.50" not in flat and "300.00" not in flat  # no costs on the note
    assert "十字螺丝 M4" in pypdf_text(pdf)
    assert all(font["emb"] == "yes" for font in pdf_fonts(pdf, tmp_path))


def test_english_note_and_a_long_transfer(shipped, tmp_path: Path) -> None:
    note = note_of(*shipped, language="en")
    long = replace(note, lines=note.lines * 40)
    pages = pdf_pages_text(render_document(transfer_note(long)), tmp_path)
    assert len(pages) >= 2
    for page in pages:
        flat = squeeze(page)
        assert "Transfernote" in flat and "TRF-2026-000001" in flat and "Shipped" in flat
    last = squeeze(pages[-1])
    assert "Shipper" in last and "Carrier" in last and "Receiver" in last
    assert "80line(s)" in last


def test_a_draft_has_no_note(tw) -> None:  # noqa: F811
    w = tw.w
    draft = tw.draft((w.screws, "1"))
    with pytest.raises(StateError, match="shipped"):
        w.book.read(lambda s: transfer_note_print(s, w.user, draft))


def test_note_on_the_road_leaves_received_blank(tw, tmp_path: Path) -> None:  # noqa: F811
    w = tw.w
    w.receive(w.screws, "1000", "0.50")
    transfer = tw.draft((w.screws, "600"))
    tw.ship(transfer)
    (page,) = pdf_pages_text(render_document(transfer_note(note_of(tw, transfer))), tmp_path)
    row = next(line for line in page.splitlines() if "十字螺丝" in line)
    assert squeeze(row).endswith("个600"), row  # 实收数量 left for the receiver to write
    assert "短少" not in page


def test_note_printed_after_closing_shows_received_and_the_shortage(
    shipped, tmp_path: Path
) -> None:
    transfers, transfer = shipped
    transfers.close(transfer, "damaged")
    for language, expected in (
        (
            "zh_CN",
            (
                "实收数量",
                "个600100短少500",
                "kg12.500.00短少12.50",  # rice: 2 decimals, none arrived
                "2026年11月29日",
                "短少结案",
                "损坏",
                "箱子破损",
            ),
        ),
        ("en", ("Received", "个600100Short500", "Closedwithashortage", "Damaged")),
    ):
        pdf = render_document(transfer_note(note_of(transfers, transfer, language)))
        keep(pdf, f"transfer_note_closed_{language}.pdf")
        flat = squeeze(pdf_pages_text(pdf, tmp_path)[0])
        for text in expected:
            assert text in flat, (text, flat)
