"""Excel (.xlsx) files in the imports that read CSV: items, parties, opening stock.

``csv_io.read_csv`` hands a workbook here; the rows come out as the same
``CsvRow`` objects, so the same header matching (Chinese or English), the same
row checks, preview of bad rows and all-or-nothing commit apply. The first sheet
is read with openpyxl in read-only mode (streamed: a 100,000-row sheet does not
sit in memory; openpyxl parses with defusedxml). Cells are turned into the text
a user would have typed:

- a formula is refused (its result is not in the file as typed; paste values);
- a whole number stays exact; a number of more than 15 digits stored as a number
  (a tax code or ID typed into a number cell) is refused with the advice to
  format the column as text: Excel keeps 15 digits, and ``1070299000000000123``
  and ``1070299000000000000`` are then the same number, so no digit can be trusted;
- a decimal is written as its shortest exact text (``11.3``, never ``11.300000000000001``);
- a date becomes ``2026-11-29``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.services.csv_io import (
    CsvField,
    CsvRow,
    CsvSource,
    CsvTable,
    Progress,
    RowError,
    _map_headers,
)

ZIP_MAGIC = b"PK\x03\x04"
EXACT_DIGITS = 15  # what an Excel number keeps


def is_xlsx(source: Path | bytes) -> bool:
    if isinstance(source, bytes | bytearray):
        return bytes(source[:4]) == ZIP_MAGIC
    return source.suffix.lower() in (".xlsx", ".xlsm")


class CellRefused(ValueError):
    def __init__(self, message: Msg) -> None:
        super().__init__(message.text)
        self.message = message


def cell_text(value: Any, data_type: str = "") -> str:
    """The text a user would have typed for an openpyxl cell value."""
    if value is None:
        return ""
    if data_type == "f" or (isinstance(value, str) and data_type == "" and value.startswith("=")):
        raise CellRefused(
            Msg(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The cell holds a formula ({formula}); import values only "
                    "(copy the column and paste it as values).",
                ),
                params={"formula": str(value)[:40]},
            )
        )
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        number = Decimal(repr(value))
        if abs(number) >= 10**EXACT_DIGITS:
            raise CellRefused(_lost_digits(value))
        if number == number.to_integral_value():
            return f"{number.to_integral_value():f}"
        return f"{number.normalize():f}"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _lost_digits(value: float) -> Msg:
    return Msg(
        QT_TRANSLATE_NOOP(
            "errors",
            "The number {value} has more than 15 digits: Excel keeps only 15, so the "
            "rest may be lost. Format the column as Text and type the value again.",
        ),
        params={"value": f"{Decimal(repr(value)):f}"},
    )


@dataclass(frozen=True)
class XlsxTable(CsvTable):
    """A checked workbook: its first sheet's header row and columns; rows streamed."""

    header_row: int = 1

    def records(self, progress: Progress | None = None) -> Iterator[CsvRow | RowError]:
        headers, labels, columns = self.headers, self.labels, self.columns
        index = {key: headers.index(name) for key, name in columns.items()}
        book = _open(self.source)
        try:
            sheet = book.worksheets[0]
            for line, cells in enumerate(sheet.iter_rows(), start=1):
                if line <= self.header_row:
                    continue
                values: dict[str, str] = {}
                try:
                    for key, i in index.items():
                        if i < len(cells):
                            cell = cells[i]
                            text = cell_text(cell.value, getattr(cell, "data_type", "") or "")
                            if text:
                                values[key] = text
                except CellRefused as refused:
                    yield RowError(line, headers[i], refused.message)
                    continue
                if not values and not any(getattr(c, "value", None) for c in cells):
                    continue  # an empty row
                yield CsvRow(line, values, columns, labels)
        finally:
            book.close()


def _open(source: CsvSource) -> Any:
    from openpyxl import load_workbook  # loaded on use: keeps start-up quick

    raw = source.source
    handle = io.BytesIO(raw) if isinstance(raw, bytes | bytearray) else raw
    try:
        return load_workbook(handle, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file is not a readable Excel workbook: {reason}"),
            reason=str(error)[:200],
        ) from error


def read_xlsx(source: Path | bytes, fields: Sequence[CsvField]) -> XlsxTable:
    """Check a workbook's first sheet for ``fields`` (header in the first non-empty row)."""
    data = CsvSource(source)
    book = _open(data)
    try:
        sheets = book.worksheets
        if not sheets:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file has no header line."))
        header: tuple[str, ...] = ()
        header_row = 0
        for line, row in enumerate(sheets[0].iter_rows(values_only=True, max_row=20), start=1):
            texts = tuple("" if v is None else str(v).strip() for v in row)
            if any(texts):
                header, header_row = texts, line
                break
    finally:
        book.close()
    if not any(header):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file has no header line."))
    columns, unknown = _map_headers(header, fields)
    labels = {f.key: f.label for f in fields}
    return XlsxTable("xlsx", "", header, columns, unknown, data, labels, header_row)


def _chinese_alias(field: CsvField) -> str | None:
    return next((a for a in field.aliases if any("\u4e00" <= ch <= "\u9fff" for ch in a)), None)


def localized_headers(
    headers: Sequence[str], fields: Sequence[CsvField], chinese: bool
) -> list[str]:
    """Chinese books get Chinese headers — the first Chinese name the import understands,
    so a file exported and imported again keeps every column."""
    if not chinese:
        return list(headers)
    by_label = {f.label: f for f in fields}
    return [(_chinese_alias(by_label[h]) or h) if h in by_label else h for h in headers]


def csv_to_xlsx(data: bytes, fields: Sequence[CsvField], *, chinese: bool, title: str) -> bytes:
    """An export's CSV (UTF-8 with BOM, formula-guarded) as a workbook of text cells."""
    import csv

    from erp_desktop.services.csv_io import unescape_cell
    from erp_desktop.services.xlsx_writer import xlsx_bytes

    reader = csv.reader(io.StringIO(data.decode("utf-8-sig")))
    header = next(reader, [])

    def rows() -> Iterator[list[str]]:
        yield localized_headers(header, fields, chinese)
        for cells in reader:
            yield [unescape_cell(c) for c in cells]

    return xlsx_bytes([(title, rows())])


def template_xlsx(fields: Sequence[CsvField], *, chinese: bool, title: str) -> bytes:
    """An empty workbook with the import's headers (required ones marked *)."""
    from erp_desktop.services.xlsx_writer import xlsx_bytes

    headers = [
        ((_chinese_alias(f) or f.label) if chinese else f.label) + ("*" if f.required else "")
        for f in fields
    ]
    return xlsx_bytes([(title, [headers])])
