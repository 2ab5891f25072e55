"""Printing translated messages on the terminal."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg, Translate


class Console:
    def __init__(self, translate: Translate, out: TextIO | None = None) -> None:
        self.translate = translate
        self.out = out or sys.stdout
        self.err = sys.stderr

    def tr(self, text: str, **params: object) -> str:
        """``text`` must be marked with QT_TRANSLATE_NOOP("cli", …) at the call site."""
        return Msg(text, "cli", params).render(self.translate)

    def say(self, text: str, **params: object) -> None:
        print(self.tr(text, **params), file=self.out)

    def line(self, text: str) -> None:
        print(text, file=self.out)

    def error(self, message: Msg) -> None:
        prefix = self.tr(QT_TRANSLATE_NOOP("cli", "Error:"))
        print(f"{prefix} {message.render(self.translate)}", file=self.err)

    def error_text(self, text: str) -> None:
        print(text, file=self.err)

    def apology(self, log_path: Path) -> None:
        print(
            self.tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Sorry, something went wrong inside ERP Desktop. Nothing was half-saved. "
                    "The details are in the log file: {path}",
                ),
                path=log_path,
            ),
            file=self.err,
        )
