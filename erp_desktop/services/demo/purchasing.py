"""Purchasing demo: suppliers with valid tax IDs, a year of purchase orders in every
state, their receipts (one into another warehouse), a supplier return and an amendment.

Everything goes through the services a clerk uses (tens of orders, not
thousands). It runs after the stock demo and buys its items into its
warehouses; in a book without items it first makes the dozen it needs (a small
fallback, so that the module also runs on its own).
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.book import Book
from erp_desktop.domain.money import round_half_up
from erp_desktop.domain.purchase import OrderState
from erp_desktop.errors import InsufficientStock
from erp_desktop.models.item import Item
from erp_desktop.services.demo import DemoOptions, Report
from erp_desktop.services.parties import PartyData, create_party, set_party_active
from erp_desktop.services.purchasing.amendments import amend_order
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    cancel_order,
    close_order,
    confirm_order,
    create_order,
    get_order,
)
from erp_desktop.services.purchasing.receipts import ReceiptInput, ReceiptLineInput, receive_goods
from erp_desktop.services.purchasing.returns import (
    ReturnInput,
    ReturnLineInput,
    return_goods,
    returnable_lines,
)
from erp_desktop.services.stock.items import ItemData, create_item, set_reorder_rule
from erp_desktop.services.stock.locations import list_warehouses
from erp_desktop.services.stock.posting import new_key

# (name, region code, contact, lead time days, currency)
SUPPLIERS = (
    ("深圳市华强五金制品有限公司", "440300", "陈经理", 5, "CNY"),
    ("广州白云日用品批发有限公司", "440100", "李小姐", 3, "CNY"),
    ("义乌市小商品贸易有限公司", "330782", "王先生", 7, "CNY"),
    ("上海申达包装材料有限公司", "310000", "张工", 10, "CNY"),
    ("东莞市长安电子元件厂", "441900", "刘主任", 14, "CNY"),
    ("北京京华食品有限公司", "110000", "赵经理", 4, "CNY"),
    ("Pacific Hardware Trading Ltd.", "440300", "Mr. Wong", 21, "HKD"),
    ("苏州旧供应商有限公司", "320500", "周先生", 7, "CNY"),  # deactivated at the end
)
FALLBACK_ITEMS = (
    ("DEMO-SCR", "十字螺丝 M4×20", "个", None, None, "0.05"),
    ("DEMO-NUT", "六角螺母 M4", "个", None, None, "0.03"),
    ("DEMO-GLV", "劳保手套", "双", "打", "12", "2.10"),
    ("DEMO-TAP", "透明胶带 48mm", "卷", "箱", "36", "1.80"),
    ("DEMO-BOX", "瓦楞纸箱 40×30×30", "个", None, None, "2.40"),
    ("DEMO-RCE", "东北大米", "kg", None, None, "4.20"),
    ("DEMO-OIL", "花生油 5L", "桶", "箱", "4", "68.00"),
    ("DEMO-PEN", "Gel pen, black", "pcs", "box", "12", "0.90"),
    ("DEMO-A4P", "A4 复印纸 70g", "包", "箱", "5", "18.50"),
    ("DEMO-LED", "LED 灯泡 9W", "个", None, None, "6.30"),
    ("DEMO-CBL", "网线 Cat6 305m", "箱", None, None, "420.00"),
    ("DEMO-BAT", "5号电池", "节", "盒", "40", "0.85"),
)


def tax_id(rng: random.Random, region: str) -> str:
    """A unified social credit code with its check character computed by python-stdnum."""
    from stdnum.cn import uscc

    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + region + "".join(rng.choice(alphabet) for _ in range(9))
    return body + uscc.calc_check_digit(body)


@dataclass(frozen=True)
class _Goods:
    id: int
    price: Decimal  # per base unit
    factor: Decimal | None
    precision: int


def build(book: Book, options: DemoOptions, report: Report) -> None:
    rng = random.Random(options.seed + 4)
    user = options.user_id
    suppliers = book.run(lambda s: _suppliers(s, user, rng))
    goods, warehouses = book.run(lambda s: _goods(s, user, rng))
    today = date.today()
    plan = [OrderState.RECEIVED] * 14 + [OrderState.PARTIALLY_RECEIVED] * 5
    plan += [OrderState.CONFIRMED] * 5
    plan += [OrderState.CLOSED] * 2 + [OrderState.CANCELLED] * 2 + [OrderState.DRAFT] * 3
    plan += [OrderState.RECEIVED] * max(0, min(options.items // 100, 60) - len(plan))
    rng.shuffle(plan)
    orders: list[tuple[int, str]] = []
    for index, state in enumerate(plan):
        report("purchase orders", index, len(plan))
        day = today - timedelta(days=int(365 * (len(plan) - index) / len(plan)))
        supplier = rng.choice(suppliers[:-1])
        warehouse = warehouses[0] if rng.random() < 0.6 else rng.choice(warehouses)
        order_id = book.run(
            lambda s, d=day, sp=supplier, w=warehouse: _order(s, user, rng, goods, sp, w, d)
        )
        _advance(book, user, rng, order_id, state, day, warehouses)
        orders.append((order_id, state))
    report("purchase orders", len(plan), len(plan))
    _story_extras(book, user, orders, today)
    book.run(lambda s: set_party_active(s, user, suppliers[-1], False))


def _suppliers(session: Session, user: int, rng: random.Random) -> list[int]:
    made = []
    for number, (name, region, contact, lead, currency) in enumerate(SUPPLIERS, start=1):
        made.append(
            create_party(
                session,
                user,
                PartyData(
                    code=f"S{number:03d}",
                    name=name,
                    is_supplier=True,
                    is_customer=number == 2,  # one party that we also sell to
                    tax_id=tax_id(rng, region),
                    contact=contact,
                    phone=f"0{rng.randint(10, 99)}-{rng.randint(2000_0000, 8999_9999)}",
                    address=f"{name[:3]}工业区 {rng.randint(1, 300)} 号",
                    bank_name="中国工商银行" if currency == "CNY" else "HSBC Hong Kong",
                    bank_account=" ".join(f"{rng.randint(1000, 9999)}" for _ in range(4)),
                    currency=currency,
                    payment_terms="月结30天" if number % 2 else "款到发货",
                    lead_time_days=lead,
                ),
            ).value
        )
    return made


def _goods(session: Session, user: int, rng: random.Random) -> tuple[list[_Goods], list[int]]:
    warehouses = [w.id for w in list_warehouses(session)]
    rows = session.execute(
        select(Item.id, Item.purchase_price, Item.purchase_factor, Item.unit_precision)
        .where(Item.active.is_(True))
        .order_by(Item.id)
        .limit(400)
    ).all()
    if not rows:  # the stock demo did not run: make the few items needed
        for code, name, unit, p_unit, factor, price in FALLBACK_ITEMS:
            item = create_item(
                session,
                user,
                ItemData(
                    code,
                    name,
                    unit,
                    unit_precision=2 if unit == "kg" else 0,
                    purchase_unit=p_unit,
                    purchase_factor=Decimal(factor) if factor else None,
                    purchase_price=Decimal(price),
                    sale_price=round_half_up(Decimal(price) * Decimal("1.35"), 2),
                ),
            ).value
            set_reorder_rule(session, user, item, warehouses[0], Decimal(20), Decimal(50))
        return _goods(session, user, rng)
    goods = [
        _Goods(r.id, r.purchase_price or Decimal("1.00"), r.purchase_factor, r.unit_precision)
        for r in rows
    ]
    return goods, warehouses


def _order(
    session: Session,
    user: int,
    rng: random.Random,
    goods: list[_Goods],
    supplier: int,
    warehouse: int,
    day: date,
) -> int:
    lines = []
    for item in rng.sample(goods, k=min(len(goods), rng.randint(2, 8))):
        budget = Decimal(rng.randint(300, 4000))  # what one line of a small shop's order costs
        price = round_half_up(item.price * item.factor, 2) if item.factor else item.price
        quantity = max(Decimal(1), (budget / max(price, Decimal("0.01"))).to_integral_value())
        if quantity > 20:
            quantity = (quantity / 10).to_integral_value() * 10
        price = round_half_up(price * Decimal(rng.randint(92, 108)) / 100, 4)
        lines.append(OrderLineInput(item.id, quantity, price, Decimal("0.13")))
    from erp_desktop.services.parties import get_party

    rate = Decimal("0.92") if get_party(session, supplier).currency == "HKD" else None
    return create_order(
        session,
        user,
        OrderInput(
            supplier_id=supplier,
            warehouse_id=warehouse,
            order_date=day,
            expected_date=day + timedelta(days=rng.randint(3, 21)),
            exchange_rate=rate,
            lines=lines,
            notes=rng.choice(("", "", "请随货附送货单", "Deliver before noon, please.")),
        ),
    ).value


def _advance(
    book: Book,
    user: int,
    rng: random.Random,
    order_id: int,
    state: str,
    day: date,
    warehouses: list[int],
) -> None:
    if state == OrderState.DRAFT:
        return
    if state == OrderState.CANCELLED:
        book.run(lambda s: cancel_order(s, user, order_id, "供应商无法按期交货"))
        return
    book.run(lambda s: confirm_order(s, user, order_id).value)
    if state == OrderState.CONFIRMED:
        return
    lines = book.read(lambda s: [(x.id, x.base_quantity) for x in get_order(s, order_id).lines])
    arrive = min(day + timedelta(days=rng.randint(2, 12)), date.today())
    if state == OrderState.RECEIVED:
        parts = [lines] if rng.random() < 0.7 else [lines[::2], lines[1::2]]
        for number, part in enumerate(p for p in parts if p):
            _receive(book, user, order_id, arrive + timedelta(days=number * 3), part, warehouses)
        return
    half = [(line_id, _part(quantity)) for line_id, quantity in lines[: max(1, len(lines) // 2)]]
    _receive(book, user, order_id, arrive, half, warehouses)
    if state == OrderState.CLOSED:
        book.run(lambda s: close_order(s, user, order_id, "余货供应商缺货，不再发货"))


def _part(quantity: Decimal) -> Decimal:
    return max(Decimal(1), (quantity / 2).to_integral_value())


def _receive(
    book: Book,
    user: int,
    order_id: int,
    day: date,
    lines: list[tuple[int, Decimal]],
    warehouses: list[int],
) -> None:
    data = ReceiptInput(
        order_id, min(day, date.today()), [ReceiptLineInput(i, q) for i, q in lines]
    )
    book.run(lambda s: receive_goods(s, user, data, new_key()))


def _story_extras(book: Book, user: int, orders: list[tuple[int, str]], today: date) -> None:
    """One receipt into another warehouse, one return, one amendment."""
    confirmed = [order_id for order_id, state in orders if state == OrderState.CONFIRMED]
    if len(confirmed) >= 2:
        book.run(lambda s: _receive_elsewhere(s, user, confirmed[0], today))
        book.run(lambda s: _amend_one_more(s, user, confirmed[1]))
    received = [order_id for order_id, state in orders if state == OrderState.RECEIVED]
    if received:
        _return_two(book, user, received[-1], today)


def _receive_elsewhere(session: Session, user: int, order_id: int, today: date) -> None:
    order = get_order(session, order_id)
    others = [w.id for w in list_warehouses(session) if w.id != order.warehouse_id]
    if not others:
        return
    line = order.lines[0]
    data = ReceiptInput(
        order_id,
        today,
        [ReceiptLineInput(line.id, _part(line.base_quantity))],
        warehouse_id=others[0],
        note="送错仓库，就地入库",
    )
    receive_goods(session, user, data, new_key())


def _amend_one_more(session: Session, user: int, order_id: int) -> None:
    order = get_order(session, order_id)
    lines = [
        OrderLineInput(
            x.item_id,
            x.quantity + (1 if n == 0 else 0),
            x.unit_price,
            x.tax_rate,
            x.factor != 1,
            x.id,
        )
        for n, x in enumerate(order.lines)
    ]
    data = OrderInput(
        supplier_id=order.supplier_id,
        warehouse_id=order.warehouse_id,
        order_date=order.order_date,
        expected_date=order.expected_date,
        currency=order.currency,
        exchange_rate=order.exchange_rate,
        notes=order.notes,
        lines=lines,
    )
    amend_order(session, user, order_id, data, "供应商电话确认多送一件")


def _return_two(book: Book, user: int, order_id: int, today: date) -> None:
    """Return up to two units of the first line of the order's first receipt."""
    from erp_desktop.models.purchase import GoodsReceipt

    receipt_id = book.read(
        lambda s: s.scalar(
            select(GoodsReceipt.id)
            .where(GoodsReceipt.order_id == order_id)
            .order_by(GoodsReceipt.id)
        )
    )
    lines = book.read(lambda s: returnable_lines(s, receipt_id))
    line = lines[0]
    quantity = min(line.left, Decimal(2))
    data = ReturnInput(
        receipt_id,
        today,
        [ReturnLineInput(line.receipt_line_id, quantity)],
        "包装破损，退回供应商",
    )
    with contextlib.suppress(InsufficientStock):  # sold meanwhile: no return then
        book.run(lambda s: return_goods(s, user, data, new_key()))
