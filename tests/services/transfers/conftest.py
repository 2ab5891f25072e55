"""A transfer world: the small stock world (two warehouses, three items) plus verbs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.models.location import LocationKind
from erp_desktop.services.stock.balances import OnHand
from erp_desktop.services.stock.posting import new_key
from erp_desktop.services.transfers.movement import (
    TransferMoved,
    close_with_shortage,
    receive_transfer,
    ship_transfer,
)
from erp_desktop.services.transfers.orders import (
    TransferInput,
    TransferLineInput,
    create_transfer,
    transfer_view,
)
from tests.services.stock.conftest import World, world  # noqa: F401  (the fixture)

D = Decimal
DAY = date(2026, 11, 29)


@dataclass
class Transfers:
    w: World

    def draft(
        self, *lines: tuple[int, str], source: int | None = None, to: int | None = None
    ) -> int:
        data = TransferInput(
            source or self.w.main,
            to or self.w.second,
            DAY,
            [TransferLineInput(item, D(qty)) for item, qty in lines],
            carrier="粤B·12345 顺丰",
        )
        return self.w.book.run(lambda s: create_transfer(s, self.w.user, data).value)  # type: ignore[attr-defined]

    def ship(self, transfer: int, key: str | None = None) -> TransferMoved:
        key = key or new_key()
        return self.w.book.run(  # type: ignore[attr-defined]
            lambda s: ship_transfer(s, self.w.user, transfer, key, ship_date=DAY)
        )

    def receive(self, transfer: int, *quantities: str, key: str | None = None) -> TransferMoved:
        """Quantities in line order; "0" skips a line."""
        key = key or new_key()
        lines = self.view(transfer).lines
        wanted = {line.id: D(q) for line, q in zip(lines, quantities, strict=False)}
        return self.w.book.run(  # type: ignore[attr-defined]
            lambda s: receive_transfer(s, self.w.user, transfer, key, wanted, receive_date=DAY)
        )

    def close(
        self, transfer: int, reason: str = "damaged", key: str | None = None
    ) -> TransferMoved:
        key = key or new_key()
        return self.w.book.run(  # type: ignore[attr-defined]
            lambda s: close_with_shortage(
                s, self.w.user, transfer, key, reason, close_date=DAY, note="箱子破损"
            )
        )

    def view(self, transfer: int):
        return self.w.book.read(lambda s: transfer_view(s, self.w.user, transfer))  # type: ignore[attr-defined]

    def transit(self, item: int) -> OnHand:
        return self.w.stock(item, self.w.place(LocationKind.TRANSIT))


@pytest.fixture
def tw(world) -> Transfers:  # noqa: F811
    return Transfers(world)
