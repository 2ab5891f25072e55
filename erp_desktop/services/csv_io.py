"""CSV import and export helpers for items, suppliers, customers (no Qt, no database).

Reading (``read_csv``):

- the encoding is detected: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
  "Unicode text"), and GB18030 (a superset of GBK, what Chinese Excel saves as
  "CSV"). A file that is none of these — a Latin-1 file, an Excel workbook,
  binary data — is refused with a message that says what to do;
- the delimiter is detected from the header line: comma, semicolon or tab;
- headers are matched to fields by name and aliases, English or Chinese,
  ignoring case, full/half width, spaces and a trailing ``*`` (required mark);
- every data row keeps the 1-based line number where it starts in the file
  (a quoted cell may span lines), and problems are collected per row as
  :class:`RowError` (line, column, translatable message), so an import
  preview can list every bad row. ``CsvTable.convert`` runs a converter over
  the rows and collects what it refuses. Cells are trimmed; a line break
  inside a cell (Alt+Enter in Excel) is kept as ``\n``.

Writing (``write_csv``) produces UTF-8 with BOM (Excel then shows Chinese
correctly) and CRLF line ends. Text cells that a spreadsheet would run as a
formula — starting with ``= + - @``, tab or carriage return — get a leading
single quote (OWASP's advice on CSV injection); so does text that already
starts with a quote, so that reading the file back gives the original text.
Numbers (Decimal, int) are written exactly as numbers: ``-5`` stays ``-5``.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from erp_desktop.domain.money import parse_decimal
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.files import write_whole
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg

T = TypeVar("T")
Cell = str | Decimal | int | date | None

MAX_FILE_BYTES = 50 * 1024 * 1024
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (",", ";", "\t")
_GB_COMMON = "gb2312"  # text really written in GBK is nearly all GB2312 characters


@dataclass(frozen=True)
class CsvField:
    """A column an import understands: ``key`` for code, ``label`` (a "fields" name) for people."""

    key: str
    label: str  # marked with QT_TRANSLATE_NOOP("fields", …)
    aliases: tuple[str, ...] = ()
    required: bool = False  # the column must be present (cells may still be empty)


@dataclass(frozen=True)
class RowError:
    line: int  # 1-based line in the file where the row starts
    column: str | None  # the header as written in the file, or None for the whole row
    message: Msg


class CellError(ValidationError):
    """A bad cell, raised by CsvRow's readers; CsvTable.convert records it."""

    def __init__(self, row: CsvRow, key: str | None, error: ValidationError) -> None:
        super().__init__(error.message)
        self.error = RowError(row.line, row.headers.get(key) if key else None, error.message)


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: Mapping[str, str]  # field key → cell text (stripped); missing columns absent
    headers: Mapping[str, str]  # field key → header text in the file
    labels: Mapping[str, str]  # field key → field label (for messages)

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    def text(
        self, key: str, *, max_length: int, required: bool = False, multiline: bool = False
    ) -> str:
        return self._guard(
            key,
            lambda: clean_text(
                self.get(key),
                field=self._label(key),
                max_length=max_length,
                required=required,
                multiline=multiline,
            ),
        )

    def decimal(
        self, key: str, *, places: int, required: bool = False, allow_negative: bool = False
    ) -> Decimal | None:
        """The cell as a Decimal (same rules as typing it in), or None when empty and optional."""
        raw = self.get(key)
        if not raw and not required:
            return None
        return self._guard(
            key,
            lambda: parse_decimal(
                raw, places=places, allow_negative=allow_negative, field=self._label(key)
            ),
        )

    def fail(self, key: str | None, text: str, **params: object) -> CellError:
        """An error about this row (``raise row.fail("code", QT_TRANSLATE_NOOP(...))``)."""
        return CellError(self, key, ValidationError(text, **params))

    def _label(self, key: str) -> str:
        return self.labels.get(key, key)

    def _guard(self, key: str, read: Callable[[], T]) -> T:
        try:
            return read()
        except CellError:
            raise
        except ValidationError as error:
            raise CellError(self, key, error) from error


@dataclass(frozen=True)
class CsvTable:
    encoding: str
    delimiter: str
    headers: tuple[str, ...]  # as written in the file
    columns: Mapping[str, str]  # field key → header text
    unknown_columns: tuple[str, ...]  # headers no field claims (shown, then ignored)
    rows: tuple[CsvRow, ...]
    errors: tuple[RowError, ...]  # rows refused while reading (wrong cell count, …)

    def convert(self, convert: Callable[[CsvRow], T]) -> tuple[list[tuple[int, T]], list[RowError]]:
        """Run ``convert`` over every row; returns (line, result) pairs and all errors by line."""
        results: list[tuple[int, T]] = []
        errors = list(self.errors)
        for row in self.rows:
            try:
                results.append((row.line, convert(row)))
            except CellError as error:
                errors.append(error.error)
            except ValidationError as error:
                errors.append(RowError(row.line, None, error.message))
        errors.sort(key=lambda e: e.line)
        return results, errors


# -- reading --------------------------------------------------------------------------------------
def read_csv(source: Path | bytes, fields: Sequence[CsvField]) -> CsvTable:
    """Read a CSV file for ``fields``; ValidationError when the file as a whole is unusable."""
    data = _read_bytes(source)
    text, encoding = decode_csv_bytes(data)
    delimiter = detect_delimiter(text)
    records = _records(text, delimiter)
    _, header = next(records, (0, []))
    headers = tuple(cell.strip() for cell in header)
    if not any(headers):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file has no header line."))
    columns, unknown = _map_headers(headers, fields)
    labels = {f.key: f.label for f in fields}
    rows: list[CsvRow] = []
    errors: list[RowError] = []
    index = {key: headers.index(name) for key, name in columns.items()}
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines and rows of empty cells (Excel leaves those)
        extra = [cell for cell in cells[len(headers) :] if cell.strip()]
        if extra:
            errors.append(
                RowError(
                    line,
                    None,
                    Msg(
                        QT_TRANSLATE_NOOP(
                            "errors", "The row has {count} values but the header has {columns}."
                        ),
                        "errors",
                        {"count": len(cells), "columns": len(headers)},
                    ),
                )
            )
            continue
        values = {
            key: unescape_cell(cells[i].strip().replace("\r\n", "\n"))
            for key, i in index.items()
            if i < len(cells)
        }
        rows.append(CsvRow(line, values, columns, labels))
    return CsvTable(encoding, delimiter, headers, columns, unknown, tuple(rows), tuple(errors))


def _read_bytes(source: Path | bytes) -> bytes:
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        try:
            if source.stat().st_size > MAX_FILE_BYTES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The file is too large (more than {size} MB)."),
                    size=MAX_FILE_BYTES // (1024 * 1024),
                )
            data = source.read_bytes()
        except OSError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
                path=source,
                reason=error.strerror or error,
            ) from error
    if len(data) > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file is too large (more than {size} MB)."),
            size=MAX_FILE_BYTES // (1024 * 1024),
        )
    return data


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name) or ValidationError saying why the file cannot be read."""
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is an Excel workbook, not a CSV file. In Excel choose "
                "File ▸ Save As ▸ CSV UTF-8, then import that file.",
            )
        )
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16"), "utf-16"
    try:
        return _checked_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise _unknown_encoding() from None
    if not _looks_chinese(text):
        raise _unknown_encoding()
    return _checked_text(text), "gb18030"


def _decode(data: bytes, encoding: str) -> str:
    try:
        return _checked_text(data.decode(encoding))
    except UnicodeDecodeError:
        raise _unknown_encoding() from None


def _checked_text(text: str) -> str:
    if "\x00" in text or any(
        unicodedata.category(c) == "Cc" and c not in "\t\r\n" for c in text[:65536]
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This file holds binary data; it is not a CSV file.")
        )
    return text


def _looks_chinese(text: str) -> bool:
    """GB18030 decodes almost any bytes; text really written in GBK is mostly the
    3,755 common characters of GB2312 level 1 and full-width punctuation, where
    Latin-1 or Greek bytes read as GBK give rare characters or none at all."""
    others = [c for c in text if ord(c) > 127]
    if not others:
        return True
    common = 0
    for char in others:
        try:
            lead = char.encode(_GB_COMMON)[0]
        except UnicodeEncodeError:
            continue  # GBK/GB18030 only: rare
        if 0xA1 <= lead <= 0xA9 or 0xB0 <= lead <= 0xD7:  # symbols, level 1
            common += 1
    return common >= 0.8 * len(others)


def _unknown_encoding() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The file's text encoding is not UTF-8 or GBK. Save it as “CSV UTF-8” and try again.",
        )
    )


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first line (outside quotes) into the most columns."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: 0 for d in DELIMITERS}
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: comma first
    return best if counts[best] else ","


def _records(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    end = 0
    for cells in reader:
        start, end = end + 1, reader.line_num
        yield start, cells


def header_key(text: str) -> str:
    """Comparison form of a header: width-folded, case-folded, no spaces or required marks."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(folded.split()).rstrip("*").lstrip("*")


def _map_headers(
    headers: Sequence[str], fields: Sequence[CsvField]
) -> tuple[dict[str, str], tuple[str, ...]]:
    names: dict[str, CsvField] = {}
    for f in fields:
        for name in (f.key, f.label, *f.aliases):
            names.setdefault(header_key(name), f)
    columns: dict[str, str] = {}
    unknown: list[str] = []
    for header in headers:
        f = names.get(header_key(header))
        if f is None:
            if header:
                unknown.append(header)
            continue
        if f.key in columns:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The columns “{first}” and “{second}” both give {field}."
                ),
                first=columns[f.key],
                second=header,
                field=Msg(f.label, "fields"),
            )
        columns[f.key] = header
    missing = [Msg(f.label, "fields") for f in fields if f.required and f.key not in columns]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file has no column for: {fields}."), fields=missing
        )
    return columns, tuple(unknown)


def unescape_cell(text: str) -> str:
    """Undo write_csv's formula guard: ``'=1+2`` → ``=1+2``, ``''x`` → ``'x``."""
    if len(text) > 1 and text[0] == "'" and text[1] in ("'", *FORMULA_START):
        return text[1:]
    return text


# -- writing --------------------------------------------------------------------------------------
def write_csv(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """CSV bytes: UTF-8 with BOM, CRLF, formula-safe text, exact numbers."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([escape_cell(h) for h in headers])
    for row in rows:
        writer.writerow([format_cell(value) for value in row])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def write_csv_file(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    write_whole(path, write_csv(headers, rows))


def format_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("write booleans as text the user can read")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot write {value} to a CSV file")
        return f"{value:f}"  # exact digits, never an exponent
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return escape_cell(value)
    raise TypeError(f"cannot write {type(value).__name__} to a CSV file (floats are not exact)")


def escape_cell(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading single quote (OWASP)."""
    if text.startswith(("'", *FORMULA_START)):
        return "'" + text
    return text
