"""Moving a book between an SQLite file and a PostgreSQL server, and checking the copy.

GUI-free: the command line, the GUI wizard and the tests drive it the same way.

    migration = Migration(source, target, on_step=show, cancelled=lambda: stop.is_set())
    checked = migration.preflight()          # findings, nothing written
    report = migration.run(confirmed=True, checked=checked)

Modules: ``columns`` (column kinds and the SQL that copies, renders and scans
them, derived from the models), ``sqlite_side`` / ``pg_side`` (each end),
``preflight``, ``verify``, ``migration`` (the order of things and cut-over),
``report`` (findings, progress steps, the verification report, errors).
"""

from erp_desktop.migrator.migration import Migration, migrate_book
from erp_desktop.migrator.report import (
    Finding,
    MigrationCancelled,
    MigrationRefused,
    MigrationReport,
    Pace,
    Plan,
    Preflight,
    Severity,
    Step,
    VerificationFailed,
)

__all__ = [
    "Finding",
    "Migration",
    "MigrationCancelled",
    "MigrationRefused",
    "MigrationReport",
    "Pace",
    "Plan",
    "Preflight",
    "Severity",
    "Step",
    "VerificationFailed",
    "migrate_book",
]
