"""Pre-flight: everything that can be known before a single row is written.

The source must be a sound book (integrity and foreign keys), at a schema
revision this program knows, with no table or column it does not know. The
target must be reachable, a supported server, and empty — or hold an
unfinished earlier attempt of ours, which is replaced only when the user
confirms. Every value PostgreSQL would refuse or change is listed with its
table, key and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import MetaData

import erp_desktop.models.registry  # noqa: F401  (registers every table)
from erp_desktop.db import move_log
from erp_desktop.db.base import Base
from erp_desktop.db.location import BookLocation
from erp_desktop.db.meta_keys import (
    APPLICATION,
    MIGRATED_TO,
    MIGRATION_ID,
    STATE_COMPLETE,
    STATE_INCOMPLETE,
)
from erp_desktop.db.revisions import revision_chain
from erp_desktop.db.sqlite_file import (
    FileState,
    cannot_write,
    inspect_file,
    refuse_read_only,
    refuse_unless_book,
)
from erp_desktop.domain.text import fold_code
from erp_desktop.errors import ErpError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.migrator import pg_side
from erp_desktop.migrator.columns import Kind, ProblemKind, TableSpec
from erp_desktop.migrator.report import Finding, Plan, Preflight, Severity, finding
from erp_desktop.migrator.rerun import finished_move_to_file
from erp_desktop.migrator.sqlite_side import SqliteReader

E, C, INFO = Severity.ERROR, Severity.CONFIRM, Severity.INFO

PROBLEM_TEXTS = {
    ProblemKind.STORAGE: QT_TRANSLATE_NOOP(
        "migrator",
        "{table} {key}, column {column}: a value of the wrong kind (e.g. text in a number column)",
    ),
    ProblemKind.NUL: QT_TRANSLATE_NOOP(
        "migrator",
        "{table} {key}, column {column}: the text contains a NUL character, which PostgreSQL "
        "refuses",
    ),
    ProblemKind.TOO_LONG: QT_TRANSLATE_NOOP(
        "migrator", "{table} {key}, column {column}: the text is longer than the column allows"
    ),
    ProblemKind.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "migrator", "{table} {key}, column {column}: the number is too large for the column"
    ),
    ProblemKind.BAD_DATE: QT_TRANSLATE_NOOP(
        "migrator", "{table} {key}, column {column}: not a valid date"
    ),
    ProblemKind.BAD_TIMESTAMP: QT_TRANSLATE_NOOP(
        "migrator", "{table} {key}, column {column}: not a valid UTC time stamp"
    ),
    ProblemKind.BAD_BOOLEAN: QT_TRANSLATE_NOOP(
        "migrator", "{table} {key}, column {column}: a yes/no value that is neither 0 nor 1"
    ),
    ProblemKind.MISSING: QT_TRANSLATE_NOOP(
        "migrator",
        "{table} {key}, column {column}: empty (NULL) although the column requires a value",
    ),
    ProblemKind.BAD_UTF8: QT_TRANSLATE_NOOP(
        "migrator", "{table} {key}, column {column}: the text is not valid UTF-8"
    ),
}


def to_server(
    source: Path,
    target: BookLocation,
    *,
    metadata: MetaData | None = None,
    versions: Path | None = None,
    deep: bool = True,
) -> Preflight:
    """Everything about source and target. ``deep=False`` leaves out the long scans
    (integrity, foreign keys, every value): ``deep_findings`` runs them beside the copy."""
    pre = Preflight("to_server", deep_pending=not deep)
    refuse_unless_book(source)
    reason = cannot_write(source)  # the move marks the file as moved at its end
    if reason is not None:
        pre.findings.append(Finding(E, refuse_read_only(source, reason).message))
        return pre
    reader = SqliteReader(source)
    try:
        meta = reader.meta()
        _check_source_book(pre, meta, reader.revision(), str(source), versions)
        moved_to = meta.get(MIGRATED_TO)
        if moved_to and moved_to != target.display():
            pre.findings.append(
                finding(
                    E,
                    QT_TRANSLATE_NOOP("migrator", "This book was already moved to {where}."),
                    where=moved_to,
                )
            )
        present = reader.tables()
        _check_known_tables(pre, present, metadata)
        from erp_desktop.migrator.migration import specs_for

        specs = specs_for(present, metadata) if not pre.errors else []
        for spec in specs:
            pre.row_counts[spec.name] = reader.count(spec)
        _check_server_target(pre, target, meta, versions)
    finally:
        reader.close()
    if deep and not pre.errors:
        pre.findings += deep_findings(source, specs)
    return pre


def deep_findings(source: Path, specs: list[TableSpec], *, light: bool = False) -> list[Finding]:
    """The long part of pre-flight, on its own connections: integrity and foreign-key
    checks (on a second thread) and a scan for every value PostgreSQL would refuse.

    ``light`` (beside the copy): what the copy itself does not find is still looked
    for — values the server would take but change, damaged pages — while three scans
    are left to the copy: the UTF-8 of every text (the copy decodes each strictly),
    the foreign keys (the server checks every row when it adds them back) and each
    row's entries in every index (the server builds its own indexes from the rows).
    If the copy then fails, the full scans run to say why (``Migration``)."""
    found: list[Finding] = []
    reader = SqliteReader(source)
    try:
        soundness = reader.soundness_in_background(light=light)
        for spec in specs:
            for column, kind, key in reader.scan(spec, utf8=not light):
                found.append(
                    _folded_code_finding(reader, spec, column, kind, key)
                    or finding(
                        E,
                        PROBLEM_TEXTS[kind],
                        table=spec.name,
                        column=column,
                        key=_key_text(key),
                        _key=key,
                    )
                )
        integrity, links = soundness()
    finally:
        reader.close()
    for problem in integrity:
        found.append(
            finding(
                E,
                QT_TRANSLATE_NOOP("migrator", "The book file is damaged: {detail}"),
                detail=problem,
            )
        )
    for table, rowid, parent in links:
        found.append(
            finding(
                E,
                QT_TRANSLATE_NOOP(
                    "migrator", "{table} row {key} points to a missing row in {parent}."
                ),
                table=table,
                key=rowid,
                parent=parent,
            )
        )
    return found


def to_file(
    source: BookLocation,
    target: Path,
    *,
    move: bool,
    metadata: MetaData | None = None,
    versions: Path | None = None,
) -> Preflight:
    pre = Preflight("to_file")
    try:
        facts = pg_side.probe(source)
    except ErpError as exc:
        pre.findings.append(Finding(E, exc.message))
        return pre
    pre.server_version = facts.version
    if not facts.is_ours:
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP("migrator", "{where} does not hold an ERP Desktop book."),
                where=source.display(),
            )
        )
        return pre
    _check_source_book(pre, facts.meta, facts.revision, source.display(), versions)
    if facts.state == STATE_INCOMPLETE:
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP(
                    "migrator", "{where} holds an unfinished move, not a usable book."
                ),
                where=source.display(),
            )
        )
    moved_to = facts.meta.get(MIGRATED_TO)
    if move and finished_move_to_file(facts.meta, target):
        pre.plan = Plan.DONE
        pre.findings.append(
            finding(
                INFO,
                QT_TRANSLATE_NOOP("migrator", "This book was already moved to {where}."),
                where=moved_to,
            )
        )
        return pre
    if moved_to and move and moved_to != str(target):
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP("migrator", "This book was already moved to {where}."),
                where=moved_to,
            )
        )
    _check_known_tables(pre, facts.tables, metadata)
    state = inspect_file(target)
    if state is not FileState.MISSING:
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP("migrator", "{path} already exists. Choose a new file name."),
                path=target,
            )
        )
    elif not target.parent.is_dir():
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP("migrator", "The folder {path} does not exist."),
                path=target.parent,
            )
        )
    if not pre.errors:
        from erp_desktop.migrator.migration import specs_for

        with pg_side.connect(source) as con:
            for spec in specs_for(facts.tables, metadata):
                pre.row_counts[spec.name] = con.execute(
                    f"SELECT count(*) FROM {spec.from_clause}"
                ).fetchone()[0]
    return pre


def _check_source_book(
    pre: Preflight, meta: dict[str, str], revision: str | None, where: str, versions: Path | None
) -> None:
    chain = revision_chain(versions)
    pre.revision = revision
    if meta.get("application") != APPLICATION or revision is None:
        pre.findings.append(
            finding(
                E, QT_TRANSLATE_NOOP("migrator", "{where} is not an ERP Desktop book."), where=where
            )
        )
    elif not chain.knows(revision):
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "The book was saved by a newer ERP Desktop (schema {revision}). Install that "
                    "version or later to move it.",
                ),
                revision=revision,
            )
        )


def _check_known_tables(
    pre: Preflight, present: dict[str, list[str]], metadata: MetaData | None
) -> None:
    """Refuse rather than drop: every table and column must be one this program knows."""
    known = (metadata if metadata is not None else Base.metadata).tables
    for table, columns in sorted(present.items()):
        if table == "alembic_version" or table.startswith(move_log.PREFIX):
            continue  # a killed move's change log is replaced by this one
        if table not in known:
            pre.findings.append(
                finding(
                    E,
                    QT_TRANSLATE_NOOP(
                        "migrator",
                        "Table {table} is not part of this version of ERP Desktop; it would be "
                        "lost.",
                    ),
                    table=table,
                )
            )
            continue
        for column in columns:
            sa_column = known[table].columns.get(column)
            if sa_column is None:
                pre.findings.append(
                    finding(
                        E,
                        QT_TRANSLATE_NOOP(
                            "migrator",
                            "Column {table}.{column} is unknown to this version; it would be lost.",
                        ),
                        table=table,
                        column=column,
                    )
                )
            else:
                from erp_desktop.migrator.columns import column_kind

                if column_kind(sa_column.type)[0] is Kind.UNKNOWN:
                    pre.findings.append(
                        finding(
                            E,
                            QT_TRANSLATE_NOOP(
                                "migrator",
                                "Column {table}.{column} has a type the mover cannot copy exactly "
                                "({type}).",
                            ),
                            table=table,
                            column=column,
                            type=type(sa_column.type).__name__,
                        )
                    )


def _check_server_target(
    pre: Preflight, target: BookLocation, source_meta: dict[str, str], versions: Path | None
) -> None:
    try:
        facts = pg_side.probe(target)
    except ErpError as exc:
        pre.findings.append(Finding(E, exc.message))
        return
    pre.server_version = facts.version
    host, port, database, _user = target.server
    where = f"“{database}” ({host}:{port})"
    if facts.version_num < pg_side.MIN_SERVER_VERSION:
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "The server runs PostgreSQL {version}; ERP Desktop needs 13 or later.",
                ),
                version=facts.version,
            )
        )
    if facts.encoding.upper() not in ("UTF8", "UTF-8"):
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "The database {where} uses the {encoding} encoding; Chinese text needs UTF8. "
                    "Create the database with ENCODING 'UTF8'.",
                ),
                where=where,
                encoding=facts.encoding,
            )
        )
    if facts.empty:
        if not facts.can_create:
            pre.findings.append(
                finding(
                    E,
                    QT_TRANSLATE_NOOP(
                        "migrator",
                        "The user may not create tables in {where}. Make the user the owner of the "
                        "database (see docs/connected-mode.md).",
                    ),
                    where=where,
                )
            )
        pre.plan = Plan.COPY
        return
    if not facts.is_ours:
        names = ", ".join(sorted(facts.tables)[:5])
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "The database {where} already holds other data ({count} tables: {names}). "
                    "Nothing was changed. Choose an empty database.",
                ),
                where=where,
                count=len(facts.tables),
                names=names,
            )
        )
        return
    if facts.revision and not revision_chain(versions).knows(facts.revision):
        pre.findings.append(
            finding(
                E,
                QT_TRANSLATE_NOOP(
                    "migrator",
                    "The database {where} holds a book of a newer ERP Desktop (schema {revision}). "
                    "Nothing was changed.",
                ),
                where=where,
                revision=facts.revision,
            )
        )
        return
    same_attempt = (
        source_meta.get(MIGRATED_TO) == target.display()
        and source_meta.get(MIGRATION_ID) is not None
        and source_meta.get(MIGRATION_ID) == facts.migration_id
    )
    if facts.state == STATE_INCOMPLETE:
        if same_attempt:
            pre.plan = Plan.RESUME
            pre.findings.append(
                finding(
                    INFO,
                    QT_TRANSLATE_NOOP(
                        "migrator",
                        "An earlier move was interrupted after the copy was verified; it will be "
                        "checked again and finished.",
                    ),
                )
            )
        else:
            pre.plan = Plan.REPLACE
            same_book = facts.meta.get("book_id") == source_meta.get("book_id")
            pre.findings.append(
                finding(
                    C,
                    QT_TRANSLATE_NOOP(
                        "migrator",
                        "The database {where} holds an unfinished earlier move ({which}). It will "
                        "be deleted and the copy made again.",
                    ),
                    where=where,
                    which=Msg(QT_TRANSLATE_NOOP("migrator", "of this book"), "migrator")
                    if same_book
                    else Msg(QT_TRANSLATE_NOOP("migrator", "of another book"), "migrator"),
                )
            )
        return
    if facts.state == STATE_COMPLETE and same_attempt:
        pre.plan = Plan.DONE
        pre.findings.append(
            finding(
                INFO,
                QT_TRANSLATE_NOOP("migrator", "This book was already moved to {where}."),
                where=where,
            )
        )
        return
    pre.findings.append(
        finding(
            E,
            QT_TRANSLATE_NOOP(
                "migrator",
                "The database {where} already holds an ERP Desktop book. Nothing was changed. "
                "Choose an empty database.",
            ),
            where=where,
        )
    )


def _folded_code_finding(
    reader: SqliteReader, spec: TableSpec, column: str, kind: ProblemKind, key: tuple[Any, ...]
) -> Finding | None:
    """A comparison key (``code_key``) too long for the server, worded by the code the
    user typed: the key column is never shown."""
    shown = column.removesuffix("_key")
    names = {c.name: c for c in spec.columns}
    if kind is not ProblemKind.TOO_LONG or shown == column or shown not in names:
        return None
    code = reader.value(spec, shown, key)
    return finding(
        E,
        QT_TRANSLATE_NOOP(
            "migrator",
            "{table} {key}: the code “{code}” is too long once compared without case and "
            "width ({length} characters; letters such as ß count twice), at most {max} "
            "allowed. Change the code in the book first.",
        ),
        table=spec.name,
        column=shown,
        key=_key_text(key),
        code=code,
        length=len(fold_code(str(code))),
        max=names[column].length,
        _key=key,
    )


def _key_text(key: tuple[object, ...]) -> str:
    return "#" + "/".join(str(k) for k in key)
