"""Batch export of the listed invoices to a folder, on a worker, with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services.invoicing import queries
from erp_desktop.services.invoicing.export import ExportResult, export_documents
from erp_desktop.services.paging import PageRequest
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_style
from erp_desktop.ui.runner import Operation, OperationCancelled, Progress
from erp_desktop.ui.widgets.dialog_buttons import dialog_buttons


class BatchExportDialog(QDialog):
    """Where to, and what (PDF, XML); then ``start`` runs the export."""

    exported = Signal(object)  # ExportResult

    def __init__(
        self, ctx: AppContext, request: PageRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.request = ctx, request
        self.operation: Operation | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.browse = QPushButton(clicked=self._browse)
        self.pdf = QCheckBox(checked=True)
        self.xml = QCheckBox()
        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.buttons = dialog_buttons(self, self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.pdf)
        layout.addWidget(self.xml)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export invoices"))
        self.intro.setText(
            self.tr(
                "Every issued invoice and credit note in the list (as filtered now) is written "
                "to the folder, named by its number. Drafts are skipped."
            )
        )
        self.browse.setText(self.tr("&Choose…"))
        self.pdf.setText(self.tr("The PDF as issued"))
        self.xml.setText(self.tr("The XML (UBL 2.1)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def formats(self) -> tuple[str, ...]:
        return tuple(k for k, box in (("pdf", self.pdf), ("xml", self.xml)) if box.isChecked())

    def start(self) -> None:
        folder, formats = self.folder.text().strip(), self.formats()
        if not folder or not formats:
            self.problem.setText(self.tr("Choose a folder and at least one format."))
            return
        book, request = self.ctx.book, self.request

        def work(progress: Progress) -> ExportResult:
            ids = book.read(lambda s: queries.invoice_ids(s, request))
            label = self.tr("Exporting {done} of {total}…")

            def report(done: int, total: int) -> None:
                progress.report(done, total, label.format(done=done, total=total))

            result = export_documents(
                book,
                ids,
                Path(folder),
                formats,
                report=report,
                cancelled=lambda: progress.cancelled,
            )
            if result.cancelled:
                raise OperationCancelled
            return result

        self.hide()
        self.operation = self.ctx.runner.run(
            work,
            self._finished,
            title=self.tr("Exporting invoices"),
            cancellable=True,
            parent=self.parentWidget(),
        )
        self.operation.finished.connect(self.accept)

    def _finished(self, result: ExportResult) -> None:
        self.exported.emit(result)

    def summary(self, result: ExportResult) -> str:
        return self.tr(
            "{written} documents exported to {folder}; {skipped} drafts skipped."
        ).format(written=result.written, folder=self.folder.text(), skipped=result.skipped)


def start_batch_export(ctx: AppContext, parent: QWidget, request: PageRequest) -> Any:
    dialog = BatchExportDialog(ctx, request, parent)
    dialog.open()
    return dialog
