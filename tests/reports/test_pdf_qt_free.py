"""The document infrastructure runs without Qt (command line, workers, servers)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_reports_tax_words_and_csv_import_no_qt() -> None:
    code = (
        "import sys\n"
        "from erp_desktop.domain import amount_words, tax\n"
        "from erp_desktop.services import csv_io\n"
        "from erp_desktop.reports.document import render_document\n"
        "from erp_desktop.reports.specimen import specimen_document\n"
        "assert render_document(specimen_document('zh_CN', 2)).startswith(b'%PDF')\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_rl_accel_is_in_use() -> None:
    from reportlab.lib import rl_accel

    assert "fp_str" in rl_accel._c_funcs, "install rl_accel (a dependency) for fast PDFs"
