"""Keep the translation files up to date (a developer tool, not shipped).

    python packaging/translations.py update     # lupdate all sources, then lrelease
    python packaging/translations.py missing    # list zh_CN messages still untranslated
    python packaging/translations.py fill F.json  # apply {"source": "译文"} or
                                                  # {"Context": {"source": "译文"}}, then release

Source strings are English, so the en file needs no translations; it exists
so that plural forms and future English wording fixes have a home. Tests fail
when a zh_CN message is untranslated or a .qm file is stale.
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


def fill(mapping_file: Path, language: str = "zh_CN") -> int:
    data = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts_path(language))
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        scoped = data.get(name) if isinstance(data.get(name), dict) else {}
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = scoped.get(source) or (
                data.get(source) if isinstance(data.get(source), str) else None
            )
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
    release()
    return applied


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "missing", "fill", "release"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "release":
        release()
    elif argv[0] == "fill":
        print(f"applied {fill(Path(argv[1]))} translations")
    missing = unfinished()
    for context, source in missing:
        print(f"[{context}] {source}")
    print(f"{len(missing)} zh_CN messages untranslated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
