"""The change log of a book file that is being moved to a server while people work in it.

While a move runs, triggers on every table record the key of each changed row
(old and new key of an update) in ``erp_move_change``; append-only tables
(``Table.info["append_only"]``) log only updates and deletes, their new rows are
caught up by id. ``erp_move_owner`` says which process runs the move. Both
tables and all ``erp_move_*`` triggers are removed when the move ends, is
cancelled or fails; a move killed outright leaves them, and they are removed by
the next run or the next time the book is opened writable, once the process
that installed them is gone.

Plain ``sqlite3``, no SQLAlchemy: the migrator and ``open_book`` both use it.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)
CHANGES = "erp_move_change"
OWNER = "erp_move_owner"
PREFIX = "erp_move_"


@dataclass(frozen=True)
class Logged:
    """What a table needs logged: its name, key columns, and whether inserts are caught
    up by id (append-only) instead of logged."""

    table: str
    key: tuple[str, ...]
    append_only: bool = False


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _key_json(row: str, key: Sequence[str]) -> str:
    return "json_array(" + ", ".join(f"{row}.{_q(k)}" for k in key) + ")"


def install(con: sqlite3.Connection, tables: Sequence[Logged], migration_id: str) -> None:
    """Create the log, the owner row and the triggers (inside the caller's write
    transaction, which it commits)."""
    remove(con)
    con.execute(
        f"CREATE TABLE {CHANGES} (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, k TEXT NOT NULL)"
    )
    con.execute(f"CREATE TABLE {OWNER} (pid INTEGER, host TEXT, migration_id TEXT)")
    con.execute(
        f"INSERT INTO {OWNER} VALUES (?, ?, ?)",
        (os.getpid(), socket.gethostname(), migration_id),
    )
    for index, t in enumerate(tables):
        name = f"'{t.table}'"
        log_new = f"INSERT INTO {CHANGES} (tbl, k) VALUES ({name}, {_key_json('NEW', t.key)});"
        log_old = f"INSERT INTO {CHANGES} (tbl, k) VALUES ({name}, {_key_json('OLD', t.key)});"
        events = [("d", "DELETE", log_old), ("u", "UPDATE", log_old + " " + log_new)]
        if not t.append_only:
            events.append(("i", "INSERT", log_new))
        for suffix, event, body in events:
            con.execute(
                f"CREATE TRIGGER {PREFIX}{index}_{suffix} AFTER {event} ON {_q(t.table)} "
                f"BEGIN {body} END"
            )


def remove(con: sqlite3.Connection) -> None:
    """Drop every trigger and table of a move (inside the caller's write transaction)."""
    triggers = [
        row[0]
        for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        if row[0].startswith(PREFIX)
    ]
    for name in triggers:
        con.execute(f"DROP TRIGGER IF EXISTS {_q(name)}")
    con.execute(f"DROP TABLE IF EXISTS {CHANGES}")
    con.execute(f"DROP TABLE IF EXISTS {OWNER}")


def owner(con: sqlite3.Connection) -> tuple[int, str, str] | None:
    """(pid, host, migration id) of the move under way or left behind, if any."""
    try:
        row = con.execute(f"SELECT pid, host, migration_id FROM {OWNER}").fetchone()
    except sqlite3.OperationalError:  # no such table: no move
        return None
    return (int(row[0]), str(row[1]), str(row[2])) if row else None


def running_elsewhere(found: tuple[int, str, str] | None) -> bool:
    """True if another live process on this PC (or any process on another PC) owns the log."""
    if found is None:
        return False
    pid, host, _id = found
    if host != socket.gethostname():
        return True  # a book on a shared folder moved from another PC: leave it alone
    return pid != os.getpid() and process_alive(pid)


def process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_up_abandoned(path: Any, timeout: float = 15.0) -> bool:
    """Remove a killed move's log and triggers; True if there were any. A move still
    running (its process alive) is left alone."""
    con = sqlite3.connect(path, timeout=timeout)
    con.isolation_level = None
    try:
        found = owner(con)
        leftover = found is not None or _has_triggers(con)
        if not leftover or running_elsewhere(found):
            return False
        con.execute("BEGIN IMMEDIATE")
        remove(con)
        con.execute("COMMIT")
        log.info("removed the change log of an interrupted move from %s", path)
        return True
    finally:
        con.close()


def _has_triggers(con: sqlite3.Connection) -> bool:
    return any(
        row[0].startswith(PREFIX)
        for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    )


def changes_after(con: sqlite3.Connection, seq: int) -> tuple[int, dict[str, set[tuple[Any, ...]]]]:
    """(last sequence number, {table: keys}) of the changes logged after ``seq``."""
    keys: dict[str, set[tuple[Any, ...]]] = {}
    last = seq
    for number, table, key in con.execute(
        f"SELECT seq, tbl, k FROM {CHANGES} WHERE seq > ? ORDER BY seq", (seq,)
    ):
        keys.setdefault(table, set()).add(tuple(json.loads(key)))
        last = number
    return last, keys
