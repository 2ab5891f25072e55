"""SQLite book files: recognising ours, refusing others, taking backups.

Our files carry ``PRAGMA application_id`` = 0x45525044 ("ERPD") in their
header, so a stray database of another program is never mistaken for a book.
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from pathlib import Path

from erp_desktop.errors import BookError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

APPLICATION_ID = 0x45525044
_HEADER = b"SQLite format 3\x00"
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


class DamagedBook(BookError):
    """The book file's pages are damaged (truncated, overwritten): SQLite says so."""


class FileState(enum.Enum):
    MISSING = "missing"
    FOLDER = "folder"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    OURS = "ours"


def inspect_file(path: Path) -> FileState:
    if path.is_dir():
        return FileState.FOLDER
    if not path.exists():
        return FileState.MISSING
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise BookError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    if not head:
        return FileState.EMPTY
    if len(head) < 100 or not head.startswith(_HEADER):
        return FileState.NOT_SQLITE
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        return FileState.FOREIGN
    return FileState.OURS


def refuse_unless_book(path: Path) -> None:
    """Raise a BookError that says what the file is, unless it is one of our books."""
    state = inspect_file(path)
    if state is FileState.OURS:
        return
    texts = {
        FileState.MISSING: QT_TRANSLATE_NOOP("errors", "There is no book at {path}."),
        FileState.FOLDER: QT_TRANSLATE_NOOP(
            "errors", "{path} is a folder, not a book. Choose a book file inside it."
        ),
        FileState.EMPTY: QT_TRANSLATE_NOOP(
            "errors", "{path} is an empty file (0 bytes), not an ERP Desktop book."
        ),
        FileState.NOT_SQLITE: QT_TRANSLATE_NOOP(
            "errors", "{path} is not an ERP Desktop book (it is not a database file)."
        ),
        FileState.FOREIGN: QT_TRANSLATE_NOOP(
            "errors",
            "{path} is a database of another program, not an ERP Desktop book. It was not changed.",
        ),
    }
    raise BookError(texts[state], path=path)


def is_damage(exc: BaseException) -> bool:
    """An SQLite error that means the file itself is damaged."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc)
    return (
        code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
        or "malformed" in text
        or "file is not a database" in text
    )


def damaged(path: Path, detail: object) -> DamagedBook:
    return DamagedBook(
        QT_TRANSLATE_NOOP(
            "errors",
            "The book file {path} is damaged ({detail}). Nothing was changed. Restore your "
            "latest backup; “erp-desktop check” lists what is wrong.",
        ),
        path=path,
        detail=detail,
    )


def damage(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` finds in the file, read-only ([] when sound); a file
    too damaged to be read at all answers with SQLite's own error."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=15)
        try:
            con.execute("PRAGMA cache_size = -131072")  # as services.checks.book does
            rows = [row[0] for row in con.execute("PRAGMA integrity_check(20)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return [str(exc)]
    if rows == ["ok"]:
        return []
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and not line.startswith("***")][:20]


def refuse_unless_creatable(path: Path) -> None:
    """A new book may be created only where nothing is, in a writable folder."""
    state = inspect_file(path)
    if state is FileState.OURS:
        raise BookError(QT_TRANSLATE_NOOP("errors", "A book already exists at {path}."), path=path)
    if state is not FileState.MISSING:
        refuse_unless_book(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".erp-desktop-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise BookError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot create a book in {folder}: {reason}. Choose a folder you can write to.",
            ),
            folder=folder,
            reason=exc.strerror or exc,
        ) from exc


def cannot_write(path: Path) -> str | None:
    """Why the book cannot be written here (a read-only file, folder or disk), or None.

    SQLite opens a file it may not write read-only without saying so, and in WAL mode
    even ``BEGIN IMMEDIATE`` goes through: only the first save would fail. So the
    permissions are asked first, then a write transaction is tried."""
    if not os.access(path, os.W_OK):
        return os.strerror(errno.EROFS if _read_only_disk(path) else errno.EACCES)
    if not os.access(path.parent, os.W_OK):  # the -wal and -shm files live beside it
        return os.strerror(errno.EROFS if _read_only_disk(path) else errno.EACCES)
    try:
        con = sqlite3.connect(path, timeout=10)
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "locked" in text:
            return None  # another program writes right now: that is not read-only
        if is_damage(exc):
            raise damaged(path, text) from exc
        return text
    return None


def _read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def refuse_read_only(path: Path, reason: str) -> BookError:
    return BookError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The book {path} is read-only here ({reason}), so it cannot be changed. "
            "Nothing was changed. Copy it to a folder you can write to, or ask your IT "
            "person for permission to write it.",
        ),
        path=path,
        reason=reason,
    )


def backup_file(source: Path, target: Path) -> Path:
    """Copy a live book with SQLite's online backup API (consistent even if in use)."""
    target = target.expanduser().absolute()
    if target.exists():
        raise BookError(
            QT_TRANSLATE_NOOP("errors", "{path} already exists; choose another name."), path=target
        )
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=30)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
            src.close()
        # The online backup copies pages as they are: a damaged book gives a damaged
        # backup, which must not be taken for a good one.
        problems = damage(tmp)
        if problems:
            raise damaged(source, problems[0])
        os.replace(tmp, target)
    except DamagedBook:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
            raise damaged(source, exc) from exc
        raise BookError(
            QT_TRANSLATE_NOOP("errors", "The backup to {path} failed: {reason}"),
            path=target,
            reason=exc,
        ) from exc
    return target
