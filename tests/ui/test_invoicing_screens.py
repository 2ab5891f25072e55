"""The Invoicing screens, driven offscreen: keyboard entry, issue, credit, preview, exports."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from erp_desktop.services.invoicing.documents import get_invoice
from erp_desktop.services.invoicing.queries import invoice_page
from erp_desktop.ui.invoicing.credit import CreditDialog
from erp_desktop.ui.invoicing.form import InvoiceDialog
from erp_desktop.ui.invoicing.page import InvoiceListModel, InvoicingPage
from erp_desktop.ui.invoicing.preview import PdfPreviewDialog, print_pdf
from erp_desktop.ui.navigation import AREAS
from tests.invoicing_world import Shop, build_shop
from tests.ui.conftest import on_next_modal, save_screenshot
from tests.ui.waiting import settle


def invoicing_page(window) -> InvoicingPage:
    window.nav.setCurrentRow([a.key for a in AREAS].index("invoicing"))
    page = window.page("invoicing")
    assert isinstance(page, InvoicingPage)
    settle(window)  # the list and its totals load off the GUI thread
    return page


def editor_in(view) -> QLineEdit:
    editors = [w for w in view.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def type_and_enter(qtbot, view, text: str) -> None:
    qtbot.keyClicks(view, text[0])  # any key starts editing the current cell
    editor = editor_in(view)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def wait_ready(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.warehouse.count() > 0, timeout=10_000)


def test_build_and_issue_an_invoice_by_keyboard(
    open_window, book, book_url, admin_id, qtbot, tmp_path
) -> None:
    shop = build_shop(book, admin_id)
    window = open_window(book_url, "zh_CN")
    page = invoicing_page(window)
    dialog = page.new_invoice()
    assert isinstance(dialog, InvoiceDialog)
    wait_ready(qtbot, dialog)
    # the customer: typed in Chinese (an input method commits the text), then picked
    commit = QInputMethodEvent()
    commit.setCommitString("杭州")
    QApplication.sendEvent(dialog.customer, commit)
    assert [c.code for c in dialog.customer.choices] == ["C001"]
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    assert dialog.customer.choice is not None and dialog.customer.choice.code == "C001"
    assert dialog.due_check.isChecked()  # "30 天" payment terms
    # the lines: code, Enter, quantity, Enter — name, unit, price and rate come from the item
    grid = dialog.grid
    grid.start()
    type_and_enter(qtbot, grid, "cup-500")
    assert dialog.lines.columns[grid.currentIndex().column()].key == "quantity"
    type_and_enter(qtbot, grid, "3")
    grid.setCurrentIndex(dialog.lines.index(1, 0))
    type_and_enter(qtbot, grid, "TEA-01")
    type_and_enter(qtbot, grid, "2")
    first, second = dialog.lines.lines()
    assert (first["description"], first["unit"], first["price"]) == (
        "不锈钢保温杯",
        "个",
        D("11.30"),
    )
    assert (first["gross"], second["gross"], second["rate"]) == (D("33.90"), D("218.00"), "9%")
    assert first["available"] == D("100") and second["available"] == D("40")
    assert "251.90" in dialog.totals.text()
    assert "13%" in dialog.breakdown.text() and "9%" in dialog.breakdown.text()
    save_screenshot(dialog, f"invoice_form_zh_CN_{book.kind}", tmp_path)
    # issue from the keyboard: the button has focus, Space presses it, then Yes
    dialog.issue_button.setFocus()
    asked = on_next_modal(press_yes)
    qtbot.keyClick(dialog.issue_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.number is not None, timeout=15_000)
    assert dialog.number == "INV-2026-000001" and dialog.state == "issued"
    assert "杭州" in asked[0] and "251.90" in asked[0]  # whom, how much
    assert "INV-2026-000001" in dialog.status.text()
    assert dialog.lines.read_only and not dialog.issue_button.isVisible()
    assert shop.stock(shop.cups).quantity == D("97")
    settle(window)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "INV-2026-000001"
    assert page.model.index(0, 2).data() == "已开具"
    assert "251.90" in page.totals.text()
    save_screenshot(window, f"invoicing_list_zh_CN_{book.kind}", tmp_path)


def test_refusals_show_under_the_grid_and_keep_the_input(
    open_window, sqlite_book, admin_id, qtbot
) -> None:
    shop = build_shop(sqlite_book, admin_id)
    window = open_window(sqlite_book.location.target, "en")
    dialog = invoicing_page(window).new_invoice()
    wait_ready(qtbot, dialog)
    qtbot.keyClicks(dialog.customer, "C002")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    dialog.grid.start()
    type_and_enter(qtbot, dialog.grid, "TEA-01")
    type_and_enter(qtbot, dialog.grid, "41")
    index = dialog.lines.index(0, [c.key for c in dialog.lines.columns].index("available"))
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # red: more than in stock
    on_next_modal(press_yes)
    dialog.issue()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "Not enough stock" in dialog.message.text() and "line 1 TEA-01" in dialog.message.text()
    assert dialog.state == "draft" and dialog.lines.lines()[0]["quantity"] == D("41")
    assert (
        shop.read(lambda s: s.scalar(__import__("sqlalchemy").text("SELECT count(*) FROM invoice")))
        == 0
    )


def test_list_model_is_a_valid_qt_model(qtmodeltester, sqlite_book, admin_id) -> None:
    shop = build_shop(sqlite_book, admin_id)
    for n in range(3):
        shop.invoice(shop.line(shop.cups, str(n + 1), "11.30"))
    shop.draft(shop.line(None, "1", "9", "0.06", description="咨询"))
    from erp_desktop.ui.models.paged import Column

    columns = [
        Column(k, k)
        for k in (
            "number",
            "kind",
            "state",
            "date",
            "customer",
            "currency",
            "net",
            "tax",
            "gross",
            "due",
        )
    ]
    model = InvoiceListModel(sqlite_book.read, columns, invoice_page)
    model.refresh()
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)


def press_yes(box) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def test_issuing_from_the_list_asks_first_and_escape_changes_nothing(
    open_window, sqlite_book, admin_id, qtbot
) -> None:
    shop = build_shop(sqlite_book, admin_id)
    shop.draft(shop.line(shop.cups, "3", "11.30"))
    window = open_window(sqlite_book.location.target, "en")
    page = invoicing_page(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    asked = on_next_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    page.issue_selected()
    assert "Issue the invoice to" in asked[0] and "33.90" in asked[0] and "number" in asked[0]
    settle(window)
    assert shop.stock(shop.cups).quantity == D("100")
    assert page.model.row_values(0)[1] is None and page.model.row_values(0)[3] == "draft"
    asked = on_next_modal(press_yes)
    page.issue_selected()
    qtbot.waitUntil(lambda: "Issued as" in page.message.text(), timeout=15_000)
    assert shop.stock(shop.cups).quantity == D("97")


def issued_shop(book, admin_id) -> tuple[Shop, int]:
    shop = build_shop(book, admin_id)
    issued = shop.invoice(
        shop.line(shop.cups, "10", "11.30"), shop.line(None, "1", "80", "0.06", description="运费")
    )
    return shop, issued.invoice_id


def test_credit_return_and_reissue_from_the_list(
    open_window, sqlite_book, admin_id, qtbot, tmp_path
) -> None:
    shop, invoice_id = issued_shop(sqlite_book, admin_id)
    window = open_window(sqlite_book.location.target, "en")
    page = invoicing_page(window)
    page.table.selectRow(0)
    assert page.buttons["credit"].isEnabled() and not page.buttons["issue"].isEnabled()
    assert "it is issued" in page.buttons["issue"].toolTip()
    dialog = page.credit_selected(reissue=False)
    assert isinstance(dialog, CreditDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    assert dialog.returns.isChecked()  # goods were sold: by default they come back
    dialog.model.setData(dialog.model.index(0, 5), "4")
    dialog.model.setData(dialog.model.index(1, 5), "x")
    dialog.submit(issue=True)
    assert "not a number" in dialog.message.text()  # refused before it is sent
    dialog.model.setData(dialog.model.index(1, 5), "")
    save_screenshot(dialog, "credit_dialog_en", tmp_path)
    with qtbot.waitSignal(dialog.credited, timeout=15_000):
        dialog.submit(issue=True)
    assert shop.read(lambda s: get_invoice(s, invoice_id).state) == "partially_credited"
    assert shop.stock(shop.cups).quantity == D("94")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    numbers = [page.model.row_values(r)[1] for r in range(2)]
    page.table.selectRow(numbers.index("CN-2026-000001"))
    assert not page.buttons["credit"].isEnabled()
    note = page.open_selected()
    qtbot.waitUntil(lambda: note.number == "CN-2026-000001", timeout=10_000)
    assert note.windowTitle() == "Credit note CN-2026-000001 — issued"
    assert note.lines.lines()[0]["gross"] == D("-45.20") and not note.credit_button.isVisible()
    note.close()
    # credit the rest and re-issue: the corrected copy opens as a draft
    page.table.selectRow([page.model.row_values(r)[1] for r in range(2)].index("INV-2026-000001"))
    reissue = page.credit_selected(reissue=True)
    qtbot.waitUntil(lambda: reissue.model.rowCount() == 2, timeout=10_000)
    settle(window)
    assert [reissue.model.index(r, 5).data() for r in range(2)] == ["6", "1"]
    with qtbot.waitSignal(reissue.credited, timeout=15_000):
        reissue.submit(issue=True)
    copy = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, InvoiceDialog) and w.isVisible()
    )
    wait_ready(qtbot, copy)
    qtbot.waitUntil(lambda: copy.invoice_id is not None and bool(copy.lines.lines()))
    assert copy.state == "draft" and "corrects INV-2026-000001" in copy.windowTitle()
    assert shop.read(lambda s: get_invoice(s, invoice_id).state) == "credited"
    copy.close()


def test_preview_print_and_exports(
    open_window, sqlite_book, admin_id, qtbot, tmp_path, monkeypatch
) -> None:
    shop, _invoice_id = issued_shop(sqlite_book, admin_id)
    window = open_window(sqlite_book.location.target, "en")
    page = invoicing_page(window)
    page.table.selectRow(0)
    page.preview_selected()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PdfPreviewDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=10_000,
    )
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog))
    assert preview.document.pageCount() == 1
    qtbot.wait(400)  # the viewer renders pages on a thread of its own
    save_screenshot(preview, "invoice_preview_en", tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(preview.document, printer) == 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1
    preview.close()
    target = tmp_path / "one.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_selected("xml")
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert b"<cbc:ID>INV-2026-000001</cbc:ID>" in target.read_bytes()
    # Export PDF says where the file went, with Open and Show in folder (issue 17)
    from erp_desktop.ui.saving import SavedNotice

    pdf_target = tmp_path / "one.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_target), ""))
    page.export_selected("pdf")

    def announced() -> list[str]:
        return [n.label.text() for n in page.window().findChildren(SavedNotice)]

    qtbot.waitUntil(lambda: any("one.pdf" in text for text in announced()))
    (notice,) = page.window().findChildren(SavedNotice)  # the XML's notice was replaced
    assert "one.pdf" in notice.label.text() and notice.isVisible()
    assert notice.open_button.text() == "Open" and notice.folder_button.text() == "Show in folder"
    assert pdf_target.read_bytes().startswith(b"%PDF")
    # batch export of the list as filtered: the draft is skipped
    shop.draft(shop.line(shop.cups, "1", "11.30"))
    page.refresh()
    folder = tmp_path / "batch"
    dialog = page.batch_export()
    dialog.folder.setText(str(folder))
    dialog.xml.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as finished:
        dialog.start()
    assert (finished.args[0].written, finished.args[0].skipped) == (1, 1)
    assert sorted(p.name for p in folder.iterdir()) == [
        "INV-2026-000001.pdf",
        "INV-2026-000001.xml",
    ]
    qtbot.waitUntil(lambda: "1 documents exported" in page.message.text())
    assert Path(folder / "INV-2026-000001.pdf").read_bytes().startswith(b"%PDF")


def test_series_and_batch_dialogs_in_chinese(
    open_window, sqlite_book, admin_id, qtbot, tmp_path
) -> None:
    shop, invoice_id = issued_shop(sqlite_book, admin_id)
    window = open_window(sqlite_book.location.target, "zh_CN")
    page = invoicing_page(window)
    series = page.edit_series()
    box = series.boxes["invoice"]
    qtbot.waitUntil(lambda: box.settings is not None, timeout=10_000)
    assert not box.prefix.isEnabled() and "已使用 1 个编号" in box.note.text()
    credit_box = series.boxes["credit_note"]
    assert credit_box.prefix.isEnabled() and "CN-" in credit_box.example.text()
    credit_box.prefix.setText("红字")
    credit_box.yearly.setChecked(False)
    series.save()
    qtbot.waitUntil(lambda: series.message.text() == "已保存。", timeout=10_000)
    assert "红字-000123" in credit_box.example.text()
    save_screenshot(series, "invoice_series_zh_CN", tmp_path)
    series.close()
    batch = page.batch_export()
    save_screenshot(batch, "invoice_batch_export_zh_CN", tmp_path)
    batch.start()
    assert batch.problem.text() == "请选择文件夹，并至少选择一种格式。"
    batch.close()
    page.table.selectRow(0)
    credit = page.credit_selected(reissue=False)
    qtbot.waitUntil(lambda: credit.model.rowCount() == 2, timeout=10_000)
    save_screenshot(credit, "credit_dialog_zh_CN", tmp_path)
    credit.close()
    assert shop.read(lambda s: get_invoice(s, invoice_id).state) == "issued"


def test_a_double_click_on_save_makes_one_draft(open_window, sqlite_book, admin_id, qtbot) -> None:
    shop = build_shop(sqlite_book, admin_id)
    window = open_window(sqlite_book.location.target, "en")
    dialog = invoicing_page(window).new_invoice()
    wait_ready(qtbot, dialog)
    qtbot.keyClicks(dialog.customer, "C002")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    dialog.grid.start()
    type_and_enter(qtbot, dialog.grid, "TEA-01")
    type_and_enter(qtbot, dialog.grid, "2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved.", timeout=10_000)
    assert dialog.save_button.isEnabled()  # back for the next change
    assert (
        shop.read(lambda s: s.scalar(__import__("sqlalchemy").text("SELECT count(*) FROM invoice")))
        == 1
    )
