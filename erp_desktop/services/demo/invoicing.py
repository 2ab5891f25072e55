"""Demo invoicing: customers with valid tax IDs, issued invoices, credit notes, drafts.

Runs after the stock demo and sells what it stocked. Without stock (a book
where the stock demo did not run) it first makes three items and receives a
little of each into the first warehouse — the only fallback, kept small.
Every document goes through the same services as the GUI (numbers, stock,
PDF), in date order, so the book ends up as a clerk's would.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from stdnum.cn import uscc

from erp_desktop.db.book import Book
from erp_desktop.domain.documents import DocType
from erp_desktop.domain.text import fold_code
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location, LocationKind
from erp_desktop.models.party import Party
from erp_desktop.models.stock import StockBalance
from erp_desktop.services.demo import DemoOptions, Report
from erp_desktop.services.demo.tax_codes import SERVICE_CODES, give_codes
from erp_desktop.services.invoicing import credits, drafts, issuing
from erp_desktop.services.parties import PartyData, create_party
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import list_warehouses, virtual_location
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves

D = Decimal
CUSTOMERS = (
    (
        "杭州",
        "杭州西湖贸易有限公司",
        "杭州市西湖区文三路 88 号",
        "0571-8765 4321",
        "中国工商银行杭州分行",
    ),
    (
        "上海",
        "上海浦江电子科技有限公司",
        "上海市浦东新区张江路 500 号",
        "021-5080 1234",
        "招商银行上海张江支行",
    ),
    (
        "广州",
        "广州珠江百货有限公司",
        "广州市天河区天河路 208 号",
        "020-3888 6666",
        "中国银行广州天河支行",
    ),
    (
        "成都",
        "成都锦城餐饮管理有限公司",
        "成都市锦江区春熙路 12 号",
        "028-8666 2020",
        "中国建设银行成都分行",
    ),
    (
        "北京",
        "北京华北办公用品有限公司",
        "北京市朝阳区建国路 93 号",
        "010-6588 1199",
        "中国农业银行北京朝阳支行",
    ),
    (
        "深圳",
        "Shenzhen Harbour Trading Co., Ltd.",
        "Nanshan District, Shenzhen",
        "0755-2655 0000",
        "Bank of China Shenzhen Branch",
    ),
    (
        "苏州",
        "苏州园区精密机械有限公司",
        "苏州工业园区星湖街 328 号",
        "0512-6288 7788",
        "交通银行苏州分行",
    ),
    (
        "南京",
        "南京秦淮文化传媒有限公司",
        "南京市秦淮区中山南路 1 号",
        "025-8444 3210",
        "南京银行城南支行",
    ),
)
SERVICES = (("安装调试服务", "0.06"), ("运输服务", "0.09"), ("技术咨询", "0.06"))
REASONS = ("退货", "质量问题退货", "开票信息有误", "价格调整")


@dataclass(frozen=True)
class _Stock:
    item_id: int
    warehouse_id: int
    quantity: Decimal
    unit_precision: int
    sale_price: Decimal
    tax_rate: Decimal | None


def build(book: Book, options: DemoOptions, report: Report) -> None:
    rng = random.Random(options.seed + 6)
    user = options.user_id
    customers = book.run(lambda s: _customers(s, user, rng))
    book.run(give_codes)
    stock = book.read(_stocked)
    if not stock:
        book.run(lambda s: _fallback_stock(s, user))
        stock = book.read(_stocked)
    count = max(12, min(240, options.moves // 100))
    today = date.today()
    days = sorted(today - timedelta(days=rng.randrange(0, 180)) for _ in range(count))
    issued: list[int] = []
    for done, day in enumerate(days, start=1):
        data = _invoice(rng, customers, stock, day)
        if data is None:
            continue
        invoice_id = book.run(lambda s, d=data: drafts.create_invoice(s, user, d).value)
        if done > count - 3:  # the newest few stay drafts, as on any working day
            continue
        key = new_key()
        book.run(lambda s, i=invoice_id, k=key: issuing.issue(s, user, i, k))
        issued.append(invoice_id)
        stock = _after_sale(stock, data)  # reading it again costs 0.7 s on a big book
        if len(issued) % 9 == 0:
            _credit(book, user, rng, issued[-1 - rng.randrange(3)], day)
        report("invoices", done, count)
    report("invoices", count, count)
    book.run(_mark_some_sent)


def _mark_some_sent(session) -> None:
    """The oldest issued invoices were sent to the tax platform in a batch workbook."""
    from erp_desktop.db.types import utc_now
    from erp_desktop.models.einvoice import EInvoiceRecord
    from erp_desktop.models.invoice import Invoice

    ids = session.scalars(
        select(Invoice.id)
        .where(Invoice.kind == "invoice", Invoice.state != "draft")
        .order_by(Invoice.id)
        .limit(5)
    ).all()
    now = utc_now()
    session.add_all(
        EInvoiceRecord(invoice_id=i, sent_at=now, sent_file="批量开票-演示.xlsx", rejected="")
        for i in ids
        if session.get(EInvoiceRecord, i) is None
    )


def _customers(session, user: int, rng: random.Random) -> list[int]:
    ids = []
    for number, (city, name, address, phone, bank) in enumerate(CUSTOMERS, start=1):
        code = f"C{number:03d}"
        existing = session.scalar(select(Party.id).where(Party.code_key == fold_code(code)))
        if existing is not None:
            row = session.get(Party, existing)
            if row.is_customer and row.tax_id:
                ids.append(existing)
            continue
        body = f"9133{number:02d}00MA{rng.randrange(10**7):07d}"[:17]
        body = body.replace("I", "J").replace("O", "P")
        tax_id = body + uscc.calc_check_digit(body)
        party_id = create_party(
            session,
            user,
            PartyData(
                code=code,
                name=name,
                is_customer=True,
                tax_id=tax_id,
                contact=f"{city}采购部",
                phone=phone,
                address=address,
                bank_name=bank,
                bank_account=f"{rng.randrange(10**15, 10**16)}",
                payment_terms=rng.choice(("30 天", "月结 60 天", "款到发货")),
                email=f"fapiao.{code.lower()}@example.com",
                discount_percent=D(rng.choice(("0", "0", "2", "5"))),
            ),
        ).value
        ids.append(party_id)
    return ids


def _stocked(session) -> list[_Stock]:
    rows = session.execute(
        select(
            StockBalance.item_id,
            StockBalance.location_id,
            StockBalance.quantity,
            Item.unit_precision,
            Item.sale_price,
            Item.tax_rate,
        )
        .join(Item, Item.id == StockBalance.item_id)
        .join(Location, Location.id == StockBalance.location_id)
        .where(
            Location.kind == LocationKind.WAREHOUSE,
            Location.active.is_(True),
            Item.active.is_(True),
            StockBalance.quantity >= 4,
        )
        .order_by(StockBalance.item_id, StockBalance.location_id)
        .limit(400)
    )
    return [_Stock(*row) for row in rows]


def _after_sale(stock: list[_Stock], data: drafts.InvoiceData) -> list[_Stock]:
    """What is left to sell after an invoice, without asking the book again."""
    sold: dict[int, Decimal] = {}
    for line in data.lines:
        if line.item_id is not None:
            sold[line.item_id] = sold.get(line.item_id, D(0)) + line.quantity
    left = []
    for entry in stock:
        if entry.warehouse_id == data.warehouse_id and entry.item_id in sold:
            entry = replace(entry, quantity=entry.quantity - sold[entry.item_id])
        if entry.quantity >= 4:
            left.append(entry)
    return left


def _fallback_stock(session, user: int) -> None:
    warehouse = list_warehouses(session)[0].id
    supplier = virtual_location(session, LocationKind.SUPPLIER)
    moves = []
    for code, name, unit, cost, price in (
        ("DEMO-CUP", "不锈钢保温杯", "个", "18.00", "39.00"),
        ("DEMO-PAPER", "A4 复印纸 80g", "包", "16.50", "25.00"),
        ("DEMO-LAMP", "LED 台灯", "台", "45.00", "89.00"),
    ):
        item = create_item(session, user, ItemData(code, name, unit, sale_price=D(price))).value
        moves.append(MoveRequest(item, supplier, warehouse, D("3000"), unit_cost=D(cost)))
    post_moves(
        session,
        user_id=user,
        key=new_key(),
        doc_type=DocType.RECEIPT,
        moves=moves,
        move_date=date.today() - timedelta(days=200),
    )


def _invoice(
    rng: random.Random, customers: list[int], stock: list[_Stock], day: date
) -> drafts.InvoiceData | None:
    if not stock or not customers:
        return None
    warehouse = rng.choice(stock).warehouse_id
    here = [s for s in stock if s.warehouse_id == warehouse]
    lines = []
    for entry in rng.sample(here, k=min(len(here), rng.randint(1, 6))):
        quantity = D(rng.randint(1, max(1, min(12, int(entry.quantity) // 25))))
        price = entry.sale_price if entry.sale_price > 0 else D(rng.randint(5, 500))
        lines.append(
            drafts.LineData(
                item_id=entry.item_id,
                quantity=quantity,
                unit_price=price,
                tax_rate=entry.tax_rate if entry.tax_rate is not None else D(0),
                tax_exempt=entry.tax_rate is None,
                discount_percent=D(rng.choice(("0", "0", "0", "5"))),
            )
        )
    if rng.random() < 0.3:
        name, rate = rng.choice(SERVICES)
        lines.append(
            drafts.LineData(
                item_id=None,
                quantity=D(1),
                unit_price=D(rng.randint(50, 800)),
                tax_rate=D(rate),
                description=name,
                unit="次",
                tax_code=SERVICE_CODES[name],
            )
        )
    return drafts.InvoiceData(
        customer_id=rng.choice(customers),
        invoice_date=day,
        due_date=day + timedelta(days=30),
        warehouse_id=warehouse,
        price_mode="inclusive" if rng.random() < 0.8 else "exclusive",
        lines=lines,
        remarks=rng.choice(("", "", "送货上门", "合同号 HT-2026-0815")),
    )


def _credit(book: Book, user: int, rng: random.Random, invoice_id: int, day: date) -> None:
    reason = rng.choice(REASONS)

    def lines(session):
        return [c for c in credits.creditable_lines(session, invoice_id) if c.remaining > 0]

    left = book.read(lines)
    if not left:
        return
    if reason == "开票信息有误":  # credit everything and start a corrected copy
        data = credits.CreditData(credit_date=day, reason=reason, lines=[])
        key = new_key()
        book.run(lambda s: issuing.credit_and_reissue(s, user, invoice_id, data, key))
        return
    pick = rng.choice(left)
    quantity = max(D(1), (pick.remaining / 2).to_integral_value())
    warehouse = book.read(lambda s: _warehouse_of(s, invoice_id))
    data = credits.CreditData(
        credit_date=day,
        reason=reason,
        lines=[credits.CreditLineData(pick.line_id, min(quantity, pick.remaining))],
        return_warehouse_id=warehouse if reason != "价格调整" and pick.item_id else None,
    )
    note_id = book.run(lambda s: credits.create_credit_note(s, user, invoice_id, data).value)
    key = new_key()
    book.run(lambda s: issuing.issue(s, user, note_id, key))


def _warehouse_of(session, invoice_id: int) -> int | None:
    from erp_desktop.models.invoice import Invoice

    return session.scalar(select(Invoice.warehouse_id).where(Invoice.id == invoice_id))
