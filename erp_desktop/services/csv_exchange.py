"""CSV import and export of items, opening stock and parties (suppliers, customers).

Reading, encodings, header matching and formula-safe writing are
``services.csv_io``'s; this module knows the fields, checks every row the way
the forms would (the same ``clean_item`` / ``clean_party`` rules, codes unique
after normalisation — in the file and against the book), and commits all or
nothing:

- ``preview_*(session, source)`` reads the file and returns an ``ImportPreview``:
  the good rows, and every bad row with its line number and reason. Nothing is
  written.
- ``commit_*(session, user_id, preview, …)`` refuses a preview with errors, checks
  again inside the transaction (someone may have added a code meanwhile) and
  writes everything in the caller's transaction, or nothing.

Exports write what the imports read (a file exported and imported again gives
the same items), UTF-8 with BOM for Excel; text that a spreadsheet would run as
a formula is quoted as text, numbers stay numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.money import PRICE_PLACES, QUANTITY_PLACES, decimal_places, parse_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.text import fold_code
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg, Translate
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location, LocationKind
from erp_desktop.models.party import Party
from erp_desktop.models.stock import StockBalance
from erp_desktop.services import audit
from erp_desktop.services.bulk import bulk_insert_dicts
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.csv_io import (
    CsvField,
    CsvRow,
    CsvTable,
    Progress,
    RowError,
    read_csv,
    write_csv,
)
from erp_desktop.services.parties import CUSTOMER, SUPPLIER, PartyData, clean_party, create_party
from erp_desktop.services.permissions import may, require
from erp_desktop.services.stock.items import DEFAULT_TAX_RATE, ItemData, clean_item, item_columns
from erp_desktop.services.stock.opening_stock import OpeningLine, PostedOpening, post_opening

T = TypeVar("T")
Source = Path | bytes


# Exports speak the user's language (headers and values), and imports read them back.
YES = QT_TRANSLATE_NOOP("csv", "yes")
NO = QT_TRANSLATE_NOOP("csv", "no")
EXEMPT_TEXT = QT_TRANSLATE_NOOP("csv", "exempt")


def english(_context: str, text: str) -> str:
    return text


MAX_LISTED_ERRORS = 1000  # a preview lists this many bad rows and counts the rest
CHUNK_ROWS = 5_000  # rows checked against the book and written at a time
KEEP_BYTES = 96 * 1024 * 1024  # checked item rows kept packed for the commit, at most


@dataclass(frozen=True)
class ImportPreview(Generic[T]):
    """What a file would import: how many good rows, and the bad ones with their line.

    Converted rows cost ~800 bytes each as objects (a 50 MB file holds half a million),
    so they are not kept as such: items are kept packed (``kept``, ~90 bytes a row, up
    to ``KEEP_BYTES``) and unpacked for the commit without checking them again;
    otherwise ``each`` reads the file again and converts the rows the same way."""

    kind: str  # items, opening, supplier, customer
    encoding: str
    columns: dict[str, str]  # field key → header in the file
    unknown_columns: tuple[str, ...]
    count: int = 0  # good rows
    errors: list[RowError] = field(default_factory=list)  # the first MAX_LISTED_ERRORS
    error_count: int = 0
    bad_lines: frozenset[int] = frozenset()
    table: CsvTable | None = None
    convert: Callable[[CsvRow], T] | None = None
    kept: list[bytes] | None = None  # the good rows packed, a chunk each; None: read again
    unpack: Callable[[bytes], tuple[int, T]] | None = None

    @property
    def ok(self) -> bool:
        return bool(self.count) and not self.error_count

    def each(self, progress: Progress | None = None) -> Iterator[tuple[int, T]]:
        """The good rows, read and converted again; a row that no longer converts (the
        file was changed since the preview) stops everything. Rows kept at the preview
        are used while the file keeps its size and time of change."""
        unchanged = self.table is None or self.table.source.unchanged()
        if self.kept is not None and self.unpack is not None and unchanged:
            yield from self._unpacked(progress)
            return
        if self.table is None or self.convert is None:
            return
        for outcome in self.table.each(self.convert, progress):
            if (outcome.line if isinstance(outcome, RowError) else outcome[0]) in self.bad_lines:
                continue
            if isinstance(outcome, RowError):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Line {line}: {problem} The file was changed since it was checked; "
                        "nothing was imported. Check it again.",
                    ),
                    line=outcome.line,
                    problem=outcome.message,
                )
            yield outcome

    def _unpacked(self, progress: Progress | None) -> Iterator[tuple[int, T]]:
        assert self.kept is not None and self.unpack is not None
        total = sum(len(chunk) for chunk in self.kept)
        done = 0
        for chunk in self.kept:
            if progress is not None:  # (bytes done, bytes in all), like reading the file
                progress(done, total)
            for packed in chunk.split(_ROW_SEPARATOR):
                yield self.unpack(packed)
            done += len(chunk)
        if progress is not None:
            progress(total, total)

    @property
    def rows(self) -> list[tuple[int, T]]:
        """All good rows at once (small files and tests; the commit uses ``each``)."""
        return list(self.each())


class _Collector(Generic[T]):
    """Counts good rows and keeps the first bad ones while a file streams past."""

    def __init__(self) -> None:
        self.count = 0
        self.errors: list[RowError] = []
        self.error_count = 0
        self.bad_lines: set[int] = set()

    def bad(self, error: RowError) -> None:
        self.error_count += 1
        self.bad_lines.add(error.line)
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.append(error)

    def preview(
        self,
        kind: str,
        table: CsvTable,
        convert: Callable[[CsvRow], T],
        kept: list[bytes] | None = None,
        unpack: Callable[[bytes], tuple[int, T]] | None = None,
    ) -> ImportPreview[T]:
        self.errors.sort(key=lambda e: e.line)
        return ImportPreview(
            kind,
            table.encoding,
            dict(table.columns),
            table.unknown_columns,
            self.count,
            self.errors,
            self.error_count,
            frozenset(self.bad_lines),
            table,
            convert,
            kept,
            unpack,
        )


def _chunks(rows: Iterable[tuple[int, T]], size: int = CHUNK_ROWS) -> Iterator[list[tuple[int, T]]]:
    chunk: list[tuple[int, T]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _refuse_errors(preview: ImportPreview[Any]) -> None:
    if preview.error_count:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file has {count} bad rows; nothing was imported. Correct them and "
                "import the file again.",
            ),
            count=preview.error_count,
        )
    if not preview.count:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file has no rows to import."))


def _row_error(line: int, column: str | None, text: str, **params: Any) -> RowError:
    return RowError(line, column, Msg(text, "errors", params))


# -- items ------------------------------------------------------------------------------------
ITEM_FIELDS = (
    CsvField(
        "code", QT_TRANSLATE_NOOP("fields", "Code"), ("item code", "编码", "商品编码", "编号"), True
    ),
    CsvField(
        "name", QT_TRANSLATE_NOOP("fields", "Name"), ("item name", "名称", "商品名称", "品名"), True
    ),
    CsvField(
        "spec", QT_TRANSLATE_NOOP("fields", "Specification"), ("spec", "规格", "规格型号", "型号")
    ),
    CsvField("category", QT_TRANSLATE_NOOP("fields", "Category"), ("类别", "分类", "商品类别")),
    CsvField(
        "unit",
        QT_TRANSLATE_NOOP("fields", "Unit"),
        ("base unit", "单位", "基本单位", "计量单位"),
        True,
    ),
    CsvField(
        "decimals",
        QT_TRANSLATE_NOOP("fields", "Quantity decimals"),
        ("decimals", "小数位", "数量小数位"),
    ),
    CsvField("purchase_unit", QT_TRANSLATE_NOOP("fields", "Purchase unit"), ("采购单位",)),
    CsvField(
        "purchase_factor",
        QT_TRANSLATE_NOOP("fields", "Purchase unit factor"),
        ("factor", "换算率", "采购单位换算"),
    ),
    CsvField("barcode", QT_TRANSLATE_NOOP("fields", "Barcode"), ("条码", "条形码")),
    CsvField("purchase_price", QT_TRANSLATE_NOOP("fields", "Purchase price"), ("采购价", "进价")),
    CsvField("sale_price", QT_TRANSLATE_NOOP("fields", "Sale price"), ("销售价", "售价", "零售价")),
    CsvField("tax_rate", QT_TRANSLATE_NOOP("fields", "Tax rate %"), ("tax rate", "税率", "税率%")),
    CsvField(
        "tax_code",
        QT_TRANSLATE_NOOP("fields", "Tax classification code"),
        ("tax code", "税收分类编码", "商品和服务税收分类编码", "税收编码", "商品和服务税收编码"),
    ),
    CsvField(
        "tax_short_name",
        QT_TRANSLATE_NOOP("fields", "Tax code short name"),
        ("税收分类简称", "税收简称", "简称"),
    ),
)
# Words a tax rate cell may hold instead of a percentage: (rate, zero-rate kind).
ZERO_RATE_WORDS: dict[str, tuple[Decimal | None, str]] = {
    "exempt": (None, "exempt"),
    "tax-exempt": (None, "exempt"),
    "免税": (None, "exempt"),
    "not taxable": (None, "not_taxable"),
    "不征税": (None, "not_taxable"),
    "zero rate": (Decimal(0), "zero"),
    "普通零税率": (Decimal(0), "zero"),
    "零税率": (Decimal(0), "zero"),
    "export refund": (Decimal(0), "export"),
    "出口退税": (Decimal(0), "export"),
}
EXPORTED_KIND = {"not_taxable": "不征税", "export": "出口退税"}


def _item_row(row: CsvRow) -> ItemData:
    decimals_text = row.get("decimals")
    decimals = 0
    if decimals_text:
        if not decimals_text.isdigit() or int(decimals_text) > QUANTITY_PLACES:
            raise row.fail(
                "decimals",
                QT_TRANSLATE_NOOP("errors", "Quantity decimals must be between 0 and 4."),
            )
        decimals = int(decimals_text)
    rate_text = row.get("tax_rate").rstrip("%").strip()
    rate: Decimal | None = DEFAULT_TAX_RATE
    kind = ""
    if rate_text.casefold() in ZERO_RATE_WORDS:
        rate, kind = ZERO_RATE_WORDS[rate_text.casefold()]
    elif rate_text:
        try:
            percent = parse_decimal(
                rate_text, places=2, field=QT_TRANSLATE_NOOP("fields", "Tax rate %")
            )
        except ValidationError as error:
            raise row.fail("tax_rate", error.message.text, **dict(error.message.params)) from error
        rate = percent / 100
    data = ItemData(
        code=row.get("code"),
        name=row.get("name"),
        base_unit=row.get("unit"),
        spec=row.get("spec"),
        category=row.get("category"),
        unit_precision=decimals,
        purchase_unit=row.get("purchase_unit") or None,
        purchase_factor=row.decimal("purchase_factor", places=QUANTITY_PLACES),
        barcode=row.get("barcode") or None,
        purchase_price=row.decimal("purchase_price", places=PRICE_PLACES) or Decimal(0),
        sale_price=row.decimal("sale_price", places=PRICE_PLACES) or Decimal(0),
        tax_rate=rate,
        tax_code=row.get("tax_code"),
        tax_short_name=row.get("tax_short_name"),
        zero_rate_kind=kind,
    )
    try:
        return clean_item(data)
    except ValidationError as error:
        raise row.fail(None, error.message.text, **dict(error.message.params)) from error


def preview_items(
    session: Session, source: Source, progress: Progress | None = None
) -> ImportPreview[ItemData]:
    table = read_csv(source, ITEM_FIELDS)
    found: _Collector[ItemData] = _Collector()
    seen: dict[str, int] = {}
    kept: list[bytes] | None = []
    kept_bytes = 0  # one bytes object per chunk: ~90 bytes a row, no object per row
    code_column = table.columns.get("code")
    for chunk in _chunks(_good(table.each(_item_row, progress), found)):
        taken = _taken_item_codes(session, [data.code for _, data in chunk])
        packed: list[bytes] = []
        for line, data in chunk:
            key = fold_code(data.code)
            if key in seen:
                found.bad(
                    _row_error(
                        line,
                        code_column,
                        QT_TRANSLATE_NOOP("errors", "The code “{code}” is also on line {other}."),
                        code=data.code,
                        other=seen[key],
                    )
                )
                continue
            seen[key] = line
            if key in taken:
                found.bad(
                    _row_error(
                        line,
                        code_column,
                        QT_TRANSLATE_NOOP(
                            "errors", "The item code “{code}” is already used by item “{taken}”."
                        ),
                        code=data.code,
                        taken=taken[key],
                    )
                )
                continue
            found.count += 1
            packed.append(_pack_item(line, data))
        if kept is not None and packed:
            kept.append(_ROW_SEPARATOR.join(packed))
            kept_bytes += len(kept[-1])
            if kept_bytes > KEEP_BYTES:
                kept = None  # too big to keep: the commit reads the file again
    return found.preview("items", table, _item_row, kept, _unpack_item)


_NONE = "\x1e"  # a control character: never in a checked value
_SEPARATOR = "\x1f"
_ROW_SEPARATOR = b"\x1d"  # between the packed rows of a chunk


def _pack_item(line: int, data: ItemData) -> bytes:
    """A checked item in a few bytes: its fields as text, joined (see ``_unpack_item``)."""
    values = (
        line,
        data.code,
        data.name,
        data.base_unit,
        data.spec,
        data.category,
        data.unit_precision,
        data.purchase_unit,
        data.purchase_factor,
        data.barcode,
        data.purchase_price,
        data.sale_price,
        data.tax_rate,
        data.tax_code,
        data.tax_short_name,
        data.zero_rate_kind,
    )
    text = _SEPARATOR.join(_NONE if value is None else str(value) for value in values)
    return text.encode()


def _unpack_item(packed: bytes) -> tuple[int, ItemData]:
    values: list[str | None] = [
        None if value == _NONE else value for value in packed.decode().split(_SEPARATOR)
    ]
    line, code, name, unit, spec, category, places, purchase_unit = values[:8]
    factor, barcode, purchase_price, sale_price, rate, tax_code, short_name, zero_kind = values[8:]

    def number(text: str | None) -> Decimal | None:
        return None if text is None else Decimal(text)

    return int(line or 0), ItemData(
        code=code or "",
        name=name or "",
        base_unit=unit or "",
        spec=spec or "",
        category=category or "",
        unit_precision=int(places or 0),
        purchase_unit=purchase_unit,
        purchase_factor=number(factor),
        barcode=barcode,
        purchase_price=Decimal(purchase_price or 0),
        sale_price=Decimal(sale_price or 0),
        tax_rate=number(rate),
        tax_code=tax_code or "",
        tax_short_name=short_name or "",
        zero_rate_kind=zero_kind or "",
    )


def _good(
    outcomes: Iterable[tuple[int, T] | RowError], found: _Collector[Any]
) -> Iterator[tuple[int, T]]:
    """The converted rows; the refused ones go to ``found``."""
    for outcome in outcomes:
        if isinstance(outcome, RowError):
            found.bad(outcome)
        else:
            yield outcome


def _taken_item_codes(session: Session, codes: Sequence[str]) -> dict[str, str]:
    keys = list({fold_code(code) for code in codes})
    taken: dict[str, str] = {}
    for start in range(0, len(keys), 5_000):
        chunk = keys[start : start + 5_000]
        query = select(Item.code_key, Item.code).where(Item.code_key.in_(chunk))
        taken.update((key, code) for key, code in session.execute(query))
    return taken


def commit_items(
    session: Session,
    user_id: int,
    preview: ImportPreview[ItemData],
    progress: Progress | None = None,
) -> Changed[int]:
    """Create every item of the preview (bulk inserts of a few thousand), or none.
    Returns how many."""
    require(session, user_id, Permission.MASTER_DATA)
    _refuse_errors(preview)
    now = utc_now()
    count = 0
    for chunk in _chunks(preview.each(progress)):
        taken = _taken_item_codes(session, [data.code for _, data in chunk])
        if taken:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The item code “{code}” was added to the book meanwhile; nothing was "
                    "imported. Preview the file again.",
                ),
                code=next(iter(taken.values())),
            )
        rows = [
            {**item_columns(data), "active": True, "created_at": now, "updated_at": now}
            for _, data in chunk
        ]
        bulk_insert_dicts(session, Item.__table__, rows)  # type: ignore[arg-type]
        count += len(rows)
    audit.record(
        session, user_id=user_id, action="item.import", subject="item", details={"count": count}
    )
    return Changed(count, Changes.of(Area.STOCK))


def export_items(session: Session, translate: Translate = english) -> bytes:
    """Every item; headers and yes/no in the language ``translate`` gives (the UI's)."""
    headers = [
        QT_TRANSLATE_NOOP("fields", "Code"),
        QT_TRANSLATE_NOOP("fields", "Name"),
        QT_TRANSLATE_NOOP("fields", "Specification"),
        QT_TRANSLATE_NOOP("fields", "Category"),
        QT_TRANSLATE_NOOP("fields", "Unit"),
        QT_TRANSLATE_NOOP("fields", "Quantity decimals"),
        QT_TRANSLATE_NOOP("fields", "Purchase unit"),
        QT_TRANSLATE_NOOP("fields", "Purchase unit factor"),
        QT_TRANSLATE_NOOP("fields", "Barcode"),
        QT_TRANSLATE_NOOP("fields", "Purchase price"),
        QT_TRANSLATE_NOOP("fields", "Sale price"),
        QT_TRANSLATE_NOOP("fields", "Tax rate %"),
        QT_TRANSLATE_NOOP("fields", "Tax classification code"),
        QT_TRANSLATE_NOOP("fields", "Tax code short name"),
        QT_TRANSLATE_NOOP("fields", "Active"),
    ]
    query = select(
        Item.code,
        Item.name,
        Item.spec,
        Item.category,
        Item.base_unit,
        Item.unit_precision,
        Item.purchase_unit,
        Item.purchase_factor,
        Item.barcode,
        Item.purchase_price,
        Item.sale_price,
        Item.tax_rate,
        Item.active,
        Item.tax_code,
        Item.tax_short_name,
        Item.zero_rate_kind,
    ).order_by(Item.code_key)

    yes, no, exempt = (translate("csv", text) for text in (YES, NO, EXEMPT_TEXT))

    def rows():
        for r in session.execute(query).yield_per(5_000):
            if r[15] in EXPORTED_KIND:  # a rate word the import reads back
                rate: object = EXPORTED_KIND[r[15]]
            else:
                rate = exempt if r[11] is None else (r[11] * 100).normalize()
            yield (
                *r[:7],
                r[7].normalize() if r[7] is not None else None,
                r[8],
                r[9].normalize(),
                r[10].normalize(),
                rate,
                r[13],
                r[14],
                yes if r[12] else no,
            )

    return write_csv([translate("fields", h) for h in headers], rows())


# -- opening stock --------------------------------------------------------------------------
OPENING_FIELDS = (
    CsvField(
        "item", QT_TRANSLATE_NOOP("fields", "Item code"), ("code", "item", "商品编码", "编码"), True
    ),
    CsvField(
        "warehouse",
        QT_TRANSLATE_NOOP("fields", "Warehouse code"),
        ("warehouse", "仓库", "仓库编码"),
        True,
    ),
    CsvField(
        "quantity", QT_TRANSLATE_NOOP("fields", "Quantity"), ("qty", "数量", "期初数量"), True
    ),
    CsvField(
        "unit_cost",
        QT_TRANSLATE_NOOP("fields", "Unit cost"),
        ("cost", "单位成本", "成本单价", "单价"),
        True,
    ),
)


def preview_opening(
    session: Session, source: Source, progress: Progress | None = None
) -> ImportPreview[OpeningLine]:
    table = read_csv(source, OPENING_FIELDS)
    items = {
        key: (item_id, code, precision, active)
        for key, item_id, code, precision, active in session.execute(
            select(Item.code_key, Item.id, Item.code, Item.unit_precision, Item.active)
        )
    }
    warehouses = {
        key: (location_id, active)
        for key, location_id, active in session.execute(
            select(Location.code_key, Location.id, Location.active).where(
                Location.kind == LocationKind.WAREHOUSE
            )
        )
    }
    seen: dict[tuple[int, int], int] = {}
    convert = partial(_opening_line, items, warehouses)

    found: _Collector[OpeningLine] = _Collector()
    codes = {item_id: code for item_id, code, _precision, _active in items.values()}
    for line, opening in _good(table.each(convert, progress), found):
        pair = (opening.item_id, opening.warehouse_id)
        if pair in seen:
            found.bad(
                _row_error(
                    line,
                    table.columns.get("item"),
                    QT_TRANSLATE_NOOP(
                        "errors", "{code} in this warehouse is also on line {other}."
                    ),
                    code=codes[opening.item_id],
                    other=seen[pair],
                )
            )
            continue
        seen[pair] = line
        found.count += 1
    return found.preview("opening", table, convert)


def _opening_line(
    items: dict[str, tuple[int, str, int, bool]],
    warehouses: dict[str, tuple[int, bool]],
    row: CsvRow,
) -> OpeningLine:
    item = items.get(fold_code(row.get("item")))
    if item is None:
        raise row.fail(
            "item",
            QT_TRANSLATE_NOOP("errors", "No item has the code “{code}”."),
            code=row.get("item"),
        )
    if not item[3]:
        raise row.fail(
            "item", QT_TRANSLATE_NOOP("errors", "The item {code} is inactive."), code=item[1]
        )
    warehouse = warehouses.get(fold_code(row.get("warehouse")))
    if warehouse is None or not warehouse[1]:
        raise row.fail(
            "warehouse",
            QT_TRANSLATE_NOOP("errors", "No active warehouse has the code “{code}”."),
            code=row.get("warehouse"),
        )
    quantity = row.decimal("quantity", places=QUANTITY_PLACES, required=True)
    assert quantity is not None
    if quantity <= 0:
        raise row.fail(
            "quantity", QT_TRANSLATE_NOOP("errors", "The quantity must be more than zero.")
        )
    if decimal_places(quantity) > item[2]:
        raise row.fail(
            "quantity",
            QT_TRANSLATE_NOOP(
                "errors",
                "{code} is counted with at most {places} decimals; {quantity} has more.",
            ),
            code=item[1],
            places=item[2],
            quantity=row.get("quantity"),
        )
    cost = row.decimal("unit_cost", places=PRICE_PLACES, required=True)
    assert cost is not None
    return OpeningLine(item[0], warehouse[0], quantity, cost, row.line)


def commit_opening(
    session: Session,
    user_id: int,
    preview: ImportPreview[OpeningLine],
    *,
    key: str,
    opening_date: date,
) -> PostedOpening:
    """Post the opening stock of the preview as one OPN document, or nothing."""
    _refuse_errors(preview)
    return post_opening(
        session,
        user_id,
        [line for _, line in preview.each()],
        key=key,
        opening_date=opening_date,
        note="CSV",
    )


def export_on_hand(
    session: Session,
    user_id: int,
    place: int | str | None = None,
    translate: Translate = english,
) -> bytes:
    """On hand per item and warehouse (values only for users who may see costs)."""
    costs = may(session, user_id, Permission.SEE_COSTS)
    kinds = [LocationKind.TRANSIT] if place == "transit" else [LocationKind.WAREHOUSE]
    query = (
        select(
            Item.code,
            Item.name,
            Item.spec,
            Location.code,
            Location.name,
            Item.base_unit,
            StockBalance.quantity,
            StockBalance.value,
        )
        .join(Item, Item.id == StockBalance.item_id)
        .join(Location, Location.id == StockBalance.location_id)
        .where(StockBalance.quantity != 0, Location.kind.in_(kinds))
        .order_by(Item.code_key, Location.code)
    )
    if isinstance(place, int):
        query = query.where(Location.id == place)
    headers = [
        QT_TRANSLATE_NOOP("fields", "Item code"),
        QT_TRANSLATE_NOOP("fields", "Name"),
        QT_TRANSLATE_NOOP("fields", "Specification"),
        QT_TRANSLATE_NOOP("fields", "Warehouse code"),
        QT_TRANSLATE_NOOP("fields", "Warehouse"),
        QT_TRANSLATE_NOOP("fields", "Unit"),
        QT_TRANSLATE_NOOP("fields", "Quantity"),
    ]
    if costs:
        headers += [
            QT_TRANSLATE_NOOP("fields", "Value"),
            QT_TRANSLATE_NOOP("fields", "Average cost"),
        ]

    def rows():
        from erp_desktop.domain.stock import average_cost

        for r in session.execute(query).yield_per(5_000):
            out = [*r[:6], r[6].normalize()]
            if costs:
                cost = average_cost(r[6], r[7])
                out += [r[7], cost.normalize() if cost is not None else None]
            yield out

    return write_csv([translate("fields", h) for h in headers], rows())


# -- parties (suppliers and customers) ----------------------------------------------------------
PARTY_FIELDS = (
    CsvField("code", QT_TRANSLATE_NOOP("fields", "Code"), ("编码", "编号", "代码"), True),
    CsvField("name", QT_TRANSLATE_NOOP("fields", "Name"), ("名称", "公司名称", "单位名称"), True),
    CsvField(
        "tax_id",
        QT_TRANSLATE_NOOP("fields", "Tax ID"),
        ("税号", "纳税人识别号", "统一社会信用代码"),
    ),
    CsvField(
        "tax_id_override_reason",
        QT_TRANSLATE_NOOP("fields", "Reason for accepting the tax ID"),
        ("税号说明",),
    ),
    CsvField("contact", QT_TRANSLATE_NOOP("fields", "Contact"), ("联系人",)),
    CsvField("phone", QT_TRANSLATE_NOOP("fields", "Phone"), ("电话", "联系电话")),
    CsvField("email", QT_TRANSLATE_NOOP("fields", "Email"), ("邮箱", "电子邮件")),
    CsvField("address", QT_TRANSLATE_NOOP("fields", "Address"), ("地址",)),
    CsvField("bank_name", QT_TRANSLATE_NOOP("fields", "Bank"), ("开户行", "开户银行")),
    CsvField("bank_account", QT_TRANSLATE_NOOP("fields", "Bank account"), ("账号", "银行账号")),
    CsvField("currency", QT_TRANSLATE_NOOP("fields", "Currency"), ("币种",)),
    CsvField("payment_terms", QT_TRANSLATE_NOOP("fields", "Payment terms"), ("付款条件",)),
    CsvField(
        "lead_time_days", QT_TRANSLATE_NOOP("fields", "Lead time (days)"), ("交货期", "交货天数")
    ),
    CsvField("discount_percent", QT_TRANSLATE_NOOP("fields", "Discount %"), ("折扣", "折扣%")),
    CsvField("notes", QT_TRANSLATE_NOOP("fields", "Notes"), ("备注",)),
)


def _check_role(role: str) -> None:
    if role not in (SUPPLIER, CUSTOMER):
        raise ValueError(f"role must be {SUPPLIER!r} or {CUSTOMER!r}")


def preview_parties(
    session: Session, source: Source, role: str, progress: Progress | None = None
) -> ImportPreview[PartyData]:
    """Suppliers (``role="supplier"``) or customers (``role="customer"``) from a CSV file."""
    _check_role(role)
    table = read_csv(source, PARTY_FIELDS)

    convert = partial(_party_from_row, role)
    taken = {key: name for key, name in session.execute(select(Party.code_key, Party.name))}
    seen: dict[str, int] = {}
    found: _Collector[PartyData] = _Collector()
    for line, data in _good(table.each(convert, progress), found):
        key = fold_code(data.code)
        if key in seen or key in taken:
            found.bad(
                _row_error(
                    line,
                    table.columns.get("code"),
                    QT_TRANSLATE_NOOP("errors", "The code “{code}” is also on line {other}.")
                    if key in seen
                    else QT_TRANSLATE_NOOP(
                        "errors", "The code “{code}” is already used by “{taken}”."
                    ),
                    code=data.code,
                    other=seen.get(key, 0),
                    taken=taken.get(key, ""),
                )
            )
            continue
        seen[key] = line
        found.count += 1
    return found.preview(role, table, convert)


def _party_from_row(role: str, row: CsvRow) -> PartyData:
    lead = row.get("lead_time_days")
    if lead and not lead.isdigit():
        raise row.fail(
            "lead_time_days",
            QT_TRANSLATE_NOOP("errors", "The lead time must be between 0 and 3650 days."),
        )
    data = PartyData(
        code=row.get("code"),
        name=row.get("name"),
        is_supplier=role == SUPPLIER,
        is_customer=role == CUSTOMER,
        tax_id=row.get("tax_id"),
        tax_id_override_reason=row.get("tax_id_override_reason"),
        contact=row.get("contact"),
        phone=row.get("phone"),
        email=row.get("email"),
        address=row.get("address"),
        bank_name=row.get("bank_name"),
        bank_account=row.get("bank_account"),
        currency=row.get("currency") or "CNY",
        payment_terms=row.get("payment_terms"),
        lead_time_days=int(lead) if lead else 0,
        discount_percent=row.decimal("discount_percent", places=2) or Decimal(0),
        notes=row.text("notes", max_length=1000, multiline=True),
    )
    try:
        return clean_party(data)
    except ValidationError as error:
        raise row.fail(None, error.message.text, **dict(error.message.params)) from error


def commit_parties(
    session: Session,
    user_id: int,
    preview: ImportPreview[PartyData],
    progress: Progress | None = None,
) -> Changed[int]:
    """Create every party of the preview through the same service as the form, or none."""
    _refuse_errors(preview)
    count = 0
    for line, data in preview.each(progress):
        try:
            create_party(session, user_id, data)
        except ValidationError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Line {line}: {problem} Nothing was imported."),
                line=line,
                problem=error.message,
            ) from error
        count += 1
    return Changed(count, Changes.of(Area.PARTIES))


def export_parties(session: Session, role: str, translate: Translate = english) -> bytes:
    _check_role(role)
    headers = [
        QT_TRANSLATE_NOOP("fields", "Code"),
        QT_TRANSLATE_NOOP("fields", "Name"),
        QT_TRANSLATE_NOOP("fields", "Tax ID"),
        QT_TRANSLATE_NOOP("fields", "Reason for accepting the tax ID"),
        QT_TRANSLATE_NOOP("fields", "Contact"),
        QT_TRANSLATE_NOOP("fields", "Phone"),
        QT_TRANSLATE_NOOP("fields", "Email"),
        QT_TRANSLATE_NOOP("fields", "Address"),
        QT_TRANSLATE_NOOP("fields", "Bank"),
        QT_TRANSLATE_NOOP("fields", "Bank account"),
        QT_TRANSLATE_NOOP("fields", "Currency"),
        QT_TRANSLATE_NOOP("fields", "Payment terms"),
        QT_TRANSLATE_NOOP("fields", "Lead time (days)"),
        QT_TRANSLATE_NOOP("fields", "Discount %"),
        QT_TRANSLATE_NOOP("fields", "Notes"),
        QT_TRANSLATE_NOOP("fields", "Active"),
    ]
    yes, no = translate("csv", YES), translate("csv", NO)
    flag = Party.is_supplier if role == SUPPLIER else Party.is_customer
    query = select(Party).where(flag.is_(True)).order_by(Party.code_key)
    rows = (
        (
            p.code,
            p.name,
            p.tax_id,
            p.tax_id_override_reason,
            p.contact,
            p.phone,
            p.email,
            p.address,
            p.bank_name,
            p.bank_account,
            p.currency,
            p.payment_terms,
            p.lead_time_days,
            p.discount_percent,
            p.notes,
            yes if p.active else no,
        )
        for p in session.scalars(query)
    )
    return write_csv([translate("fields", h) for h in headers], rows)


__all__ = [
    "ImportPreview",
    "commit_items",
    "commit_opening",
    "commit_parties",
    "export_items",
    "export_on_hand",
    "export_parties",
    "preview_items",
    "preview_opening",
    "preview_parties",
]
