"""Stock ▸ Counts: make a count sheet, enter what was counted, post the differences."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.domain.formatting import format_quantity
from erp_desktop.domain.stock_documents import COUNT_WORKFLOW, StockDocState
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.stock.balances import on_hand
from erp_desktop.services.stock.counts import (
    CountedLine,
    CountSheetInput,
    create_count,
    delete_count,
    post_count,
    record_counts,
)
from erp_desktop.services.stock.documents import categories, count_page, count_view
from erp_desktop.ui.book_guard import accepting, changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_label, show_inline
from erp_desktop.ui.grid import GridColumn, LineGridModel, LineGridView
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.runner import together
from erp_desktop.ui.shortcuts import shown_new
from erp_desktop.ui.stock.document_dialog import StockDocumentDialog
from erp_desktop.ui.stock.list_panel import DocumentListPanel, translated
from erp_desktop.ui.stock.widgets import PlaceCombo, date_edit
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons


class NewCountDialog(QDialog):
    """Which warehouse to count, on which day, optionally only one category."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count_id: int | None = None
        self.setWindowTitle(self.tr("New stock count"))
        self.warehouse = PlaceCombo(ctx, with_all=False, with_transit=False)
        self.date = date_edit()
        self.category = QComboBox()
        self.category.addItem(self.tr("Every item in stock there"), "")
        for name in ctx.book.read(categories):
            self.category.addItem(name, name)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Warehouse"), self.warehouse)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Items"), self.category)
        form.addRow(self.tr("&Note"), self.note)
        explain = QLabel(
            self.tr(
                "The sheet lists what the book has on hand now. Posting books the difference "
                "between what you counted and what is on hand at that moment, so sales and "
                "receipts made while you count are not undone."
            )
        )
        explain.setWordWrap(True)
        self.message = error_label()
        self.buttons = dialog_buttons(self, self.make)
        changes_book(ctx, *accepting(self.buttons))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make sheet"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def make(self) -> None:
        warehouse = self.warehouse.place()
        if not isinstance(warehouse, int):
            return
        data = CountSheetInput(
            warehouse,
            self.date.date().toPython(),
            str(self.category.currentData()),
            (),
            self.note.text(),
        )
        user_id = self.ctx.user_id

        def done(count_id: int) -> None:
            self.count_id = count_id
            self.accept()

        self.ctx.runner.op(
            self,
            lambda s: create_count(s, user_id, data),
            done,
            busy=self.buttons,
            message=self.message,
        )


class CountDialog(StockDocumentDialog):
    def make_pdf(self) -> bytes:
        from erp_desktop.reports.stock import count_sheet_pdf
        from erp_desktop.services.stock.printing import count_print

        doc_id = self.doc_id
        assert doc_id is not None
        return count_sheet_pdf(self.ctx.book.read(lambda s: count_print(s, doc_id)))

    def pdf_name(self) -> str:
        return self.number or "count-draft"

    workflow = COUNT_WORKFLOW

    def __init__(self, ctx: AppContext, count_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.doc_id = count_id
        self.warehouse_id = 0
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.form.addRow(self.info)
        columns = [
            GridColumn("item", self.tr("Item"), "item"),
            GridColumn("unit", self.tr("Unit"), "readonly", places=-1, width=60),
            GridColumn("sheet", self.tr("On the sheet"), "readonly", places=-1, width=110),
            GridColumn(
                "counted",
                self.tr("Counted"),
                "quantity",
                field=QT_TRANSLATE_NOOP("fields", "Counted"),
                width=110,
            ),
            GridColumn("difference", self.tr("Difference"), "readonly", places=-1, width=110),
            GridColumn(
                "at_posting", self.tr("On hand at posting"), "readonly", places=-1, width=140
            ),
        ]
        self.grid = LineGridModel(columns, resolve_item=self.resolve_item, compute=self._compute)
        self.view = LineGridView(self.grid, self.search_items)
        self.body.addWidget(self.view)
        self.save_button = self.verb_button("edit", self.tr("&Save counts"), self.save)
        self.post_button = self.verb_button("post", self.tr("&Post differences"), self.post)
        self.delete_button = self.verb_button("delete", self.tr("De&lete"), self.delete)
        self.print_button = self.verb_button(None, self.tr("P&rint (PDF)…"), self.print_pdf)
        self.verb_button(None, self.tr("&Close"), self.close)
        self.watch_inputs(self.grid)
        self._load()

    def _compute(self, row: dict[str, Any]) -> None:
        item = row.get("item")
        row["unit"] = item.base_unit if item else None
        if item is not None and row.get("_sheet") is None:
            warehouse = self.warehouse_id
            row["_sheet"] = self.ctx.book.read(lambda s: on_hand(s, item.id, warehouse)).quantity
        sheet = row.get("_sheet")
        row["sheet"] = format_quantity(sheet) if sheet is not None else None
        counted = row.get("counted")
        if row.get("_difference") is not None:
            row["difference"] = _signed(row["_difference"])
        elif counted is not None and sheet is not None:
            row["difference"] = _signed(counted - sheet)
        else:
            row["difference"] = None

    def _load(self) -> None:
        count_id = self.doc_id
        assert count_id is not None
        view = self.ctx.book.read(lambda s: count_view(s, count_id))
        with self.loading():
            self._show(view)

    def _show(self, view: Any) -> None:
        self.state, self.number, self.warehouse_id = view.state, view.number, view.warehouse_id
        made = view.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = self.tr("Warehouse {warehouse}, count of {day}; sheet made {made}.").format(
            warehouse=view.warehouse, day=view.count_date.isoformat(), made=made
        )
        if view.category:
            text += " " + self.tr("Category: {category}.").format(category=view.category)
        if view.state == StockDocState.POSTED and view.changed_lines:
            text += " " + self.tr(
                "{count} lines had moved since the sheet was made: their difference was "
                "taken against the stock on hand at posting."
            ).format(count=view.changed_lines)
        self.info.setText(text)
        self.grid.read_only = view.state != StockDocState.DRAFT
        self.grid.set_rows(
            [
                {
                    "item": line.item,
                    "_sheet": line.sheet_quantity,
                    "counted": line.counted,
                    "_difference": line.difference,
                    "at_posting": format_quantity(line.posted_on_hand)
                    if line.posted_on_hand is not None
                    else None,
                }
                for line in view.lines
            ]
        )
        if view.state == StockDocState.DRAFT:
            self.heading.setText(self.tr("Stock count (draft)"))
        else:
            self.heading.setText(
                self.tr("Stock count {number} (posted)").format(number=view.number)
            )
        self.setWindowTitle(self.heading.text())
        self.update_verbs()

    def counted(self) -> list[CountedLine]:
        problems = self.grid.problems()
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Some lines are not right yet: {problems}"),
                problems="; ".join(problems),
            )
        return [
            CountedLine(row["item"].id, row.get("counted"))
            for row in self.grid.lines()
            if row.get("item") is not None
        ]

    def save(self) -> None:
        try:
            lines = self.counted()
        except ValidationError as exc:
            show_inline(exc, self.message)
            return
        count_id, user_id = self.doc_id, self.ctx.user_id
        assert count_id is not None
        self.ctx.runner.op(
            self,
            lambda s: record_counts(s, user_id, count_id, lines),
            lambda _r: (self._load(), self.show_info(self.tr("Counts saved."))),
            busy=self,
            message=self.message,
        )

    def post(self) -> None:
        try:
            lines = self.counted()
        except ValidationError as exc:
            show_inline(exc, self.message)
            return
        count_id, user_id, key = self.doc_id, self.ctx.user_id, self.key
        assert count_id is not None

        def work(session: Session) -> Any:
            recorded = record_counts(session, user_id, count_id, lines)
            posted = post_count(session, user_id, count_id, key)
            return together(posted, recorded, posted)

        self.ctx.runner.op(
            self,
            work,
            self._posted,
            busy=self,
            message=self.message,
        )

    def _posted(self, posted: Any) -> None:
        self._load()
        text = self.tr("Posted as {number}.").format(number=posted.number)
        if posted.changed_lines:
            text += " " + self.tr(
                "{count} lines had moved since the sheet was made: their difference was "
                "taken against the stock on hand at posting."
            ).format(count=posted.changed_lines)
        self.show_info(text)

    def delete(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete count"), self.tr("Delete this count sheet?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        count_id, user_id = self.doc_id, self.ctx.user_id
        assert count_id is not None
        self.ctx.runner.op(
            self,
            lambda s: delete_count(s, user_id, count_id),
            self._deleted,
            busy=self,
            message=self.message,
        )

    def _deleted(self, _result: object) -> None:
        self.dirty = False
        self.accept()


def _signed(value: Any) -> str:
    text = format_quantity(value)
    return f"+{text}" if value > 0 else text


class CountsTab(DocumentListPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("number", self.tr("Number")),
            Column("state", self.tr("State")),
            Column("date", self.tr("Date"), kind="date"),
            Column("warehouse", self.tr("Warehouse")),
            Column("category", self.tr("Category")),
            Column("lines", self.tr("Lines"), kind="quantity"),
            Column("changed", self.tr("Moved meanwhile"), kind="quantity"),
            Column("note", self.tr("Note")),
        ]
        query = translated(count_page, {2: ("states", dict(COUNT_WORKFLOW.states))})
        super().__init__(ctx, columns, query, CountDialog, parent=parent)
        self.new_button = self.add_button(self.tr("&New count…"), self.new)
        self.new_button.setToolTip(shown_new(self.new_button))
        changes_book(ctx, self.new_button)
        self.add_button(self.tr("&Open…"), self.open_current)

    def new(self) -> NewCountDialog:
        dialog = NewCountDialog(self.ctx, self)

        def made() -> None:
            if dialog.count_id is not None:
                self.open_document(dialog.count_id)

        dialog.accepted.connect(made)
        dialog.open()
        return dialog
