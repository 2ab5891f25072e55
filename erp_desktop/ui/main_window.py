"""The main window: navigation of the areas, the File menu, the status bar."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop import APP_NAME
from erp_desktop.services.books import BookLocation
from erp_desktop.settings import Settings
from erp_desktop.ui.book_actions import BookActions
from erp_desktop.ui.connection import Banner, ChangeWatch
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.empty_page import EmptyStatePage
from erp_desktop.ui.i18n import current_language, install_translators
from erp_desktop.ui.navigation import AREAS, Area
from erp_desktop.ui.runner import OperationRunner
from erp_desktop.ui.shortcuts import ShortcutsDialog, bind, run_on_page
from erp_desktop.ui.widgets.elided_label import ElidedLabel


class MainWindow(QMainWindow):
    ready = Signal()  # the first book is open and shown

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.runner = OperationRunner(self)
        self.ctx = AppContext(settings, self.runner)
        self.actions_ = BookActions(self)
        self._pages: dict[str, QWidget] = {}
        self._ready_sent = False

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget::item { padding: 7px 4px; }")
        self.nav.currentRowChanged.connect(self._show_area)
        self.stack = QStackedWidget()
        self.placeholder = QWidget()
        self.stack.addWidget(self.placeholder)
        self.banner = Banner()
        self.banner.action_clicked.connect(self._banner_action)
        self.watch = ChangeWatch(self.ctx, self)
        # False while this window's own wizard moves the book: the wizard reopens it on the
        # server with the user who is signed in here, so the watch must not reopen it first.
        self.follow_moves = True
        self.watch.connection_changed.connect(self._connection_changed)
        self.watch.moved.connect(self._follow_move)
        self.watch.moving.connect(self._show_moving)
        self.installEventFilter(self.watch)
        self.runner.error_seen.connect(self._error_seen)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.mode_label = ElidedLabel()
        self.revision_label = QLabel()
        self.user_label = QLabel()
        for label in (self.user_label, self.mode_label, self.revision_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self._build_menus()
        for area in AREAS:
            item = QListWidgetItem(self.style().standardIcon(area.icon), "")
            self.nav.addItem(item)
        self.retranslate_ui()
        self._restore_geometry()
        self.show_no_book()

    # -- texts ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = bind(QAction(self), "new_book")  # Ctrl+N is a new document
        self.new_action.triggered.connect(self.actions_.new_book)
        self.open_action = bind(QAction(self), "open_book")
        self.open_action.triggered.connect(self.actions_.open_file)
        self.connect_action = QAction(self)
        self.connect_action.triggered.connect(lambda: self.actions_.open_connected())
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.actions_.backup)
        self.quit_action = bind(QAction(self), "quit")
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.open_action, self.connect_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.page_menu = bar.addMenu("")
        self.page_actions: dict[str, QAction] = {}
        for name in ("new_document", "find", "refresh", "print"):
            action = bind(QAction(self), name)
            action.triggered.connect(lambda _=False, n=name: self.run_shortcut(n))
            self.page_menu.addAction(action)
            self.page_actions[name] = action
        self.help_menu = bar.addMenu("")
        self.shortcuts_action = bind(QAction(self), "help")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New book…"))
        self.open_action.setText(self.tr("&Open book…"))
        self.connect_action.setText(self.tr("Open &connected book…"))
        self.recent_menu.setTitle(self.tr("&Recent books"))
        self.backup_action.setText(self.tr("&Back up book…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.page_menu.setTitle(self.tr("Pa&ge"))
        for name, text in (
            ("new_document", self.tr("&New document")),
            ("find", self.tr("&Filter the list")),
            ("refresh", self.tr("&Refresh")),
            ("print", self.tr("&Print or export PDF")),
        ):
            self.page_actions[name].setText(text)
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About ERP Desktop"))
        for row, area in enumerate(AREAS):
            item = self.nav.item(row)
            item.setText(QCoreApplication.translate("Navigation", area.label))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def apply_language(self, language: str) -> None:
        if language == current_language():
            return
        install_translators(language)
        self.retranslate_ui()  # LanguageChange events arrive later; the status must be right now
        self._drop_pages()  # area pages are rebuilt in the new language on next visit
        if self.ctx.opened is not None:
            self._show_area(self.nav.currentRow())

    # -- book ----------------------------------------------------------------------------------
    def open_location(self, location: BookLocation, *, create_missing: bool = False) -> None:
        self.actions_.open_location(location, create_missing=create_missing)

    def show_opening(self, location: BookLocation) -> None:
        self.nav.setEnabled(False)
        self._set_page(
            EmptyStatePage(self.tr("Opening book…"), location.display()),
        )

    def show_no_book(self) -> None:
        self.nav.setEnabled(False)
        page = EmptyStatePage(
            self.tr("No book is open"),
            self.tr("Create a new book, open a book file, or connect to your company's server."),
        )
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in (
            (self.tr("New book…"), self.actions_.new_book),
            (self.tr("Open book…"), self.actions_.open_file),
            (self.tr("Open connected book…"), lambda: self.actions_.open_connected()),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, row)
        self._set_page(page)
        self._update_status()

    def show_book(self) -> None:
        self._drop_pages()
        self.nav.setEnabled(True)
        self._update_status()
        self.nav.setCurrentRow(max(self.nav.currentRow(), self._last_row(), 0))
        self._show_area(self.nav.currentRow())
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def _update_status(self) -> None:
        opened = self.ctx.opened
        if opened is None:
            self.setWindowTitle(APP_NAME)
            self.mode_label.setText(self.tr("No book open"))
            self.revision_label.clear()
            self.user_label.clear()
            return
        location = opened.book.location
        company = opened.company.name if opened.company else self.tr("(company not set up)")
        self.setWindowTitle(f"{company} — {APP_NAME}")
        if opened.book.file_read_only:
            self.setWindowTitle(
                self.tr("{company} (read-only) — {app}").format(company=company, app=APP_NAME)
            )
            self.mode_label.setText(self.tr("Read-only: {path}").format(path=location.path))
        elif opened.book.moved_to:
            self.mode_label.setText(
                self.tr("Read-only (moved): {path}").format(path=location.display())
            )
        elif location.is_sqlite:
            self.mode_label.setText(self.tr("Offline: {path}").format(path=location.path))
        else:
            host, port, database, user = location.server
            self.mode_label.setText(
                self.tr("Connected: {host}:{port} / {database} / {user}").format(
                    host=host, port=port, database=database, user=user
                )
            )
        self.revision_label.setText(
            self.tr("Schema {revision}").format(revision=opened.book.revision)
        )
        self.user_label.setText(opened.user.full_name if opened.user else "")

    # -- connection and moved books -------------------------------------------------------------
    def book_opened(self) -> None:
        """A book was just opened: watch it, and say so if it was moved elsewhere."""
        self.follow_moves = True
        self.watch.start()
        self.banner.clear()
        self._show_moved_banner()

    def _show_moved_banner(self) -> None:
        book = self.ctx.opened.book if self.ctx.opened else None
        if book is not None and book.moved_to:
            self.banner.show_message(
                "info",
                self.tr(
                    "This book was moved to {where}. This copy is kept read-only: open the "
                    "book at its new place to work in it."
                ).format(where=self._place(book.moved_to)),
                self.tr("Open it there"),
            )
        elif book is not None and book.file_read_only:
            self.banner.show_message(
                "info",
                self.tr(
                    "This book file is read-only here: you can look at everything, but "
                    "nothing can be saved. To work in it, copy it to a folder you can write "
                    "to, or ask your IT person for permission to write it."
                ),
            )

    def _place(self, where: str) -> str:
        """Where a book is, in words: a file's path, or the database on its server."""
        try:
            location = BookLocation.parse(where)
        except Exception:
            return where
        if location.is_sqlite:
            return str(location.path)
        host, port, database, _user = location.server
        return self.tr("the database “{database}” on the server {host}:{port}").format(
            database=database, host=host, port=port
        )

    def _connection_changed(self, connected: bool) -> None:
        if connected:
            self.banner.clear("warning")
            self._show_moved_banner()
            self.statusBar().showMessage(self.tr("Connected to the server again."), 10_000)
        else:
            self.show_connection_lost()

    def show_connection_lost(self) -> None:
        self.banner.show_message(
            "warning",
            self.tr(
                "The server cannot be reached. What you typed is kept; nothing was saved "
                "since the last confirmation. ERP Desktop reconnects by itself as soon as the "
                "server answers."
            ),
            self.tr("Try again now"),
        )

    def _show_moving(self, moving: bool) -> None:
        """Another program moves this book file to a server: say what will happen."""
        if moving:
            self.banner.show_message(
                "info",
                self.tr(
                    "This book is being moved to the server. Keep working: at the end, saves "
                    "wait a few seconds, then the book reopens from the server."
                ),
            )
        elif self.banner.kind == "info" and not self.ctx.book.moved_to:
            self.banner.clear("info")

    def _follow_move(self, where: str) -> None:
        """The book file was moved to a server while open here: reopen it from there."""
        from erp_desktop.services.books import BookLocation

        if not self.follow_moves:
            return
        self.watch.stop()
        self.actions_.open_recent(BookLocation.parse(where).display())

    def _error_seen(self, exc: object) -> None:
        from erp_desktop.errors import DatabaseUnavailable
        from erp_desktop.services.books import BookMoved

        opened = self.ctx.opened
        if isinstance(exc, BookMoved) and opened is not None and opened.book.location.is_sqlite:
            self._follow_move(exc.where)  # the file moved to a server: every PC reaches it
            return
        if (
            isinstance(exc, DatabaseUnavailable)
            and opened is not None
            and not opened.book.location.is_sqlite
        ):
            self.show_connection_lost()
            self.watch.check()

    def _banner_action(self) -> None:
        if self.banner.kind == "warning":
            self.watch.check()
        elif self.ctx.opened is not None and self.ctx.book.moved_to:
            from erp_desktop.services.books import BookLocation

            self.actions_.open_recent(BookLocation.parse(self.ctx.book.moved_to).display())

    # -- pages ---------------------------------------------------------------------------------
    def _last_row(self) -> int:
        """The page shown when the window last closed (the user's settings), if still there."""
        if self.nav.currentRow() >= 0:
            return -1
        keys = [area.key for area in AREAS]
        last = self.ctx.settings.get("last_page")
        row = keys.index(last) if last in keys else -1
        item = self.nav.item(row) if row >= 0 else None
        return row if item is not None and not item.isHidden() else -1

    def _show_area(self, row: int) -> None:
        if self.ctx.opened is None or not 0 <= row < len(AREAS):
            return
        area = AREAS[row]
        if self.ctx.settings.get("last_page") != area.key:
            self.ctx.settings.set("last_page", area.key)
        page = self._pages.get(area.key)
        if page is None:
            page = self._create_page(area)
            self._pages[area.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _create_page(self, area: Area) -> QWidget:
        return importlib.import_module(area.module).create_page(self.ctx)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def _set_page(self, page: QWidget) -> None:
        self._drop_pages()
        self._pages["_transient"] = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _drop_pages(self) -> None:
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.ctx.settings.get("recent_books")
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for text in recent:
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _=False, t=text: self.actions_.open_recent(t))

    def current_page(self) -> QWidget | None:
        page = self.stack.currentWidget()
        return None if page is self.placeholder or self.ctx.opened is None else page

    def run_shortcut(self, name: str) -> bool:
        """A page key (Ctrl+N, Ctrl+F, F5, Ctrl+P) on the page shown; says so if it has none."""
        done = run_on_page(self.current_page(), name)
        if not done:
            self.statusBar().showMessage(self.tr("Nothing to do for this key on this page."), 5000)
        return done

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def _about(self) -> None:
        from erp_desktop.ui.dialogs.about import show_about  # reads package metadata: slow

        show_about(self, self.ctx.book.revision if self.ctx.opened else None)

    # -- window --------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.get("window_geometry")
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode())):
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set(
            "window_geometry", bytes(self.saveGeometry().toBase64().data()).decode()
        )
        self.runner.wait(10_000)
        self.watch.stop()
        if self.ctx.opened is not None:
            self.ctx.opened.book.close()
        super().closeEvent(event)
