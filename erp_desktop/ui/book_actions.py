"""File menu actions: new, open, open connected, recent, backup; first run.

Opening happens on a worker (a server may take seconds to answer); the
window stays responsive and shows what went wrong if it fails.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from erp_desktop.i18n import system_language
from erp_desktop.paths import BOOK_SUFFIX
from erp_desktop.services.books import BookLocation, backup_file
from erp_desktop.services.opening import OpenBook, load_book
from erp_desktop.services.users import UserInfo

if TYPE_CHECKING:
    from erp_desktop.ui.main_window import MainWindow


class BookActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self._signed_in: UserInfo | OpenBook | None = None

    def open_location(
        self,
        location: BookLocation,
        *,
        create_missing: bool = False,
        signed_in: UserInfo | OpenBook | None = None,
    ) -> None:
        """Open a book; ``signed_in`` is a user who just proved who they are (after a move;
        on a server book, the book opened as their role)."""
        self.window.show_opening(location)
        if isinstance(signed_in, OpenBook):  # already open, as the user's own role
            self._signed_in = None
            self._loaded(signed_in)
            return
        self._signed_in = signed_in
        self.ctx.runner.run(
            lambda _p: load_book(location, create_missing),
            self._loaded,
            on_error=self._failed,
            title=self.tr("Opening book…"),
        )

    def _failed(self, exc: BaseException) -> bool:
        self._signed_in = None
        if self.ctx.opened is None:
            self.window.show_no_book()
        else:
            self.window.show_book()
        return False  # the runner shows the message

    def _loaded(self, opened: OpenBook) -> None:
        previous = self.ctx.opened
        if opened.sign_in:
            signed = self._signed_in or self._sign_in(opened)
            if signed is None:  # cancelled: the book stays closed
                opened.book.close()
                if previous is None:
                    self.window.show_no_book()
                else:
                    self.window.show_book()
                return
            if isinstance(signed, OpenBook):  # a server book, now open as the user's role
                opened.book.close()
                opened = signed
            else:
                opened.user = signed
                opened.sign_in = False
        self._signed_in = None
        self.ctx.opened = opened
        if previous is not None:
            previous.book.close()
        self.ctx.settings.add_recent_book(opened.book.location.display())
        self.ctx.settings.set("last_book", opened.book.location.display())
        language = self.ctx.settings.get("language") or (
            opened.company.language if opened.company else system_language()
        )
        self.window.apply_language(language)
        if opened.company is None and not opened.book.read_only:
            self._first_run(language)
        self.window.show_book()
        self.window.book_opened()
        if opened.book.upgrade_backup is not None:
            self.window.statusBar().showMessage(
                self.tr(
                    "The book was upgraded to this version. A backup of it is at {path}"
                ).format(path=opened.book.upgrade_backup),
                30_000,
            )
        self.ctx.book_changed.emit()

    def _sign_in(self, opened: OpenBook) -> UserInfo | OpenBook | None:
        from erp_desktop.ui.dialogs.login import LoginDialog

        language = self.ctx.settings.get("language") or (
            opened.company.language if opened.company else system_language()
        )
        self.window.apply_language(language)
        dialog = LoginDialog(
            self.ctx,
            opened.book,
            company=opened.company.name if opened.company else "",
            first=opened.first_password,
            parent=self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.opened or dialog.user

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
        from erp_desktop.ui.dialogs.connect import ConnectDialog  # when asked (start-up time)

        dialog = ConnectDialog(self.window, known)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        location = dialog.server.location()
        if dialog.server.remember_box.isChecked() and location.password:
            from erp_desktop.errors import BookError
            from erp_desktop.services.books import save_password

            try:
                save_password(location, location.password)
            except BookError as exc:
                self.window.statusBar().showMessage(exc.render(self._translate), 15_000)
        self.open_location(location)

    def open_recent(self, text: str) -> None:
        from erp_desktop.services.books import load_password

        location = BookLocation.parse(text)
        if location.is_sqlite or location.password or load_password(location):
            self.open_location(location)
        else:
            self.open_connected(location)

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def backup(self) -> None:
        if self.ctx.opened is None:
            return
        location = self.ctx.book.location
        if not location.is_sqlite:
            self._snapshot(location)
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

    def _snapshot(self, location: BookLocation) -> None:
        """A server book: a verified snapshot in a new file (the migrator's export)."""
        from erp_desktop.migrator import Migration

        _host, _port, database, _user = location.server
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up book"),
            str(self._folder() / f"{database}-{date.today():%Y%m%d}{BOOK_SUFFIX}"),
            self.tr("ERP Desktop books (*{suffix})").format(suffix=BOOK_SUFFIX),
        )
        if not path:
            return
        target = BookLocation.for_file(Path(path))

        def work(progress):
            def step(s) -> None:
                progress.report(s.done, s.total, "")

            report = Migration(
                location, target, move=False, on_step=step, cancelled=lambda: progress.cancelled
            ).run()
            return report

        self.ctx.runner.run(
            work,
            lambda _report: self.window.statusBar().showMessage(
                self.tr("Backup written to {path}").format(path=path), 15_000
            ),
            title=self.tr("Backing up…"),
            cancellable=True,
        )

    def _folder(self) -> Path:
        last = self.ctx.settings.get("last_folder")
        return Path(last) if last and Path(last).is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        self.ctx.settings.set("last_folder", str(path.parent))
