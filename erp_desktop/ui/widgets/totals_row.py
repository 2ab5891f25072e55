"""A totals row under a list: one row in the list's columns, following its widths,
order and horizontal scrolling (the list itself pages; its totals come from SQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex


class TotalsModel(QAbstractTableModel):
    def __init__(self, columns: int, alignments: Sequence[Qt.AlignmentFlag], parent: Any = None):
        super().__init__(parent)
        self._cells = [""] * columns
        self._alignments = list(alignments)

    def set_cells(self, cells: Sequence[str]) -> None:
        self._cells = list(cells)
        self.dataChanged.emit(self.index(0, 0), self.index(0, len(self._cells) - 1))

    @property
    def cells(self) -> list[str]:
        return list(self._cells)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._alignments[index.column()])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class TotalsRow(QTableView):
    def __init__(self, list_view: QTableView, alignments: Sequence[Qt.AlignmentFlag]) -> None:
        super().__init__()
        self.totals = TotalsModel(len(alignments), alignments, self)
        self.setModel(self.totals)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(list_view.verticalHeader().defaultSectionSize() + 4)
        source = list_view.horizontalHeader()
        mine = self.horizontalHeader()
        mine.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        mine.setStretchLastSection(source.stretchLastSection())
        self._source = source

        def follow(*_: Any) -> None:
            for logical in range(source.count()):
                visual = source.visualIndex(logical)
                if mine.visualIndex(logical) != visual:
                    mine.moveSection(mine.visualIndex(logical), visual)
                self.setColumnHidden(logical, source.isSectionHidden(logical))
                self.setColumnWidth(logical, source.sectionSize(logical))

        source.sectionResized.connect(follow)
        source.sectionMoved.connect(follow)
        source.geometriesChanged.connect(follow)
        list_view.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        self.follow = follow
        follow()

    def set_cells(self, cells: Sequence[str]) -> None:
        self.totals.set_cells(cells)
