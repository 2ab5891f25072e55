"""Personal preferences of this user on this computer (not in any book).

Each setting is declared once with its default and type. The file is JSON in
the user's config folder, written atomically, with a format version and
upgrade functions for files written by older versions. A damaged file is set
aside (``settings.json.bad``) and defaults are used, so the app still starts.
Passwords never go here: book URLs are stored without them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from erp_desktop import paths

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
MAX_RECENT = 10


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    type: type


DECLARED: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("recent_books", [], list),
        Setting("window_geometry", "", str),
        Setting("window_state", "", str),
        Setting("language", "", str),  # "" = the book's language, else zh_CN / en
        Setting("last_folder", "", str),
        Setting("last_book", "", str),  # opened at start-up when no book is named; no password
        # Per list ("stock.OnHandTab", …): its header's saved state (widths, order, sort), base64.
        Setting("list_layouts", {}, dict),
        Setting("last_page", "", str),  # the page shown when the window closed
        Setting("splitters", {}, dict),  # per splitter: its saved state, base64
    )
}

# Upgrade functions: UPGRADES[n] turns a version-n dict into version n+1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            version = int(raw.pop("_version", 1))
            while version < FORMAT_VERSION:
                raw = UPGRADES[version](raw)
                version += 1
        except (OSError, ValueError, KeyError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", self.path, exc)
            with contextlib.suppress(OSError):
                os.replace(self.path, self.path.with_suffix(".json.bad"))
            return
        for name, value in raw.items():
            setting = DECLARED.get(name)
            if setting and isinstance(value, setting.type):
                self._values[name] = value

    def get(self, name: str) -> Any:
        setting = DECLARED[name]
        value = self._values.get(name, setting.default)
        if isinstance(value, list | dict):
            return type(value)(value)  # a copy: changes go through set()
        return value

    def set(self, name: str, value: Any) -> None:
        setting = DECLARED[name]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {name} takes {setting.type.__name__}")
        self._values[name] = value
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"_version": FORMAT_VERSION, **self._values}
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, self.path)

    def add_recent_book(self, location: str) -> None:
        """Remember a book (most recent first); ``location`` has no password."""
        recent = [b for b in self.get("recent_books") if b != location]
        self.set("recent_books", [location, *recent][:MAX_RECENT])

    def switch_book(self, old: str, new: str) -> None:
        """After a move: the book's entry points at its new place (one atomic save)."""
        recent = [new if b == old else b for b in self.get("recent_books")]
        recent = [new, *[b for b in recent if b != new]][:MAX_RECENT]
        self._values["recent_books"] = recent
        self._values["last_book"] = new
        self.save()
