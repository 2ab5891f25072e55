"""A list or report as a file: CSV, XLSX (Excel) or a plain PDF table (Qt-free).

The screen hands over what the user sees — the visible columns in their order,
translated headers, every row of the list under its current filter and sort,
and an optional totals row; numbers stay ``Decimal`` so that Excel gets numbers
and the PDF prints them at the column's places. CSV is UTF-8 with a BOM (Excel
on a Chinese Windows reads it right) and numbers without thousands separators.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from erp_desktop.domain.formatting import format_decimal
from erp_desktop.reports.document import Column, CompanyBlock, PdfDocument, render_document

Cell = str | Decimal | None


@dataclass(frozen=True)
class ExportColumn:
    title: str  # already translated
    places: int | None = None  # a number column: its places (None: text; -1: as many as used)


@dataclass(frozen=True)
class ExportTable:
    title: str
    columns: tuple[ExportColumn, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None


FORMATS = ("csv", "xlsx", "pdf")


def _text(cell: Cell, column: ExportColumn, *, grouped: bool) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        places = column.places if column.places is not None else -1
        if places < 0:
            places = max(0, -int(cell.normalize().as_tuple().exponent))  # type: ignore[operator]
        text = format_decimal(cell, places)
        return text if grouped else text.replace(",", "")
    return cell


def _all_rows(table: ExportTable) -> list[tuple[Cell, ...]]:
    return [*table.rows, *([table.totals] if table.totals else [])]


def table_csv(table: ExportTable) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.title for c in table.columns])
    for row in _all_rows(table):
        writer.writerow(
            [_text(v, c, grouped=False) for v, c in zip(row, table.columns, strict=True)]
        )
    return out.getvalue().encode("utf-8-sig")


def table_xlsx(table: ExportTable) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = table.title[:31] or "Sheet1"
    sheet.append([c.title for c in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _all_rows(table):
        sheet.append([v if v is not None else None for v in row])
    for number, column in enumerate(table.columns, start=1):
        if column.places is not None and column.places >= 0:
            shape = "#,##0" + ("." + "0" * column.places if column.places else "")
            for (cell,) in sheet.iter_rows(min_row=2, min_col=number, max_col=number):
                cell.number_format = shape
        widest = max(
            [len(column.title) * 2, *(len(str(r[number - 1] or "")) for r in table.rows[:200])]
        )
        sheet.column_dimensions[get_column_letter(number)].width = min(max(widest + 2, 8), 60)
    if table.totals:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def table_pdf(table: ExportTable, company: str, language: str, day: date) -> bytes:
    columns = tuple(
        Column(
            c.title,
            1.0 if c.places is not None else 1.6,
            "right" if c.places is not None else "left",
        )
        for c in table.columns
    )

    def cells(row: Sequence[Cell]) -> tuple[str, ...]:
        return tuple(_text(v, c, grouped=True) for v, c in zip(row, table.columns, strict=True))

    document = PdfDocument(
        title=table.title,
        number="",
        date=day,
        language=language,
        company=CompanyBlock(company),
        columns=columns,
        rows=tuple(cells(r) for r in table.rows),
        totals=(cells(table.totals),) if table.totals else (),
        landscape=len(columns) > 6,
    )
    return render_document(document)


def table_bytes(
    table: ExportTable,
    kind: str,
    *,
    company: str = "",
    language: str = "en",
    day: date | None = None,
) -> bytes:
    if kind == "csv":
        return table_csv(table)
    if kind == "xlsx":
        return table_xlsx(table)
    if kind == "pdf":
        return table_pdf(table, company, language, day or date.today())
    raise ValueError(f"unknown export format {kind!r}")
