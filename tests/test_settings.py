"""Personal settings: declared once, versioned file, survives damage, no passwords."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from erp_desktop.settings import MAX_RECENT, Settings


def test_defaults_and_persistence(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get("recent_books") == []
    settings.set("language", "zh_CN")
    assert Settings(path).get("language") == "zh_CN"
    assert json.loads(path.read_text())["_version"] == 1


def test_wrong_types_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        Settings(tmp_path / "s.json").set("language", 5)


def test_damaged_file_is_set_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json")
    settings = Settings(path)
    assert settings.get("language") == ""
    assert (tmp_path / "settings.json.bad").exists()


def test_unknown_and_mistyped_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"_version": 1, "language": 3, "mystery": "x", "last_folder": "/tmp"})
    )
    settings = Settings(path)
    assert settings.get("language") == ""
    assert settings.get("last_folder") == "/tmp"


def test_recent_books_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    for n in range(MAX_RECENT + 3):
        settings.add_recent_book(f"/books/{n}.erpbook")
    settings.add_recent_book("/books/5.erpbook")
    recent = settings.get("recent_books")
    assert recent[0] == "/books/5.erpbook"
    assert len(recent) == MAX_RECENT
    assert len(set(recent)) == len(recent)
