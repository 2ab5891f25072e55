"""Settings ▸ Move this book to a server: a wizard for the shop's IT person.

Server details → test the connection → pre-flight findings, before anything is
written → the move, table by table, with time left and Cancel → the
verification report → the app reopens the book on the server. The work is the
migrator's (``erp_desktop.migrator``); this module only asks and shows.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from erp_desktop.errors import ErpError
from erp_desktop.migrator import (
    Migration,
    MigrationReport,
    Pace,
    Preflight,
    Severity,
    Step,
    VerificationFailed,
)
from erp_desktop.services.books import BookLocation
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import error_style, error_text
from erp_desktop.ui.i18n import render
from erp_desktop.ui.widgets.password import check_typed_twice, password_edit
from erp_desktop.ui.widgets.server_form import ServerForm


def _wrap(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StepRelay(QObject):
    """Carries the migrator's progress from the worker thread to the GUI thread."""

    stepped = Signal(object)


class IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.text = _wrap()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Move this book to a server"))
        self.text.setText(
            self.tr(
                "<p>On a PostgreSQL server, every PC of the company works in the same book "
                "at the same time.</p>"
                "<p><b>You need:</b> the address of the server, an <b>empty</b> database "
                "made for this book (encoding UTF8), and a server user who owns it, with its "
                "password. The guide for IT persons (docs/connected-mode.md) shows how to "
                "prepare them.</p>"
                "<p><b>What happens:</b> ERP Desktop first checks the book and the server "
                "and tells you about any problem <i>before</i> writing anything. Then it "
                "copies every record, compares the copy with this book row by row, and only "
                "when everything matches switches over. This file stays as it is, read-only, "
                "with a note saying where the book went.</p>"
                "<p>Nobody should work in this book while it moves.</p>"
            )
        )


class ServerPage(QWizardPage):
    def __init__(self, wizard: MoveToServerWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.tested: BookLocation | None = None
        self.server = ServerForm(selectable_hints=True)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test)
        self.result = _wrap()
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.server)
        layout.addLayout(row)
        self.server.changed.connect(self._changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The server"))
        self.setSubTitle(
            self.tr(
                "Where the book goes. Your IT person or the server's administrator knows these."
            )
        )
        self.server.set_words(
            server=self.tr("&Server address:"),
            port=self.tr("&Port:"),
            user=self.tr("Server &user:"),
            ssl_hint=self.tr(
                "verify-full encrypts the connection and checks the server's certificate. "
                "“prefer” and “disable” may send the book unencrypted over the network: use "
                "them only inside a trusted office network."
            ),
        )
        self.server.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10 or erp.example.com"))
        self.server.database_edit.setPlaceholderText(self.tr("an empty database, e.g. erp_book"))
        self.test_button.setText(self.tr("&Test connection"))

    def _changed(self) -> None:
        self.tested = None
        self.result.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.tested is not None

    def test(self) -> None:
        from erp_desktop.migrator import pg_side

        server = self.server
        filled = all(
            e.text().strip() for e in (server.host_edit, server.database_edit, server.user_edit)
        )
        if not filled:
            self.result.setText(self.tr("Fill in the server address, database and user."))
            return
        location = server.location()
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))

        def done(facts: Any) -> None:
            self.test_button.setEnabled(True)
            if facts.empty:
                state = self.tr("The database is empty: ready.")
            else:
                state = self.tr("The database is not empty; the next step tells what is in it.")
            self.result.setText(
                self.tr("✓ Connected to PostgreSQL {version}. {state}").format(
                    version=facts.version.split()[0], state=state
                )
            )
            self.tested = location
            self.completeChanged.emit()

        def failed(exc: BaseException) -> bool:
            self.test_button.setEnabled(True)
            self.result.setText("✗ " + error_text(exc))
            return isinstance(exc, ErpError)

        self.wiz.ctx.runner.run(lambda _p: pg_side.probe(location), done, on_error=failed)


class CheckPage(QWizardPage):
    def __init__(self, wizard: MoveToServerWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.preflight: Preflight | None = None
        self.summary = _wrap()
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.confirm_box = QCheckBox()
        self.confirm_box.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.confirm_box)
        self.setCommitPage(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Checks before moving"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Move the book"))
        self.confirm_box.setText(
            self.tr("Yes, delete the unfinished earlier move in that database and start again")
        )

    def initializePage(self) -> None:
        self.preflight = None
        self.findings.clear()
        self.confirm_box.hide()
        self.confirm_box.setChecked(False)
        self.summary.setText(
            self.tr("Checking the book and the server… (a large book takes a while)")
        )
        migration = self.wiz.migration()
        self.wiz.ctx.runner.run(
            lambda _p: migration.preflight(), self._checked, on_error=self._failed
        )

    def _checked(self, pre: Preflight) -> None:
        self.preflight = pre
        style = self.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.CONFIRM: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for found in pre.findings:
            self.findings.addItem(render(found.message))
            self.findings.item(self.findings.count() - 1).setIcon(icons[found.severity])
        if pre.errors:
            self.summary.setText(
                self.tr(
                    "<b>The book cannot be moved yet.</b> Fix the {count} problem(s) listed "
                    "below (or ask for help with this list), then start the move again. "
                    "Nothing was written anywhere."
                ).format(count=len(pre.errors))
            )
        else:
            self.summary.setText(
                self.tr(
                    "<b>Ready.</b> {rows} records in {tables} tables will be copied to "
                    "PostgreSQL {version} and checked."
                ).format(
                    rows=f"{pre.total_rows:,}",
                    tables=len(pre.row_counts),
                    version=pre.server_version.split()[0] if pre.server_version else "",
                )
            )
            self.findings.setVisible(bool(pre.findings))
        self.confirm_box.setVisible(pre.needs_confirmation)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> bool:
        self.summary.setText("✗ " + error_text(exc))
        return isinstance(exc, ErpError)

    def isComplete(self) -> bool:
        pre = self.preflight
        if pre is None or pre.errors:
            return False
        return not pre.needs_confirmation or self.confirm_box.isChecked()


class MovePage(QWizardPage):
    COLUMNS = 4

    def __init__(self, wizard: MoveToServerWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.report: MigrationReport | None = None
        self.failed = False
        self.started = 0.0
        self.status = _wrap()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.time_left = QLabel()
        self.tables = QTableWidget(0, self.COLUMNS)
        self.tables.verticalHeader().hide()
        self.tables.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tables.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rows: dict[str, int] = {}
        self.relay = StepRelay(self)
        self.relay.stepped.connect(self.show_step, Qt.ConnectionType.QueuedConnection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.time_left)
        layout.addLayout(row)
        layout.addWidget(self.tables, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Moving the book"))
        self.setSubTitle(
            self.tr("Copying and checking. Cancel stops safely: this book stays as it is.")
        )
        self.tables.setHorizontalHeaderLabels(
            [self.tr("Table"), self.tr("Records"), self.tr("Copied"), self.tr("Checked")]
        )

    def initializePage(self) -> None:
        pre = self.wiz.check_page.preflight
        assert pre is not None
        self.tables.setRowCount(len(pre.row_counts))
        for index, (name, count) in enumerate(pre.row_counts.items()):
            self.rows[name] = index
            for column, value in enumerate((name, f"{count:,}", "", "")):
                self.tables.setItem(index, column, QTableWidgetItem(value))
        self.status.setText(self.tr("Starting…"))
        self.started = time.monotonic()
        self.wiz.running = True
        self.wiz.follow_moves(False)
        migration = self.wiz.migration(on_step=self.relay.stepped.emit)
        confirmed = self.wiz.check_page.confirm_box.isChecked()
        self.wiz.ctx.runner.run(
            lambda _p: migration.run(confirmed=confirmed, checked=pre),
            self._finished,
            on_error=self._failed,
        )

    def show_step(self, step: Step) -> None:
        stages = {
            "copy": self.tr("Copying a snapshot of the book (keep working): {table}…"),
            "verify": self.tr("Checking {table} against this book…"),
            "catchup": self.tr("Copying what was saved meanwhile: round {round}…"),
            "freeze": self.tr("Moving to the server — a few seconds; saves wait…"),
            "check": self.tr("Moving to the server — checking the book's own rules there…"),
            "cutover": self.tr("Switching over…"),
        }
        if step.stage in stages:
            self.status.setText(stages[step.stage].format(table=step.table, round=step.round))
        if step.total:
            self.bar.setValue(int(step.done / step.total * 1000))
            rate, left = Pace(self.started).of(step, time.monotonic())
            if left is not None:
                self.time_left.setText(
                    self.tr("{rate} rows/s, about {minutes} min {seconds} s left").format(
                        rate=f"{rate:,}", minutes=left // 60, seconds=left % 60
                    )
                )
            elif step.stage in ("catchup", "freeze", "check"):
                self.time_left.setText(self.tr("a few seconds left"))
        row = self.rows.get(step.table)
        if row is not None and step.stage in ("copy", "verify"):
            column = 2 if step.stage == "copy" else 3
            self.tables.item(row, column).setText(f"{step.table_done:,}")

    def _finished(self, report: MigrationReport) -> None:
        self.wiz.running = False
        self.report = report
        self.bar.setValue(1000)
        self.time_left.setText("")
        self.status.setText(self.tr("✓ Done: every record was copied and checked."))
        self.completeChanged.emit()
        self.wiz.next()

    def _failed(self, exc: BaseException) -> bool:
        self.wiz.running = False
        self.wiz.follow_moves(True)
        self.failed = True
        self.time_left.setText("")
        if isinstance(exc, VerificationFailed):
            self.report = exc.report
            failed = ", ".join(t.table for t in exc.report.failed_tables) or "-"
            text = self.tr(
                "✗ The copy does not match this book (tables: {tables}). The move was "
                "stopped; this book is unchanged and the copy on the server is marked "
                "unfinished, so nobody can use it. Keep this window's text for support."
            ).format(tables=failed)
        else:
            text = "✗ " + error_text(exc)
        self.status.setText(text)
        self.wiz.cancel_pending = False
        self.wiz.button(QWizard.WizardButton.CancelButton).setText(self.tr("Close"))
        return isinstance(exc, ErpError)

    def isComplete(self) -> bool:
        return self.report is not None and not self.failed


class ReportPage(QWizardPage):
    def __init__(self, wizard: MoveToServerWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.summary = _wrap()
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.password_intro = _wrap()
        self.password_edit = password_edit()
        self.confirm_edit = password_edit()
        self.password_labels = [QLabel(), QLabel()]
        self.form = QFormLayout()
        for label, edit in zip(
            self.password_labels, (self.password_edit, self.confirm_edit), strict=True
        ):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.error = _wrap()
        self.error.setStyleSheet(error_style())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.password_intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.retranslate_ui()

    def needs_password(self) -> bool:
        """Whoever moved the book chooses their server password: on a server the server
        checks passwords, and the file's (argon2 hashes) do not carry over."""
        return self.wiz.ctx.opened is not None and self.wiz.ctx.opened.user is not None

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The book is on the server"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open it on the server"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Table"),
                self.tr("Records here"),
                self.tr("Records on the server"),
                self.tr("Every record the same"),
                self.tr("Totals the same"),
            ]
        )
        self.password_intro.setText(
            self.tr(
                "On the server everyone signs in as their own server user, and passwords "
                "kept in the file do not carry over. Choose your server password now (at "
                "least 8 characters; it may be the one you had). The other users get theirs "
                "from an administrator under Settings ▸ Users."
            )
        )
        self.password_labels[0].setText(self.tr("Your &password:"))
        self.password_labels[1].setText(self.tr("&Repeat it:"))

    def initializePage(self) -> None:
        report = self.wiz.move_page.report
        assert report is not None
        yes, no = self.tr("yes"), self.tr("NO")
        self.table.setRowCount(len(report.tables))
        for row, check in enumerate(report.tables):
            values = (
                check.table,
                f"{check.source_rows:,}",
                f"{check.target_rows:,}",
                yes if check.rows_equal else no,
                "-" if not check.sum_columns else yes if check.sums_equal else no,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        checks = (
            self.tr("The book's own checks pass on the server.")
            if report.checks_ran
            else self.tr("The book's own checks run when it is next opened.")
        )
        self.summary.setText(
            self.tr(
                "{rows} records in {tables} tables were copied and compared one by one: all "
                "equal. {checks} This file now opens read-only and says where the book went."
            ).format(rows=f"{report.rows:,}", tables=len(report.tables), checks=checks)
        )
        need = self.needs_password()
        for widget in (
            self.password_intro,
            *self.password_labels,
            self.password_edit,
            self.confirm_edit,
        ):
            widget.setVisible(need)

    def validatePage(self) -> bool:
        if not self.needs_password():
            return True
        from erp_desktop.services.accounts import check_password_rules

        try:
            check_typed_twice(self.password_edit, self.confirm_edit)
            check_password_rules(self.password_edit.text())
        except ErpError as exc:
            self.error.setText(error_text(exc))
            return False
        return True


class MoveToServerWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.cancel_pending = False
        self._cancel = threading.Event()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.server_page = ServerPage(self)
        self.check_page = CheckPage(self)
        self.move_page = MovePage(self)
        self.report_page = ReportPage(self)
        for page in (
            IntroPage(),
            self.server_page,
            self.check_page,
            self.move_page,
            self.report_page,
        ):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(760, 600)
        self.setWindowTitle(self.tr("Move this book to a server"))

    def migration(self, on_step: Any = None) -> Migration:
        target = self.server_page.tested
        assert target is not None
        return Migration(
            self.ctx.book.location,
            target,
            on_step=on_step,
            cancelled=self._cancel.is_set,
        )

    def follow_moves(self, follow: bool) -> None:
        """While this wizard moves the book, the window leaves reopening it to the wizard."""
        window = self.parent()
        if hasattr(window, "follow_moves"):
            window.follow_moves = follow

    def reject(self) -> None:
        if self.running:  # stop safely, then close
            self._cancel.set()
            self.cancel_pending = True
            self.move_page.status.setText(self.tr("Cancelling… this book stays as it is."))
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            self.ctx.runner.wait(120_000)
            return
        self.follow_moves(True)
        super().reject()

    def accept(self) -> None:
        super().accept()
        self.reopen()

    def reopen(self) -> None:
        """After the move: remember the password if asked, then open the book on the server."""
        target = self.server_page.tested
        assert target is not None
        window = self.parent()
        password = self.report_page.password_edit.text()
        needs = self.report_page.needs_password()
        user = self.ctx.opened.user if self.ctx.opened else None
        if self.server_page.server.remember_box.isChecked() and target.password:
            from erp_desktop.services.books import save_password

            with contextlib.suppress(ErpError):  # the box is disabled when the store is unsafe
                save_password(target, target.password)
        self.ctx.settings.switch_book(self.ctx.book.location.display(), target.display())

        def work(_p):
            from erp_desktop.services.accounts import set_password
            from erp_desktop.services.books import open_book
            from erp_desktop.services.server_signin import reopen_as

            if not (needs and user is not None):
                return None
            book = open_book(target)  # the owner's: it gives the user's role its password
            try:
                book.run(lambda s: set_password(s, by=user.id, user_id=user.id, password=password))
                return reopen_as(book, user.login, password)  # then work as that role
            finally:
                book.close()

        def signed(signed_in: Any) -> None:
            if hasattr(window, "actions_"):
                window.actions_.open_location(target, signed_in=signed_in)

        self.ctx.runner.run(work, signed)
