"""What the database itself enforces on a server book: roles, grants and guards.

Every ERP user signs in as their own PostgreSQL login role (``<prefix>.<login>``),
a member of one group role per ERP role (``<prefix>:sales``, …). The groups carry
the privileges; the book owner (the role that owns the tables) is used only to
create, upgrade and migrate the book and to manage users. ``<prefix>`` is stored
in ``book_meta`` (``role_prefix``) and derived from the database name when the
book first gets its roles, so several books on one server never share a role.

``apply_security(conn)`` is idempotent and runs as the owner after every Alembic
upgrade and after a migration copy. It installs:

- grants: SELECT on every table for every group; INSERT/UPDATE/DELETE only on the
  tables of the permissions a role has (``TABLES_BY_PERMISSION``); ledger tables
  (postings, moves, audit events) INSERT only; users, balances, counters, the
  audit head and ``book_meta`` no writes at all;
- guards (triggers, for the owner too): moves, postings and audit events are never
  updated or deleted; an issued invoice keeps its content (only its credit state
  moves on), its lines and stored PDF are frozen; a move must belong to a posting
  made in the same transaction; a posted goods receipt, supplier return, stock
  adjustment, count or opening stock and a shipped transfer, with their lines, keep
  their content: only the columns the app's own later verbs change move on (``POSTED_DOCUMENTS``,
  ``POSTED_LINES``: returned quantities, a transfer's receipts and shortages); a
  confirmed purchase order is never deleted, receiving changes only its received
  quantities and state, anything else (an amendment) needs the right to record an
  amendment, and amendments are never changed; only a bulk load by the owner
  (``erp.loading``) passes these guards;
- SECURITY DEFINER functions owned by the owner, the only way balances, number
  counters and the audit head change: balances follow inserted moves (a statement
  trigger), numbers come from ``erp_next_number``, the audit head advances with the
  inserted events, and rows are locked through ``erp_lock_balances`` and
  ``erp_audit_head`` (``SELECT … FOR UPDATE`` would need UPDATE privilege).

``security_findings(conn)`` lists every difference from that state (a grant too
many is a finding) for ``erp-desktop check``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from collections.abc import Iterable

from sqlalchemy import Connection, text

from erp_desktop.domain.permissions import ROLE_PERMISSIONS, Permission, Role
from erp_desktop.errors import BookError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

ROLE_PREFIX_KEY = "role_prefix"
MAX_ROLE_NAME = 63  # bytes: PostgreSQL cuts longer names silently
PASSWORD_SET = "erp-desktop: password set"
LOADING_SETTING = "erp.loading"  # bulk loads by the owner: guards let the rows through as given

TABLES_BY_PERMISSION: dict[Permission, tuple[str, ...]] = {
    Permission.MASTER_DATA: ("item", "item_reorder", "location", "party"),
    Permission.ADJUST_STOCK: (
        "stock_adjustment",
        "stock_adjustment_line",
        "stock_count",
        "stock_count_line",
        "stock_opening",
    ),
    Permission.PURCHASE: ("purchase_order", "purchase_order_line", "purchase_order_amendment"),
    Permission.RECEIVE: (
        "goods_receipt",
        "goods_receipt_line",
        "supplier_return",
        "supplier_return_line",
        "purchase_order",
        "purchase_order_line",
    ),
    Permission.TRANSFER: ("transfer", "transfer_line", "transfer_event"),
    Permission.INVOICE: (
        "invoice",
        "invoice_line",
        "invoice_document",
        "einvoice_record",
        "red_confirmation",
    ),
    Permission.CREDIT: (
        "invoice",
        "invoice_line",
        "invoice_document",
        "einvoice_record",
        "red_confirmation",
    ),
    Permission.SETTINGS: ("company", "book_setting"),
}
POSTING_PERMISSIONS = frozenset(
    {
        Permission.ADJUST_STOCK,
        Permission.RECEIVE,
        Permission.TRANSFER,
        Permission.INVOICE,
        Permission.CREDIT,
    }
)
LEDGER_TABLES = ("stock_posting", "stock_move")  # INSERT only, for roles that post
APPEND_FOR_ALL = ("audit_event",)  # every signed-in user leaves events
FUNCTIONS = ("erp_lock_balances", "erp_next_number", "erp_audit_head")
WRITE = ("INSERT", "UPDATE", "DELETE")


# -- names ----------------------------------------------------------------------------------
def role_prefix(conn: Connection) -> str:
    """This book's role prefix (stored at the first ``apply_security``)."""
    stored = conn.execute(
        text("SELECT value FROM book_meta WHERE key = :k"), {"k": ROLE_PREFIX_KEY}
    ).scalar()
    if stored:
        return str(stored)
    return default_prefix(str(conn.execute(text("SELECT current_database()")).scalar()))


def default_prefix(database: str) -> str:
    """The role prefix a book gets from its database's name (before anything is stored):
    what a PC guesses when it signs in without any connection to the book yet."""
    if len(database.encode()) > 40:
        return database.encode()[:31].decode(errors="ignore") + "_" + _short_hash(database)
    return database


def group_role(prefix: str, role: Role | str) -> str:
    return f"{prefix}:{Role(role).value}"


def login_role(prefix: str, login: str) -> str:
    name = f"{prefix}.{login}"
    if len(name.encode()) > MAX_ROLE_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The login “{login}” is too long for a server book: with the book's prefix it "
                "must stay within {count} bytes. Choose a shorter login.",
            ),
            login=login,
            count=MAX_ROLE_NAME - len(prefix.encode()) - 1,
        )
    return name


def login_of_role(prefix: str, role_name: str) -> str | None:
    """The ERP login a database role signs in as, or None (the owner, a stranger)."""
    head = prefix + "."
    return role_name[len(head) :] if role_name.startswith(head) else None


def _short_hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:8]


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def scram_verifier(password: str, *, iterations: int = 4096) -> str:
    """A SCRAM-SHA-256 verifier, so the password itself never reaches the server's logs."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


# -- the privileges each group should hold ------------------------------------------------------
def expected_grants(tables: Iterable[str]) -> dict[Role, dict[str, set[str]]]:
    """For each ERP role, table → privileges (only tables that exist)."""
    present = set(tables)
    result: dict[Role, dict[str, set[str]]] = {}
    for role, permissions in ROLE_PERMISSIONS.items():
        grants = {table: {"SELECT"} for table in present}
        for permission in permissions:
            for table in TABLES_BY_PERMISSION.get(permission, ()):
                if table in grants:
                    grants[table] |= set(WRITE)
        if permissions & POSTING_PERMISSIONS:
            for table in LEDGER_TABLES:
                if table in grants:
                    grants[table].add("INSERT")
        for table in APPEND_FOR_ALL:
            if table in grants:
                grants[table].add("INSERT")
        result[role] = grants
    return result


def _tables(conn: Connection) -> list[str]:
    return list(
        conn.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1"
            )
        ).scalars()
    )


def _role_exists(conn: Connection, name: str) -> bool:
    return bool(
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    )


# -- applying -------------------------------------------------------------------------------
def apply_security(conn: Connection) -> None:
    """Create or repair this book's groups, grants, guards and functions (idempotent)."""
    _require_createrole(conn)
    prefix = role_prefix(conn)
    conn.execute(
        text("INSERT INTO book_meta (key, value) VALUES (:k, :v) ON CONFLICT (key) DO NOTHING"),
        {"k": ROLE_PREFIX_KEY, "v": prefix},
    )
    database = quote_ident(str(conn.execute(text("SELECT current_database()")).scalar()))
    schema = quote_ident(str(conn.execute(text("SELECT current_schema()")).scalar()))
    tables = _tables(conn)
    grants = expected_grants(tables)
    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    conn.exec_driver_sql(f"REVOKE ALL ON SCHEMA {schema} FROM PUBLIC")
    for role in Role:
        group = group_role(prefix, role)
        if not _role_exists(conn, group):
            conn.exec_driver_sql(f"CREATE ROLE {quote_ident(group)} NOLOGIN")
        g = quote_ident(group)
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {g}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {g}")
        conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {g}")
        for table in tables:
            t = quote_ident(table)
            conn.exec_driver_sql(f"REVOKE ALL ON TABLE {t} FROM PUBLIC, {g}")
            conn.exec_driver_sql(f"GRANT {', '.join(sorted(grants[role][table]))} ON {t} TO {g}")
    driver = conn.connection.driver_connection
    assert driver is not None  # an open connection has its psycopg connection
    driver.execute(_FUNCTIONS_SQL)  # no placeholders: RAISE '%'
    for function in (*FUNCTIONS, *_TRIGGER_FUNCTIONS):
        signature = _SIGNATURES[function]
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {function}{signature} FROM PUBLIC")
        if function in FUNCTIONS:
            for role in Role:
                conn.exec_driver_sql(
                    f"GRANT EXECUTE ON FUNCTION {function}{signature} "
                    f"TO {quote_ident(group_role(prefix, role))}"
                )
    for table, trigger, when in _TRIGGERS:
        if table in tables:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            conn.exec_driver_sql(f"CREATE TRIGGER {trigger} {when.format(table=table)}")
    # no password hash of a server user is kept in the book: they sign in as their role
    conn.execute(text("UPDATE app_user SET password_hash = NULL WHERE password_hash IS NOT NULL"))
    users = conn.execute(text("SELECT login, role, active FROM app_user ORDER BY id")).all()
    for login, role, active in users:
        sync_login_role(conn, prefix, login, Role(role), active=bool(active))


def _require_createrole(conn: Connection) -> None:
    row = conn.execute(
        text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
    ).first()
    if not row or not row[0]:
        raise BookError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server user {user} owns the book but may not create roles: every ERP user "
                "is a server role. As the server's superuser run “ALTER ROLE {user} "
                "CREATEROLE”, then try again (see docs/connected-mode.md).",
            ),
            user=str(conn.execute(text("SELECT current_user")).scalar()),
        )


def sync_login_role(
    conn: Connection,
    prefix: str,
    login: str,
    role: Role,
    *,
    active: bool,
    password: str | None = None,
) -> None:
    """Create or update a user's login role: its group, whether it may log in, its password.

    A new role gets no password until the user or an administrator sets one, so it
    cannot sign in before that.
    """
    name = quote_ident(login_role(prefix, login))
    if not _role_exists(conn, login_role(prefix, login)):
        conn.exec_driver_sql(f"CREATE ROLE {name} NOLOGIN")
    for other in Role:
        verb = "GRANT" if other is role else "REVOKE"
        direction = "TO" if other is role else "FROM"
        conn.exec_driver_sql(f"{verb} {quote_ident(group_role(prefix, other))} {direction} {name}")
    if password is not None:
        verifier = _literal(scram_verifier(password))
        conn.exec_driver_sql(f"ALTER ROLE {name} PASSWORD '{verifier}'")
        conn.exec_driver_sql(f"COMMENT ON ROLE {name} IS '{PASSWORD_SET}'")
    login_ok = active and has_password(conn, login_role(prefix, login))
    conn.exec_driver_sql(f"ALTER ROLE {name} {'LOGIN' if login_ok else 'NOLOGIN'}")


def has_password(conn: Connection, role_name: str) -> bool:
    """Whether the role was given a password (a role comment; pg_authid is for superusers)."""
    comment = conn.execute(
        text("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :n"),
        {"n": role_name},
    ).scalar()
    return comment == PASSWORD_SET


def _literal(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9+/=:$\-]+", value):
        raise ValueError("unexpected characters in a SCRAM verifier")
    return value


def security_applied(conn: Connection) -> bool:
    """Whether this book has its roles and guards (an old server book may not yet)."""
    found = conn.execute(
        text("SELECT count(*) FROM pg_proc WHERE proname = ANY(:names)"), {"names": list(FUNCTIONS)}
    ).scalar()
    return found == len(FUNCTIONS)


def role_password_works(conn: Connection, role_name: str, password: str) -> bool:
    """Whether the server lets ``role_name`` in with ``password`` (the server checks it)."""
    import psycopg

    url = conn.engine.url
    # keywords, not a URL: a password may hold spaces or any other character
    params = url.translate_connect_args(database="dbname", username="user")
    params.update({key: str(value) for key, value in url.query.items()})
    params.update(user=role_name, password=password)
    try:
        psycopg.connect(connect_timeout=5, autocommit=True, **params).close()
    except psycopg.OperationalError:
        return False
    return True


def drop_book_roles(conn: Connection, prefix: str) -> None:
    """Remove every role of a book whose database is gone (tests, a retired book)."""
    names = conn.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname LIKE :a OR rolname LIKE :b"),
        {"a": _like(prefix + "."), "b": _like(prefix + ":")},
    ).scalars()
    for name in sorted(names, key=lambda n: ":" in n):  # members first, then the groups
        conn.exec_driver_sql(f"DROP ROLE IF EXISTS {quote_ident(name)}")


def _like(head: str) -> str:
    return head.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# -- checking -------------------------------------------------------------------------------
def security_findings(conn: Connection) -> list[str]:
    """Every way the book's grants and guards differ from what ``apply_security`` makes."""
    if not security_applied(conn):
        return ["the book has no database roles and guards yet: run “erp-desktop upgrade”"]
    prefix = role_prefix(conn)
    tables = _tables(conn)
    expected = expected_grants(tables)
    owner = str(
        conn.execute(
            text("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'book_meta'")
        ).scalar()
    )
    groups = {group_role(prefix, role): role for role in Role}
    actual: dict[tuple[str, str], set[str]] = {}
    rows = conn.execute(
        text(
            "SELECT c.relname, CASE a.grantee WHEN 0 THEN 'PUBLIC' "
            "ELSE pg_get_userbyid(a.grantee) END, a.privilege_type "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, "
            "aclexplode(c.relacl) a "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
        )
    )
    for table, grantee, privilege in rows:
        actual.setdefault((table, grantee), set()).add(privilege)
    findings: list[str] = []
    for (table, grantee), privileges in sorted(actual.items()):
        if grantee == owner:
            continue
        wanted = expected[groups[grantee]].get(table, set()) if grantee in groups else set()
        for privilege in sorted(privileges - wanted):
            findings.append(f"{grantee} has {privilege} on {table}, more than its role needs")
    for group, role in groups.items():
        for table, privileges in expected[role].items():
            missing = privileges - actual.get((table, group), set())
            for privilege in sorted(missing):
                findings.append(f"{group} lacks {privilege} on {table}")
    present = set(
        conn.execute(
            text(
                "SELECT c.relname || '.' || t.tgname FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D'"
            )
        ).scalars()
    )
    for table, trigger, _when in _TRIGGERS:
        if table in tables and f"{table}.{trigger}" not in present:
            findings.append(f"the guard {trigger} on {table} is missing or disabled")
    strangers = conn.execute(
        text(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = ANY(:groups) "
            "AND r.rolname NOT LIKE :logins AND r.rolname <> :owner"
        ),
        {"groups": list(groups), "logins": _like(prefix + "."), "owner": owner},
    ).scalars()
    for name in strangers:
        findings.append(f"{name} is a member of a group of this book but is none of its users")
    return findings


# -- SQL: functions and triggers -------------------------------------------------------------
_TRIGGER_FUNCTIONS = (
    "erp_refuse_change",
    "erp_apply_moves",
    "erp_check_move_posting",
    "erp_advance_audit_head",
    "erp_guard_invoice",
    "erp_guard_invoice_part",
    "erp_guard_posted",
    "erp_guard_posted_line",
    "erp_guard_order",
)
_SIGNATURES = {
    "erp_lock_balances": "(bigint[], bigint[])",
    "erp_next_number": "(text, integer)",
    "erp_audit_head": "()",
    **{name: "()" for name in _TRIGGER_FUNCTIONS},
}
_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
_FUNCTIONS_SQL = f"""
CREATE OR REPLACE FUNCTION erp_loading() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('{LOADING_SETTING}', true), '') = 'on'
     AND pg_has_role(session_user,
                     (SELECT relowner FROM pg_class WHERE oid = 'book_meta'::regclass), 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION erp_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of % are never changed or deleted', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION erp_lock_balances(items bigint[], places bigint[])
RETURNS TABLE (item_id bigint, location_id bigint, quantity numeric, value numeric)
LANGUAGE plpgsql {_DEFINER} AS $$
BEGIN
  INSERT INTO stock_balance AS b (item_id, location_id, quantity, value)
  SELECT p.i, p.l, 0, 0 FROM unnest(items, places) AS p(i, l)
  ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  RETURN QUERY
  SELECT b.item_id::bigint, b.location_id::bigint, b.quantity::numeric, b.value::numeric
  FROM stock_balance b JOIN unnest(items, places) AS p(i, l)
    ON b.item_id = p.i AND b.location_id = p.l
  ORDER BY b.item_id, b.location_id FOR UPDATE OF b;
END $$;

CREATE OR REPLACE FUNCTION erp_next_number(series text, for_year integer) RETURNS bigint
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE taken bigint;
BEGIN
  INSERT INTO number_counter (series_code, year, next_value) VALUES (series, for_year, 1)
  ON CONFLICT DO NOTHING;
  UPDATE number_counter SET next_value = next_value + 1
  WHERE series_code = series AND year = for_year RETURNING next_value - 1 INTO taken;
  RETURN taken;
END $$;

CREATE OR REPLACE FUNCTION erp_audit_head() RETURNS text LANGUAGE sql {_DEFINER} AS $$
  SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE
$$;

CREATE OR REPLACE FUNCTION erp_check_move_posting() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE made_now boolean;
BEGIN
  IF erp_loading() THEN RETURN NEW; END IF;
  -- the posting row must have been inserted by this very transaction (or a savepoint of it)
  SELECT txid_status((txid_current() >> 32 << 32) | p.xmin::text::bigint) = 'in progress'
    INTO made_now FROM stock_posting p WHERE p.id = NEW.posting_id;
  IF made_now IS NOT TRUE THEN
    RAISE EXCEPTION 'a stock move needs a posting made in the same transaction'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION erp_apply_moves() RETURNS trigger LANGUAGE plpgsql {_DEFINER} AS $$
BEGIN
  IF erp_loading() THEN RETURN NULL; END IF;
  INSERT INTO stock_balance AS b (item_id, location_id, quantity, value)
  SELECT d.item_id, d.location_id, sum(d.q), sum(d.v) FROM (
    SELECT m.item_id, m.from_location_id AS location_id, -m.quantity AS q, -m.value AS v
    FROM new_moves m
    UNION ALL
    SELECT m.item_id, m.to_location_id, m.quantity, m.value FROM new_moves m
  ) d GROUP BY d.item_id, d.location_id ORDER BY d.item_id, d.location_id
  ON CONFLICT (item_id, location_id) DO UPDATE
    SET quantity = b.quantity + EXCLUDED.quantity, value = b.value + EXCLUDED.value;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION erp_advance_audit_head() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE head text; counted bigint; ev record;
BEGIN
  IF erp_loading() THEN RETURN NULL; END IF;
  SELECT last_hash, count INTO head, counted FROM audit_head WHERE id = 1 FOR UPDATE;
  FOR ev IN SELECT prev_hash, hash FROM new_events ORDER BY id LOOP
    IF ev.prev_hash IS DISTINCT FROM head THEN
      RAISE EXCEPTION 'an audit event must follow the head of the chain'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    head := ev.hash;
    counted := counted + 1;
  END LOOP;
  UPDATE audit_head SET last_hash = head, count = counted WHERE id = 1;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION erp_posted(doc jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  -- a document with a state is posted once it leaves its draft; one without (goods
  -- receipts, supplier returns) once its stock posting is recorded on it
  SELECT CASE WHEN doc ? 'state' THEN doc->>'state' <> 'draft'
              ELSE doc->>'posting_id' IS NOT NULL END
$$;

CREATE OR REPLACE FUNCTION erp_guard_posted() RETURNS trigger LANGUAGE plpgsql AS $$
-- arguments: the columns the app's own later verbs change (states, progress, version)
DECLARE allowed text[] := coalesce(TG_ARGV, '{{}}');
BEGIN
  IF erp_loading() OR NOT erp_posted(to_jsonb(OLD)) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - allowed = to_jsonb(OLD) - allowed THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% % is posted: its content cannot change', TG_TABLE_NAME, OLD.id
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION erp_guard_posted_line() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
-- arguments: the document's table, the line's column naming it, then the columns
-- the app's own later verbs change (credited, received, returned quantities)
DECLARE doc jsonb; line jsonb; allowed text[] := coalesce(TG_ARGV[2:], '{{}}');
BEGIN
  IF erp_loading() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
  line := CASE WHEN TG_OP = 'INSERT' THEN to_jsonb(NEW) ELSE to_jsonb(OLD) END;
  EXECUTE format('SELECT to_jsonb(d) FROM %I d WHERE d.id = $1', TG_ARGV[0])
    INTO doc USING (line->>TG_ARGV[1])::bigint;
  IF doc IS NULL OR NOT erp_posted(doc) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - allowed = line - allowed THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% % is posted: its lines cannot change', TG_ARGV[0], line->>TG_ARGV[1]
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION erp_guard_order() RETURNS trigger LANGUAGE plpgsql AS $$
-- a confirmed purchase order: receiving moves its received quantities and state on;
-- anything else is an amendment, for those who may record one (purchasers); deleting it
-- is refused to everyone. Not SECURITY DEFINER: the privilege asked is the caller's.
-- arguments: the row's column naming the order, then the columns receiving changes
DECLARE doc jsonb; row jsonb; allowed text[] := coalesce(TG_ARGV[1:], '{{}}');
BEGIN
  IF erp_loading() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
  row := CASE WHEN TG_OP = 'INSERT' THEN to_jsonb(NEW) ELSE to_jsonb(OLD) END;
  doc := CASE WHEN TG_TABLE_NAME = 'purchase_order' THEN row
         ELSE (SELECT to_jsonb(o) FROM purchase_order o WHERE o.id = (row->>TG_ARGV[0])::bigint)
         END;
  IF doc IS NULL OR NOT erp_posted(doc)
     OR (TG_OP = 'UPDATE' AND to_jsonb(NEW) - allowed = row - allowed)
     OR (NOT (TG_TABLE_NAME = 'purchase_order' AND TG_OP = 'DELETE')
         AND has_table_privilege('purchase_order_amendment', 'INSERT')) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  RAISE EXCEPTION 'purchase order % is confirmed: only an amendment changes it', doc->>'number'
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION erp_guard_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'draft' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE'
     AND NEW.state IN ('issued', 'partially_credited', 'credited')
     AND to_jsonb(NEW) - 'state' - 'updated_at' = to_jsonb(OLD) - 'state' - 'updated_at' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'invoice % is issued: its content cannot change', OLD.number
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION erp_guard_invoice_part() RETURNS trigger
LANGUAGE plpgsql {_DEFINER} AS $$
DECLARE of_invoice bigint;
BEGIN
  of_invoice := CASE WHEN TG_OP = 'INSERT' THEN NEW.invoice_id ELSE OLD.invoice_id END;
  -- an issued invoice has its stored PDF: from then on its lines and PDF are frozen
  IF EXISTS (SELECT 1 FROM invoice_document d WHERE d.invoice_id = of_invoice)
     AND (TG_TABLE_NAME <> 'invoice_document' OR TG_OP <> 'INSERT') THEN
    RAISE EXCEPTION 'invoice % is issued: its lines and PDF cannot change', of_invoice
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
"""
_IMMUTABLE = "BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION erp_refuse_change()"
# Posted documents: the columns the app's own later verbs still change (everything else,
# and deleting, is refused once the document left its draft or has its posting).
POSTED_DOCUMENTS: dict[str, tuple[str, ...]] = {
    "goods_receipt": (),
    "supplier_return": (),
    "stock_adjustment": (),
    "stock_count": (),
    "stock_opening": (),  # posted once its posting is recorded on it
    "transfer": ("state", "version", "finished_by_id", "finished_at"),
}
# line table → (document table, the line's column naming it, columns still changed)
POSTED_LINES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "goods_receipt_line": ("goods_receipt", "receipt_id", ("returned_quantity", "returned_value")),
    "supplier_return_line": ("supplier_return", "return_id", ()),
    "stock_adjustment_line": ("stock_adjustment", "adjustment_id", ()),
    "stock_count_line": ("stock_count", "count_id", ()),
    "transfer_line": (
        "transfer",
        "transfer_id",
        ("received_quantity", "received_value", "short_quantity", "short_value"),
    ),
}
_POSTED = (
    "BEFORE UPDATE OR DELETE ON {{table}} FOR EACH ROW EXECUTE FUNCTION erp_guard_posted({columns})"
)
_POSTED_LINE = (
    "BEFORE INSERT OR UPDATE OR DELETE ON {{table}} FOR EACH ROW "
    "EXECUTE FUNCTION erp_guard_posted_line({args})"
)
_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    ("stock_move", "erp_immutable", _IMMUTABLE),
    ("stock_posting", "erp_immutable", _IMMUTABLE),
    ("audit_event", "erp_immutable", _IMMUTABLE),
    (
        "stock_move",
        "erp_move_needs_posting",
        "BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION erp_check_move_posting()",
    ),
    (
        "stock_move",
        "erp_balances",
        "AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_moves "
        "FOR EACH STATEMENT EXECUTE FUNCTION erp_apply_moves()",
    ),
    (
        "audit_event",
        "erp_chain",
        "AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_events "
        "FOR EACH STATEMENT EXECUTE FUNCTION erp_advance_audit_head()",
    ),
    (
        "invoice",
        "erp_issued",
        "BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION erp_guard_invoice()",
    ),
    (
        "invoice_line",
        "erp_issued",
        "BEFORE INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
        "EXECUTE FUNCTION erp_guard_invoice_part()",
    ),
    (
        "invoice_document",
        "erp_issued",
        "BEFORE INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
        "EXECUTE FUNCTION erp_guard_invoice_part()",
    ),
    *(
        (table, "erp_posted", _POSTED.format(columns=", ".join(f"'{c}'" for c in columns)))
        for table, columns in POSTED_DOCUMENTS.items()
    ),
    *(
        (
            table,
            "erp_posted",
            _POSTED_LINE.format(args=", ".join(f"'{a}'" for a in (document, key, *columns))),
        )
        for table, (document, key, columns) in POSTED_LINES.items()
    ),
    ("purchase_order_amendment", "erp_immutable", _IMMUTABLE),
    (
        "purchase_order",
        "erp_confirmed",
        "BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION "
        "erp_guard_order('id', 'state', 'updated_at', 'ended_by_id', 'ended_at', 'end_reason')",
    ),
    (
        "purchase_order_line",
        "erp_confirmed",
        "BEFORE INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION "
        "erp_guard_order('order_id', 'received_quantity')",
    ),
)
