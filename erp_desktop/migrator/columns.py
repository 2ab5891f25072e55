"""What the migrator knows about each table: column kinds and the SQL that moves them.

Everything is derived from ``Base.metadata`` (every model registers there), so a
table added by any area is migrated, verified and scanned without a line here.
A column of a type the migrator does not know is refused by pre-flight rather
than copied approximately.

Three SQL renderings per column kind:

- the **load** (SQLite → PostgreSQL): SQLite's stored values go unchanged by
  binary COPY into a staging table, and one INSERT … SELECT on the server turns
  them into the column's type (scaled integer → NUMERIC, naive UTC text →
  timestamptz), so Python converts nothing;
- the **canonical form** used by verify: SQLite's stored form (decimals as the
  integer of units at the column's scale, times as UTC text with microseconds,
  dates as ISO text, booleans as 0/1, text as UTF-8, bytes as bytes). The
  SQLite side is the stored value itself; PostgreSQL renders its typed value
  back into that form in its own SQL, independently of the load;
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


# -- copy: raw SQLite values → a staging table → the real table ---------------------------------
def sqlite_raw_select(spec: TableSpec, condition: str = "") -> str:
    """The stored values as they are (the order does not matter for loading)."""
    return f"SELECT {spec.column_list} FROM {_where(spec, condition)}"


def _where(spec: TableSpec, condition: str) -> str:
    """The table's rows, limited by ``condition`` too (a catch-up round's keys)."""
    if not condition:
        return spec.from_clause
    both = f"({spec.where}) AND ({condition})" if spec.where else condition
    return f"{spec.q} WHERE {both}"


def staging_type(c: ColumnSpec) -> str:
    """The PostgreSQL type that takes SQLite's stored value unchanged (binary COPY)."""
    return {
        Kind.INTEGER: "int8",
        Kind.DECIMAL: "int8",  # units at the column's scale
        Kind.BOOLEAN: "int8",
        Kind.BLOB: "bytea",
    }.get(c.kind, "text")  # text, dates and times travel as text


def load_expression(c: ColumnSpec) -> str:
    """From the staged value to the column's type, on the server (exactly)."""
    col = c.q
    if c.kind is Kind.DECIMAL:
        return f"{col} * 1e-{c.scale}::numeric" if c.scale else f"{col}::numeric"
    if c.kind is Kind.BOOLEAN:
        return f"{col} <> 0"
    if c.kind is Kind.TIMESTAMP:
        return f"{col}::timestamp AT TIME ZONE 'UTC'"
    if c.kind is Kind.DATE:
        return f"{col}::date"
    return col


# -- verify: both sides in SQLite's stored form ------------------------------------------------
def _sqlite_verify_value(c: ColumnSpec) -> str:
    if c.kind is Kind.TIMESTAMP:  # hand-written rows may lack the microseconds
        return f"CASE WHEN length({c.q}) = 19 THEN {c.q} || '.000000' ELSE {c.q} END"
    return c.q


def _pg_verify_value(c: ColumnSpec) -> str:
    """The typed value rendered back the way SQLite stores it (independent of the load)."""
    col = c.q
    if c.kind is Kind.DECIMAL:
        return f"({col} * {10**c.scale}::numeric)::int8"
    if c.kind is Kind.BOOLEAN:
        return f"{col}::int"
    if c.kind is Kind.TIMESTAMP:
        return f"to_char({col} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    if c.kind is Kind.DATE:
        return f"to_char({col}, 'YYYY-MM-DD')"
    return col


def verify_select(spec: TableSpec, dialect: str, condition: str = "") -> str:
    """Key columns, then every column in its canonical form, in key order.

    Text keys are ordered by bytes on both sides (SQLite's BINARY collation and
    PostgreSQL's "C"), so the two streams can be merged on the key.
    """
    render = _pg_verify_value if dialect == "postgresql" else _sqlite_verify_value
    values = ", ".join(render(c) for c in spec.columns)
    keys = ", ".join(quote(k) for k in spec.key)
    if dialect == "postgresql":
        order = ", ".join(
            f'{c.q} COLLATE "C"' if c.kind is Kind.TEXT else c.q for c in spec.key_columns()
        )
    else:
        order = keys
    return f"SELECT {keys}, {values} FROM {_where(spec, condition)} ORDER BY {order}"


def sums_select(spec: TableSpec, dialect: str) -> str | None:
    """Exact totals of the decimal columns."""
    if not spec.sum_columns:
        return None
    parts = [f"coalesce(sum({c.q}), 0)" for c in spec.sum_columns]
    return f"SELECT {', '.join(parts)} FROM {spec.from_clause}"


def chunk_rows(spec: TableSpec) -> int:
    """Rows per chunk: fewer where a row may hold a stored PDF or a long text."""
    unbounded = any(
        c.kind is Kind.BLOB or (c.kind is Kind.TEXT and not c.length) for c in spec.columns
    )
    return 500 if unbounded else 20_000


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
FRACTION_GLOB = "[0-9]" * 6


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
    elif c.kind in (Kind.DATE, Kind.TIMESTAMP):
        kind = ProblemKind.BAD_DATE if c.kind is Kind.DATE else ProblemKind.BAD_TIMESTAMP
        found.append((kind, f"{typed} AND NOT ({_well_formed(c)})"))
    return found


def sqlite_bad_value(c: ColumnSpec) -> str:
    """One cheap condition per column: true where any problem of the column may be.

    The scan filters rows with these and works out which problem it is only for
    the (normally no) rows that match.
    """
    col = c.q
    if c.kind in (Kind.INTEGER, Kind.DECIMAL, Kind.BOOLEAN):
        if c.kind is Kind.BOOLEAN:
            fine = f"typeof({col}) = 'integer' AND {col} IN (0, 1)"
        else:
            limit = INT_LIMITS[c.int_bits] if c.kind is Kind.INTEGER else 10**c.precision
            low = -limit if c.kind is Kind.INTEGER else -limit + 1
            fine = f"typeof({col}) = 'integer' AND {col} BETWEEN {low} AND {limit - 1}"
    elif c.kind is Kind.TEXT:
        longest = f" AND length({col}) <= {c.length}" if c.length else ""
        fine = f"typeof({col}) = 'text'{longest} AND instr(CAST({col} AS BLOB), x'00') = 0"
    elif c.kind in (Kind.DATE, Kind.TIMESTAMP):
        fine = f"typeof({col}) = 'text' AND {_well_formed(c)}"
    elif c.kind is Kind.BLOB:
        fine = f"typeof({col}) = 'blob'"
    else:  # no storage rule: only a missing value can be wrong
        fine = f"{col} IS NOT NULL"
    null_ok = "1" if c.nullable else "0"
    return f"NOT (({col} IS NULL AND {null_ok}) OR ({fine}))"


def _well_formed(c: ColumnSpec) -> str:
    """A date (YYYY-MM-DD) or our UTC time stamp (… HH:MM:SS[.ffffff]) that exists."""
    col = c.q
    day = f"substr({col}, 1, 10)"
    if c.kind is Kind.DATE:
        shape = f"{col} GLOB '{DATE_GLOB}'"
    else:
        shape = (
            f"({col} GLOB '{TIMESTAMP_GLOB}.{FRACTION_GLOB}' OR {col} GLOB '{TIMESTAMP_GLOB}')"
            f" AND substr({col}, 12, 2) < '24'"
        )
    return (
        f"{shape} AND substr({col}, 6, 2) BETWEEN '01' AND '12' "
        f"AND substr({col}, 9, 2) BETWEEN '01' AND '31' "
        # only days past the 28th can be impossible (30 February): check those fully
        f"AND (substr({col}, 9, 2) <= '28' OR date({day}, '+0 days') = {day})"
    )


# -- catch-up: rows by key ----------------------------------------------------------------------
_PG_KEY_CASTS = {Kind.INTEGER: "::int8", Kind.DATE: "::date", Kind.BOOLEAN: "::boolean"}


def key_condition(spec: TableSpec, dialect: str) -> str:
    """Rows whose key is one of a JSON array of key arrays, passed as the one parameter."""
    cols = ", ".join(quote(k) for k in spec.key)
    if dialect == "sqlite":
        picks = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(spec.key)))
        return f"({cols}) IN (SELECT {picks} FROM json_each(?))"
    picks = ", ".join(
        f"(e ->> {i}){_PG_KEY_CASTS.get(c.kind, '')}" for i, c in enumerate(spec.key_columns())
    )
    return f"({cols}) IN (SELECT {picks} FROM jsonb_array_elements(%s::jsonb) AS e)"
