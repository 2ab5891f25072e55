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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, TypeVar

from erp_desktop.domain.money import parse_decimal
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.files import write_whole
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg, cli_translator

T = TypeVar("T")
Cell = str | Decimal | int | date | None

MAX_FILE_BYTES = 50 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024
SAMPLE_CHARS = 1024 * 1024  # text the GBK check looks at
PROGRESS_LINES = 2000  # report progress every this many lines
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


Progress = Callable[[int, int], None]  # (bytes read, file size); may raise to cancel


@dataclass(frozen=True)
class CsvTable:
    """A checked CSV file: its encoding, delimiter and columns. The rows are read from
    the file each time they are asked for, one at a time (``records``/``each``), so
    memory stays small whatever the file's size."""

    encoding: str
    delimiter: str
    headers: tuple[str, ...]  # as written in the file
    columns: Mapping[str, str]  # field key → header text
    unknown_columns: tuple[str, ...]  # headers no field claims (shown, then ignored)
    source: CsvSource
    labels: Mapping[str, str]  # field key → field label

    def records(self, progress: Progress | None = None) -> Iterator[CsvRow | RowError]:
        """Every data row, or the RowError of a row refused while reading (wrong cell
        count), in file order."""
        headers, labels, columns = self.headers, self.labels, self.columns
        index = {key: headers.index(name) for key, name in columns.items()}
        records = _records(self.source, self.encoding, self.delimiter, progress)
        next(records, None)  # the header line
        for line, cells in records:
            if not any(cell.strip() for cell in cells):
                continue  # blank lines and rows of empty cells (Excel leaves those)
            if any(cell.strip() for cell in cells[len(headers) :]):
                yield RowError(
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
                continue
            values = {
                key: unescape_cell(cells[i].strip().replace("\r\n", "\n"))
                for key, i in index.items()
                if i < len(cells)
            }
            yield CsvRow(line, values, columns, labels)

    @property
    def rows(self) -> list[CsvRow]:
        """All rows at once (small files and tests; imports use ``each``)."""
        return [row for row in self.records() if isinstance(row, CsvRow)]

    def each(
        self, convert: Callable[[CsvRow], T], progress: Progress | None = None
    ) -> Iterator[tuple[int, T] | RowError]:
        """``convert`` run over the rows as they are read: (line, result) or a RowError."""
        for row in self.records(progress):
            if isinstance(row, RowError):
                yield row
                continue
            try:
                yield row.line, convert(row)
            except CellError as error:
                yield error.error
            except ValidationError as error:
                yield RowError(row.line, None, error.message)

    def convert(self, convert: Callable[[CsvRow], T]) -> tuple[list[tuple[int, T]], list[RowError]]:
        """Run ``convert`` over every row; returns (line, result) pairs and all errors by line."""
        results: list[tuple[int, T]] = []
        errors: list[RowError] = []
        for outcome in self.each(convert):
            if isinstance(outcome, RowError):
                errors.append(outcome)
            else:
                results.append(outcome)
        return results, errors


# -- reading --------------------------------------------------------------------------------------
class CsvSource:
    """The file (or bytes) being imported, read in chunks."""

    def __init__(self, source: Path | bytes) -> None:
        self.source = source
        self.stamp: tuple[int, int] | None = None  # a file's size and time of change
        if isinstance(source, bytes | bytearray):
            self.size = len(source)
        else:
            self.stamp = self._stamp(source)
            self.size = self.stamp[0]
        if self.size > MAX_FILE_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file is too large (more than {size} MB)."),
                size=MAX_FILE_BYTES // (1024 * 1024),
            )

    @staticmethod
    def _stamp(path: Path) -> tuple[int, int]:
        try:
            status = path.stat()
        except OSError as error:
            raise _unreadable(path, error) from error
        return status.st_size, status.st_mtime_ns

    def unchanged(self) -> bool:
        """Whether the file still has the size and time of change it had when opened."""
        if self.stamp is None or isinstance(self.source, bytes | bytearray):
            return True
        try:
            return self._stamp(self.source) == self.stamp
        except ValidationError:
            return False

    def open(self) -> BinaryIO:
        if isinstance(self.source, bytes | bytearray):
            return io.BytesIO(self.source)
        try:
            return self.source.open("rb")
        except OSError as error:
            raise _unreadable(self.source, error) from error

    def head(self, size: int = 65536) -> bytes:
        with self.open() as handle:
            return handle.read(size)


def _unreadable(path: Path, error: OSError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
        path=path,
        reason=error.strerror or error,
    )


def read_csv(source: Path | bytes, fields: Sequence[CsvField]) -> CsvTable:
    """Check a CSV file for ``fields`` (encoding, delimiter, header) without keeping it
    in memory; ValidationError when the file as a whole is unusable. An Excel workbook
    (.xlsx) is read by ``services.xlsx_exchange`` into the same rows."""
    from erp_desktop.services.xlsx_exchange import is_xlsx, read_xlsx

    if is_xlsx(source):
        return read_xlsx(source, fields)
    data = CsvSource(source)
    encoding = detect_encoding(data)
    with _text(data, encoding) as text:
        first = text.read(65536)
    delimiter = detect_delimiter(first)
    _, header = next(_records(data, encoding, delimiter, None), (0, []))
    headers = tuple(cell.strip() for cell in header)
    if not any(headers):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file has no header line."))
    columns, unknown = _map_headers(headers, fields)
    labels = {f.key: f.label for f in fields}
    return CsvTable(encoding, delimiter, headers, columns, unknown, data, labels)


def detect_encoding(source: CsvSource) -> str:
    """The file's encoding, checked over the whole file in chunks (a GBK character
    half-way down a UTF-8-looking file must not pass), or ValidationError."""
    head = source.head()
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is an Excel workbook, not a CSV file. In Excel choose "
                "File ▸ Save As ▸ CSV UTF-8, then import that file.",
            )
        )
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        sample = _decodes(source, encoding)
        if sample is None:
            continue
        if encoding == "gb18030" and not _looks_chinese(sample):
            break
        return encoding
    raise _unknown_encoding()


def _decodes(source: CsvSource, encoding: str) -> str | None:
    """The first megabyte of text if the whole file decodes (NUL and other control
    characters refused), else None."""
    decoder = codecs.getincrementaldecoder(encoding)()
    sample = ""
    with source.open() as handle:
        while True:
            chunk = handle.read(CHUNK_BYTES)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                return None
            if "\x00" in text or (len(sample) < 65536 and _has_controls(text[:65536])):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "This file holds binary data; it is not a CSV file."
                    )
                )
            if len(sample) < SAMPLE_CHARS:
                sample += text[: SAMPLE_CHARS - len(sample)]
            if not chunk:
                return sample


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(c) == "Cc" and c not in "\t\r\n" for c in text)


def _text(source: CsvSource, encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(source.open(), encoding=encoding, newline="")


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of CSV bytes, or ValidationError saying why they cannot be read."""
    source = CsvSource(data)
    encoding = detect_encoding(source)
    return data.decode("utf-8-sig" if encoding == "utf-8-sig" else encoding), encoding


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


def _records(
    source: CsvSource, encoding: str, delimiter: str, progress: Progress | None
) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, cells), streamed. A quote that opens a cell and is
    never closed would swallow the rest of the file into one cell: refused, naming the
    line where it opened."""
    with _text(source, encoding) as text:
        quotes = [0]  # quote characters in the record being read

        def lines() -> Iterator[str]:
            for count, line in enumerate(text, start=1):
                quotes[0] += line.count('"')
                if progress is not None and count % PROGRESS_LINES == 0:
                    progress(text.buffer.tell(), source.size)
                yield line

        reader = csv.reader(lines(), delimiter=delimiter, strict=False)
        end = 0
        while True:
            start, quotes[0] = end + 1, 0
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as error:  # a cell past the field size limit
                raise _unclosed_quote(start) from error
            end = reader.line_num
            # Quotes come in pairs in a record; an odd count over several lines means the
            # reader ran to the end of the file inside a cell.
            if end > start and quotes[0] % 2:
                raise _unclosed_quote(start)
            yield start, cells
        if progress is not None:
            progress(source.size, source.size)


def _unclosed_quote(line: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            'Line {line}: a quote (") opens a cell that is not closed, so the rest of the '
            "file would be read as one cell (or a cell is longer than {size} KiB). Close the "
            "quote or remove it, save the file and import it again.",
        ),
        line=line,
        size=csv.field_size_limit() // 1024,
    )


def header_key(text: str) -> str:
    """Comparison form of a header: width-folded, case-folded, no spaces or required marks."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(folded.split()).rstrip("*").lstrip("*")


def _map_headers(
    headers: Sequence[str], fields: Sequence[CsvField]
) -> tuple[dict[str, str], tuple[str, ...]]:
    chinese = cli_translator("zh_CN")  # a file exported from the Chinese UI reads back
    names: dict[str, CsvField] = {}
    for f in fields:
        for name in (f.key, f.label, chinese("fields", f.label), *f.aliases):
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
