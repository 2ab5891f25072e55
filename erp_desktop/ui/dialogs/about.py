"""About ERP Desktop: versions of the program and of what it runs on."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from erp_desktop import APP_NAME, __version__


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def show_about(parent: QWidget, revision: str | None) -> None:
    rows = [
        (APP_NAME, __version__),
        (QCoreApplication.translate("AboutDialog", "Book schema"), revision or "-"),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("SQLAlchemy", _version("sqlalchemy")),
        ("Alembic", _version("alembic")),
        ("psycopg", _version("psycopg")),
        ("ReportLab", _version("reportlab")),
    ]
    table = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{value}</td></tr>" for name, value in rows)
    text = QCoreApplication.translate(
        "AboutDialog",
        "<p><b>ERP Desktop</b> — purchasing, stock, transfers and invoices for shops and "
        "trading companies. Free software under the GNU GPL v3 or later.</p>",
    )
    QMessageBox.about(
        parent,
        QCoreApplication.translate("AboutDialog", "About ERP Desktop"),
        f"{text}<table>{table}</table>",
    )
