"""One shop for the business stories: the invoicing shop plus a supplier, and the verbs
of every area (purchasing, transfers, invoicing) as one-liners, each in its own
transaction as a user's action would be. A plain module (tests/ has no packages)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from erp_desktop.models.location import LocationKind
from erp_desktop.services.invoicing.printing import view_of
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
    returnable_lines,
)
from erp_desktop.services.stock.balances import OnHand, on_hand
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import virtual_location
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
from tests.invoicing_world import DAY, Shop, build_shop

D = Decimal


@dataclass
class Story:
    shop: Shop
    supplier: int
    pens: int  # a new item, no stock yet: every figure of the story is its own

    @property
    def user(self) -> int:
        return self.shop.user

    def run(self, work):
        return self.shop.run(work)

    def read(self, work):
        return self.shop.read(work)

    # -- purchasing -----------------------------------------------------------------------------
    def order(self, item: int, quantity: str, price: str, rate: str = "0.13") -> int:
        data = OrderInput(
            supplier_id=self.supplier,
            warehouse_id=self.shop.main,
            order_date=DAY,
            lines=[OrderLineInput(item, D(quantity), D(price), D(rate))],
        )
        order_id = self.run(lambda s: create_order(s, self.user, data).value)
        self.run(lambda s: confirm_order(s, self.user, order_id).value)
        return order_id

    def order_number(self, order_id: int) -> str:
        return self.read(lambda s: get_order(s, order_id).number)

    def receive(self, order_id: int, quantity: str, key: str | None = None) -> PostedReceipt:
        line = self.read(lambda s: get_order(s, order_id).lines[0].id)
        data = ReceiptInput(order_id, DAY, [ReceiptLineInput(line, D(quantity))])
        return self.run(lambda s: receive_goods(s, self.user, data, key or new_key()))

    def give_back(self, receipt: PostedReceipt, quantity: str) -> PostedReturn:
        line = self.read(lambda s: returnable_lines(s, receipt.receipt_id))[0]
        data = ReturnInput(
            receipt.receipt_id,
            DAY,
            [ReturnLineInput(line.receipt_line_id, D(quantity))],
            reason="damaged in transport",
        )
        return self.run(lambda s: return_goods(s, self.user, data, new_key()))

    # -- transfers ------------------------------------------------------------------------------
    def transfer(self, item: int, quantity: str) -> int:
        data = TransferInput(
            self.shop.main, self.shop.second, DAY, [TransferLineInput(item, D(quantity))]
        )
        return self.run(lambda s: create_transfer(s, self.user, data).value)

    def ship(self, transfer: int) -> TransferMoved:
        return self.run(lambda s: ship_transfer(s, self.user, transfer, new_key(), ship_date=DAY))

    def arrive(self, transfer: int, quantity: str) -> TransferMoved:
        line = self.read(lambda s: transfer_view(s, self.user, transfer).lines[0].id)
        return self.run(
            lambda s: receive_transfer(
                s, self.user, transfer, new_key(), {line: D(quantity)}, receive_date=DAY
            )
        )

    def close_short(self, transfer: int) -> TransferMoved:
        return self.run(
            lambda s: close_with_shortage(
                s, self.user, transfer, new_key(), "damaged", close_date=DAY, note="箱子破损"
            )
        )

    # -- looking ------------------------------------------------------------------------------
    def stock(self, item: int, warehouse: int) -> tuple[Decimal, Decimal]:
        """(quantity, value) of an item in a warehouse."""
        balance: OnHand = self.read(lambda s: on_hand(s, item, warehouse))
        return balance.quantity, balance.value

    def at(self, kind: LocationKind, item: int) -> tuple[Decimal, Decimal]:
        """(quantity, value) at a virtual place (supplier, customer, in transit, …)."""
        place = self.read(lambda s: virtual_location(s, kind))
        return self.stock(item, place)

    def invoice_totals(self, invoice_id: int) -> tuple[str, Decimal, Decimal, Decimal]:
        view = self.read(lambda s: view_of(s, invoice_id))
        return view.state, view.net, view.tax, view.gross


def build_story(book, user: int) -> Story:
    shop = build_shop(book, user)

    def more(session):
        supplier = create_party(
            session,
            user,
            PartyData("S-001", "深圳市文具批发有限公司", is_supplier=True, lead_time_days=3),
        ).value
        pens = create_item(
            session,
            user,
            ItemData(
                "PEN-01", "中性笔 0.5mm", "支", purchase_price=D("6.5"), sale_price=D("11.30")
            ),
        ).value
        return supplier, pens

    supplier, pens = book.run(more)
    return Story(shop, supplier, pens)
