"""Writing a file the user asked for (a PDF, an export): whole, or not at all.

The bytes go to ``NAME.part`` first and take the real name only when complete,
so a viewer, a mail program or another PC never opens half a file; a disk that
is full or a folder without rights gives a message, not a traceback.
"""

from __future__ import annotations

from pathlib import Path

from erp_desktop.errors import BookError
from erp_desktop.i18n import QT_TRANSLATE_NOOP


def write_whole(target: Path, data: bytes) -> None:
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.write_bytes(data)
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise BookError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
