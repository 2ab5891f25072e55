"""Translatable messages for code that must not import Qt.

Domain and service code marks text with ``QT_TRANSLATE_NOOP(context, text)``
(pyside6-lupdate extracts it) and wraps it in a :class:`Msg` with its
parameters. The GUI renders a Msg with ``QCoreApplication.translate``; the
command line renders it with :class:`TsCatalog`, which reads the same
``.ts`` files without Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

Translate = Callable[[str, str], str]
LANGUAGES = ("zh_CN", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Msg:
    """A message to translate later: source text, its context and parameters.

    Parameters may be Msgs themselves (a state name, a reason), or lists of
    them; they are translated before being put in.
    """

    text: str
    context: str = "errors"
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate | None = None) -> str:
        translate = translate or _identity
        values = {key: _render_value(value, translate) for key, value in self.params.items()}
        template = translate(self.context, self.text)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message itself.
            return self.text.format(**values)

    def __str__(self) -> str:
        return self.render()


def msg(context: str, text: str, **params: Any) -> Msg:
    return Msg(text=text, context=context, params=params)


def _identity(context: str, text: str) -> str:
    return text


def _render_value(value: Any, translate: Translate) -> Any:
    """Msgs and lists become text; other values stay as they are, so that format
    specifications like ``{seconds:.1f}`` work."""
    if isinstance(value, Msg):
        return value.render(translate)
    if isinstance(value, list | tuple):
        return "; ".join(str(_render_value(item, translate)) for item in value)
    return value


class TsCatalog:
    """Looks translations up in a Qt ``.ts`` file (used where Qt is not loaded)."""

    def __init__(self, path: Path) -> None:
        import xml.etree.ElementTree as ET  # only the command line needs it

        self._table: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or not node.text:
                    continue
                if node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                self._table[(name, source)] = node.text

    def translate(self, context: str, text: str) -> str:
        return self._table.get((context, text), text)


def system_language() -> str:
    """zh_CN when the user's locale is Chinese, otherwise en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    import locale

    code = locale.getlocale()[0] or ""
    return "zh_CN" if code.lower().startswith("zh") else "en"


@lru_cache(maxsize=4)
def cli_translator(language: str) -> Translate:
    """A translate function for the command line, without Qt."""
    from erp_desktop.paths import translations_dir

    path = translations_dir() / f"erp_desktop_{language}.ts"
    if language == "en" or not path.exists():
        return _identity
    return TsCatalog(path).translate
