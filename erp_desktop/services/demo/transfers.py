"""Transfers demo: transfers between the demo warehouses in every state.

Built through the same services a clerk uses (create, ship, receive, close
short, cancel), in batches of one transaction each, so numbers, values, line
figures and audit events are exactly what the screens would have written;
``erp-desktop check`` proves it. Quantities are taken from what the source
holds (tracked as the build goes), so no shipment is refused.

The stock demo provides items, warehouses and stock. Where it has not run (a
book without two stocked warehouses), a small fallback makes two warehouses,
six items and their opening stock, so that transfers can be shown anyway.

``build_transfers`` is also the benchmark's path to 10,000 open transfers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.book import Book
from erp_desktop.domain.documents import DocType
from erp_desktop.domain.money import round_half_up
from erp_desktop.domain.transfer import SHORTAGE_REASONS, TransferState
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location, LocationKind
from erp_desktop.models.stock import StockBalance
from erp_desktop.models.transfer import Transfer
from erp_desktop.services.demo import DemoOptions, Report
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import (
    WarehouseData,
    create_warehouse,
    list_warehouses,
    virtual_location,
)
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves
from erp_desktop.services.transfers.movement import (
    close_with_shortage,
    receive_transfer,
    ship_transfer,
)
from erp_desktop.services.transfers.orders import (
    TransferInput,
    TransferLineInput,
    create_transfer,
    get_transfer,
)

BATCH = 100  # transfers per transaction
# Every state shows up first; then finished transfers are the bulk of a real book.
FIRST = (
    TransferState.DRAFT,
    TransferState.SHIPPED,
    TransferState.PARTIAL,
    TransferState.RECEIVED,
    TransferState.CLOSED,
    TransferState.CANCELLED,
)
MIX = (
    (TransferState.RECEIVED, 60),
    (TransferState.SHIPPED, 12),
    (TransferState.PARTIAL, 8),
    (TransferState.CLOSED, 5),
    (TransferState.DRAFT, 10),
    (TransferState.CANCELLED, 5),
)
CARRIERS = ("顺丰 SF", "德邦物流", "粤B·3K721", "沪A·99213", "Own van", "中通快运", "京A·5Q088")
NOTES = ("", "", "", "易碎品，轻放", "月底补货", "Urgent: shop window", "退回总仓")

FALLBACK_WAREHOUSES = (("SZ", "深圳仓", "深圳市宝安区福永街道 88 号"), ("GZ", "广州仓", ""))
FALLBACK_ITEMS = (
    ("DEMO-T01", "十字螺丝 M4", "盒", 0, "12.50"),
    ("DEMO-T02", "东北大米 5 kg", "kg", 2, "4.20"),
    ("DEMO-T03", "USB 数据线 1 m", "条", 0, "6.80"),
    ("DEMO-T04", "A4 paper 80 g", "ream", 0, "21.00"),
    ("DEMO-T05", "花生油 5 L", "瓶", 0, "68.00"),
    ("DEMO-T06", "PVC pipe DN20", "m", 2, "3.15"),
)


@dataclass
class _World:
    warehouses: list[int]
    precision: dict[int, int]
    stock: dict[tuple[int, int], Decimal]  # (item, warehouse) → what is there now
    stocked: dict[int, list[int]] = field(default_factory=dict)  # warehouse → item ids

    def refresh(self) -> None:
        self.stocked = {w: [] for w in self.warehouses}
        for (item, warehouse), quantity in self.stock.items():
            if quantity > 0 and warehouse in self.stocked:
                self.stocked[warehouse].append(item)
        for items in self.stocked.values():
            items.sort()


def build(book: Book, options: DemoOptions, report: Report) -> None:
    # A year of a busy five-warehouse company; the in-transit benchmark makes its own 10,000.
    count = max(len(FIRST) * 2, min(1_000, options.moves // 200))
    build_transfers(book, options, count, report)


def build_transfers(
    book: Book,
    options: DemoOptions,
    count: int,
    report: Report,
    *,
    mix: tuple[tuple[str, int], ...] = MIX,
    lines: tuple[int, int] = (1, 6),
    today: date | None = None,
) -> None:
    """Make ``count`` transfers; the first six are one of each state, then ``mix``."""
    today = today or date.today()
    world = book.run(lambda s: _world(s, options))
    rng = random.Random(options.seed + 5)
    states = [FIRST[n] if n < len(FIRST) else _pick(rng, mix) for n in range(count)]
    # Ship dates rise with the numbers; goods still on the road left in the last weeks.
    days = sorted((rng.randint(0, 120) for _ in range(count)), reverse=True)
    done = 0
    report("transfers", 0, count)
    while done < count:
        batch = range(done, min(done + BATCH, count))

        def work(session: Session, batch: range = batch) -> None:
            for n in batch:
                state = states[n]
                age = (
                    days[n]
                    if state not in (TransferState.SHIPPED, TransferState.PARTIAL)
                    else min(days[n], 30)
                )
                _one(session, options, world, rng, state, today - timedelta(days=age), lines)

        book.run(work)
        done = batch.stop
        report("transfers", done, count)


def _pick(rng: random.Random, mix: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([s for s, _ in mix], weights=[w for _, w in mix])[0]


def _world(session: Session, options: DemoOptions) -> _World:
    warehouses = [w.id for w in list_warehouses(session)]
    for code, name, address in FALLBACK_WAREHOUSES[: max(0, 2 - len(warehouses))]:
        warehouses.append(
            create_warehouse(session, options.user_id, WarehouseData(code, name, address)).value.id
        )
    rows = session.execute(
        select(StockBalance.item_id, StockBalance.location_id, StockBalance.quantity)
        .join(Item, Item.id == StockBalance.item_id)
        .join(Location, Location.id == StockBalance.location_id)
        .where(
            Location.kind == LocationKind.WAREHOUSE,
            Location.active.is_(True),
            Item.active.is_(True),
            StockBalance.quantity > 0,
        )
    ).all()
    if len({r[1] for r in rows}) < 1:
        rows = _fallback_stock(session, options, warehouses[:2])
    stock = {(item, place): quantity for item, place, quantity in rows}
    precision = dict(
        session.execute(
            select(Item.id, Item.unit_precision).where(Item.id.in_({r[0] for r in rows}))
        ).all()
    )
    world = _World(warehouses, precision, stock)
    world.refresh()
    return world


def _fallback_stock(
    session: Session, options: DemoOptions, warehouses: list[int]
) -> list[tuple[int, int, Decimal]]:
    """No stocked warehouse (the stock demo did not run): a few items and their stock."""
    opening = virtual_location(session, LocationKind.OPENING)
    moves, rows = [], []
    for code, name, unit, places, price in FALLBACK_ITEMS:
        item = create_item(
            session,
            options.user_id,
            ItemData(code, name, unit, unit_precision=places, purchase_price=Decimal(price)),
        ).value
        for warehouse, quantity in zip(warehouses, (Decimal(5000), Decimal(800)), strict=False):
            moves.append(MoveRequest(item, opening, warehouse, quantity, unit_cost=Decimal(price)))
            rows.append((item, warehouse, quantity))
    post_moves(
        session,
        user_id=options.user_id,
        key=new_key(),
        doc_type=DocType.OPENING,
        moves=moves,
        move_date=date.today() - timedelta(days=365),
    )
    return rows


def _one(
    session: Session,
    options: DemoOptions,
    world: _World,
    rng: random.Random,
    state: str,
    day: date,
    lines: tuple[int, int],
) -> None:
    sources = [w for w in world.warehouses if world.stocked.get(w)]
    if not sources:
        return
    source = rng.choice(sources)
    destination = rng.choice([w for w in world.warehouses if w != source])
    wanted = _pick_lines(world, rng, source, lines)
    if not wanted:
        return
    user = options.user_id
    data = TransferInput(source, destination, day, wanted, rng.choice(CARRIERS), rng.choice(NOTES))
    transfer = create_transfer(session, user, data).value
    if state == TransferState.DRAFT:
        return
    if state == TransferState.CANCELLED:
        from erp_desktop.services.transfers.orders import cancel_transfer

        cancel_transfer(session, user, transfer)
        return
    ship_transfer(session, user, transfer, new_key(), ship_date=day)
    for line in wanted:
        world.stock[(line.item_id, source)] -= line.quantity
        if world.stock[(line.item_id, source)] <= 0:
            world.stocked[source].remove(line.item_id)
    if state == TransferState.SHIPPED:
        return
    row = get_transfer(session, transfer)
    arrived = min(day + timedelta(days=rng.randint(1, 4)), date.today())
    quantities = _arrivals(world, rng, row, state)
    if quantities:
        receive_transfer(session, user, transfer, new_key(), quantities, receive_date=arrived)
        _stock_arrived(world, row, quantities, destination)
    if (
        state == TransferState.CLOSED
        and get_transfer(session, transfer).state != TransferState.RECEIVED
    ):
        reason = rng.choice(SHORTAGE_REASONS)
        close_with_shortage(session, user, transfer, new_key(), reason, close_date=arrived)


def _pick_lines(
    world: _World, rng: random.Random, source: int, lines: tuple[int, int]
) -> list[TransferLineInput]:
    """A few items in stock at ``source``, each a small part of what is there."""
    available = world.stocked[source]
    chosen = rng.sample(available, min(len(available), rng.randint(*lines)))
    wanted = []
    for item in chosen:
        places = world.precision[item]
        quantity = round_half_up(
            world.stock[(item, source)] * Decimal(rng.randint(1, 15)) / 100, places
        )
        if quantity > 0:
            wanted.append(TransferLineInput(item, quantity))
    return wanted


def _arrivals(world: _World, rng: random.Random, row: Transfer, state: str) -> dict[int, Decimal]:
    """What arrives (line id → quantity): everything for a received transfer, else a part."""
    quantities = {}
    for line in row.lines:
        places = world.precision[line.item_id]
        if state == TransferState.RECEIVED:
            quantities[line.id] = line.quantity
        else:  # partial, or closed short: some of each line did not come (yet)
            part = round_half_up(line.quantity * Decimal(rng.randint(30, 90)) / 100, places)
            if part > 0:
                quantities[line.id] = min(part, line.quantity)
    if state != TransferState.RECEIVED and all(
        quantities.get(ln.id) == ln.quantity for ln in row.lines
    ):
        quantities.pop(row.lines[-1].id)  # something must stay on the road
    return quantities


def _stock_arrived(
    world: _World, row: Transfer, quantities: dict[int, Decimal], destination: int
) -> None:
    for line in row.lines:
        got = quantities.get(line.id, Decimal(0))
        key = (line.item_id, destination)
        if got > 0:
            if world.stock.get(key, Decimal(0)) <= 0:
                world.stocked[destination].append(line.item_id)
            world.stock[key] = world.stock.get(key, Decimal(0)) + got
