"""A fontconfig without any font: what a PC without a CJK system font is, at worst."""

from __future__ import annotations

from pathlib import Path

CHINESE = "采购"
MISSING = "\U000f0000\U000f0001"  # private-use characters no font has


def empty_fontconfig(folder: Path) -> dict[str, str]:
    """Environment pointing fontconfig at an empty font folder."""
    fonts, cache = folder / "no-fonts", folder / "fontconfig-cache"
    fonts.mkdir(parents=True)
    cache.mkdir()
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{fonts}</dir><cachedir>{cache}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
