"""Previewing and printing a PDF inside the app (Qt's PDF viewer), from its bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.ui.context import AppContext
from erp_desktop.ui.saving import save_file


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument reading ``data`` (the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page at the printer's resolution, fitted to its page; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QSizeF(size.width() * scale, size.height() * scale).toSize()
            image = document.render(page, target, QPdfDocumentRenderOptions())
            painter.drawImage(QRectF(QPointF(0, 0), QSizeF(target)), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        data: bytes,
        title: str,
        file_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.file_name = file_name or "invoice.pdf"
        self.setWindowTitle(title)
        self.resize(820, 900)
        self.document = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.print_button = QPushButton(clicked=self.print_)
        self.save_button = QPushButton(clicked=self.save)
        self.close_button = QPushButton(clicked=self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)

    def save(self) -> None:
        data = self.data
        save_file(self.ctx, self, self.file_name, lambda: data, caption=self.tr("Save as PDF"))
