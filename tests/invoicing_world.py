"""A small shop for invoicing tests: customers, items with stock, helpers to invoice.

Used by the service, CLI and GUI tests of invoicing (a plain module, not a
fixture file, so each test folder makes the fixture it needs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from stdnum.cn import uscc

from erp_desktop.models.location import LocationKind
from erp_desktop.services.checks import run_checks
from erp_desktop.services.invoicing import credits, drafts, issuing
from erp_desktop.services.parties import PartyData, create_party
from erp_desktop.services.stock.balances import on_hand
from erp_desktop.services.stock.items import ItemData, create_item
from erp_desktop.services.stock.locations import (
    WarehouseData,
    create_warehouse,
    list_warehouses,
    virtual_location,
)
from erp_desktop.services.stock.posting import MoveRequest, new_key, post_moves

D = Decimal
DAY = date(2026, 11, 29)


def tax_id(body: str) -> str:
    """A valid unified social credit code from its first 17 characters."""
    return body + uscc.calc_check_digit(body)


@dataclass
class Shop:
    book: object
    user: int
    main: int  # warehouse
    second: int  # warehouse
    acme: int  # customer with every VAT buyer field
    bolt: int  # a second customer
    cups: int  # item, whole units, sale price 11.30
    rice: int  # item, kg with 2 decimals
    tea: int  # item at 9 %

    def run(self, work):
        return self.book.run(work)  # type: ignore[attr-defined]

    def read(self, work):
        return self.book.read(work)  # type: ignore[attr-defined]

    def line(
        self,
        item: int | None,
        qty: str,
        price: str,
        rate: str = "0.13",
        *,
        discount: str = "0",
        description: str = "",
        exempt: bool = False,
    ) -> drafts.LineData:
        return drafts.LineData(
            item_id=item,
            quantity=D(qty),
            unit_price=D(price),
            tax_rate=D(rate),
            tax_exempt=exempt,
            discount_percent=D(discount),
            description=description,
        )

    def draft(
        self,
        *lines: drafts.LineData,
        customer: int | None = None,
        mode: str = "inclusive",
        warehouse: int | None = None,
        on: date = DAY,
        remarks: str = "",
    ) -> int:
        data = drafts.InvoiceData(
            customer_id=customer or self.acme,
            invoice_date=on,
            lines=list(lines),
            warehouse_id=warehouse or self.main,
            price_mode=mode,
            remarks=remarks,
        )
        return self.run(lambda s: drafts.create_invoice(s, self.user, data).value)

    def issue(self, invoice_id: int, key: str | None = None) -> issuing.Issued:
        key = key or new_key()
        return self.run(lambda s: issuing.issue(s, self.user, invoice_id, key))

    def invoice(self, *lines: drafts.LineData, **kwargs) -> issuing.Issued:
        return self.issue(self.draft(*lines, **kwargs))

    def credit(
        self,
        invoice_id: int,
        quantities: dict[int, str],
        *,
        back_to: int | None = None,
        reason: str = "退货",
        issue: bool = True,
    ) -> int:
        """Credit {line_no: quantity} of an invoice; returns the credit note's id."""

        def work(session):
            lines = {c.line_no: c.line_id for c in credits.creditable_lines(session, invoice_id)}
            data = credits.CreditData(
                credit_date=DAY,
                reason=reason,
                lines=[credits.CreditLineData(lines[n], D(q)) for n, q in quantities.items()],
                return_warehouse_id=back_to,
            )
            return credits.create_credit_note(session, self.user, invoice_id, data).value

        note_id = self.run(work)
        if issue:
            self.issue(note_id)
        return note_id

    def stock(self, item: int, warehouse: int | None = None):
        return self.read(lambda s: on_hand(s, item, warehouse or self.main))

    def customer_place(self) -> int:
        return self.read(lambda s: virtual_location(s, LocationKind.CUSTOMER))

    def supplier_place(self) -> int:
        return self.read(lambda s: virtual_location(s, LocationKind.SUPPLIER))

    def problems(self) -> list[str]:
        report = self.read(run_checks)
        return [f"{p.check}: {p.message}" for p in report.problems]


def build_shop(book, user: int = 1) -> Shop:
    def build(session) -> Shop:
        main = list_warehouses(session)[0].id
        second = create_warehouse(session, user, WarehouseData("WH2", "二号仓库")).value.id
        acme = create_party(
            session,
            user,
            PartyData(
                code="C001",
                name="杭州客户贸易有限公司",
                is_customer=True,
                tax_id=tax_id("91330100MA2B3C4D5"),
                address="杭州市西湖区文三路 88 号",
                phone="0571-8765 4321",
                bank_name="中国工商银行杭州分行",
                bank_account="1202 0212 0900 1234 567",
                payment_terms="30 天",
            ),
        ).value
        bolt = create_party(
            session,
            user,
            PartyData(
                code="C002",
                name="Bolt Trading Ltd",
                is_customer=True,
                tax_id=tax_id("91310000MA1FL0XN5"),
                currency="CNY",
            ),
        ).value
        cups = create_item(
            session,
            user,
            ItemData("CUP-500", "不锈钢保温杯", "个", spec="500ml 银色", sale_price=D("11.30")),
        ).value
        rice = create_item(
            session, user, ItemData("RICE-5", "东北大米", "kg", unit_precision=2, sale_price=D("6"))
        ).value
        tea = create_item(
            session,
            user,
            ItemData("TEA-01", "西湖龙井", "盒", sale_price=D("109"), tax_rate=D("0.09")),
        ).value
        supplier = virtual_location(session, LocationKind.SUPPLIER)
        post_moves(
            session,
            user_id=user,
            key=new_key(),
            doc_type="receipt",
            moves=[
                MoveRequest(cups, supplier, main, D("100"), unit_cost=D("6.00")),
                MoveRequest(rice, supplier, main, D("500"), unit_cost=D("3.20")),
                MoveRequest(tea, supplier, main, D("40"), unit_cost=D("55.00")),
                MoveRequest(cups, supplier, second, D("10"), unit_cost=D("7.00")),
            ],
            move_date=DAY,
        )
        return Shop(book, user, main, second, acme, bolt, cups, rice, tea)

    return book.run(build)
