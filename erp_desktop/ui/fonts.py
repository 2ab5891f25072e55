"""The interface's Chinese font: the bundled Droid Sans Fallback, registered with Qt.

A shop PC without a CJK system font would show every Chinese label as empty
boxes. At start-up the font the PDFs use is added to Qt's font database and
appended to the application font's family list: Qt takes each character from
the first family that has it, so the system's own fonts still come first and
Droid fills in only what they lack. (PySide6 does not bind
``QFontDatabase.addApplicationFallbackFontFamily``, which takes a ``QChar.Script``.)
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QGuiApplication

from erp_desktop.paths import fonts_dir

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"
log = logging.getLogger(__name__)


def install_interface_font() -> str | None:
    """Register the CJK fallback font; returns its family, or None if it cannot load."""
    path = fonts_dir() / CJK_FONT_FILE
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("interface font %s could not be loaded", path)
        return None
    font = QGuiApplication.font()
    font.setFamilies([*font.families(), families[0]])
    QGuiApplication.setFont(font)
    return families[0]
