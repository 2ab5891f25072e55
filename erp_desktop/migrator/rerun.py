"""Recognising a finished move that is run again.

A move from a server to a file that already finished left the server marked
"moved to <file>" and the file complete with the same move id. Running the same
move again must say it is already done (as a move to a server does), not that
the file already exists.
"""

from __future__ import annotations

from pathlib import Path

from erp_desktop.db.location import BookLocation
from erp_desktop.db.meta_keys import MIGRATED_TO, MIGRATION_ID, MIGRATION_STATE, STATE_COMPLETE
from erp_desktop.db.sqlite_file import FileState, inspect_file
from erp_desktop.migrator.sqlite_side import SqliteReader


def finished_move_to_file(server_meta: dict[str, str], target: Path) -> bool:
    """True when ``target`` is the complete result of the move the server records."""
    move_id = server_meta.get(MIGRATION_ID)
    if not move_id or server_meta.get(MIGRATED_TO) != BookLocation.for_file(target).display():
        return False
    if inspect_file(target) is not FileState.OURS:
        return False
    reader = SqliteReader(target)
    try:
        meta = reader.meta()
    finally:
        reader.close()
    return meta.get(MIGRATION_ID) == move_id and meta.get(MIGRATION_STATE) == STATE_COMPLETE
