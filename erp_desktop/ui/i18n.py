"""Loading Qt translations and rendering service messages in the GUI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from erp_desktop.i18n import Msg
from erp_desktop.paths import translations_dir

_installed: list[QTranslator] = []


def install_translators(language: str) -> str:
    """Replace the installed translators with ``language``'s; returns it."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"erp_desktop_{language}", str(translations_dir()))]
    if language != "en":
        candidates.append((f"qtbase_{language}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    app.setProperty("erp_language", language)
    return language


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("erp_language") if app else None
    return str(value) if value else "en"


def render(message: Msg) -> str:
    """A service message, translated with the installed translators."""
    return message.render(QCoreApplication.translate)
