"""Stock ▸ Adjustments: the list, and the form (draft → posted) with its line grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget
from sqlalchemy.orm import Session

from erp_desktop.domain.formatting import format_quantity
from erp_desktop.domain.money import PRICE_PLACES
from erp_desktop.domain.stock import ADJUSTMENT_REASONS
from erp_desktop.domain.stock_documents import ADJUSTMENT_WORKFLOW, StockDocState
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Changed
from erp_desktop.services.stock.adjustments import (
    AdjustmentInput,
    AdjustmentLineInput,
    create_adjustment,
    delete_adjustment,
    post_adjustment,
    update_adjustment,
)
from erp_desktop.services.stock.balances import on_hand
from erp_desktop.services.stock.documents import adjustment_page, adjustment_view
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_inline
from erp_desktop.ui.grid import GridColumn, LineGridModel, LineGridView
from erp_desktop.ui.models.paged import Column
from erp_desktop.ui.runner import together
from erp_desktop.ui.shortcuts import shown_new
from erp_desktop.ui.stock.document_dialog import StockDocumentDialog
from erp_desktop.ui.stock.list_panel import DocumentListPanel, translated
from erp_desktop.ui.stock.widgets import PlaceCombo, date_edit


class AdjustmentDialog(StockDocumentDialog):
    def make_pdf(self) -> bytes:
        from erp_desktop.reports.stock import adjustment_pdf
        from erp_desktop.services.stock.printing import adjustment_print

        user_id, doc_id = self.ctx.user_id, self.doc_id
        assert doc_id is not None
        return adjustment_pdf(self.ctx.book.read(lambda s: adjustment_print(s, user_id, doc_id)))

    def pdf_name(self) -> str:
        return self.number or "adjustment-draft"

    workflow = ADJUSTMENT_WORKFLOW

    def __init__(
        self, ctx: AppContext, adjustment_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.doc_id = adjustment_id
        self.number: str | None = None
        self.warehouse = PlaceCombo(ctx, with_all=False, with_transit=False)
        self.warehouse.currentIndexChanged.connect(lambda _i: self.grid.recompute())
        self.date = date_edit()
        self.reason = QComboBox()
        for code, label in ADJUSTMENT_REASONS.items():
            self.reason.addItem(QCoreApplication.translate("reasons", label), code)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.form.addRow(self.tr("&Warehouse"), self.warehouse)
        self.form.addRow(self.tr("&Date"), self.date)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow(self.tr("&Note"), self.note)
        columns = [
            GridColumn("item", self.tr("Item"), "item"),
            GridColumn(
                "quantity",
                self.tr("Quantity (+ add, − remove)"),
                "quantity",
                signed=True,
                field=QT_TRANSLATE_NOOP("fields", "Quantity"),
                width=170,
            ),
            GridColumn(
                "unit_cost",
                self.tr("Unit cost (additions)"),
                "decimal",
                places=PRICE_PLACES,
                field=QT_TRANSLATE_NOOP("fields", "Unit cost"),
                width=150,
            ),
            GridColumn("unit", self.tr("Unit"), "readonly", places=-1, width=60),
            GridColumn("on_hand", self.tr("On hand"), "readonly", places=-1, width=100),
        ]
        self.grid = LineGridModel(columns, resolve_item=self.resolve_item, compute=self._compute)
        self.view = LineGridView(self.grid, self.search_items)
        self.body.addWidget(self.view)
        self.save_button = self.verb_button("edit", self.tr("&Save draft"), self.save)
        self.post_button = self.verb_button("post", self.tr("&Post"), self.post)
        self.delete_button = self.verb_button("delete", self.tr("De&lete"), self.delete)
        self.print_button = self.verb_button(None, self.tr("P&rint (PDF)…"), self.print_pdf)
        self.verb_button(None, self.tr("&Close"), self.close)
        self.watch_inputs(self.warehouse, self.date, self.reason, self.note, self.grid)
        if adjustment_id is not None:
            self._load()
        self._refresh_heading()
        self.dirty = False

    # -- reading and writing ---------------------------------------------------------------
    def _compute(self, row: dict[str, Any]) -> None:
        item = row.get("item")
        warehouse = self.warehouse.place()
        row["unit"] = item.base_unit if item else None
        if item is None or not isinstance(warehouse, int):
            row["on_hand"] = None
            return
        held = self.ctx.book.read(lambda s: on_hand(s, item.id, warehouse))
        row["on_hand"] = format_quantity(held.quantity)

    def _load(self) -> None:
        assert self.doc_id is not None
        doc_id = self.doc_id
        view = self.ctx.book.read(lambda s: adjustment_view(s, doc_id))
        with self.loading():
            self._show(view)

    def _show(self, view: Any) -> None:
        self.state, self.number = view.state, view.number
        self.warehouse.select(view.warehouse_id)
        day = view.adjustment_date
        self.date.setDate(QDate(day))
        self.reason.setCurrentIndex(max(0, self.reason.findData(view.reason)))
        self.note.setText(view.note)
        self.grid.read_only = view.state != StockDocState.DRAFT
        self.grid.set_rows(
            [
                {"item": line.item, "quantity": line.quantity, "unit_cost": line.unit_cost}
                for line in view.lines
            ]
        )
        editable = view.state == StockDocState.DRAFT
        for widget in (self.warehouse, self.date, self.reason, self.note):
            widget.setEnabled(editable)

    def _refresh_heading(self) -> None:
        if self.doc_id is None:
            self.heading.setText(self.tr("New stock adjustment (draft)"))
        elif self.state == StockDocState.DRAFT:
            self.heading.setText(self.tr("Stock adjustment (draft)"))
        else:
            self.heading.setText(
                self.tr("Stock adjustment {number} (posted)").format(number=self.number)
            )
        self.setWindowTitle(self.heading.text())
        self.update_verbs()

    def data(self) -> AdjustmentInput:
        problems = self.grid.problems()
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Some lines are not right yet: {problems}"),
                problems="; ".join(problems),
            )
        lines = []
        for number, row in enumerate(self.grid.lines(), start=1):
            if row.get("item") is None or row.get("quantity") is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Line {line}: choose an item and a quantity."),
                    line=number,
                )
            lines.append(AdjustmentLineInput(row["item"].id, row["quantity"], row.get("unit_cost")))
        warehouse = self.warehouse.place()
        if not isinstance(warehouse, int):
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a warehouse."))
        return AdjustmentInput(
            warehouse,
            self.date.date().toPython(),
            str(self.reason.currentData()),
            lines,
            self.note.text(),
        )

    def _saving(self) -> Any:
        """The save step of an action (create or update), or an error to show."""
        data = self.data()
        user_id, doc_id = self.ctx.user_id, self.doc_id

        def save(session: Session) -> Changed[int]:
            if doc_id is None:
                return create_adjustment(session, user_id, data)
            return together(doc_id, update_adjustment(session, user_id, doc_id, data))

        return save

    def save(self) -> None:
        try:
            save = self._saving()
        except ValidationError as exc:
            show_inline(exc, self.message)
            return
        self.ctx.runner.op(self, save, self._saved, busy=self, message=self.message)

    def _saved(self, doc_id: int) -> None:
        self.dirty = False
        self.doc_id = doc_id
        self._refresh_heading()
        self.show_info(self.tr("Draft saved."))

    def post(self) -> None:
        try:
            save = self._saving()
        except ValidationError as exc:
            show_inline(exc, self.message)
            return
        user_id, key = self.ctx.user_id, self.key

        def work(session: Session) -> Any:
            return post_adjustment(session, user_id, save(session).value, key)

        self.ctx.runner.op(
            self,
            work,
            self._posted,
            busy=self,
            message=self.message,
        )

    def _posted(self, posted: Any) -> None:
        self.doc_id = posted.adjustment_id
        self._load()
        self._refresh_heading()
        self.show_info(self.tr("Posted as {number}.").format(number=posted.number))

    def delete(self) -> None:
        if self.doc_id is None:
            self.reject()
            return
        answer = QMessageBox.question(
            self, self.tr("Delete draft"), self.tr("Delete this draft adjustment?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        doc_id, user_id = self.doc_id, self.ctx.user_id
        self.ctx.runner.op(
            self,
            lambda s: delete_adjustment(s, user_id, doc_id),
            self._deleted,
            busy=self,
            message=self.message,
        )

    def _deleted(self, _result: object) -> None:
        self.dirty = False
        self.accept()


class AdjustmentsTab(DocumentListPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column("number", self.tr("Number")),
            Column("state", self.tr("State")),
            Column("date", self.tr("Date"), kind="date"),
            Column("warehouse", self.tr("Warehouse")),
            Column("reason", self.tr("Reason")),
            Column("lines", self.tr("Lines"), kind="quantity"),
            Column("note", self.tr("Note")),
        ]
        query = translated(
            adjustment_page,
            {2: ("states", dict(ADJUSTMENT_WORKFLOW.states)), 5: ("reasons", ADJUSTMENT_REASONS)},
        )
        super().__init__(ctx, columns, query, AdjustmentDialog, parent=parent)
        self.new_button = self.add_button(self.tr("&New adjustment…"), self.new)
        self.new_button.setToolTip(shown_new(self.new_button))
        changes_book(ctx, self.new_button)
        self.add_button(self.tr("&Open…"), self.open_current)

    def new(self) -> AdjustmentDialog:
        dialog = AdjustmentDialog(self.ctx, None, self)
        dialog.open()
        return dialog
