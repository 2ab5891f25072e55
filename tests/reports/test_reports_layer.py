"""Printing is pure: ``reports/`` turns plain views into PDFs and reads no book.

Every import in every reports module (module level or inside a function) is of
``domain``, ``reports`` itself, or the leaf helpers ``domain`` also uses
(``i18n`` for translated labels, ``errors``) and ``paths`` (the fonts folder);
never ``services``, ``models``, ``db``, ``ui`` or SQLAlchemy. And importing
and rendering every document loads none of them.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

REPORTS = ROOT / "erp_desktop" / "reports"
ALLOWED = ("erp_desktop.domain", "erp_desktop.reports", "erp_desktop.i18n", "erp_desktop.errors")
ALLOWED_MODULES = {"erp_desktop.paths", "erp_desktop"}
FORBIDDEN_THIRD_PARTY = ("sqlalchemy", "PySide6", "psycopg")


def imports_of(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_reports_import_only_domain_and_themselves() -> None:
    wrong = []
    for path in sorted(REPORTS.glob("*.py")):
        for name in imports_of(path):
            own = name.split(".")[0] == "erp_desktop"
            if own and not (name.startswith(ALLOWED) or name in ALLOWED_MODULES):
                wrong.append(f"{path.name}: {name}")
            if name.split(".")[0] in FORBIDDEN_THIRD_PARTY:
                wrong.append(f"{path.name}: {name}")
    assert wrong == []


def test_services_and_reports_do_not_import_each_other_in_a_cycle() -> None:
    """services → reports is the one direction (a service builds a view, may render it)."""
    for path in REPORTS.glob("*.py"):
        assert not any(name.startswith("erp_desktop.services") for name in imports_of(path))


def test_rendering_every_document_loads_no_book_layer() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "import erp_desktop.reports as reports\n"
        "for info in pkgutil.iter_modules(reports.__path__):\n"
        "    importlib.import_module('erp_desktop.reports.' + info.name)\n"
        "from erp_desktop.reports.document import render_document\n"
        "from erp_desktop.reports.specimen import specimen_document\n"
        "assert render_document(specimen_document('zh_CN', 1)).startswith(b'%PDF')\n"
        "loaded = [m for m in sys.modules if m.startswith(('erp_desktop.services',"
        " 'erp_desktop.models', 'erp_desktop.db', 'erp_desktop.ui', 'sqlalchemy', 'PySide6'))]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
