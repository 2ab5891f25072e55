"""Importing a CSV file: choose it, see every bad row with its line and reason, then
commit all rows or none.

Generic: the caller gives a ``preview(session, path, progress)`` and a
``commit(session, preview, progress)`` (both run on a worker, in a read and a
write transaction, reading the file as it goes); the dialog shows how far they
got and can cancel them, and knows nothing about items, opening stock or parties.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from erp_desktop.i18n import Translate
from erp_desktop.services.changes import Changed
from erp_desktop.services.csv_exchange import ImportPreview
from erp_desktop.services.csv_io import RowError
from erp_desktop.ui import colors
from erp_desktop.ui.book_guard import changes_book
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_style, show_info, show_inline
from erp_desktop.ui.i18n import render
from erp_desktop.ui.runner import Operation, OperationCancelled, Progress
from erp_desktop.ui.saving import save_file

Index = QModelIndex | QPersistentModelIndex
FileProgress = Callable[[int, int], None]


def _file_progress(progress: Progress) -> FileProgress:
    """A service's (bytes read, size) as the runner's progress, in KiB (Qt's progress
    bar counts in int); stops the work when the user pressed Cancel."""

    def report(done: int, total: int) -> None:
        progress.report(done // 1024, total // 1024)
        progress.check()

    return report


class RowErrorModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.errors: list[RowError] = []
        self.headers = [self.tr("Line"), self.tr("Column"), self.tr("Problem")]

    def set_errors(self, errors: list[RowError]) -> None:
        self.beginResetModel()
        self.errors = errors
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.errors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < 3 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.errors):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        error = self.errors[index.row()]
        return (str(error.line), error.column or "", render(error.message))[index.column()]


class ImportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        title: str,
        explanation: str,
        preview: Callable[[Session, Path, FileProgress], ImportPreview[Any]],
        commit: Callable[[Session, ImportPreview[Any], FileProgress], Changed[str]],
        parent: QWidget | None = None,
    ) -> None:
        """``commit`` returns the sentence to show when it is done."""
        super().__init__(parent)
        self.ctx = ctx
        self._preview_fn = preview
        self._commit_fn = commit
        self.preview: ImportPreview[Any] | None = None
        self.operation: Operation | None = None  # the reading or importing under way
        self.setWindowTitle(title)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose &file…"))
        self.choose_button.clicked.connect(self.choose)
        chooser = QHBoxLayout()
        chooser.addWidget(self.path, 1)
        chooser.addWidget(self.choose_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.errors = RowErrorModel(self)
        self.table = QTableView()
        self.table.setModel(self.errors)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.import_button = QPushButton(self.tr("&Import"))
        changes_book(ctx, self.import_button)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.close_button = close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 480)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            "",
            self.tr("CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file and show what would be imported (nothing is written)."""
        self.path.setText(str(path))
        self.preview = None
        self.import_button.setEnabled(False)
        self.errors.set_errors([])
        show_info(self.summary, self.tr("Reading the file…"))
        book, preview = self.ctx.book, self._preview_fn
        self.operation = self.ctx.runner.run(
            lambda p: book.read(lambda s: preview(s, path, _file_progress(p))),
            self._previewed,
            on_error=self._failed,
            title=self.tr("Checking {name}…").format(name=path.name),
            cancellable=True,
            parent=self,
        )
        self.operation.finished.connect(self._ended)

    def _previewed(self, preview: ImportPreview[Any]) -> None:
        self.preview = preview
        self.errors.set_errors(list(preview.errors))
        text = self.tr(
            "{good} rows can be imported; {bad} rows have problems (listed below)."
        ).format(good=preview.count, bad=preview.error_count)
        if preview.error_count > len(preview.errors):
            text += " " + self.tr("The first {shown} are listed.").format(shown=len(preview.errors))
        if preview.unknown_columns:
            text += " " + self.tr("Columns not used: {columns}.").format(
                columns=", ".join(preview.unknown_columns)
            )
        if preview.errors:
            text += " " + self.tr(
                "Nothing is imported until every row is right: correct the file and "
                "choose it again."
            )
            self.summary.setStyleSheet(error_style())
        self.summary.setText(text)
        self.import_button.setEnabled(preview.ok)

    def commit(self) -> None:
        preview, commit = self.preview, self._commit_fn
        if preview is None or not preview.ok:
            return
        self.import_button.setEnabled(False)
        self.operation = self.ctx.runner.op(
            self,
            lambda s, p: commit(s, preview, _file_progress(p)),
            self._committed,
            on_error=self._failed,
            title=self.tr("Importing…"),
            cancellable=True,
            with_progress=True,
        )
        self.operation.finished.connect(self._ended)

    def _committed(self, sentence: str) -> None:
        self.summary.setStyleSheet(colors.text_style("ok"))
        self.summary.setText(sentence)
        self.preview = None

    def _ended(self) -> None:
        """The runner tells nobody of a cancel but the log: the dialog says it."""
        if self.operation is not None and isinstance(self.operation.error, OperationCancelled):
            show_info(self.summary, self.tr("Cancelled; nothing was imported."))
            self.import_button.setEnabled(self.preview is not None and self.preview.ok)

    def _failed(self, exc: BaseException) -> bool:
        if not show_inline(exc, self.summary):
            return False
        self.import_button.setEnabled(self.preview is not None and self.preview.ok)
        return True


def save_export(
    parent: QWidget,
    ctx: AppContext,
    suggested: str,
    export: Callable[[Session, Translate], bytes],
) -> None:
    """Ask where to save, then write the export there (on a worker), in the UI's language."""
    book = ctx.book
    save_file(
        ctx,
        parent,
        suggested,
        lambda: book.read(lambda session: export(session, QCoreApplication.translate)),
        caption=QCoreApplication.translate("ImportDialog", "Export"),
    )
