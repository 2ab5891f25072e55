"""Keep the translation files up to date (a developer tool, not shipped).

    python packaging/translations.py update    # lupdate, apply the JSON files, lrelease
    python packaging/translations.py missing   # list zh_CN messages still untranslated

The Chinese translations live in ``resources/translations/zh_CN/*.json``, one
file per area, as ``{"Context": {"English source": "中文"}}``. Write new
translations there (in your area's file) and run ``update``: the ``.ts`` and
``.qm`` files are generated from the sources and the JSON files, so branches
that add strings in different areas merge without conflicts (after a merge,
run ``update`` again). Source strings are English, so the en file needs no
translations; it exists so that plural forms and English wording fixes have a
home. Tests fail when a zh_CN message is untranslated or a .qm file is stale.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "erp_desktop"
FOLDER = ROOT / "resources" / "translations"
JSON_FOLDER = FOLDER / "zh_CN"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def ts_path(language: str) -> Path:
    return FOLDER / f"erp_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"erp_desktop_{language}.qm"


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = source_files()
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *files,
                "-ts",
                str(ts_path(language).relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    apply_json("zh_CN")  # the JSON files are the source of the Chinese text
    release()


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
            check=True,
        )


def messages(path: Path) -> list[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def unfinished(language: str = "zh_CN") -> list[tuple[str, str]]:
    return unfinished_in(ts_path(language))


def unfinished_in(path: Path) -> list[tuple[str, str]]:
    root = ET.parse(path).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") == "unfinished" or not (node.text or "").strip():
                missing.append((name, message.findtext("source", "")))
    return missing


def load_json() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(JSON_FOLDER.glob("*.json")):
        for context, table in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(table)
    return merged


def apply_json(language: str = "zh_CN") -> int:
    data = load_json()
    tree = ET.parse(ts_path(language))
    applied = 0
    for context in tree.getroot().iter("context"):
        table = data.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            text = table.get(message.findtext("source", ""))
            node = message.find("translation")
            if text and node is not None:
                node.text = text
                node.attrib.pop("type", None)
                applied += 1
    ET.indent(tree)
    with ts_path(language).open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return applied


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "missing"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    missing = unfinished()
    for context, source in missing:
        print(f"[{context}] {source}")
    print(f"{len(missing)} zh_CN messages untranslated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
