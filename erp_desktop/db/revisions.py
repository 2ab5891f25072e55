"""Which schema revisions this program knows, without importing Alembic.

Alembic takes about half a second to import and scan the scripts; opening a
book that is already current must not pay that. The version files are read as
text here (``revision = "…"`` / ``down_revision = "…"``); a test proves the
result equals Alembic's own view of the chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from erp_desktop.paths import migrations_dir

_ASSIGN = re.compile(r"^(revision|down_revision)\s*=\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class RevisionChain:
    order: tuple[str, ...]  # oldest first

    @property
    def head(self) -> str:
        return self.order[-1]

    def knows(self, revision: str) -> bool:
        return revision in self.order


def _literal(text: str) -> str | None:
    text = text.strip()
    if text == "None":
        return None
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    raise ValueError(f"unsupported revision literal {text!r}")


@lru_cache(maxsize=4)
def revision_chain(folder: Path | None = None) -> RevisionChain:
    folder = folder or migrations_dir() / "versions"
    parents: dict[str, str | None] = {}
    for script in sorted(folder.glob("*.py")):
        found = dict(_ASSIGN.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        parents[str(_literal(found["revision"]))] = _literal(found.get("down_revision", "None"))
    children = {parent: rev for rev, parent in parents.items()}
    if len(children) != len(parents):
        raise RuntimeError("migration scripts branch: merge the heads")
    order: list[str] = []
    current = children.get(None)
    while current is not None:
        order.append(current)
        current = children.get(current)
    if len(order) != len(parents):
        raise RuntimeError("migration scripts do not form one chain")
    return RevisionChain(tuple(order))
