"""A small purchasing world on a fresh book: two warehouses, two suppliers, three items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.services.checks import run_checks
from erp_desktop.services.parties import PartyData, create_party
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    confirm_order,
    create_order,
    get_order,
)
from erp_desktop.services.purchasing.receipts import (
    PostedReceipt,
    ReceiptInput,
    ReceiptLineInput,
    receive_goods,
)
from erp_desktop.services.purchasing.returns import (
    PostedReturn,
    ReturnInput,
    ReturnLineInput,
    return_goods,
)
from erp_desktop.services.stock.balances import OnHand, on_hand
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import WarehouseData, create_warehouse, list_warehouses
from erp_desktop.services.stock.posting import new_key

D = Decimal
TODAY = date(2026, 11, 29)
SUPPLIER_TAX_ID = "91440300MA5G0YJ1AQ"  # check character computed with python-stdnum


@dataclass
class Shop:
    book: object
    user: int
    main: int
    second: int
    supplier: int
    other_supplier: int
    screws: int  # 个, whole units
    rice: int  # kg, 2 decimals
    cans: int  # 罐, bought in 箱 of 24

    def run(self, work):
        return self.book.run(work)  # type: ignore[attr-defined]

    def read(self, work):
        return self.book.read(work)  # type: ignore[attr-defined]

    def order(
        self,
        *lines: tuple[int, str, str] | tuple[int, str, str, str | None],
        confirm: bool = True,
        supplier: int | None = None,
        warehouse: int | None = None,
    ) -> int:
        """Lines are (item, quantity, price[, tax rate]); default tax 13 %."""
        inputs = [
            OrderLineInput(
                line[0],
                D(line[1]),
                D(line[2]),
                D(line[3])
                if len(line) > 3 and line[3] is not None
                else (None if len(line) > 3 else D("0.13")),
            )
            for line in lines
        ]
        data = OrderInput(
            supplier_id=supplier or self.supplier,
            warehouse_id=warehouse or self.main,
            order_date=TODAY,
            lines=inputs,
        )
        order_id = self.run(lambda s: create_order(s, self.user, data).value)
        if confirm:
            self.run(lambda s: confirm_order(s, self.user, order_id).value)
        return order_id

    def line_ids(self, order_id: int) -> list[int]:
        return self.read(lambda s: [line.id for line in get_order(s, order_id).lines])

    def receive(
        self,
        order_id: int,
        *quantities: str,
        warehouse: int | None = None,
        key: str | None = None,
        day: date = TODAY,
    ) -> PostedReceipt:
        """Quantities (base unit) for the order's lines in order; "" skips a line."""
        lines = [
            ReceiptLineInput(line_id, D(q))
            for line_id, q in zip(self.line_ids(order_id), quantities, strict=False)
            if q
        ]
        data = ReceiptInput(order_id, day, lines, warehouse_id=warehouse)
        return self.run(lambda s: receive_goods(s, self.user, data, key or new_key()))

    def give_back(
        self, receipt: PostedReceipt, *quantities: str, key: str | None = None
    ) -> PostedReturn:
        from erp_desktop.services.purchasing.returns import returnable_lines

        lines = self.read(lambda s: returnable_lines(s, receipt.receipt_id))
        data = ReturnInput(
            receipt.receipt_id,
            TODAY,
            [
                ReturnLineInput(line.receipt_line_id, D(q))
                for line, q in zip(lines, quantities, strict=False)
                if q
            ],
            reason="damaged in transport",
        )
        return self.run(lambda s: return_goods(s, self.user, data, key or new_key()))

    def state(self, order_id: int) -> str:
        return self.read(lambda s: get_order(s, order_id).state)

    def received(self, order_id: int) -> list[Decimal]:
        return self.read(
            lambda s: [line.received_quantity for line in get_order(s, order_id).lines]
        )

    def stock(self, item: int, warehouse: int | None = None) -> OnHand:
        return self.read(lambda s: on_hand(s, item, warehouse or self.main))

    def problems(self) -> list[str]:
        report = self.read(run_checks)
        return [f"{p.check}: {p.message}" for p in report.problems]


@pytest.fixture
def shop(book, admin_id) -> Shop:
    def build(session) -> Shop:
        main = list_warehouses(session)[0].id
        second = create_warehouse(session, admin_id, WarehouseData("WH2", "二号仓库")).value.id
        supplier = create_party(
            session,
            admin_id,
            PartyData(
                "S-001",
                "深圳市华强五金有限公司",
                is_supplier=True,
                tax_id=SUPPLIER_TAX_ID,
                lead_time_days=7,
            ),
        ).value
        other = create_party(
            session, admin_id, PartyData("S-002", "Rice Traders", is_supplier=True)
        ).value
        screws = create_item(
            session, admin_id, ItemData("SCR-01", "十字螺丝 M4", "个", purchase_price=D("0.5"))
        ).value
        rice = create_item(
            session,
            admin_id,
            ItemData("RICE-5", "东北大米", "kg", unit_precision=2, purchase_price=D("4.2")),
        ).value
        cans = create_item(
            session,
            admin_id,
            ItemData(
                "CAN-330",
                "可乐 330ml",
                "罐",
                purchase_unit="箱",
                purchase_factor=D(24),
                purchase_price=D("1.5"),
            ),
        ).value
        return Shop(book, admin_id, main, second, supplier, other, screws, rice, cans)

    return book.run(build)
