"""Noticing that another PC changed the book, and that the server went away.

Every write transaction on a PostgreSQL book sends ``NOTIFY erp_desktop_changed``
with the writing process's id (``Book.run`` does it just before commit, so a
rolled-back transaction says nothing). ``BookWatcher`` listens on a connection
of its own, on a thread: a notification from another process calls
``on_change``; a lost connection calls ``on_state(False)``, and it reconnects
every few seconds until the server answers again (``on_state(True)`` and an
``on_change``, since anything may have changed meanwhile).

SQLite books have no notifications: ``check()`` compares ``PRAGMA data_version``
(the GUI calls it when the window gets the focus, and on a timer).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable

from erp_desktop.db.location import BookLocation

log = logging.getLogger(__name__)
CHANNEL = "erp_desktop_changed"
RECONNECT_S = 2.0
HEARTBEAT_S = 5.0
POLL_S = 0.5  # how soon stop() is noticed


class BookWatcher:
    def __init__(
        self,
        location: BookLocation,
        client_id: str,
        on_change: Callable[[], None],
        on_state: Callable[[bool], None] = lambda _ok: None,
    ) -> None:
        self.location = location
        self.client_id = client_id
        self.on_change = on_change
        self.on_state = on_state
        self.connected = True
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._version: int | None = None

    def start(self) -> None:
        if self.location.is_sqlite:
            self._sqlite = sqlite3.connect(
                f"{self.location.path.as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            self._version = self._data_version()
            return
        self._thread = threading.Thread(target=self._listen, name="book-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None

    def check(self) -> None:
        """SQLite: report a change made by another process since the last check.
        PostgreSQL: try to reconnect now if the connection is lost."""
        if self._sqlite is not None:
            version = self._data_version()
            if version != self._version:
                self._version = version
                self.on_change()
        else:
            self._wake.set()

    def sync(self) -> None:
        """SQLite: this program just wrote (its own changes are already on screen): count
        them as seen. PostgreSQL tells its own notifications apart by the client id."""
        if self._sqlite is not None:
            self._version = self._data_version()

    def moved_to(self) -> str | None:
        """SQLite: where the book went if a move (maybe by another program) marked it."""
        if self._sqlite is None:
            return None
        try:
            row = self._sqlite.execute(
                "SELECT value FROM book_meta WHERE key = 'migrated_to'"
            ).fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row else None

    def moving(self) -> bool:
        """SQLite: a move to a server is under way (its change log is there)."""
        from erp_desktop.db.move_log import owner

        return self._sqlite is not None and owner(self._sqlite) is not None

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    # -- PostgreSQL ---------------------------------------------------------------------------
    def _listen(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self.location.libpq_conninfo(),
                    autocommit=True,
                    connect_timeout=5,
                    application_name="erp-desktop watcher",
                ) as con:
                    con.execute(f"LISTEN {CHANNEL}")
                    if not self.connected:
                        self._set_state(True)
                        self.on_change()
                    beat = time.monotonic()
                    while not self._stop.is_set():
                        for note in con.notifies(timeout=POLL_S, stop_after=50):
                            if note.payload != self.client_id:
                                self.on_change()
                        if time.monotonic() - beat >= HEARTBEAT_S:
                            con.execute("SELECT 1")  # a dead server shows here
                            beat = time.monotonic()
            except psycopg.Error as exc:
                if self._stop.is_set():
                    return
                log.info("book watcher lost the server: %s", str(exc).splitlines()[0][:200])
                self._set_state(False)
                self._wake.wait(RECONNECT_S)
                self._wake.clear()

    def _set_state(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self.on_state(connected)
