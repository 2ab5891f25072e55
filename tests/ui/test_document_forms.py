"""The one document form: every document behaves the same for the user.

Esc with typed input asks first on every document form; a finished document of
each kind has no editable widget; a refusal keeps what was typed and
broadcasts nothing; a change is broadcast once, with its initiator, and the
list page showing that area refreshes itself. (GUI behaviour only: SQLite.)
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.parties import PartyData, create_party
from erp_desktop.services.purchasing.orders import (
    OrderInput,
    OrderLineInput,
    cancel_order,
    confirm_order,
    create_order,
)
from erp_desktop.services.purchasing.receipts import (
    ReceiptInput,
    ReceiptLineInput,
    receivable_lines,
    receive_goods,
)
from erp_desktop.services.stock.adjustments import (
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    post_adjustment,
)
from erp_desktop.services.stock.counts import (
    CountedLine,
    CountSheetInput,
    create_count,
    post_count,
    record_counts,
)
from erp_desktop.services.stock.posting import new_key
from erp_desktop.services.transfers.movement import close_with_shortage, ship_transfer
from erp_desktop.services.transfers.orders import (
    TransferInput,
    TransferLineInput,
    create_transfer,
    transfer_view,
)
from erp_desktop.ui.document_form import DocumentForm, editable_widgets
from erp_desktop.ui.invoicing.credit import CreditDialog
from erp_desktop.ui.invoicing.form import InvoiceDialog
from erp_desktop.ui.navigation import AREAS
from erp_desktop.ui.parties.form import CUSTOMER, PartyDialog
from erp_desktop.ui.parties.list_widget import PartyListWidget
from erp_desktop.ui.purchasing.order_form import OrderDialog
from erp_desktop.ui.purchasing.receive_dialog import ReceiveDialog as OrderReceiveDialog
from erp_desktop.ui.stock.adjustments import AdjustmentDialog
from erp_desktop.ui.stock.counts import CountDialog
from erp_desktop.ui.transfers.dialogs import ReceiveDialog as TransferReceiveDialog
from erp_desktop.ui.transfers.dialogs import ShortageDialog
from tests.invoicing_world import DAY, build_shop

USER = 1


@pytest.fixture
def world(sqlite_book) -> dict[str, Any]:
    """The invoicing shop, a supplier, and one document of each kind in each life stage."""
    shop = build_shop(sqlite_book, USER)

    def build(session) -> dict[str, Any]:
        supplier = create_party(
            session, USER, PartyData("S-001", "华强五金", is_supplier=True)
        ).value

        def order(lines: list[OrderLineInput]) -> int:
            return create_order(
                session,
                USER,
                OrderInput(
                    supplier_id=supplier, warehouse_id=shop.main, order_date=DAY, lines=lines
                ),
            ).value

        received = order([OrderLineInput(shop.cups, D(4), D("6"), D("0.13"))])
        confirm_order(session, USER, received)
        line = receivable_lines(session, received)[0].order_line_id
        receive_goods(
            session, USER, ReceiptInput(received, DAY, [ReceiptLineInput(line, D(4))]), new_key()
        )
        open_order = order([OrderLineInput(shop.rice, D(10), D("3"), D("0.13"))])
        confirm_order(session, USER, open_order)
        cancelled = order([OrderLineInput(shop.tea, D(1), D("50"), D("0.09"))])
        confirm_order(session, USER, cancelled)
        cancel_order(session, USER, cancelled, "not needed")

        adjustment = create_adjustment(
            session,
            USER,
            AdjustmentInput(shop.main, DAY, "damaged", [AdjustmentLineInput(shop.cups, D(-1))]),
        ).value
        post_adjustment(session, USER, adjustment, new_key())
        posted_count = create_count(session, USER, CountSheetInput(shop.main, DAY)).value
        record_counts(session, USER, posted_count, [CountedLine(shop.cups, D(90))])
        post_count(session, USER, posted_count, new_key())
        draft_count = create_count(session, USER, CountSheetInput(shop.second, DAY)).value

        def transfer() -> int:
            made = create_transfer(
                session,
                USER,
                TransferInput(
                    shop.main, shop.second, DAY, [TransferLineInput(shop.rice, D(5))], "沪A"
                ),
            ).value
            ship_transfer(session, USER, made, new_key(), ship_date=DAY)
            return made

        closed = transfer()
        close_with_shortage(session, USER, closed, new_key(), "lost", close_date=DAY)
        on_road = transfer()
        return {
            "received_order": received,
            "open_order": open_order,
            "cancelled_order": cancelled,
            "adjustment": adjustment,
            "posted_count": posted_count,
            "draft_count": draft_count,
            "closed_transfer": closed,
            "on_road_transfer": on_road,
        }

    ids = sqlite_book.run(build)
    issued = shop.invoice(shop.line(shop.cups, "2", "11.30"))
    ids["invoice"] = issued.invoice_id
    ids["credit_note"] = shop.credit(issued.invoice_id, {1: "1"})
    ids["shop"] = shop
    return ids


def go(window, key: str) -> QWidget:
    window.nav.setCurrentRow(next(i for i, a in enumerate(AREAS) if a.key == key))
    return window.page(key)  # type: ignore[no-any-return]


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    QApplication.processEvents()


class Questions:
    """Stands in for the "Unsaved changes" question: records it, answers No."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, _parent: object, title: str, text: str, *_a: object) -> Any:
        self.asked.append(title)
        return QMessageBox.StandardButton.No


def test_esc_with_typed_input_asks_on_every_document_form(
    open_window, sqlite_book, world, qtbot, monkeypatch
) -> None:
    questions = Questions()
    monkeypatch.setattr(QMessageBox, "question", questions)
    window = open_window(sqlite_book.location.target, "en")
    ctx = window.ctx
    transfer = sqlite_book.read(lambda s: transfer_view(s, USER, world["on_road_transfer"]))

    def invoice() -> QWidget:
        dialog = InvoiceDialog(ctx, None, window)
        qtbot.waitUntil(lambda: dialog.warehouse.count() > 0, timeout=10_000)
        return dialog

    def credit() -> QWidget:
        dialog = CreditDialog(ctx, world["invoice"], parent=window)
        qtbot.waitUntil(lambda: dialog.warehouse.count() > 0, timeout=10_000)
        return dialog

    forms = {
        "purchase order": (lambda: OrderDialog(ctx, None, window), "notes_edit"),
        "receipt": (lambda: OrderReceiveDialog(ctx, world["open_order"], window), "note_edit"),
        "invoice": (invoice, "remarks"),
        "credit note": (credit, "remarks"),
        "adjustment": (lambda: AdjustmentDialog(ctx, None, window), "note"),
        "party": (lambda: PartyDialog(ctx, CUSTOMER, None, window), "name_edit"),
        "transfer receipt": (lambda: TransferReceiveDialog(ctx, transfer, window), "note_edit"),
        "shortage": (lambda: ShortageDialog(ctx, transfer, window), "note_edit"),
    }
    for kind, (make, field) in forms.items():
        dialog = make()
        dialog.show()
        assert isinstance(dialog, DocumentForm)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
        assert not dialog.isVisible() and not questions.asked, kind
        dialog = make()
        dialog.show()
        qtbot.keyClicks(getattr(dialog, field), "typed")
        qtbot.keyClick(getattr(dialog, field), Qt.Key.Key_Escape)
        assert questions.asked == ["Unsaved changes"], kind
        assert dialog.isVisible() and getattr(dialog, field).text().endswith("typed"), kind
        dialog.close()  # the window's close button asks too
        assert questions.asked == ["Unsaved changes"] * 2 and dialog.isVisible(), kind
        questions.asked.clear()
        dialog.dirty = False
        dialog.close()

    count = CountDialog(ctx, world["draft_count"], window)  # a grid edit counts as typing
    count.show()
    count.grid.setData(count.grid.index(0, 3), "7", Qt.ItemDataRole.EditRole)
    qtbot.keyClick(count.view, Qt.Key.Key_Escape)
    assert questions.asked == ["Unsaved changes"] and count.isVisible()
    questions.asked.clear()

    page = go(window, "transfers")
    page.new_transfer()
    qtbot.keyClicks(page.form.carrier_edit, "B-1")
    qtbot.keyClick(page.form.carrier_edit, Qt.Key.Key_Escape)
    assert questions.asked == ["Unsaved changes"]
    assert page.stack.currentWidget() is page.form and page.form.carrier_edit.text() == "B-1"


def test_a_finished_document_of_each_kind_has_no_editable_widget(
    open_window, sqlite_book, world, qtbot
) -> None:
    window = open_window(sqlite_book.location.target, "en")
    ctx = window.ctx

    def invoice(invoice_id: int) -> InvoiceDialog:
        dialog = InvoiceDialog(ctx, invoice_id, window)
        qtbot.waitUntil(lambda: dialog.state != "draft", timeout=10_000)
        return dialog

    finished = {
        "received order": OrderDialog(ctx, world["received_order"], window),
        "cancelled order": OrderDialog(ctx, world["cancelled_order"], window),
        "issued invoice": invoice(world["invoice"]),
        "issued credit note": invoice(world["credit_note"]),
        "posted adjustment": AdjustmentDialog(ctx, world["adjustment"], window),
        "posted count": CountDialog(ctx, world["posted_count"], window),
    }
    for kind, dialog in finished.items():
        dialog.show()
        assert editable_widgets(dialog) == [], (kind, editable_widgets(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing to lose: no question
        assert not dialog.isVisible(), kind
    received = finished["received order"]
    assert received.state == "received" and not received.supplier.isClearButtonEnabled()
    assert received.notes_edit.isReadOnly()

    page = go(window, "transfers")
    page.open_transfer(world["closed_transfer"])
    form = page.form
    assert form.state == "closed" and editable_widgets(form) == []
    assert form.carrier_edit.isReadOnly() and form.note_edit.isReadOnly()
    assert not form.ship_button.isEnabled() and "closed" in form.ship_button.toolTip()
    page.new_transfer()  # the same form, a new draft: editable again
    assert form.carrier_edit in editable_widgets(form) and form.note_edit in editable_widgets(form)


def test_a_refusal_keeps_the_input_and_a_change_is_broadcast_once(
    open_window, sqlite_book, world, qtbot
) -> None:
    window = open_window(sqlite_book.location.target, "en")
    seen: list[tuple[Changes, object]] = []
    window.ctx.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    page = go(window, "master_data")
    customers = next(
        page.widget(i)
        for i in range(page.count())
        if isinstance(page.widget(i), PartyListWidget) and page.widget(i).role == CUSTOMER
    )
    idle(qtbot, window)
    before = customers.model.rowCount()
    refreshed: list[int] = []
    customers.model.modelReset.connect(lambda: refreshed.append(1))

    form = customers.new_party()
    form.code_edit.setText("C001")  # the shop's first customer has it
    form.name_edit.setText("重复的客户")
    form.save()
    qtbot.waitUntil(lambda: form.message.text() != "", timeout=10_000)
    idle(qtbot, window)
    assert form.isVisible() and form.buttons.isEnabled()
    assert (form.code_edit.text(), form.name_edit.text()) == ("C001", "重复的客户")
    assert seen == [] and refreshed == []  # a refusal changes nothing, tells nobody

    form.code_edit.setText("C003")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save()
    idle(qtbot, window)
    assert len(seen) == 1
    changes, initiator = seen[0]
    assert changes.touches(Area.PARTIES) and not changes.touches(Area.STOCK)
    assert initiator is form
    qtbot.waitUntil(lambda: customers.model.rowCount() == before + 1, timeout=10_000)
    assert refreshed  # the list refreshed itself from the broadcast


def test_another_pcs_change_refreshes_every_page(
    open_window, sqlite_book, world, qtbot
) -> None:
    window = open_window(sqlite_book.location.target, "en")
    seen: list[Changes] = []
    window.ctx.changed.connect(lambda changes, _initiator: seen.append(changes))
    page = go(window, "master_data")
    customers = next(
        page.widget(i)
        for i in range(page.count())
        if isinstance(page.widget(i), PartyListWidget) and page.widget(i).role == CUSTOMER
    )
    idle(qtbot, window)
    before = customers.model.rowCount()
    sqlite_book.run(
        lambda s: create_party(s, USER, PartyData("C009", "别处录入", is_customer=True))
    )
    window.watch.changed.emit()  # what the book's watch says when another PC wrote
    assert seen == [Changes.everything()]
    qtbot.waitUntil(lambda: customers.model.rowCount() == before + 1, timeout=10_000)
