"""The transfer form: header, line grid, and the actions its state allows.

A draft is typed from the keyboard (warehouses, date, carrier, then lines: item
code or name, Enter, quantity, Enter); each line shows what the source holds.
Ship saves and ships in one transaction; Receive… and Close with shortage… open
their dialogs. Buttons follow the transfer's workflow, and a disabled one says
why in its tooltip. The idempotency key of an action is made when the form (or
dialog) opens and kept until the action succeeds, so a retry never posts twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.domain.transfer import WORKFLOW, TransferEventKind, TransferState
from erp_desktop.errors import ErpError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.services.changes import Changed
from erp_desktop.services.stock.items import active_item_choice, search_items
from erp_desktop.services.stock.posting import new_key
from erp_desktop.services.transfers.movement import ship_transfer
from erp_desktop.services.transfers.orders import (
    TransferInput,
    TransferLineInput,
    TransferView,
    create_transfer,
    transfer_view,
    update_transfer,
)
from erp_desktop.services.transfers.queries import available_at
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.document_form import DocumentForm
from erp_desktop.ui.errors import show_info, show_inline
from erp_desktop.ui.grid import GridColumn, LineGridView
from erp_desktop.ui.i18n import render
from erp_desktop.ui.runner import together
from erp_desktop.ui.transfers.header import TransferHeader
from erp_desktop.ui.transfers.models import TransferLinesModel
from erp_desktop.ui.widgets.heading import heading_label


class TransferForm(DocumentForm, QWidget):
    back = Signal()  # Esc or "Back to the list": the page asks before typed changes are lost
    workflow = WORKFLOW

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: TransferView | None = None
        self.key = new_key()
        self._available: dict[int, Any] = {}  # item id → on hand at the source (a cache)

        self.title = heading_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.header = TransferHeader(ctx)
        self.from_combo, self.to_combo = self.header.from_combo, self.header.to_combo
        self.date_edit = self.header.date_edit
        self.carrier_edit, self.note_edit = self.header.carrier_edit, self.header.note_edit

        self.grid_model = TransferLinesModel(
            self._columns(), resolve_item=self._resolve_item, compute=self._compute
        )
        self.grid = LineGridView(self.grid_model, self._search_items)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.back_button = QPushButton(self.tr("← &Back to the list"))
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.ship_button = QPushButton(self.tr("S&hip"))
        self.receive_button = QPushButton(self.tr("&Receive…"))
        self.close_button = QPushButton(self.tr("C&lose with shortage…"))
        self.cancel_button = QPushButton(self.tr("&Cancel transfer"))
        self.print_button = QPushButton(self.tr("Pr&int transfer note…"))
        changes_book(
            ctx,
            self.save_button,
            self.ship_button,
            self.receive_button,
            self.close_button,
            self.cancel_button,
        )
        self.ship_button.setDefault(False)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.save)
        self.ship_button.clicked.connect(self.ship)
        self.receive_button.clicked.connect(self.receive)
        self.close_button.clicked.connect(self.close_short)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button.clicked.connect(self.print_note)
        self.button_row = QWidget()  # off while an action runs: one click, one posting
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (
            self.print_button,
            self.cancel_button,
            self.save_button,
            self.ship_button,
            self.receive_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        self.setup_document(
            save=lambda: self.save_button.isEnabled() and self.save(),
            main=lambda: self.ship_button.isEnabled() and self.ship(),
        )
        for button, verb in (
            (self.save_button, "edit"),
            (self.ship_button, "ship"),
            (self.receive_button, "receive"),
            (self.close_button, "close"),
        ):
            self.bind_verb(button, verb)
        self.bind_verb(self.cancel_button, "cancel", self._cancel_refused)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.header)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.button_row)

        self.from_combo.currentIndexChanged.connect(self._source_changed)
        self.watch_inputs(
            self.to_combo, self.date_edit, self.carrier_edit, self.note_edit, self.grid_model
        )
        self.setTabOrder(self.note_edit, self.grid)

    # -- columns and grid callbacks ---------------------------------------------------------------
    def _columns(self) -> list[GridColumn]:
        quantity = QT_TRANSLATE_NOOP("fields", "Quantity")
        return [
            GridColumn("item", self.tr("Item"), "item"),
            GridColumn("unit", self.tr("Unit"), "readonly", places=-1, width=60),
            GridColumn("quantity", self.tr("Quantity"), "quantity", field=quantity, width=100),
            GridColumn("available", self.tr("Available at source"), "readonly", width=130),
            GridColumn("shipped", self.tr("Shipped"), "readonly", width=90),
            GridColumn("received", self.tr("Received"), "readonly", width=90),
            GridColumn("short", self.tr("Short"), "readonly", width=80),
            GridColumn("on_road", self.tr("On the road"), "readonly", width=100),
        ]

    def _search_items(self, text: str) -> list[Any]:
        return self.ctx.book.read(lambda s: search_items(s, text))  # type: ignore[no-any-return]

    def _resolve_item(self, text: str) -> Any:
        return self.ctx.book.read(lambda s: active_item_choice(s, text))

    def _compute(self, row: dict[str, Any]) -> None:
        item = row.get("item")
        row["unit"] = item.base_unit if item else None
        source = self.from_combo.currentData()
        if self.grid_model.read_only or item is None or source is None:
            return
        if item.id not in self._available:
            self._available.update(self.ctx.book.read(lambda s: available_at(s, source, [item.id])))
        row["available"] = self._available[item.id]

    def _read_available(self, item_ids: set[int]) -> None:
        """What the source holds of every item in the grid, in one query."""
        source = self.from_combo.currentData()
        self._available = (
            self.ctx.book.read(lambda s: available_at(s, source, item_ids))
            if source is not None
            else {}
        )

    # -- loading ------------------------------------------------------------------------------
    def new(self) -> None:
        with self.loading():
            self._new()
        self._show_state()
        self.from_combo.setFocus()

    def _new(self) -> None:
        self.view = None
        self.key = new_key()
        self.header.fill_warehouses()
        self.from_combo.setCurrentIndex(0)
        self.to_combo.setCurrentIndex(1 if self.to_combo.count() > 1 else 0)
        self.date_edit.setDate(QDate.currentDate())
        self.carrier_edit.clear()
        self.note_edit.clear()
        self.grid_model.read_only = False
        self._available = {}
        self.grid_model.set_rows([])

    def load(self, transfer_id: int) -> None:
        book, user = self.ctx.book, self.ctx.user_id
        self.show_view(book.read(lambda s: transfer_view(s, user, transfer_id)))

    def show_view(self, view: TransferView) -> None:
        with self.loading():
            self._show_view(view)
        self._show_state()

    def _show_view(self, view: TransferView) -> None:
        self.view = view
        self.key = new_key()
        self.header.fill_warehouses((view.source.id, view.destination.id))
        self.from_combo.setCurrentIndex(self.from_combo.findData(view.source.id))
        self.to_combo.setCurrentIndex(self.to_combo.findData(view.destination.id))
        self.date_edit.setDate(QDate(view.planned_date))
        self.carrier_edit.setText(view.carrier)
        self.note_edit.setText(view.note)
        self.grid_model.read_only = view.state != TransferState.DRAFT
        if view.state == TransferState.DRAFT:
            self._read_available({line.item.id for line in view.lines})
        self.grid_model.set_rows(
            [
                {
                    "item": line.item,
                    "quantity": line.quantity,
                    "shipped": line.shipped if view.state != TransferState.DRAFT else None,
                    "received": line.received if view.state != TransferState.DRAFT else None,
                    "short": line.short if view.state != TransferState.DRAFT else None,
                    "on_road": line.on_road if view.state != TransferState.DRAFT else None,
                }
                for line in view.lines
            ]
        )

    # -- state ----------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self.view.state if self.view else TransferState.DRAFT

    def editing(self) -> bool:
        return self.state == TransferState.DRAFT

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc not taken by an editor goes back to the list, as Esc closes a form window."""
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)

    def _cancel_refused(self, _state: str | None) -> str | None:
        if self.view is not None:
            return None
        return render(
            ValidationError(QT_TRANSLATE_NOOP("errors", "The transfer is not saved yet.")).message
        )

    def _show_state(self) -> None:
        view = self.view
        draft = self.state == TransferState.DRAFT
        self.freeze(False)
        self.header.set_editable(draft)
        for key in ("available",):
            self.grid.setColumnHidden(self._column(key), not draft)
        for key in ("shipped", "received", "short", "on_road"):
            self.grid.setColumnHidden(self._column(key), draft)
        if view is None:
            self.title.setText(self.tr("New transfer"))
            self.status.setText(self.tr("Draft — not saved yet."))
        else:
            self.title.setText(self.tr("Transfer {number}").format(number=view.title))
            self.status.setText(self._status_text(view))
        self.show_verbs(self.state)
        self.freeze(not draft)
        printable = view is not None and view.number is not None
        self.print_button.setEnabled(printable)
        self.print_button.setToolTip(
            ""
            if printable
            else self.tr("The transfer note is printed once the transfer is shipped.")
        )

    def _status_text(self, view: TransferView) -> str:
        parts = [render(WORKFLOW.state_label(view.state))]
        if view.shipped_at is not None:
            parts.append(
                self.tr("shipped by {user} at {at}").format(
                    user=view.shipped_by, at=view.shipped_at.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            )
        if view.finished_at is not None and view.state != TransferState.CANCELLED:
            parts.append(
                self.tr("finished by {user} at {at}").format(
                    user=view.finished_by,
                    at=view.finished_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
            )
        for event in view.events:
            if event.kind == TransferEventKind.SHORTAGE:
                parts.append(
                    self.tr("shortage ({reason}) decided by {user}").format(
                        reason=self._reason_label(event.reason), user=event.by
                    )
                )
        return " · ".join(parts)

    @staticmethod
    def _reason_label(reason: str) -> str:
        from erp_desktop.domain.stock import ADJUSTMENT_REASONS
        from erp_desktop.i18n import Msg

        text = ADJUSTMENT_REASONS.get(reason)
        return render(Msg(text, "reasons")) if text else reason

    def _column(self, key: str) -> int:
        return next(n for n, c in enumerate(self.grid_model.columns) if c.key == key)

    def _source_changed(self) -> None:
        if not self._loading:
            self._read_available({r["item"].id for r in self.grid_model.lines() if r.get("item")})
            self.grid_model.recompute()
            self.mark_dirty()

    # -- input ----------------------------------------------------------------------------------
    def _input(self) -> TransferInput:
        problems = self.grid_model.problems()
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Some lines cannot be read: {lines}"), lines=problems
            )
        lines = []
        for number, row in enumerate(self.grid_model.lines(), start=1):
            if row.get("item") is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Line {line}: choose an item."), line=number
                )
            if row.get("quantity") is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Line {line}: enter the quantity."), line=number
                )
            lines.append(TransferLineInput(row["item"].id, row["quantity"]))
        return TransferInput(
            from_warehouse_id=self.from_combo.currentData(),
            to_warehouse_id=self.to_combo.currentData(),
            planned_date=self.date_edit.date().toPython(),
            lines=lines,
            carrier=self.carrier_edit.text(),
            note=self.note_edit.text(),
        )

    def _saving_work(self, data: TransferInput) -> Any:
        """The part of a unit of work that writes the draft; returns (id, version, what the
        save changed)."""
        user, view = self.ctx.user_id, self.view

        def save(session: Any) -> tuple[int, int | None, Any]:
            if view is None:
                made = create_transfer(session, user, data)
                return made.value, 1, made
            if not self.dirty:
                return view.id, view.version, None
            updated = update_transfer(session, user, view.id, data, version=view.version)
            return view.id, view.version + 1, updated

        return save

    # -- actions --------------------------------------------------------------------------------
    def _shown(self, done_text: str) -> Any:
        """What follows an action: the transfer as it now is, and how it went."""

        def done(view: TransferView) -> None:
            self.show_view(view)
            show_info(self.message, done_text)

        return done

    def save(self) -> None:
        try:
            data = self._input()
        except ErpError as exc:
            show_inline(exc, self.message)
            return
        save, user = self._saving_work(data), self.ctx.user_id
        self.message.clear()
        self.ctx.runner.op(
            self,
            lambda s: together(transfer_view(s, user, (saved := save(s))[0]), saved[2]),
            self._shown(self.tr("Saved.")),
            busy=self.button_row,
            message=self.message,
        )

    def ship(self) -> None:
        try:
            data = self._input()
        except ErpError as exc:
            show_inline(exc, self.message)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ship transfer"),
            self.tr(
                "Ship {lines} line(s) from {source} to {destination} now?\n\nThe goods leave "
                "{source} and are on the road until {destination} receives them. A shipped "
                "transfer cannot be cancelled."
            ).format(
                lines=len(data.lines),
                source=self.from_combo.currentText().split("  ", 1)[-1],
                destination=self.to_combo.currentText().split("  ", 1)[-1],
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        save, user, key = self._saving_work(data), self.ctx.user_id, self.key

        def work(session: Any) -> Changed[TransferView]:
            transfer_id, version, saved = save(session)
            shipped = ship_transfer(session, user, transfer_id, key, version=version)
            return together(transfer_view(session, user, transfer_id), saved, shipped)

        self.message.clear()
        self.ctx.runner.op(
            self,
            work,
            self._shown(self.tr("Shipped. The goods are on the road.")),
            busy=self.button_row,
            message=self.message,
        )

    def receive(self) -> None:
        from erp_desktop.ui.transfers.dialogs import ReceiveDialog

        if self.view is not None and ReceiveDialog(self.ctx, self.view, self).exec():
            self._after_dialog(self.tr("Received."))

    def close_short(self) -> None:
        from erp_desktop.ui.transfers.dialogs import ShortageDialog

        if self.view is not None and ShortageDialog(self.ctx, self.view, self).exec():
            self._after_dialog(self.tr("Closed. The missing goods were written off."))

    def _after_dialog(self, text: str) -> None:
        assert self.view is not None
        self.load(self.view.id)
        show_info(self.message, text)

    def cancel(self) -> None:
        from erp_desktop.services.transfers.orders import cancel_transfer

        view, user = self.view, self.ctx.user_id
        if view is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Cancel transfer"), self.tr("Cancel this draft transfer?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(session: Any) -> Changed[TransferView]:
            cancelled = cancel_transfer(session, user, view.id, version=view.version)
            return together(transfer_view(session, user, view.id), cancelled)

        self.message.clear()
        self.ctx.runner.op(
            self,
            work,
            self._shown(self.tr("Cancelled.")),
            busy=self.button_row,
            message=self.message,
        )

    def print_note(self) -> None:
        from erp_desktop.ui.transfers.printing import print_transfer_note

        if self.view is not None:
            print_transfer_note(self.ctx, self.view, self)
