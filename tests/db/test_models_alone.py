"""Each model module, imported on its own, brings the tables its foreign keys point to.

The desktop app imports models one area at a time (start-up time); a process that
posts stock or writes an audit event without having imported the user model must
still be able to flush (SQLAlchemy resolves every foreign key of the tables it
writes to order the inserts).
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import erp_desktop.models

MODULES = sorted(
    name for _, name, _ in pkgutil.iter_modules(erp_desktop.models.__path__) if name != "registry"
)
PROBE = """
import importlib, sys
importlib.import_module("erp_desktop.models." + sys.argv[1])
from erp_desktop.db.base import Base
for table in Base.metadata.tables.values():
    for key in table.foreign_keys:
        key.column  # raises NoReferencedTableError if the target's model was not imported
"""


@pytest.mark.parametrize("module", MODULES)
def test_model_module_alone_resolves_its_foreign_keys(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, module], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
