"""What the migrator knows about each table: column kinds and the SQL that moves them.

Everything is derived from ``Base.metadata`` (every model registers there), so a
table added by any area is migrated, verified and scanned without a line here.
A column of a type the migrator does not know is refused by pre-flight rather
than copied approximately.

Three SQL renderings per column kind:

- the **COPY line** (SQLite → PostgreSQL): SQLite itself formats each row as a
  line of PostgreSQL's COPY text format, so Python only moves bytes;
- the **canonical form** used by verify, computed independently on each side
  (SQLite's stored value; PostgreSQL's typed value rendered back): decimals as
  the integer of units at the column's scale, timestamps as UTC text with
  microseconds, text and bytes length-prefixed so no two rows can collide;
- the **problem conditions** of pre-flight: values PostgreSQL would refuse or
  change (wrong storage class, NUL, over-long text, out-of-range numbers,
  malformed dates and times).
"""

from __future__ import annotations

import enum
import warnings
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from erp_desktop.db.types import ExactDecimal, UTCDateTime


class Kind(enum.Enum):
    INTEGER = "integer"
    DECIMAL = "decimal"
    BOOLEAN = "boolean"
    TEXT = "text"
    BLOB = "blob"
    DATE = "date"
    TIMESTAMP = "timestamp"
    UNKNOWN = "unknown"


INT_LIMITS = {16: 2**15, 32: 2**31, 64: 2**63}


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: Kind
    nullable: bool
    precision: int = 0
    scale: int = 0
    length: int | None = None  # characters, for String(n)
    int_bits: int = 64
    type_name: str = ""

    @property
    def q(self) -> str:
        return quote(self.name)


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[ColumnSpec, ...]
    key: tuple[str, ...]
    serial: str | None  # integer primary key fed by a sequence on PostgreSQL
    where: str = ""  # rows left out of copy and verify (the migrator's own book_meta keys)

    @property
    def from_clause(self) -> str:
        return f"{self.q} WHERE {self.where}" if self.where else self.q

    @property
    def q(self) -> str:
        return quote(self.name)

    @property
    def column_list(self) -> str:
        return ", ".join(c.q for c in self.columns)

    def key_columns(self) -> list[ColumnSpec]:
        by_name = {c.name: c for c in self.columns}
        return [by_name[k] for k in self.key]

    @property
    def sum_columns(self) -> tuple[ColumnSpec, ...]:
        """Money and quantity columns: their exact totals are compared."""
        return tuple(c for c in self.columns if c.kind is Kind.DECIMAL)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def column_kind(sa_type: TypeEngine[Any]) -> tuple[Kind, dict[str, Any]]:
    if isinstance(sa_type, ExactDecimal):
        return Kind.DECIMAL, {"precision": sa_type.precision, "scale": sa_type.scale}
    if isinstance(sa_type, UTCDateTime):
        return Kind.TIMESTAMP, {}
    if isinstance(sa_type, Boolean):
        return Kind.BOOLEAN, {}
    if isinstance(sa_type, Integer):  # BigInteger and SmallInteger are Integers
        from sqlalchemy import BigInteger

        bits = (
            64
            if isinstance(sa_type, BigInteger)
            else 16
            if isinstance(sa_type, SmallInteger)
            else 32
        )
        return Kind.INTEGER, {"int_bits": bits}
    if isinstance(sa_type, Enum):
        return Kind.TEXT, {"length": sa_type.length}
    if isinstance(sa_type, String | Text):
        return Kind.TEXT, {"length": getattr(sa_type, "length", None)}
    if isinstance(sa_type, LargeBinary):
        return Kind.BLOB, {}
    if isinstance(sa_type, Date) and not isinstance(sa_type, DateTime):
        return Kind.DATE, {}
    return Kind.UNKNOWN, {}


def table_specs(metadata: MetaData, present: dict[str, list[str]] | None = None) -> list[TableSpec]:
    """Specs in foreign-key order; ``present`` limits them to the tables/columns a book has."""
    with warnings.catch_warnings():  # a foreign-key cycle only costs us the order
        warnings.simplefilter("ignore")
        tables: list[Table] = list(metadata.sorted_tables)
    specs = []
    for table in tables:
        if present is not None and table.name not in present:
            continue
        columns = []
        for column in table.columns:
            if present is not None and column.name not in present[table.name]:
                continue
            kind, extra = column_kind(column.type)
            columns.append(
                ColumnSpec(
                    column.name,
                    kind,
                    bool(column.nullable),
                    type_name=type(column.type).__name__,
                    **extra,
                )
            )
        key = tuple(c.name for c in table.primary_key.columns)
        serial = None
        if len(key) == 1:
            pk = table.primary_key.columns[key[0]]
            kind, _ = column_kind(pk.type)
            if kind is Kind.INTEGER and pk.autoincrement in (True, "auto"):
                serial = pk.name
        specs.append(TableSpec(table.name, tuple(columns), key, serial))
    return specs


# -- SQLite → PostgreSQL COPY text -------------------------------------------------------------
def _sqlite_copy_value(c: ColumnSpec) -> str:
    col = c.q
    if c.kind is Kind.DECIMAL and c.scale:
        unit = 10**c.scale
        value = (
            f"CASE WHEN {col} < 0 THEN '-' ELSE '' END || (abs({col}) / {unit}) || '.' || "
            f"substr('{'0' * c.scale}' || (abs({col}) % {unit}), -{c.scale})"
        )
    elif c.kind is Kind.BOOLEAN:
        value = f"CASE {col} WHEN 1 THEN 't' WHEN 0 THEN 'f' END"
    elif c.kind is Kind.TEXT:
        value = (
            f"replace(replace(replace(replace({col}, '\\', '\\\\'), char(9), '\\t'), "
            f"char(10), '\\n'), char(13), '\\r')"
        )
    elif c.kind is Kind.BLOB:
        value = f"CASE WHEN {col} IS NOT NULL THEN '\\\\x' || hex({col}) END"  # hex(NULL) is ''
    elif c.kind is Kind.TIMESTAMP:
        value = f"{col} || '+00'"
    else:  # integers, decimals of scale 0, dates
        value = f"CAST({col} AS TEXT)"
    return f"coalesce({value}, '\\N')"


def sqlite_copy_select(spec: TableSpec) -> str:
    """One COPY text line per row, in key order."""
    line = " || char(9) || ".join(_sqlite_copy_value(c) for c in spec.columns)
    order = ", ".join(quote(k) for k in spec.key)
    return f"SELECT {line} FROM {spec.from_clause} ORDER BY {order}"


# -- canonical form (verify) -------------------------------------------------------------------
NULL_MARK = "~"


def _sqlite_canonical_value(c: ColumnSpec) -> str:
    col = c.q
    if c.kind is Kind.TEXT:
        value = f"length({col}) || ':' || {col}"
    elif c.kind is Kind.BLOB:
        value = f"length({col}) || ':' || hex({col})"
    elif c.kind is Kind.TIMESTAMP:
        value = f"CASE WHEN length({col}) = 19 THEN {col} || '.000000' ELSE {col} END"
    elif c.kind is Kind.DATE:
        value = col
    else:  # integers, booleans (0/1) and decimals (stored as units at the column's scale)
        value = f"CAST({col} AS TEXT)"
    return f"coalesce({value}, '{NULL_MARK}')"


def _pg_canonical_value(c: ColumnSpec) -> str:
    col = c.q
    if c.kind is Kind.TEXT:
        value = f"char_length({col}) || ':' || {col}"
    elif c.kind is Kind.BLOB:
        value = f"octet_length({col}) || ':' || upper(encode({col}, 'hex'))"
    elif c.kind is Kind.TIMESTAMP:
        value = f"to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    elif c.kind is Kind.DATE:
        value = f"to_char({col}, 'YYYY-MM-DD')"
    elif c.kind is Kind.DECIMAL:
        value = f"({col} * {10**c.scale}::numeric)::numeric(40, 0)::text"
    elif c.kind is Kind.BOOLEAN:
        value = f"{col}::int::text"
    else:
        value = f"{col}::text"
    return f"coalesce({value}, '{NULL_MARK}')"


def canonical_select(spec: TableSpec, dialect: str) -> str:
    """Key columns, then the row's canonical text, in key order (byte order for text keys)."""
    render = _pg_canonical_value if dialect == "postgresql" else _sqlite_canonical_value
    row = " || '|' || ".join(render(c) for c in spec.columns)
    keys = ", ".join(quote(k) for k in spec.key)
    if dialect == "postgresql":
        order = ", ".join(
            f'{c.q} COLLATE "C"' if c.kind is Kind.TEXT else c.q for c in spec.key_columns()
        )
    else:
        order = keys
    return f"SELECT {keys}, {row} FROM {spec.from_clause} ORDER BY {order}"


def sums_select(spec: TableSpec, dialect: str) -> str | None:
    """Exact totals of the decimal columns (PostgreSQL side; SQLite adds in Python)."""
    if not spec.sum_columns:
        return None
    parts = [f"coalesce(sum({c.q}), 0)" for c in spec.sum_columns]
    return f"SELECT {', '.join(parts)} FROM {spec.from_clause}"


def units(value: Any, scale: int) -> int:
    """A decimal total as an integer of units at ``scale`` (exact, or ValueError)."""
    if isinstance(value, int):
        return value
    scaled = Decimal(value).scaleb(scale)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more than {scale} places")
    return int(scaled)


# -- pre-flight problem conditions (SQLite source) ---------------------------------------------
TIMESTAMP_GLOB = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]"
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"


class ProblemKind(enum.Enum):
    STORAGE = "storage"  # a value of the wrong kind (text in a number column, …)
    NUL = "nul"
    TOO_LONG = "too_long"
    OUT_OF_RANGE = "out_of_range"
    BAD_DATE = "bad_date"
    BAD_TIMESTAMP = "bad_timestamp"
    BAD_BOOLEAN = "bad_boolean"
    MISSING = "missing"  # NULL in a NOT NULL column
    BAD_UTF8 = "bad_utf8"


def sqlite_problem_conditions(c: ColumnSpec) -> list[tuple[ProblemKind, str]]:
    col = c.q
    found: list[tuple[ProblemKind, str]] = []
    if not c.nullable:
        found.append((ProblemKind.MISSING, f"{col} IS NULL"))
    storage = {
        Kind.INTEGER: "'integer'",
        Kind.DECIMAL: "'integer'",
        Kind.BOOLEAN: "'integer'",
        Kind.TEXT: "'text'",
        Kind.BLOB: "'blob'",
        Kind.DATE: "'text'",
        Kind.TIMESTAMP: "'text'",
    }.get(c.kind)
    if storage:
        found.append((ProblemKind.STORAGE, f"typeof({col}) NOT IN ('null', {storage})"))
    typed = f"typeof({col}) = {storage}" if storage else "1"
    if c.kind is Kind.INTEGER:
        limit = INT_LIMITS[c.int_bits]
        found.append(
            (ProblemKind.OUT_OF_RANGE, f"{typed} AND ({col} >= {limit} OR {col} < -{limit})")
        )
    elif c.kind is Kind.DECIMAL:
        limit = 10**c.precision
        found.append(
            (ProblemKind.OUT_OF_RANGE, f"{typed} AND ({col} >= {limit} OR {col} <= -{limit})")
        )
    elif c.kind is Kind.BOOLEAN:
        found.append((ProblemKind.BAD_BOOLEAN, f"{typed} AND {col} NOT IN (0, 1)"))
    elif c.kind is Kind.TEXT:
        found.append((ProblemKind.NUL, f"{typed} AND instr(CAST({col} AS BLOB), x'00') > 0"))
        if c.length:
            found.append((ProblemKind.TOO_LONG, f"{typed} AND length({col}) > {c.length}"))
    elif c.kind is Kind.DATE:
        found.append(
            (
                ProblemKind.BAD_DATE,
                f"{typed} AND NOT (length({col}) = 10 AND {col} GLOB '{DATE_GLOB}' "
                f"AND date({col}, '+0 days') = {col})",
            )
        )
    elif c.kind is Kind.TIMESTAMP:
        found.append(
            (
                ProblemKind.BAD_TIMESTAMP,
                f"{typed} AND NOT ((length({col}) = 19 OR (length({col}) = 26 AND "
                f"substr({col}, 20, 1) = '.' AND substr({col}, 21) GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]')) "
                f"AND substr({col}, 1, 19) GLOB '{TIMESTAMP_GLOB}' "
                f"AND datetime(substr({col}, 1, 19), '+0 days') = substr({col}, 1, 19))",
            )
        )
    return found
