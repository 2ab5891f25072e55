"""The database, not the app, stops a clerk with psql (db/pg_security.py).

A book with an administrator and a sales clerk, each signing in as their own
PostgreSQL role. With the clerk's credentials and a raw psycopg connection every
attack is refused by the server and changes nothing; through the app the same
clerk issues an invoice that posts a delivery.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import text

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.domain.permissions import Role
from erp_desktop.errors import BookError
from erp_desktop.models.user import User
from erp_desktop.services.accounts import add_user, set_active, set_password, set_role
from erp_desktop.services.checks import run_checks
from erp_desktop.services.opening import load_book
from erp_desktop.services.stock.opening_stock import OpeningLine, post_opening
from erp_desktop.services.stock.posting import new_key
from tests.invoicing_world import build_shop

pytestmark = pytest.mark.postgresql

CLERK_PASSWORD = "clerk-pass-2026"
ADMIN_PASSWORD = "admin-pass-2026"


def role_location(book, role: str, password: str) -> BookLocation:
    host, port, database, _owner = book.location.server
    return BookLocation.for_server(
        host=host, port=port, database=database, user=role, password=password
    )


def libpq(location: BookLocation) -> str:
    return location.libpq_conninfo()


@pytest.fixture
def world(pg_book):
    """The owner's book, a shop in it, a sales clerk and the clerk's role name."""
    shop = build_shop(pg_book)
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    pg_book.run(lambda s: set_password(s, by=1, user_id=1, password=ADMIN_PASSWORD))
    clerk = pg_book.run(
        lambda s: (
            add_user(
                s, by=1, full_name="Sales Wu", login="wu", role=Role.SALES, password=CLERK_PASSWORD
            ).value
        )
    )
    prefix = pg_book.meta("role_prefix")
    return shop, issued, clerk, prefix


def snapshot(book) -> list[object]:
    queries = (
        "SELECT login, role, is_admin, active, password_hash FROM app_user ORDER BY id",
        "SELECT name, tax_id, bank_name, bank_account FROM company",
        "SELECT id, number, state, gross_total, buyer_name FROM invoice ORDER BY id",
        "SELECT id, quantity, net, tax, gross FROM invoice_line ORDER BY id",
        "SELECT item_id, location_id, quantity, value FROM stock_balance ORDER BY 1, 2",
        "SELECT count(*), max(id) FROM stock_move",
        "SELECT id, hash, details FROM audit_event ORDER BY id",
        "SELECT last_hash, count FROM audit_head",
        "SELECT series_code, year, next_value FROM number_counter ORDER BY 1, 2",
    )
    with book.engine.connect() as conn:
        return [conn.execute(text(q)).all() for q in queries]


def test_a_clerk_with_psql_is_refused_by_the_database(world, pg_book) -> None:
    _shop, issued, _clerk, prefix = world
    invoice = issued.invoice_id
    before = snapshot(pg_book)
    move_columns = [
        c
        for (c,) in pg_book.engine.connect()
        .execute(
            text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'stock_move' AND column_name <> 'id' ORDER BY ordinal_position"
            )
        )
        .all()
    ]
    cols = ", ".join(move_columns)
    attacks = {
        "promote self (table)": "UPDATE app_user SET role = 'admin', is_admin = true "
        "WHERE login = 'wu'",
        "promote self (group)": f'GRANT "{prefix}:admin" TO CURRENT_USER',
        "copy credentials (role)": f"ALTER ROLE \"{prefix}.管理员\" PASSWORD 'stolen-pass-1'",
        "copy credentials (table)": "UPDATE app_user SET password_hash = 'x' WHERE id = 1",
        "company bank account": "UPDATE company SET bank_account = '6222 0000 0000 0001'",
        "issued invoice amounts": f"UPDATE invoice SET gross_total = 1 WHERE id = {invoice}",
        "issued invoice buyer": f"UPDATE invoice SET buyer_name = 'X' WHERE id = {invoice}",
        "issued invoice lines": "UPDATE invoice_line SET gross = 1, net = 1, tax = 0 "
        f"WHERE invoice_id = {invoice}",
        "issued invoice PDF": "DELETE FROM invoice_document",
        "stock balance": "UPDATE stock_balance SET quantity = quantity + 100",
        "stock move without a posting": f"INSERT INTO stock_move ({cols}) "
        f"SELECT {cols} FROM stock_move ORDER BY id LIMIT 1",
        "change a stock move": "UPDATE stock_move SET quantity = quantity + 1",
        "delete a posting": "DELETE FROM stock_posting",
        "delete audit events": "DELETE FROM audit_event",
        "rewrite an audit event": "UPDATE audit_event SET details = '{}'",
        "fix the chain head": "UPDATE audit_head SET last_hash = repeat('0', 64), count = 0",
        "rewind a number counter": "UPDATE number_counter SET next_value = 1",
        "create table": "CREATE TABLE mine (id int)",
        "drop a constraint": "ALTER TABLE invoice DROP CONSTRAINT ck_invoice_state",
        "alter a constraint": "ALTER TABLE stock_balance ALTER COLUMN quantity DROP NOT NULL",
        "disable a guard": "ALTER TABLE stock_move DISABLE TRIGGER erp_immutable",
    }
    clerk_url = libpq(role_location(pg_book, f"{prefix}.wu", CLERK_PASSWORD))
    refused = {}
    with psycopg.connect(clerk_url) as con:
        assert con.execute("SELECT current_user").fetchone() == (f"{prefix}.wu",)
        for name, sql in attacks.items():
            try:
                con.execute(sql)
                con.commit()
                refused[name] = "ACCEPTED"
            except psycopg.Error as exc:
                con.rollback()
                refused[name] = exc.sqlstate
    assert refused == dict.fromkeys(attacks, "42501")
    assert snapshot(pg_book) == before
    assert pg_book.read(run_checks).ok


def test_the_clerk_signed_in_as_their_role_issues_and_posts(world, pg_book) -> None:
    shop, _issued, clerk, prefix = world
    opened = load_book(role_location(pg_book, f"{prefix}.wu", CLERK_PASSWORD))
    try:
        assert opened.user is not None and opened.user.id == clerk.id and not opened.sign_in
        as_clerk = dataclasses.replace(shop, book=opened.book, user=clerk.id)
        before = as_clerk.stock(shop.cups).quantity
        issued = as_clerk.invoice(as_clerk.line(shop.cups, "3", "11.30"))
        assert issued.number == "INV-2026-000002"
        assert as_clerk.stock(shop.cups).quantity == before - 3
        who = opened.book.read(lambda s: s.get(User, clerk.id).login)
        assert who == "wu"
    finally:
        opened.book.close()
    assert pg_book.read(run_checks).ok


def test_a_disabled_user_cannot_connect_and_a_new_role_takes_effect(world, pg_book) -> None:
    _shop, _issued, clerk, prefix = world
    location = role_location(pg_book, f"{prefix}.wu", CLERK_PASSWORD)
    pg_book.run(lambda s: set_role(s, by=1, user_id=clerk.id, role=Role.WAREHOUSE))
    with psycopg.connect(libpq(location)) as con:
        groups = con.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = current_user"
        ).fetchall()
    assert groups == [(f"{prefix}:warehouse",)]
    pg_book.run(lambda s: set_active(s, by=1, user_id=clerk.id, active=False))
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(libpq(location)).close()
    pg_book.run(lambda s: set_active(s, by=1, user_id=clerk.id, active=True))
    psycopg.connect(libpq(location)).close()


def test_the_users_own_role_changes_only_its_own_password(world, pg_book) -> None:
    _shop, _issued, clerk, prefix = world
    book = open_book(role_location(pg_book, f"{prefix}.wu", CLERK_PASSWORD))
    try:
        book.run(lambda s: set_password(s, by=clerk.id, user_id=clerk.id, password="wu-new-pass-1"))
    finally:
        book.close()
    psycopg.connect(libpq(role_location(pg_book, f"{prefix}.wu", "wu-new-pass-1"))).close()


def test_check_reports_a_grant_too_many(world, pg_book) -> None:
    _shop, _issued, _clerk, prefix = world
    assert pg_book.read(run_checks).ok
    with pg_book.engine.begin() as conn:
        conn.exec_driver_sql(f'GRANT UPDATE ON stock_balance TO "{prefix}:sales"')
        conn.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER erp_immutable")
    problems = [p.message.render() for p in pg_book.read(run_checks).problems]
    assert len(problems) == 2


def test_a_role_with_connect_only_is_told_permission_denied(pg_book, pg_server) -> None:
    host, port, database, _owner = pg_book.location.server
    name = f"{database}.outsider"
    with pg_book.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD 'outsider-pass-1'")
        conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO "{name}"')
    try:
        location = BookLocation.for_server(
            host=host, port=port, database=database, user=name, password="outsider-pass-1"
        )
        with pytest.raises(BookError, match="permission denied") as refused:
            open_book(location)
        assert "another program" not in str(refused.value)
    finally:
        pg_server.admin.execute(f'REVOKE ALL ON DATABASE "{database}" FROM "{name}"')
        pg_server.admin.execute(f'DROP ROLE "{name}"')


def _posted_purchase_and_adjustment(shop) -> dict[str, int]:
    """A confirmed order with a posted receipt of 5, a return of 1 and a posted adjustment."""
    from datetime import date
    from decimal import Decimal

    from erp_desktop.services.parties import PartyData, create_party
    from erp_desktop.services.purchasing.orders import (
        OrderInput,
        OrderLineInput,
        confirm_order,
        create_order,
    )
    from erp_desktop.services.purchasing.receipts import (
        ReceiptInput,
        ReceiptLineInput,
        receive_goods,
    )
    from erp_desktop.services.purchasing.returns import (
        ReturnInput,
        ReturnLineInput,
        return_goods,
        returnable_lines,
    )
    from erp_desktop.services.stock.adjustments import (
        AdjustmentInput,
        AdjustmentLineInput,
        create_adjustment,
        post_adjustment,
    )
    from erp_desktop.services.stock.posting import new_key

    day, user = date(2026, 11, 30), shop.user

    def work(s) -> dict[str, int]:
        supplier = create_party(s, user, PartyData("S-9", "华强五金", is_supplier=True)).value
        order = create_order(
            s,
            user,
            OrderInput(
                supplier,
                shop.main,
                day,
                [OrderLineInput(shop.cups, Decimal(10), Decimal(4), Decimal("0.13"))],
            ),
        ).value
        confirm_order(s, user, order)
        line = s.execute(
            text("SELECT id FROM purchase_order_line WHERE order_id = :o"), {"o": order}
        ).scalar_one()
        receipt = receive_goods(
            s, user, ReceiptInput(order, day, [ReceiptLineInput(line, Decimal(5))]), new_key()
        )
        (returnable,) = returnable_lines(s, receipt.receipt_id)
        back = ReturnInput(
            receipt.receipt_id, day, [ReturnLineInput(returnable.receipt_line_id, Decimal(1))]
        )
        returned = return_goods(s, user, back, new_key())
        adjustment = create_adjustment(
            s,
            user,
            AdjustmentInput(
                shop.main, day, "damaged", [AdjustmentLineInput(shop.cups, Decimal(-2))]
            ),
        ).value
        post_adjustment(s, user, adjustment, new_key())
        return {
            "order": order,
            "receipt": receipt.receipt_id,
            "return": returned.return_id,
            "adjustment": adjustment,
        }

    return shop.run(work)


def test_posted_receipts_returns_and_adjustments_are_frozen_for_clerk_and_owner(
    world, pg_book
) -> None:
    shop, _issued, _clerk, prefix = world
    docs = _posted_purchase_and_adjustment(shop)
    pg_book.run(
        lambda s: (
            add_user(
                s,
                by=1,
                full_name="Store Li",
                login="li",
                role=Role.WAREHOUSE,
                password=CLERK_PASSWORD,
            ).value
        )
    )
    r, back, adj = docs["receipt"], docs["return"], docs["adjustment"]
    attacks = {
        "receipt line quantity": "UPDATE goods_receipt_line SET quantity = quantity + 1, "
        f"value = value + 4 WHERE receipt_id = {r}",
        "receipt date": f"UPDATE goods_receipt SET receipt_date = '2026-01-01' WHERE id = {r}",
        "receipt deleted": f"DELETE FROM goods_receipt_line WHERE receipt_id = {r}",
        "receipt line added": "INSERT INTO goods_receipt_line (receipt_id, line_no, "
        "order_line_id, item_id, quantity, unit_cost, value, returned_quantity, returned_value) "
        "SELECT receipt_id, 9, order_line_id, item_id, 1, unit_cost, unit_cost, 0, 0 "
        f"FROM goods_receipt_line WHERE receipt_id = {r}",
        "return line quantity": "UPDATE supplier_return_line SET quantity = 2 "
        f"WHERE return_id = {back}",
        "return deleted": f"DELETE FROM supplier_return WHERE id = {back}",
        "adjustment line": "UPDATE stock_adjustment_line SET quantity = -1 "
        f"WHERE adjustment_id = {adj}",
        "adjustment back to draft": f"UPDATE stock_adjustment SET state = 'draft' WHERE id = {adj}",
        "order price (a receiving role)": "UPDATE purchase_order_line SET unit_price = 1 "
        f"WHERE order_id = {docs['order']}",
        "order deleted": f"DELETE FROM purchase_order WHERE id = {docs['order']}",
        "loading, but not the owner": "SELECT set_config('erp.loading', 'on', false); "
        f"UPDATE goods_receipt_line SET quantity = 6 WHERE receipt_id = {r}",
    }
    # the owner may amend an order and bulk-load: those two are the storeman's only
    storeman_only = {"order price (a receiving role)", "loading, but not the owner"}
    before = snapshot(pg_book)
    owner = pg_book.location.libpq_conninfo()
    for who, url in {
        "storeman": libpq(role_location(pg_book, f"{prefix}.li", CLERK_PASSWORD)),
        "owner": owner,
    }.items():
        refused = {}
        tried = {k: v for k, v in attacks.items() if who != "owner" or k not in storeman_only}
        with psycopg.connect(url) as con:
            for name, sql in tried.items():
                try:
                    con.execute(sql)
                    con.commit()
                    refused[name] = "ACCEPTED"
                except psycopg.Error as exc:
                    con.rollback()
                    refused[name] = exc.sqlstate
        assert (who, refused) == (who, dict.fromkeys(tried, "42501"))
    with pg_book.engine.connect() as conn:
        lines = conn.execute(
            text(
                f"SELECT quantity, returned_quantity FROM goods_receipt_line WHERE receipt_id = {r}"
            )
        ).all()
    assert lines == [(5, 1)]
    assert snapshot(pg_book) == before
    # the app's own later verbs still work for the storeman: the rest arrives, one goes back
    opened = load_book(role_location(pg_book, f"{prefix}.li", CLERK_PASSWORD))
    try:
        received = opened.book.run(lambda s: _receive_rest_and_return_one(s, docs))
    finally:
        opened.book.close()
    assert received == ("partially_received", [Decimal(9)])  # 5 − 1 + 6 − 1 of 10
    assert pg_book.read(run_checks).ok


def _receive_rest_and_return_one(s, docs: dict[str, int]) -> tuple[str, list[Decimal]]:
    from datetime import date

    from erp_desktop.services.purchasing.orders import get_order
    from erp_desktop.services.purchasing.receipts import (
        ReceiptInput,
        ReceiptLineInput,
        receive_goods,
    )
    from erp_desktop.services.purchasing.returns import (
        ReturnInput,
        ReturnLineInput,
        return_goods,
        returnable_lines,
    )
    from erp_desktop.services.stock.posting import new_key

    user = s.execute(text("SELECT id FROM app_user WHERE login = 'li'")).scalar_one()
    day = date(2026, 12, 1)
    (line,) = get_order(s, docs["order"]).lines
    receive_goods(
        s,
        user,
        ReceiptInput(docs["order"], day, [ReceiptLineInput(line.id, Decimal(6))]),
        new_key(),
    )
    (first,) = returnable_lines(s, docs["receipt"])
    back = ReturnInput(docs["receipt"], day, [ReturnLineInput(first.receipt_line_id, Decimal(1))])
    return_goods(s, user, back, new_key())
    order = get_order(s, docs["order"])
    return order.state, [x.received_quantity for x in order.lines]


def test_check_reports_a_missing_document_guard(world, pg_book) -> None:
    assert pg_book.read(run_checks).ok
    with pg_book.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER erp_posted ON goods_receipt_line")
    problems = [p.message.render() for p in pg_book.read(run_checks).problems]
    assert len(problems) == 1
    assert "erp_posted on goods_receipt_line" in problems[0]


def test_posted_opening_stock_is_frozen_for_a_storeman_and_the_owner(world, pg_book) -> None:
    shop, _issued, _clerk, prefix = world
    opening = shop.run(
        lambda s: post_opening(
            s,
            1,
            [OpeningLine(shop.rice, shop.main, Decimal("4.5"), Decimal("3.20"))],
            key=new_key(),
            opening_date=date(2026, 1, 1),
        )
    )
    pg_book.run(
        lambda s: add_user(
            s, by=1, full_name="Store Li", login="li", role=Role.WAREHOUSE, password=CLERK_PASSWORD
        )
    )
    attacks = {
        "value": f"UPDATE stock_opening SET total_value = 1000 WHERE id = {opening.opening_id}",
        "number": f"UPDATE stock_opening SET number = 'X' WHERE id = {opening.opening_id}",
        "deleted": f"DELETE FROM stock_opening WHERE id = {opening.opening_id}",
    }
    before = snapshot(pg_book)
    with pg_book.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM stock_opening")).all()
    for who, url in {
        "storeman": libpq(role_location(pg_book, f"{prefix}.li", CLERK_PASSWORD)),
        "owner": pg_book.location.libpq_conninfo(),
    }.items():
        refused = {}
        with psycopg.connect(url) as con:
            for name, sql in attacks.items():
                try:
                    con.execute(sql)
                    con.commit()
                    refused[name] = "ACCEPTED"
                except psycopg.Error as exc:
                    con.rollback()
                    refused[name] = exc.sqlstate
        assert (who, refused) == (who, dict.fromkeys(attacks, "42501"))
    with pg_book.engine.connect() as conn:
        assert conn.execute(text("SELECT * FROM stock_opening")).all() == row
    assert snapshot(pg_book) == before
    assert pg_book.read(run_checks).ok


def test_upgrading_an_older_server_book_adds_the_opening_stock_guard(pg_book) -> None:
    with pg_book.engine.begin() as conn:  # a book as the previous version left it
        conn.exec_driver_sql("DROP TRIGGER erp_posted ON stock_opening")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0012_einvoice'")
    problems = [p.message.render() for p in pg_book.read(run_checks).problems]
    assert any("erp_posted on stock_opening" in p for p in problems)
    upgraded = open_book(pg_book.location, upgrade=True, for_writing=True)
    try:
        assert upgraded.revision == "0013_signin"
        assert upgraded.read(run_checks).ok
    finally:
        upgraded.close()
