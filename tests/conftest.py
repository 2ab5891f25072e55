"""Shared fixtures: every database test runs on a real SQLite file and on a real
PostgreSQL server (``ERP_TEST_DATABASE_URL``), each test on a fresh book.

PostgreSQL books are copies of a per-worker template database (CREATE
DATABASE … TEMPLATE, ~50 ms); SQLite books are copies of a template file.
Without ``ERP_TEST_DATABASE_URL`` the PostgreSQL half is skipped, unless
``ERP_REQUIRE_POSTGRES=1``, which makes it an error instead (CI sets it).
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ENV = "ERP_TEST_DATABASE_URL"
REQUIRE_PG_ENV = "ERP_REQUIRE_POSTGRES"
ROOT = Path(__file__).resolve().parent.parent

try:  # `pytest -m "not gui"` must work where Qt cannot load
    import PySide6.QtWidgets  # noqa: F401
except ImportError:  # pragma: no cover
    collect_ignore = ["ui"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    ui_dir = ROOT / "tests" / "ui"
    for item in items:
        if ui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


# -- isolation of user folders -------------------------------------------------------------------
@pytest.fixture(autouse=True)
def erp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and the default book go to a folder of this test."""
    home = tmp_path / "home"
    monkeypatch.setenv("ERP_DESKTOP_HOME", str(home))
    monkeypatch.delenv("ERP_DESKTOP_BOOK", raising=False)
    return home


# -- PostgreSQL server -----------------------------------------------------------------------------
def _pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def pg_admin_url_or_skip() -> str:
    url = _pg_url()
    if url is None:
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(f"{REQUIRE_PG_ENV}=1 but {PG_ENV} is not set")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} not set)")
    return url


def _libpq(url: str) -> str:
    return "postgresql://" + url.split("://", 1)[1]


def _with_database(url: str, database: str) -> str:
    head, _, _ = _libpq(url).rpartition("/")
    return f"{head}/{database}"


class PgServer:
    """Creates and drops test databases on the server named by ERP_TEST_DATABASE_URL."""

    def __init__(self, url: str, worker: str) -> None:
        import psycopg

        self.url = url
        self.worker = worker
        try:
            self.admin = psycopg.connect(_libpq(url), autocommit=True, connect_timeout=5)
        except psycopg.OperationalError as exc:
            if os.environ.get(REQUIRE_PG_ENV) == "1":
                pytest.fail(f"PostgreSQL test server unreachable: {exc}")
            pytest.skip(f"PostgreSQL test server unreachable: {exc}")
        self.templates: dict[str, str] = {}
        self.created: list[str] = []

    def drop(self, name: str) -> None:
        # FORCE may end only our own sessions: a book user's (a role of its own) that was
        # just closed may still be leaving the server
        for _ in range(50):
            others = self.admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND usename <> current_user",
                (name,),
            ).fetchone()
            if not others or not others[0]:
                break
            time.sleep(0.1)
        import psycopg

        for attempt in range(5):
            try:
                self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except psycopg.errors.InsufficientPrivilege:
                if attempt == 4:
                    raise
                time.sleep(1)

    def empty_database(self, prefix: str = "t") -> str:
        name = f"erp_{prefix}_{self.worker}_{uuid.uuid4().hex[:10]}"
        self.admin.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return _with_database(self.url, name)

    def copy_of(self, template_key: str, build) -> str:
        template = self.templates.get(template_key)
        if template is None:
            template = f"erp_tmpl_{template_key}_{self.worker}_{os.getpid()}"
            self.drop(template)
            self.admin.execute(f'CREATE DATABASE "{template}"')
            build(_with_database(self.url, template))
            self.templates[template_key] = template
        name = f"erp_t_{self.worker}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        self.admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY WAL_LOG')
        self.created.append(name)
        return _with_database(self.url, name)

    def cleanup_tests(self) -> None:
        for name in self.created:
            self.drop(name)
            self.drop_roles(name, groups=True)
        self.created.clear()
        for template in self.templates.values():  # users added to copies of a template
            self.drop_roles(template, groups=False)

    def drop_roles(self, prefix: str, *, groups: bool) -> None:
        """Roles are cluster-wide: a book's users (prefix.login) and groups (prefix:role)."""
        heads = [prefix + ".", *([prefix + ":"] if groups else [])]
        for head in heads:
            rows = self.admin.execute(
                "SELECT rolname FROM pg_roles WHERE left(rolname, %s) = %s",
                (len(head), head),
            ).fetchall()
            for (name,) in rows:
                quoted = '"' + name.replace('"', '""') + '"'
                self.admin.execute(f"DROP ROLE IF EXISTS {quoted}")

    def close(self) -> None:
        self.cleanup_tests()
        for template in self.templates.values():
            self.drop(template)
            self.drop_roles(template, groups=True)
        self.admin.close()


@pytest.fixture(scope="session")
def pg_server(worker_id: str) -> Iterator[PgServer]:
    url = pg_admin_url_or_skip()
    server = PgServer(url, worker_id.replace("-", "_"))
    yield server
    server.close()


# -- books ---------------------------------------------------------------------------------------
DB_KINDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
]


@pytest.fixture(params=DB_KINDS)
def db_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


COMPANY_NAME = "测试商贸有限公司"
COMPANY_TAX_ID = "91110000600037341L"


def _build_book(where: str, with_company: bool) -> None:
    from erp_desktop.db.book import create_book
    from erp_desktop.db.location import BookLocation
    from erp_desktop.services.company import CompanyProfile, setup_company

    book = create_book(BookLocation.parse(where))
    try:
        if with_company:
            profile = CompanyProfile(name=COMPANY_NAME, tax_id=COMPANY_TAX_ID)
            book.run(lambda s: setup_company(s, profile, "管理员").value)
    finally:
        book.close()


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    built = {}
    for key, with_company in (("blank", False), ("ready", True)):
        path = folder / f"{key}.erpbook"
        _build_book(str(path), with_company)
        built[key] = path
    return built


def _book_location(request: pytest.FixtureRequest, kind: str, tmp_path: Path, key: str) -> str:
    if kind == "sqlite":
        target = tmp_path / f"{key}.erpbook"
        shutil.copyfile(request.getfixturevalue("sqlite_templates")[key], target)
        return str(target)
    server: PgServer = request.getfixturevalue("pg_server")
    request.addfinalizer(server.cleanup_tests)
    return server.copy_of(key, lambda url: _build_book(url, key == "ready"))


@pytest.fixture
def book_url(request: pytest.FixtureRequest, db_kind: str, tmp_path: Path) -> str:
    """Location of a fresh book with a company and an administrator (id 1)."""
    return _book_location(request, db_kind, tmp_path, "ready")


@pytest.fixture
def blank_book_url(request: pytest.FixtureRequest, db_kind: str, tmp_path: Path) -> str:
    """Location of a fresh book without a company profile."""
    return _book_location(request, db_kind, tmp_path, "blank")


@pytest.fixture
def empty_url(request: pytest.FixtureRequest, db_kind: str, tmp_path: Path) -> str:
    """Where a new book may be created: a missing file, or an empty database."""
    if db_kind == "sqlite":
        return str(tmp_path / "new.erpbook")
    server: PgServer = request.getfixturevalue("pg_server")
    request.addfinalizer(server.cleanup_tests)
    return server.empty_database()


@pytest.fixture
def book(book_url: str):
    from erp_desktop.db.book import open_book
    from erp_desktop.db.location import BookLocation

    opened = open_book(BookLocation.parse(book_url))
    yield opened
    opened.close()


@pytest.fixture
def admin_id() -> int:
    return 1


def _open(url: str):
    from erp_desktop.db.book import open_book
    from erp_desktop.db.location import BookLocation

    return open_book(BookLocation.parse(url))


@pytest.fixture
def sqlite_book(request: pytest.FixtureRequest, tmp_path: Path):
    """For rules that exist only on SQLite (file locks, pragmas)."""
    opened = _open(_book_location(request, "sqlite", tmp_path, "ready"))
    yield opened
    opened.close()


@pytest.fixture
def pg_book(request: pytest.FixtureRequest, tmp_path: Path):
    """For rules that exist only on PostgreSQL (row locks, deadlocks)."""
    opened = _open(_book_location(request, "postgresql", tmp_path, "ready"))
    yield opened
    opened.close()


# -- keyrings ------------------------------------------------------------------------------------
@pytest.fixture
def memory_keyring():
    """A secure in-memory keyring for the test (the real keyring API, our backend)."""
    import keyring

    from tests.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def insecure_keyring(tmp_path: Path):
    """Only a plain-text keyring is available."""
    import keyring

    from tests.keyrings import PlainFileKeyring

    previous = keyring.get_keyring()
    backend = PlainFileKeyring(tmp_path / "plain-keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
