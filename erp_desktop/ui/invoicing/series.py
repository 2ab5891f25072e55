"""Number series of invoices and credit notes: prefix, yearly reset, digits (until first use)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services.changes import Changed
from erp_desktop.services.invoicing.series import SeriesSettings, configure_series, get_series
from erp_desktop.ui.book_guard import accepting, changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_info
from erp_desktop.ui.runner import together
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons

CODES = ("invoice", "credit_note")


class _SeriesBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = QLineEdit(maxLength=10)
        self.yearly = QCheckBox()
        self.padding = QSpinBox(minimum=3, maximum=10)
        self.example = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form = QFormLayout(self)
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.prefix, self.yearly, self.padding), strict=True):
            self.form.addRow(label, field)
        self.form.addRow(self.example)
        self.form.addRow(self.note)
        for signal in (self.prefix.textChanged, self.yearly.toggled, self.padding.valueChanged):
            signal.connect(self._show_example)
        self.settings: SeriesSettings | None = None

    def show_settings(self, settings: SeriesSettings) -> None:
        self.settings = settings
        self.prefix.setText(settings.prefix)
        self.yearly.setChecked(settings.yearly)
        self.padding.setValue(settings.padding)
        locked = settings.given_out > 0
        for field in (self.prefix, self.yearly, self.padding):
            field.setEnabled(not locked)
        self._show_example()

    def _show_example(self) -> None:
        if self.settings is None:
            return
        current = SeriesSettings(
            self.settings.code, self.prefix.text(), self.yearly.isChecked(), self.padding.value()
        )
        translate = QCoreApplication.translate
        self.example.setText(
            translate("SeriesDialog", "Next numbers look like {example}").format(
                example=current.example(date.today().year)
            )
        )
        self.note.setText(
            translate(
                "SeriesDialog", "{count} numbers given out: the series can no longer change."
            ).format(count=self.settings.given_out)
            if self.settings.given_out
            else ""
        )


class SeriesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        self.boxes = {code: _SeriesBox(self) for code in CODES}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = dialog_buttons(
            self,
            self.save,
            QDialogButtonBox.StandardButton.Save,
            QDialogButtonBox.StandardButton.Close,
        )
        changes_book(ctx, *accepting(self.buttons))
        layout = QVBoxLayout(self)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        ctx.runner.query(self, lambda s: [get_series(s, code) for code in CODES], self._loaded)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Number series"))
        self.boxes["invoice"].setTitle(self.tr("Invoices"))
        self.boxes["credit_note"].setTitle(self.tr("Credit notes"))
        for box in self.boxes.values():
            for label, text in zip(
                box.labels,
                (self.tr("Prefix"), self.tr("Start again each year"), self.tr("Digits")),
                strict=True,
            ):
                label.setText(text)
            box._show_example()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _loaded(self, settings: list[SeriesSettings]) -> None:
        for item in settings:
            self.boxes[item.code].show_settings(item)

    def save(self) -> None:
        user = self.ctx.user_id
        wanted = {
            code: (box.prefix.text(), box.yearly.isChecked(), box.padding.value())
            for code, box in self.boxes.items()
            if box.settings is not None and box.settings.given_out == 0
        }

        def work(session: Any) -> Changed[list[SeriesSettings]]:
            made = [
                configure_series(session, user, code, prefix=prefix, yearly=yearly, padding=padding)
                for code, (prefix, yearly, padding) in wanted.items()
            ]
            return together([get_series(session, code) for code in CODES], *made)

        self.ctx.runner.op(
            self,
            work,
            self._saved,
            busy=self.buttons,
            message=self.message,
        )

    def _saved(self, settings: list[SeriesSettings]) -> None:
        self._loaded(settings)
        show_info(self.message, self.tr("Saved."))
