"""CSV import/export helpers, with real files: encodings, delimiters, headers in
English and Chinese, per-row errors with line numbers, formula-safe writing."""

from __future__ import annotations

import codecs
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import cli_translator
from erp_desktop.services.csv_io import (
    CsvField,
    CsvRow,
    decode_csv_bytes,
    read_csv,
    write_csv,
    write_csv_file,
)

FIELDS = (
    CsvField("code", "Code", ("item code", "编码", "商品编码"), required=True),
    CsvField("name", "Name", ("item name", "名称", "商品名称"), required=True),
    CsvField("price", "Unit price", ("price", "单价")),
    CsvField("unit", "Unit", ("单位",)),
)

CHINESE = "商品编码,商品名称,单价,单位\r\nA-001,不锈钢保温杯,35.50,个\r\nA-002,A4 复印纸,22,包\r\n"


def convert(row: CsvRow) -> tuple[str, str, Decimal | None]:
    return (
        row.text("code", max_length=20, required=True),
        row.text("name", max_length=100, required=True, multiline=True),
        row.decimal("price", places=6),
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + CHINESE.encode("utf-8"), "utf-8-sig"),
        (CHINESE.encode("utf-8"), "utf-8"),
        (CHINESE.encode("gbk"), "gb18030"),
        (CHINESE.replace(",", "\t").encode("utf-16"), "utf-16"),
    ],
    ids=["utf8-bom", "utf8", "gbk", "utf16-tab"],
)
def test_chinese_files_in_each_encoding_read_the_same(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    table = read_csv(write(tmp_path, "items.csv", data), FIELDS)
    assert table.encoding == encoding
    assert table.columns == {
        "code": "商品编码",
        "name": "商品名称",
        "price": "单价",
        "unit": "单位",
    }
    rows, errors = table.convert(convert)
    assert errors == []
    assert rows == [
        (2, ("A-001", "不锈钢保温杯", Decimal("35.500000"))),
        (3, ("A-002", "A4 复印纸", Decimal("22.000000"))),
    ]


def test_gbk_file_with_a_rare_name_character_is_still_gbk(tmp_path: Path) -> None:
    text = "编码;名称;单位\n" + "".join(f"C{i};朱镕基路 {i} 号仓库用品;个\n" for i in range(5))
    table = read_csv(write(tmp_path, "gbk.csv", text.encode("gbk")), FIELDS)
    assert (table.encoding, table.delimiter) == ("gb18030", ";")
    assert table.rows[0].values["name"] == "朱镕基路 0 号仓库用品"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_detected(delimiter: str) -> None:
    data = f'Code{delimiter}Name{delimiter}Price\n1{delimiter}"a, b; c"{delimiter}1.5\n'
    table = read_csv(data.encode(), FIELDS)
    assert table.delimiter == delimiter
    assert table.rows[0].values == {"code": "1", "name": "a, b; c", "price": "1.5"}


def test_headers_match_ignoring_case_width_spaces_and_required_marks() -> None:
    data = " ＣＯＤＥ *, Item  Name ,PRICE,Colour\nx,y,1,red\n".encode()
    table = read_csv(data, FIELDS)
    assert table.columns == {"code": " ＣＯＤＥ *".strip(), "name": "Item  Name", "price": "PRICE"}
    assert table.unknown_columns == ("Colour",)


def test_missing_and_doubled_columns_are_refused() -> None:
    with pytest.raises(ValidationError, match="no column for: Name") as missing:
        read_csv(b"Code,Price\n1,2\n", FIELDS)
    assert missing.value.render(cli_translator("zh_CN")).startswith("文件")
    with pytest.raises(ValidationError, match="“编码” and “item code” both give Code"):
        read_csv("编码,item code,名称\n1,2,3\n".encode(), FIELDS)
    with pytest.raises(ValidationError, match="no header"):
        read_csv(b"\n\n", FIELDS)


def test_quoted_newlines_keep_line_numbers_of_the_file(tmp_path: Path) -> None:
    data = (
        "Code,Name,Price\r\n"
        'A,"two\r\nlines",1\r\n'
        "\r\n"
        'B,"three\nline\nname",abc\r\n'
        "C,ok,-1\r\n"
        ",,\r\n"
        "D,,2\r\n"
        "E,too,many,cells,here\r\n"
        "F,fine,3\r\n"
    )
    table = read_csv(write(tmp_path, "multi.csv", data.encode()), FIELDS)
    assert table.rows[0].values["name"] == "two\nlines"
    rows, errors = table.convert(convert)
    assert [line for line, _ in rows] == [2, 12]
    assert [(e.line, e.column) for e in errors] == [
        (5, "Price"),
        (8, "Price"),
        (10, "Name"),
        (11, None),
    ]
    messages = [e.message.render() for e in errors]
    assert messages[0] == "Unit price: “abc” is not a number."
    assert messages[1] == "Unit price cannot be negative."
    assert messages[2] == "Name is required."
    assert messages[3] == "The row has 5 values but the header has 3."
    assert errors[0].message.render(cli_translator("zh_CN")) != messages[0]


def test_converter_errors_about_the_row_as_a_whole() -> None:
    table = read_csv(b"Code,Name\nA,x\nA,y\n", FIELDS)
    seen: set[str] = set()

    def unique(row: CsvRow) -> str:
        code = row.get("code")
        if code in seen:
            raise row.fail("code", "Code {code} appears twice.", code=code)
        seen.add(code)
        return code

    rows, errors = table.convert(unique)
    assert rows == [(2, "A")]
    assert [(e.line, e.column, e.message.render()) for e in errors] == [
        (3, "Code", "Code A appears twice.")
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("Code,Name\nMüller,Café\n".encode("latin-1"), "not UTF-8 or GBK"),
        ("Code,Name\n1,Ελληνικά\n".encode("iso-8859-7"), "not UTF-8 or GBK"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "Excel workbook"),
        (b"Code,Name\n1,\x00\x01\x02\x03\n", "binary data"),
        (bytes(range(256)) * 4, "not UTF-8 or GBK|binary data"),
    ],
    ids=["latin1", "greek", "xlsx", "xls", "nul", "noise"],
)
def test_other_files_are_refused_with_a_clear_message(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    with pytest.raises(ValidationError, match=reason):
        read_csv(write(tmp_path, "bad.csv", data), FIELDS)


def test_unreadable_path_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Cannot read"):
        read_csv(tmp_path / "missing.csv", FIELDS)


# -- writing --------------------------------------------------------------------------------------
INJECTIONS = [
    "=1+2",
    '=HYPERLINK("http://x","y")',
    "+SUM(A1)",
    "-5 boxes",
    "@SUM(1)",
    "\tTAB",
    "\rCR",
    "'quoted already",
    "''two quotes",
    "normal, with comma",
    'say "hi"',
    "line\nbreak",
    "中文名称",
]


def test_written_file_is_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_csv_file(path, ["编码", "名称"], [["A-1", "保温杯"]])
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data[3:] == "编码,名称\r\nA-1,保温杯\r\n".encode()


def test_text_that_spreadsheets_would_run_is_prefixed_with_a_quote() -> None:
    text = write_csv(["v"], [[value] for value in INJECTIONS]).decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[1] == "'=1+2"
    assert lines[2] == '"\'=HYPERLINK(""http://x"",""y"")"'
    assert lines[3:6] == ["'+SUM(A1)", "'-5 boxes", "'@SUM(1)"]
    assert lines[6] == "'\tTAB"
    assert lines[7].startswith("\"'\r")
    for line in text.splitlines():
        assert not line.startswith(("=", "+", "-", "@", '"=', '"+', '"-', '"@'))


def test_numbers_stay_numbers_and_exact() -> None:
    row = [Decimal("-5"), Decimal("1E+3"), Decimal("0.10"), Decimal("-0.000001"), -7, 0, None]
    row += [date(2026, 11, 29), Decimal("12345678901234567.89")]
    text = write_csv(["a"] * len(row), [row]).decode("utf-8-sig")
    assert text.split("\r\n")[1] == "-5,1000,0.10,-0.000001,-7,0,,2026-11-29,12345678901234567.89"
    with pytest.raises(TypeError, match="float"):
        write_csv(["a"], [[1.5]])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        write_csv(["a"], [[Decimal("NaN")]])


def test_written_text_reads_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "round.csv"
    write_csv_file(
        path,
        ["Code", "Name", "Price"],
        [[f"C{i}", value, Decimal("-1.50")] for i, value in enumerate(INJECTIONS)],
    )
    table = read_csv(path, FIELDS)
    names = [row.values["name"] for row in table.rows]
    assert names == INJECTIONS
    assert {row.values["price"] for row in table.rows} == {"-1.50"}


def test_decode_reports_the_encoding() -> None:
    assert decode_csv_bytes("a,b".encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""])) == (
        "a,b",
        "utf-16",
    )


# -- damaged files and big files ----------------------------------------------------------------
def test_a_stray_opening_quote_names_its_line_instead_of_swallowing_the_rest() -> None:
    data = b'Code,Name,Price\n1,a,1\n2,"b,2\n3,c,3\n4,d,4\n'
    table = read_csv(data, FIELDS)
    with pytest.raises(ValidationError, match=r"^Line 3: a quote \(\"\) opens a cell"):
        list(table.records())


def test_a_stray_quote_in_a_big_file_names_its_line(tmp_path: Path) -> None:
    rows = "".join(f"{n},item {n},1.5\n" for n in range(3, 20_000))
    path = write(tmp_path, "big.csv", f'Code,Name,Price\n1,"broken,1\n{rows}'.encode())
    table = read_csv(path, FIELDS)
    with pytest.raises(ValidationError, match=r"^Line 2: a quote"):
        table.convert(lambda row: row.get("code"))


def test_a_cell_over_128_kib_is_refused_with_its_line() -> None:
    data = ('Code,Name,Price\n1,a,1\n2,"' + "x" * 200_000 + '",2\n').encode()
    with pytest.raises(ValidationError, match=r"^Line 3: .*longer than 128 KiB"):
        read_csv(data, FIELDS).convert(lambda row: row.get("code"))


def test_cells_on_several_lines_are_still_read() -> None:
    data = b'Code,Name,Price\n1,"two\nlines",1\n2,"say ""hi""\nthere",2\n3,c,3\n'
    rows = read_csv(data, FIELDS).rows
    assert [(r.line, r.values["name"]) for r in rows] == [
        (2, "two\nlines"),
        (4, 'say "hi"\nthere'),
        (6, "c"),
    ]


def test_reading_reports_progress_and_stops_when_told(tmp_path: Path) -> None:
    body = "".join(f"{n},item {n},1.5\n" for n in range(1, 10_001))
    path = write(tmp_path, "many.csv", ("Code,Name,Price\n" + body).encode())
    size = path.stat().st_size
    seen: list[tuple[int, int]] = []
    rows = read_csv(path, FIELDS).convert(lambda row: row.get("code"))[0]
    assert len(rows) == 10_000
    table = read_csv(path, FIELDS)
    assert (
        sum(1 for _ in table.each(lambda row: row.line, lambda d, t: seen.append((d, t)))) == 10_000
    )
    assert seen[-1] == (size, size) and len(seen) == 6  # every 2,000 lines, then the end
    assert all(0 < done <= size and total == size for done, total in seen)

    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        list(table.each(lambda row: row.line, cancel))


def test_reading_a_file_keeps_memory_small(tmp_path: Path) -> None:
    """Rows stream from the file: what reading holds is a few 1 MB buffers, not the file
    (reading it whole, as text, and its 150,000 rows took over 60 MB)."""
    import tracemalloc

    body = "".join(f"C{n:07d},螺丝刀 十字 {n},1.50\n" for n in range(150_000))
    path = write(tmp_path, "four.csv", ("Code,Name,Price\n" + body).encode())
    assert path.stat().st_size > 4_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_csv(path, FIELDS).each(lambda row: row.get("code")))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 150_000
    assert peak < 12_000_000
