"""Export a list or report as the user sees it: CSV, Excel (XLSX) or a PDF table.

The visible columns in their order and under their headers; for a paged list
every row under the current filter and sort (read page by page, by key, on a
worker), for a small report model the rows it shows. The file is written on the
worker too; the status bar of the window says where it went.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from erp_desktop.files import write_whole
from erp_desktop.services.table_export import Cell, ExportColumn, ExportTable, table_bytes
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.i18n import current_language
from erp_desktop.ui.models.paged import PagedQueryModel, display
from erp_desktop.ui.runner import Operation

EXPORT_PAGE = 1000


def _visible(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    return [c for c in logical if not header.isSectionHidden(c)]


def ask_file(parent: QWidget, ctx: AppContext, suggested: str, kinds: Sequence[str]) -> Path | None:
    filters = {
        "csv": QCoreApplication.translate("ListExport", "CSV files (*.csv)"),
        "xlsx": QCoreApplication.translate("ListExport", "Excel workbooks (*.xlsx)"),
        "pdf": QCoreApplication.translate("ListExport", "PDF files (*.pdf)"),
    }
    folder = ctx.settings.get("last_folder") or ""
    start = str(Path(folder) / f"{suggested}.{kinds[0]}") if folder else f"{suggested}.{kinds[0]}"
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ListExport", "Export"),
        start,
        ";;".join(filters[k] for k in kinds),
    )
    if not name:
        return None
    path = Path(name)
    kind = next((k for k in kinds if filters[k] == chosen), kinds[0])
    if path.suffix.lower().lstrip(".") not in kinds:
        path = path.with_suffix(f".{kind}")
    ctx.settings.set("last_folder", str(path.parent))
    return path


def table_of_model(view: QTableView, title: str) -> Callable[[Any], ExportTable]:
    """What the view shows, as an export table; for a paged list a function reading every
    row (run it in a read transaction on a worker)."""
    model = view.model()
    columns = _visible(view)
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for c in columns
    ]
    if isinstance(model, PagedQueryModel):
        kinds = model.columns
        query, request = model.query_function, model.request(limit=EXPORT_PAGE)
        export_columns = tuple(
            ExportColumn(
                headers[n],
                (kinds[c].places if kinds[c].kind == "decimal" else -1)
                if kinds[c].kind in ("decimal", "quantity")
                else None,
            )
            for n, c in enumerate(columns)
        )

        def cell(value: Any, c: int) -> Cell:
            if isinstance(value, Decimal) and kinds[c].kind in ("decimal", "quantity"):
                return value
            return display(value, kinds[c])

        def read(session: Any) -> ExportTable:
            rows: list[tuple[Cell, ...]] = []
            after = None
            while True:
                page = query(session, replace(request, after=after))
                rows.extend(tuple(cell(row[c + 1], c) for c in columns) for row in page)
                if len(page) < EXPORT_PAGE:
                    break
                after = page.keys[-1]
            return ExportTable(title, export_columns, tuple(rows))

        return read
    shown = tuple(
        tuple(str(model.index(r, c).data() or "") for c in columns) for r in range(model.rowCount())
    )
    table = ExportTable(title, tuple(ExportColumn(h) for h in headers), shown)
    return lambda _session: table


def export_view(
    parent: QWidget,
    ctx: AppContext,
    view: QTableView,
    title: str,
    *,
    kinds: Sequence[str] = ("xlsx", "csv", "pdf"),
    totals: Sequence[Cell] | None = None,
    path: Path | None = None,
    done: Callable[[Path], None] | None = None,
) -> Operation | None:
    """Ask for a file (unless ``path``) and write the view's table there."""
    path = path or ask_file(parent, ctx, title, kinds)
    if path is None:
        return None
    read = table_of_model(view, title)
    kind = path.suffix.lower().lstrip(".")
    book = ctx.book
    company = ctx.company.name if ctx.company else ""
    language = current_language()
    shown_totals = None
    if totals is not None:
        columns = _visible(view)
        shown_totals = tuple(totals[c] for c in columns)

    def work(_progress: Any) -> Path:
        table = book.read(read)
        if shown_totals is not None:
            table = replace(table, totals=shown_totals)
        write_whole(
            path, table_bytes(table, kind, company=company, language=language, day=date.today())
        )
        return path

    def finished(written: Path) -> None:
        window = parent.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(
                QCoreApplication.translate("ListExport", "Saved {path}").format(path=written),
                10_000,
            )
        if done is not None:
            done(written)

    return ctx.runner.run(work, finished, parent=parent)
