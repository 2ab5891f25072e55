"""Stock demo: warehouses, items (Chinese and English names), opening stock and a
year of adjustments and counts.

Warehouses go through the services. Items, postings, moves, balances and the
documents are written with bulk Core inserts — a 100,000-item, 1,000,000-move
book must build in minutes — but they are exactly what the services would have
written: moves valued by the same moving-average functions (``domain.stock``),
balances equal to the moves, numbered documents with their lines, gap-free
counters, one posting with a unique key per document, one audit event per
posting. ``erp-desktop check`` proves it after every build.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from erp_desktop.db.book import Book
from erp_desktop.db.dialect import is_postgres
from erp_desktop.db.types import utc_now
from erp_desktop.domain.documents import DocType
from erp_desktop.domain.money import round_half_up
from erp_desktop.domain.stock import issue_value, receipt_value, unit_cost_of
from erp_desktop.domain.stock_documents import StockDocState
from erp_desktop.domain.text import fold_code
from erp_desktop.models.adjustment import StockAdjustment, StockAdjustmentLine
from erp_desktop.models.count import StockCount, StockCountLine, StockOpening
from erp_desktop.models.item import Item, ItemReorder
from erp_desktop.models.location import LocationKind
from erp_desktop.models.sequence import NumberCounter, NumberSeries
from erp_desktop.models.stock import StockBalance, StockMove, StockPosting
from erp_desktop.services import audit
from erp_desktop.services.bulk import bulk_insert, bulk_insert_dicts, without_indexes
from erp_desktop.services.demo import DemoOptions, Report
from erp_desktop.services.demo.tax_codes import CATEGORY_CODES
from erp_desktop.services.numbering import format_number, set_issued_count
from erp_desktop.services.stock.locations import (
    WarehouseData,
    create_warehouse,
    list_warehouses,
    virtual_location,
)

CHUNK = 50_000
MOVE_COLUMNS = (
    "id",
    "posting_id",
    "item_id",
    "from_location_id",
    "to_location_id",
    "quantity",
    "unit_cost",
    "value",
    "move_date",
    "posted_at",
    "posted_by_id",
    "doc_type",
    "doc_id",
    "doc_line_id",
    "doc_number",
    "reason",
)
TABLES: dict[str, Table] = {
    model.__tablename__: model.__table__  # type: ignore[misc]
    for model in (
        StockPosting,
        StockOpening,
        StockAdjustment,
        StockAdjustmentLine,
        StockCount,
        StockCountLine,
    )
}
ZERO_Q = Decimal("0.0000")
ZERO_V = Decimal("0.00")

WAREHOUSES = [
    ("SZ", "深圳仓", "深圳市宝安区福永街道 88 号"),
    ("GZ", "广州仓", "广州市白云区太和镇 12 号"),
    ("SH", "Shanghai DC", "上海市嘉定区安亭镇 306 号"),
    ("BJ", "北京仓", "北京市大兴区亦庄 7 号"),
    ("CD", "成都仓", "成都市双流区 21 号"),
    ("WH", "Wuhan store", "武汉市东西湖区 5 号"),
]

CATEGORIES = {
    "五金": (
        ["十字螺丝", "六角螺栓", "膨胀螺丝", "平垫圈", "弹簧垫圈", "铆钉", "合页", "拉手"],
        ["M3", "M4", "M5", "M6", "M8", "M10", "不锈钢", "镀锌"],
        ["个", "盒"],
    ),
    "电子": (
        ["USB 数据线", "电源适配器", "LED 灯珠", "电阻", "电容", "继电器", "开关", "插座"],
        ["1 m", "2 m", "5 V 2 A", "12 V", "220 V", "10 kΩ", "100 µF", "16 A"],
        ["个", "条", "包"],
    ),
    "食品": (
        ["东北大米", "花生油", "白砂糖", "食盐", "酱油", "陈醋", "面粉", "绿茶"],
        ["500 g", "1 kg", "5 kg", "1.8 L", "5 L", "袋装", "礼盒", "散装"],
        ["kg", "瓶", "袋"],
    ),
    "Stationery": (
        ["Ballpoint pen", "A4 paper", "Stapler", "Notebook", "Marker", "Glue stick", "Folder"],
        ["blue", "black", "80 g", "500 sheets", "A5", "pack of 10", "large"],
        ["pcs", "box", "ream"],
    ),
    "日用品": (
        ["洗衣液", "抽纸", "垃圾袋", "洗洁精", "牙膏", "毛巾", "拖把", "衣架"],
        ["2 kg", "3 层", "大号", "500 ml", "120 g", "纯棉", "旋转", "10 只装"],
        ["瓶", "包", "条"],
    ),
    "Building": (
        ["PVC pipe", "Cement", "Tile adhesive", "Copper wire", "Paint", "Sealant"],
        ["DN20", "DN50", "25 kg", "2.5 mm²", "white 5 L", "clear"],
        ["m", "bag", "roll", "tin"],
    ),
}
DECIMAL_UNITS = {"kg": 2, "m": 2}
REMOVE_REASONS = ("damaged", "lost", "expired", "sample")
ADD_REASONS = ("found", "correction", "miscounted")


@dataclass
class _State:
    options: DemoOptions
    user_id: int
    warehouses: list[int]
    adjustment: int
    opening: int
    item_ids: list[int] = field(default_factory=list)
    prices: dict[int, Decimal] = field(default_factory=dict)
    precision: dict[int, int] = field(default_factory=dict)
    balances: dict[tuple[int, int], list[Decimal]] = field(default_factory=dict)
    stocked: dict[int, list[int]] = field(default_factory=dict)  # warehouse → item ids
    moves: list[tuple[Any, ...]] = field(default_factory=list)
    made: int = 0  # moves written so far
    next_ids: dict[str, int] = field(default_factory=dict)
    numbers: dict[tuple[str, int], int] = field(default_factory=dict)  # (series, year) → last
    series: dict[str, NumberSeries] = field(default_factory=dict)
    pending: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {name: [] for name in TABLES}
    )

    def take_id(self, table: str) -> int:
        self.next_ids[table] += 1
        return self.next_ids[table]

    def number(self, session: Session, series: str, day: date) -> str:
        key = (series, day.year)
        if key not in self.numbers:  # continue after what the book has already numbered
            counter = session.get(NumberCounter, key)
            self.numbers[key] = counter.next_value - 1 if counter else 0
        self.numbers[key] += 1
        if series not in self.series:
            self.series[series] = session.get(NumberSeries, series)
        return format_number(self.series[series], day.year, self.numbers[key])


def build(book: Book, options: DemoOptions, report: Report) -> None:
    state = book.run(lambda s: _prepare(s, options, report))
    book.run(lambda s: _history(s, state, report))
    # Fresh statistics: without them SQLite sorts every balance row to show the first
    # page of the on-hand list (0.8 s) instead of walking the item-code index (50 ms).
    book.run(lambda s: s.execute(text("ANALYZE")))


# -- master data ------------------------------------------------------------------------------
def _prepare(session: Session, options: DemoOptions, report: Report) -> _State:
    existing = list_warehouses(session)
    taken = {w.code for w in existing}
    for code, name, address in WAREHOUSES:
        if len(existing) >= options.warehouses:
            break
        if code not in taken:
            existing.append(
                create_warehouse(session, options.user_id, WarehouseData(code, name, address)).value
            )
    while len(existing) < options.warehouses:
        number = len(existing) + 1
        existing.append(
            create_warehouse(
                session, options.user_id, WarehouseData(f"W{number:02d}", f"{number} 号仓库")
            ).value
        )
    state = _State(
        options=options,
        user_id=options.user_id,
        warehouses=[w.id for w in existing[: options.warehouses]],
        adjustment=virtual_location(session, LocationKind.ADJUSTMENT),
        opening=virtual_location(session, LocationKind.OPENING),
    )
    for model in (Item, StockPosting, StockMove, StockAdjustment, StockAdjustmentLine):
        state.next_ids[model.__tablename__] = session.scalar(select(func.max(model.id))) or 0
    for model in (StockCount, StockCountLine, StockOpening):
        state.next_ids[model.__tablename__] = session.scalar(select(func.max(model.id))) or 0
    _items(session, state, report)
    return state


def _items(session: Session, state: _State, report: Report) -> None:
    rng = state.options.rng
    now = utc_now()
    categories = list(CATEGORIES.items())
    total = state.options.items
    rows: list[dict[str, Any]] = []
    reorder: list[dict[str, Any]] = []
    for n in range(1, total + 1):
        category, (names, specs, units) = categories[n % len(categories)]
        item_id = state.take_id("item")
        unit = rng.choice(units)
        places = DECIMAL_UNITS.get(unit, 0)
        price = Decimal(rng.randint(50, 50_000)).scaleb(-2)
        code = f"{category[:2].upper() if category.isascii() else 'CN'}-{n:06d}"
        rows.append(
            {
                "id": item_id,
                "code": code,
                "code_key": fold_code(code),
                "name": f"{rng.choice(names)} {n}",
                "spec": rng.choice(specs),
                "category": category,
                "base_unit": unit,
                "unit_precision": places,
                "purchase_unit": "箱" if unit in ("个", "瓶") else None,
                "purchase_factor": Decimal(rng.choice((12, 24, 50)))
                if unit in ("个", "瓶")
                else None,
                "barcode": f"69{n:011d}",
                "purchase_price": price,
                "sale_price": round_half_up(price * Decimal("1.35"), 2),
                "tax_rate": Decimal("0.1300") if category != "食品" else Decimal("0.0900"),
                "tax_code": CATEGORY_CODES[category][0],
                "tax_short_name": CATEGORY_CODES[category][1],
                "zero_rate_kind": "",
                "active": True,
                "created_at": now,
                "updated_at": now,
            }
        )
        state.item_ids.append(item_id)
        state.prices[item_id] = price
        state.precision[item_id] = places
        if n % 10 == 0:
            reorder.append(
                {
                    "item_id": item_id,
                    "warehouse_id": state.warehouses[n % len(state.warehouses)],
                    "reorder_point": Decimal(rng.randint(5, 50)),
                    "reorder_qty": Decimal(rng.randint(20, 200)),
                }
            )
        if len(rows) >= CHUNK:
            bulk_insert_dicts(session, Item.__table__, rows)
            rows.clear()
            report("items", n, total)
    bulk_insert_dicts(session, Item.__table__, rows)
    bulk_insert_dicts(session, ItemReorder.__table__, reorder)
    report("items", total, total)
    _reset_sequences(session, ["item"])


# -- history ----------------------------------------------------------------------------------
def _days(options: DemoOptions) -> list[date]:
    today = date.today()
    return [today - timedelta(days=n) for n in range(365, -1, -1)]


def _history(session: Session, state: _State, report: Report) -> None:
    if is_sqlite(session):
        session.execute(text("PRAGMA cache_size = -262144"))  # 256 MB for this connection
    if state.options.moves >= 100_000:
        with without_indexes(session, StockMove.__table__):
            _simulate(session, state, report)
    else:
        _simulate(session, state, report)
    _write_balances(session, state)
    _write_counters(session, state)
    _reset_sequences(
        session,
        [
            "stock_posting",
            "stock_move",
            "stock_adjustment",
            "stock_adjustment_line",
            "stock_count",
            "stock_count_line",
            "stock_opening",
        ],
    )
    report("stock history", state.options.moves, state.options.moves)


def _simulate(session: Session, state: _State, report: Report) -> None:
    options, rng = state.options, state.options.rng
    days = _days(options)
    goal = options.moves
    opening_lines = min(goal // 4 or goal, len(state.item_ids) * len(state.warehouses))
    _opening(session, state, days[0], opening_lines)
    report("stock history", state.made + len(state.moves), goal)

    def left() -> int:
        return goal - state.made - len(state.moves)

    work_days = [d for d in days[1:] if d.weekday() < 6]
    per_day = left() / max(len(work_days), 1)
    owed = 0.0
    for day in work_days:
        owed += per_day
        if day.day in (28, 29, 30, 31) and day.month != (day + timedelta(days=1)).month:
            for warehouse in state.warehouses:  # month-end counts
                owed -= _count(session, state, day, warehouse, left())
        while owed >= 1 and left() > 0:
            lines = min(int(owed), rng.randint(20, 150), left())
            owed -= _adjustment(session, state, day, rng.choice(state.warehouses), lines)
        if len(state.moves) >= CHUNK:
            _flush_moves(session, state)
            report("stock history", state.made, goal)
    while left() > 0:  # what rounding left over, on the last day
        _adjustment(session, state, days[-1], rng.choice(state.warehouses), min(150, left()))
    _flush_moves(session, state)


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


def _posting(
    session: Session, state: _State, doc_type: str, doc_id: int, number: str, day: date
) -> int:
    posting_id = state.take_id("stock_posting")
    state.pending["stock_posting"].append(
        {
            "id": posting_id,
            "key": uuid.uuid4().hex,
            "doc_type": doc_type,
            "doc_id": doc_id,
            "doc_number": number,
            "posted_at": _at(day, 9),
            "posted_by_id": state.user_id,
        }
    )
    audit.record(
        session,
        user_id=state.user_id,
        action="stock.post",
        subject=f"{doc_type}:{doc_id}",
        details={"number": number, "demo": True},
    )
    return posting_id


def _move(
    state: _State,
    posting_id: int,
    item_id: int,
    source: int,
    target: int,
    quantity: Decimal,
    value: Decimal,
    day: date,
    doc: tuple[str, int, int | None, str],
    reason: str = "",
) -> None:
    for pair, sign in (((item_id, source), -1), ((item_id, target), 1)):
        balance = state.balances.setdefault(pair, [ZERO_Q, ZERO_V])
        balance[0] += sign * quantity
        balance[1] += sign * value
    doc_type, doc_id, line_id, number = doc
    state.next_ids["stock_move"] += 1
    state.moves.append(
        (
            state.next_ids["stock_move"],
            posting_id,
            item_id,
            source,
            target,
            quantity,
            unit_cost_of(quantity, value),
            value,
            day,
            _at(day, 9),
            state.user_id,
            doc_type,
            doc_id,
            line_id,
            number,
            reason,
        )
    )


def _quantity(state: _State, item_id: int, low: int, high: int) -> Decimal:
    rng = state.options.rng
    places = state.precision[item_id]
    whole = Decimal(rng.randint(low, high))
    if places:
        whole += Decimal(rng.randint(0, 99)).scaleb(-2)
    return whole.quantize(ZERO_Q)


def _opening(session: Session, state: _State, day: date, lines: int) -> None:
    rng = state.options.rng
    pairs: list[tuple[int, int]] = []
    warehouses = state.warehouses
    for index, item_id in enumerate(state.item_ids):
        pairs.append((item_id, warehouses[index % len(warehouses)]))
        if len(pairs) >= lines:
            break
    while len(pairs) < lines:
        pair = (rng.choice(state.item_ids), rng.choice(warehouses))
        if pair not in state.balances and pair not in pairs[-len(warehouses) :]:
            pairs.append(pair)
    opening_id = state.take_id("stock_opening")
    number = state.number(session, "stock_opening", day)
    posting_id = _posting(session, state, DocType.OPENING, opening_id, number, day)
    total = ZERO_V
    seen: set[tuple[int, int]] = set()
    for item_id, warehouse in pairs:
        if (item_id, warehouse) in seen:
            continue
        seen.add((item_id, warehouse))
        quantity = _quantity(state, item_id, 20, 400)
        value = receipt_value(quantity, state.prices[item_id])
        total += value
        _move(
            state,
            posting_id,
            item_id,
            state.opening,
            warehouse,
            quantity,
            value,
            day,
            (DocType.OPENING, opening_id, None, number),
        )
        state.stocked.setdefault(warehouse, []).append(item_id)
    state.pending["stock_opening"].append(
        {
            "id": opening_id,
            "number": number,
            "opening_date": day,
            "note": "期初库存 / opening stock (demo)",
            "line_count": len(seen),
            "total_value": total,
            "posted_by_id": state.user_id,
            "posted_at": _at(day, 9),
            "posting_id": posting_id,
        }
    )


def _adjustment(session: Session, state: _State, day: date, warehouse: int, lines: int) -> int:
    """One posted adjustment; returns the number of moves it made."""
    rng = state.options.rng
    adding = rng.random() < 0.45
    reason = rng.choice(ADD_REASONS if adding else REMOVE_REASONS)
    stocked = state.stocked.setdefault(warehouse, [])
    chosen: dict[int, None] = {}
    for _ in range(lines * 2):
        if len(chosen) >= lines:
            break
        if adding or not stocked:
            chosen[rng.choice(state.item_ids)] = None
        else:
            chosen[rng.choice(stocked)] = None
    adjustment_id = state.take_id("stock_adjustment")
    number = state.number(session, "stock_adjustment", day)
    posting_id = _posting(session, state, DocType.ADJUSTMENT, adjustment_id, number, day)
    line_rows = []
    for line_no, item_id in enumerate(chosen, start=1):
        line_id = state.take_id("stock_adjustment_line")
        doc = (DocType.ADJUSTMENT, adjustment_id, line_id, number)
        signed, unit_cost = _adjust_line(
            state, posting_id, warehouse, item_id, adding, reason, day, doc
        )
        line_rows.append(
            {
                "id": line_id,
                "adjustment_id": adjustment_id,
                "line_no": line_no,
                "item_id": item_id,
                "quantity": signed,
                "unit_cost": unit_cost,
            }
        )
    state.pending["stock_adjustment"].append(
        {
            "id": adjustment_id,
            "number": number,
            "state": StockDocState.POSTED,
            "warehouse_id": warehouse,
            "adjustment_date": day,
            "reason": reason,
            "note": "",
            "created_by_id": state.user_id,
            "created_at": _at(day, 8),
            "posted_by_id": state.user_id,
            "posted_at": _at(day, 9),
            "posting_id": posting_id,
        }
    )
    state.pending["stock_adjustment_line"].extend(line_rows)
    return len(line_rows)


def _adjust_line(
    state: _State,
    posting_id: int,
    warehouse: int,
    item_id: int,
    adding: bool,
    reason: str,
    day: date,
    doc: tuple[str, int, int | None, str],
) -> tuple[Decimal, Decimal | None]:
    """Move one adjustment line's goods; returns its signed quantity and unit cost."""
    rng = state.options.rng
    balance = state.balances.get((item_id, warehouse), [ZERO_Q, ZERO_V])
    if adding or balance[0] <= 0:
        quantity = _quantity(state, item_id, 1, 60)
        cost = round_half_up(state.prices[item_id] * Decimal(rng.randint(90, 110)) / 100, 2)
        value = receipt_value(quantity, cost)
        _move(
            state,
            posting_id,
            item_id,
            state.adjustment,
            warehouse,
            quantity,
            value,
            day,
            doc,
            reason,
        )
        if balance[0] <= 0:
            state.stocked[warehouse].append(item_id)
        return quantity, cost
    quantity = min(balance[0], _quantity(state, item_id, 1, 20))
    value = issue_value(quantity, balance[0], balance[1], state.prices[item_id])
    _move(
        state, posting_id, item_id, warehouse, state.adjustment, quantity, value, day, doc, reason
    )
    return -quantity, None


def _count(session: Session, state: _State, day: date, warehouse: int, budget: int) -> int:
    """A month-end count of some items in one warehouse; returns the moves it made."""
    rng = state.options.rng
    stocked = state.stocked.get(warehouse, [])
    if not stocked:
        return 0
    items = list(dict.fromkeys(rng.choice(stocked) for _ in range(60)))
    count_id = state.take_id("stock_count")
    number = state.number(session, "stock_count", day)
    posting_id = _posting(session, state, DocType.COUNT, count_id, number, day)
    lines = []
    made = 0
    for line_no, item_id in enumerate(items, start=1):
        quantity = state.balances.get((item_id, warehouse), [ZERO_Q, ZERO_V])[0]
        counted = quantity
        if quantity > 0 and made < budget and rng.random() < 0.3:
            counted = max(ZERO_Q, quantity + Decimal(rng.randint(-3, 2)))
        line_id = state.take_id("stock_count_line")
        difference = counted - quantity
        if difference:
            doc = (DocType.COUNT, count_id, line_id, number)
            _count_move(state, posting_id, warehouse, item_id, difference, day, doc)
            made += 1
        lines.append(
            {
                "id": line_id,
                "count_id": count_id,
                "line_no": line_no,
                "item_id": item_id,
                "sheet_quantity": quantity,
                "counted": counted,
                "posted_on_hand": quantity,
                "difference": difference,
            }
        )
    state.pending["stock_count"].append(
        _count_row(state, count_id, number, warehouse, day, posting_id)
    )
    state.pending["stock_count_line"].extend(lines)
    return made


def _count_move(
    state: _State,
    posting_id: int,
    warehouse: int,
    item_id: int,
    difference: Decimal,
    day: date,
    doc: tuple[str, int, int | None, str],
) -> None:
    """Book a counted difference: a gain at the average there, a loss at the average."""
    quantity, value = state.balances[(item_id, warehouse)]
    if difference > 0:
        moved = receipt_value(difference, round_half_up(value / quantity, 6))
        _move(
            state,
            posting_id,
            item_id,
            state.adjustment,
            warehouse,
            difference,
            moved,
            day,
            doc,
            "count",
        )
    else:
        moved = issue_value(-difference, quantity, value, state.prices[item_id])
        _move(
            state,
            posting_id,
            item_id,
            warehouse,
            state.adjustment,
            -difference,
            moved,
            day,
            doc,
            "count",
        )


def _count_row(
    state: _State, count_id: int, number: str, warehouse: int, day: date, posting_id: int
) -> dict[str, object]:
    return {
        "id": count_id,
        "number": number,
        "state": StockDocState.POSTED,
        "warehouse_id": warehouse,
        "count_date": day,
        "category": "",
        "note": "月末盘点 / month-end count",
        "created_by_id": state.user_id,
        "created_at": _at(day, 7),
        "posted_by_id": state.user_id,
        "posted_at": _at(day, 9),
        "posting_id": posting_id,
        "changed_lines": 0,
    }


# -- writing --------------------------------------------------------------------------------------
def _flush_moves(session: Session, state: _State) -> None:
    for table in (
        "stock_posting",
        "stock_opening",
        "stock_adjustment",
        "stock_adjustment_line",
        "stock_count",
        "stock_count_line",
    ):
        bulk_insert_dicts(session, TABLES[table], state.pending[table])
        state.pending[table].clear()
    bulk_insert(session, StockMove.__table__, MOVE_COLUMNS, state.moves)
    state.made += len(state.moves)
    state.moves.clear()


def _write_balances(session: Session, state: _State) -> None:
    """Balances for every pair touched: rows that exist are replaced (a demo on top of a
    book with stock adds to what was there)."""
    existing = {
        (r[0], r[1]): (r[2], r[3])
        for r in session.execute(
            select(
                StockBalance.item_id,
                StockBalance.location_id,
                StockBalance.quantity,
                StockBalance.value,
            )
        )
    }
    fresh, changed = [], []
    for (item_id, location_id), (quantity, value) in state.balances.items():
        before = existing.get((item_id, location_id))
        row = {"item_id": item_id, "location_id": location_id}
        if before is None:
            fresh.append({**row, "quantity": quantity, "value": value})
        else:
            changed.append({**row, "quantity": quantity + before[0], "value": value + before[1]})
    bulk_insert_dicts(session, StockBalance.__table__, fresh)
    table = StockBalance.__table__
    for row in changed:
        session.execute(
            table.update()
            .where(table.c.item_id == row["item_id"], table.c.location_id == row["location_id"])
            .values(quantity=row["quantity"], value=row["value"])
        )


def _write_counters(session: Session, state: _State) -> None:
    for (series, year), last in state.numbers.items():
        set_issued_count(session, series, year, last)
    session.flush()


def is_sqlite(session: Session) -> bool:
    return not is_postgres(session)


def _reset_sequences(session: Session, tables: list[str]) -> None:
    """Rows were inserted with explicit ids: move PostgreSQL's sequences past them."""
    if not is_postgres(session):
        return
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
