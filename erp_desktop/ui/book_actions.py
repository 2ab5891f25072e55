"""File menu actions: new, open, open connected, recent, backup; first run.

Opening happens on a worker (a server may take seconds to answer); the
window stays responsive and shows what went wrong if it fails.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from erp_desktop.db.location import BookLocation
from erp_desktop.db.sqlite_file import backup_file
from erp_desktop.i18n import system_language
from erp_desktop.paths import BOOK_SUFFIX
from erp_desktop.services.opening import OpenBook, load_book
from erp_desktop.ui.dialogs.connect import ConnectDialog

if TYPE_CHECKING:
    from erp_desktop.ui.main_window import MainWindow


class BookActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx

    def open_location(self, location: BookLocation, *, create_missing: bool = False) -> None:
        self.window.show_opening(location)
        self.ctx.runner.run(
            lambda _p: load_book(location, create_missing),
            self._loaded,
            on_error=self._failed,
            title=self.tr("Opening book…"),
        )

    def _failed(self, exc: BaseException) -> bool:
        self.window.show_no_book()
        return False  # the runner shows the message

    def _loaded(self, opened: OpenBook) -> None:
        previous = self.ctx.opened
        self.ctx.opened = opened
        if previous is not None:
            previous.book.close()
        self.ctx.settings.add_recent_book(opened.book.location.display())
        language = self.ctx.settings.get("language") or (
            opened.company.language if opened.company else system_language()
        )
        self.window.apply_language(language)
        if opened.company is None:
            self._first_run(language)
        self.window.show_book()
        if opened.book.upgrade_backup is not None:
            self.window.statusBar().showMessage(
                self.tr(
                    "The book was upgraded to this version. A backup of it is at {path}"
                ).format(path=opened.book.upgrade_backup),
                30_000,
            )
        self.ctx.book_changed.emit()

    def _first_run(self, language: str) -> None:
        from erp_desktop.services.company import get_company
        from erp_desktop.services.users import default_user
        from erp_desktop.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.ctx, language, self.window)
        dialog.language_chosen.connect(self.window.apply_language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            book = self.ctx.book
            company, user = book.read(lambda s: (get_company(s), default_user(s)))
            assert self.ctx.opened is not None
            self.ctx.opened.company = company
            self.ctx.opened.user = user
            if company is not None and not self.ctx.settings.get("language"):
                self.window.apply_language(company.language)

    def new_book(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New book"),
            str(self._folder() / f"company{BOOK_SUFFIX}"),
            self.tr("ERP Desktop books (*{suffix})").format(suffix=BOOK_SUFFIX),
        )
        if path:
            target = Path(path)
            if target.suffix != BOOK_SUFFIX:
                target = target.with_name(target.name + BOOK_SUFFIX)
            self._remember_folder(target)
            self.open_location(BookLocation.for_file(target), create_missing=True)

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open book"),
            str(self._folder()),
            self.tr("ERP Desktop books (*{suffix});;All files (*)").format(suffix=BOOK_SUFFIX),
        )
        if path:
            self._remember_folder(Path(path))
            self.open_location(BookLocation.for_file(Path(path)))

    def open_connected(self, known: BookLocation | None = None) -> None:
        dialog = ConnectDialog(self.window, known)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_location(dialog.location())

    def open_recent(self, text: str) -> None:
        location = BookLocation.parse(text)
        if location.is_sqlite:
            self.open_location(location)
        else:
            self.open_connected(location)

    def backup(self) -> None:
        if self.ctx.opened is None:
            return
        location = self.ctx.book.location
        if not location.is_sqlite:
            QMessageBox.information(
                self.window,
                self.tr("Back up book"),
                self.tr(
                    "This book is kept on a server. Back it up on the server with PostgreSQL's "
                    "pg_dump, or ask your IT person."
                ),
            )
            return
        suggested = location.path.with_name(
            f"{location.path.stem}-backup-{date.today():%Y%m%d}{BOOK_SUFFIX}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up book"),
            str(suggested),
            self.tr("ERP Desktop books (*{suffix})").format(suffix=BOOK_SUFFIX),
        )
        if not path:
            return
        source = location.path
        self.ctx.runner.run(
            lambda _p: backup_file(source, Path(path)),
            lambda target: self.window.statusBar().showMessage(
                self.tr("Backup written to {path}").format(path=target), 15_000
            ),
            title=self.tr("Backing up…"),
        )

    def _folder(self) -> Path:
        last = self.ctx.settings.get("last_folder")
        return Path(last) if last and Path(last).is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        self.ctx.settings.set("last_folder", str(path.parent))
