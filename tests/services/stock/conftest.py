"""A small stock world on a fresh book: two warehouses, three items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.models.location import LocationKind
from erp_desktop.services.checks import run_checks
from erp_desktop.services.stock.balances import OnHand, on_hand
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import (
    WarehouseData,
    create_warehouse,
    list_warehouses,
    virtual_location,
)
from erp_desktop.services.stock.posting import MoveRequest, PostingResult, new_key, post_moves

D = Decimal
TODAY = date(2026, 11, 29)


@dataclass
class World:
    book: object
    user: int
    main: int
    second: int
    screws: int  # whole units
    rice: int  # kg, 2 decimals
    paint: int

    def place(self, kind: LocationKind) -> int:
        return self.book.read(lambda s: virtual_location(s, kind))  # type: ignore[attr-defined]

    def receive(
        self, item: int, qty: str, cost: str, warehouse: int | None = None
    ) -> PostingResult:
        supplier = self.place(LocationKind.SUPPLIER)
        move = MoveRequest(item, supplier, warehouse or self.main, D(qty), unit_cost=D(cost))
        return self.post([move], "receipt")

    def issue(self, item: int, qty: str, warehouse: int | None = None) -> PostingResult:
        customer = self.place(LocationKind.CUSTOMER)
        return self.post([MoveRequest(item, warehouse or self.main, customer, D(qty))], "invoice")

    def post(
        self, moves: list[MoveRequest], doc_type: str = "test", key: str | None = None
    ) -> PostingResult:
        key = key or new_key()
        return self.book.run(  # type: ignore[attr-defined]
            lambda s: post_moves(
                s, user_id=self.user, key=key, doc_type=doc_type, moves=moves, move_date=TODAY
            )
        )

    def stock(self, item: int, warehouse: int | None = None) -> OnHand:
        return self.book.read(lambda s: on_hand(s, item, warehouse or self.main))  # type: ignore[attr-defined]

    def problems(self) -> list[str]:
        report = self.book.read(run_checks)  # type: ignore[attr-defined]
        return [f"{p.check}: {p.message}" for p in report.problems]


@pytest.fixture
def world(book, admin_id) -> World:
    def build(session) -> World:
        main = list_warehouses(session)[0].id
        second = create_warehouse(session, admin_id, WarehouseData("WH2", "二号仓库")).value.id
        screws = create_item(
            session, admin_id, ItemData("SCR-01", "十字螺丝 M4", "个", purchase_price=D("0.5"))
        ).value
        rice = create_item(
            session,
            admin_id,
            ItemData("RICE-5", "东北大米", "kg", unit_precision=2, purchase_price=D("4.2")),
        ).value
        paint = create_item(session, admin_id, ItemData("PNT-W", "White paint 5L", "tin")).value
        return World(book, admin_id, main, second, screws, rice, paint)

    return book.run(build)
