"""The server side of a move back to a file while other PCs keep working on the server.

``start`` installs a change log: a table and one trigger per book table
recording the key of every changed row (old and new key of an update), then
opens the copy's REPEATABLE READ snapshot. Installing a trigger waits for the
transactions writing that table, so every write is either in the snapshot or
logged. The trigger function runs as its owner (SECURITY DEFINER), so users
with fewer rights are logged too.

Catch-up rounds read the logged keys and the current rows in one REPEATABLE
READ snapshot. The **freeze** locks every table IN EXCLUSIVE MODE (reading
goes on, saves wait — shorter than their lock timeout), reads the rest, and in
the same transaction marks the book moved. A save that waited sees the mark
before it commits (``Book.run``) and is refused, so nothing is written to the
abandoned server book. The log is removed after the mark, or on cancel, or by
the next run after a kill.
"""

from __future__ import annotations

import json
from typing import Any

from erp_desktop.db.location import BookLocation
from erp_desktop.migrator import pg_side
from erp_desktop.migrator.columns import TableSpec, key_condition, quote, verify_select
from erp_desktop.migrator.online import Delta, TableDelta

CHANGES = "erp_move_change"
FUNCTION = "erp_move_log"
TRIGGER = "erp_move_log"
FREEZE_LOCK_TIMEOUT = "10s"  # waiting for saves in progress; theirs is 15 s

LOG_FUNCTION = f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
  r jsonb;
  k jsonb;
  col text;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    r := to_jsonb(OLD); k := '[]'::jsonb;
    FOREACH col IN ARRAY TG_ARGV LOOP k := k || jsonb_build_array(r -> col); END LOOP;
    INSERT INTO {CHANGES} (tbl, k) VALUES (TG_TABLE_NAME, k);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    r := to_jsonb(NEW); k := '[]'::jsonb;
    FOREACH col IN ARRAY TG_ARGV LOOP k := k || jsonb_build_array(r -> col); END LOOP;
    INSERT INTO {CHANGES} (tbl, k) VALUES (TG_TABLE_NAME, k);
  END IF;
  RETURN NULL;
END $$
"""


def export_select(spec: TableSpec, condition: str) -> str:
    """Rows in the form a new SQLite book takes (pg_side.export_expression), limited."""
    values = ", ".join(pg_side.export_expression(c) for c in spec.columns)
    both = f"({spec.where}) AND ({condition})" if spec.where else condition
    return f"SELECT {values} FROM {spec.q} WHERE {both}"


class ServerChanges:
    """The change log of one move of one server book back to a file."""

    def __init__(self, location: BookLocation, specs: list[TableSpec]) -> None:
        self.location = location
        self.specs = specs
        self.seq = 0
        self._freeze: Any = None

    def start(self) -> pg_side.PgReader:
        """Install the log, one table per transaction (a trigger waits only for the saves
        writing its own table, so no lock is held while waiting for another), then open
        the snapshot: every write is either in it or logged."""
        with pg_side.connect(self.location, autocommit=True) as con:
            _remove(con)
        with pg_side.connect(self.location) as con, con.transaction():
            con.execute(
                f"CREATE TABLE {CHANGES} (seq bigserial PRIMARY KEY, tbl text NOT NULL,"
                " k jsonb NOT NULL)"
            )
            con.execute(LOG_FUNCTION)
        for spec in self.specs:
            keys = ", ".join("'" + k.replace("'", "''") + "'" for k in spec.key)
            with pg_side.connect(self.location) as con, con.transaction():
                con.execute(
                    f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {spec.q}"
                    f" FOR EACH ROW EXECUTE FUNCTION {FUNCTION}({keys})"
                )
        return pg_side.PgReader(self.location)

    def round(self) -> Delta:
        with pg_side.connect(self.location, autocommit=True) as con:
            con.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                return self._read(con)
            finally:
                con.execute("ROLLBACK")

    def freeze(self) -> Delta:
        con = pg_side.connect(self.location, autocommit=True)
        self._freeze = con
        con.execute("BEGIN")
        con.execute(f"SET LOCAL lock_timeout = '{FREEZE_LOCK_TIMEOUT}'")
        names = ", ".join(s.q for s in self.specs)
        con.execute(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
        return self._read(con)

    def counts(self) -> dict[str, int]:
        return {s.name: pg_side.count(self._freeze, s) for s in self.specs}

    def advance(self, delta: Delta) -> None:
        """Nothing to remember here: every change is in the log."""

    def finish(self, marks: dict[str, str]) -> None:
        """Still in the freeze: mark the book moved; then remove the log."""
        con = self._freeze
        for key, value in marks.items():
            con.execute(
                "INSERT INTO book_meta (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        con.execute("COMMIT")
        con.close()
        self._freeze = None
        self.remove()

    def abandon(self) -> None:
        if self._freeze is not None:
            self._freeze.close()  # rolls the freeze back
            self._freeze = None
        self.remove()

    def remove(self) -> None:
        with pg_side.connect(self.location, autocommit=True) as con:
            _remove(con)

    def _read(self, con: Any) -> Delta:
        rows = con.execute(
            f"SELECT seq, tbl, k::text FROM {CHANGES} WHERE seq > %s ORDER BY seq", (self.seq,)
        ).fetchall()
        logged: dict[str, set[tuple[Any, ...]]] = {}
        for seq, table, key in rows:
            logged.setdefault(table, set()).add(tuple(json.loads(key)))
            self.seq = seq
        tables = []
        for spec in self.specs:
            keys = sorted(logged.get(spec.name, ()), key=repr)
            if not keys:
                continue
            delta = TableDelta(spec, keys, None)
            params = (json.dumps([list(k) for k in keys]),)
            condition = key_condition(spec, "postgresql")
            delta.raw = con.execute(export_select(spec, condition), params).fetchall()
            delta.canonical = con.execute(
                verify_select(spec, "postgresql", condition), params
            ).fetchall()
            names = [c.name for c in spec.columns]
            positions = [names.index(k) for k in spec.key]
            present = {_json_key(tuple(r[i] for i in positions)) for r in delta.raw}
            delta.deleted = [k for k in keys if k not in present]
            tables.append(delta)
        return Delta(tables)


def _json_key(key: tuple[Any, ...]) -> tuple[Any, ...]:
    """A key as it comes back from the log's JSON (dates as ISO text)."""
    return tuple(json.loads(json.dumps(list(key), default=str)))


def _remove(con: Any) -> None:
    """Drop the log (in the caller's transaction); triggers each in a transaction of their
    own (dropping one waits for the saves on its table only)."""
    tables = [
        row[0]
        for row in con.execute(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE t.tgname = %s AND n.nspname = current_schema()",
            (TRIGGER,),
        ).fetchall()
    ]
    for table in tables:
        with con.transaction():
            con.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {quote(table)}")
    con.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
    con.execute(f"DROP TABLE IF EXISTS {CHANGES}")
