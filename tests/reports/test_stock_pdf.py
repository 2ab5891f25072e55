"""Stock adjustment and count sheet PDFs, read back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from erp_desktop.models.location import LocationKind
from erp_desktop.reports.stock import adjustment_pdf, count_sheet_pdf
from erp_desktop.services.stock.adjustments import (
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    post_adjustment,
)
from erp_desktop.services.stock.counts import (
    CountedLine,
    CountSheetInput,
    create_count,
    post_count,
    record_counts,
)
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import list_warehouses, virtual_location
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves
from erp_desktop.services.stock.printing import adjustment_print, count_print
from tests.reports.pdf_tools import pdf_pages_text

DAY = date(2026, 11, 29)


def world(book):
    def build(s):
        main = list_warehouses(s)[0].id
        supplier = virtual_location(s, LocationKind.SUPPLIER)
        screws = create_item(s, 1, ItemData("SCR-01", "十字螺丝 M4", "个", spec="M4×20")).value
        rice = create_item(s, 1, ItemData("RICE-5", "东北大米", "kg", unit_precision=2)).value
        post_moves(
            s,
            user_id=1,
            key=new_key(),
            doc_type="receipt",
            moves=[
                MoveRequest(screws, supplier, main, D("100"), unit_cost=D("0.30")),
                MoveRequest(rice, supplier, main, D("20"), unit_cost=D("4.20")),
            ],
            move_date=DAY,
        )
        return main, screws, rice

    return book.run(build)


def test_posted_adjustment_pdf(book, tmp_path) -> None:
    main, screws, rice = world(book)
    data = AdjustmentInput(
        main,
        DAY,
        "damaged",
        [AdjustmentLineInput(screws, D("-10")), AdjustmentLineInput(rice, D("2.5"), D("4"))],
    )

    def make(s):
        return post_adjustment(s, 1, create_adjustment(s, 1, data).value, new_key()).adjustment_id

    adjustment = book.run(make)
    pdf = book.read(lambda s: adjustment_pdf(adjustment_print(s, 1, adjustment)))
    (tmp_path / "adjustment.pdf").write_bytes(pdf)
    text = "\n".join(pdf_pages_text(pdf, tmp_path))
    assert "库存调整单" in text and "ADJ-2026-000001" in text
    assert "十字螺丝 M4" in text and "-10" in text and "-3.00" in text
    assert "+2.50" in text and "10.00" in text
    assert "损坏" in text  # the reason, in the book's language
    assert "7.00" in text  # total: 10.00 − 3.00


def test_count_sheet_pdf_draft_and_posted(book, tmp_path) -> None:
    main, screws, _rice = world(book)
    count = book.run(lambda s: create_count(s, 1, CountSheetInput(main, DAY)).value)
    pdf = book.read(lambda s: count_sheet_pdf(count_print(s, count)))
    text = "\n".join(pdf_pages_text(pdf, tmp_path))
    assert (
        "盘点表" in text and "稿" in text and "RICE-5" in text and "20.00" in text
    )  # 草稿, rotated
    book.run(lambda s: record_counts(s, 1, count, [CountedLine(screws, D("98"))]))
    book.run(lambda s: post_count(s, 1, count, new_key()))
    pdf = book.read(lambda s: count_sheet_pdf(count_print(s, count)))
    (tmp_path / "count.pdf").write_bytes(pdf)
    text = "\n".join(pdf_pages_text(pdf, tmp_path))
    assert "CNT-2026-000001" in text and "-2" in text and "稿" not in text
