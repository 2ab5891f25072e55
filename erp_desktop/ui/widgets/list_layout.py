"""A list's header: sort by a click (in SQL), sensible column sizes, and the layout
(widths, order, sort) remembered per list in the user's settings.

Every list view calls ``remember_layout(view, settings, "area.list")`` once its model
is set. Names are never cut while another column stretches: the column keyed
``name`` (or the one given) takes the spare width, every other column is sized by
the user; a text too long for its column is elided at its end ("Coca-Co…").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView

from erp_desktop.settings import Settings

SAVE_AFTER_MS = 300  # a drag of a column border is one save, not one per pixel


class ListLayout(QObject):
    def __init__(
        self,
        view: QTableView,
        settings: Settings,
        name: str,
        *,
        stretch: int | None = None,
        sortable: Sequence[bool] | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.settings, self.name = view, settings, name
        self._sortable = list(sortable) if sortable is not None else None
        header = view.horizontalHeader()
        self._last_sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setWordWrap(False)
        if stretch is not None and 0 <= stretch < header.count():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        elif header.count():
            header.setStretchLastSection(True)
        self.restored = self.restore()
        self._last_sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        header.sectionResized.connect(lambda *_: self._timer.start())
        header.sectionMoved.connect(lambda *_: self._timer.start())
        header.sortIndicatorChanged.connect(self._sort_changed)

    def restore(self) -> bool:
        state = self.settings.get("list_layouts").get(self.name)
        if not isinstance(state, str) or not state:
            return False
        header = self.view.horizontalHeader()
        count = header.count()
        modes = [header.sectionResizeMode(i) for i in range(count)]
        if not header.restoreState(QByteArray.fromBase64(state.encode("ascii"))):
            return False
        if header.count() != count:
            return False
        for i, mode in enumerate(modes):  # the code decides which column stretches
            header.setSectionResizeMode(i, mode)
        return True

    def save(self) -> None:
        self._timer.stop()
        state = bytes(self.view.horizontalHeader().saveState().toBase64().data()).decode("ascii")
        layouts = dict(self.settings.get("list_layouts"))
        if layouts.get(self.name) != state:
            layouts[self.name] = state
            self.settings.set("list_layouts", layouts)

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        sortable = self._sortable
        if sortable is not None and 0 <= section < len(sortable) and not sortable[section]:
            # Put the indicator back: the list is not sorted by this column.
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._last_sort)
            header.blockSignals(False)
            return
        self._last_sort = (section, order)
        self._timer.start()


def remember_layout(
    view: QTableView,
    settings: Settings,
    name: str,
    *,
    stretch: int | None = None,
    sortable: Sequence[bool] | None = None,
) -> ListLayout:
    return ListLayout(view, settings, name, stretch=stretch, sortable=sortable)


def remember_splitter(splitter: QSplitter, settings: Settings, name: str) -> None:
    """The splitter opens where the user left it (per splitter, in the user's settings)."""
    state = settings.get("splitters").get(name)
    if isinstance(state, str) and state:
        splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def save(_pos: int = 0, _index: int = 0) -> None:
        splitters = dict(settings.get("splitters"))
        splitters[name] = bytes(splitter.saveState().toBase64().data()).decode("ascii")
        settings.set("splitters", splitters)

    timer = QTimer(splitter)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_AFTER_MS)
    timer.timeout.connect(save)
    splitter.splitterMoved.connect(lambda *_: timer.start())
