"""Fixtures for migrator tests: an edge-value book and empty target databases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, insert, select

from erp_desktop.db.book import create_book
from erp_desktop.db.engine import create_book_engine
from erp_desktop.db.location import BookLocation
from erp_desktop.services.company import CompanyProfile, setup_company
from tests.migrator.edge import EDGE_CODES, EDGE_ROWS, edge_metadata, edge_versions


class EdgeSchema:
    def __init__(self, versions: Path, metadata: MetaData) -> None:
        self.versions = versions
        self.metadata = metadata


@pytest.fixture(scope="session")
def edge_schema(tmp_path_factory: pytest.TempPathFactory) -> EdgeSchema:
    return EdgeSchema(edge_versions(tmp_path_factory.mktemp("edge") / "versions"), edge_metadata())


@pytest.fixture(scope="session")
def edge_template(edge_schema: EdgeSchema, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("edge_book") / "edge.erpbook"
    book = create_book(BookLocation.for_file(path), versions=edge_schema.versions)
    try:
        book.run(
            lambda s: setup_company(s, CompanyProfile(name="边界值测试有限公司"), "管理员").value
        )
        with book.engine.begin() as conn:
            conn.execute(insert(edge_schema.metadata.tables["edge_value"]), EDGE_ROWS)
            conn.execute(insert(edge_schema.metadata.tables["edge_code"]), EDGE_CODES)
    finally:
        book.close()
    return path


@pytest.fixture
def edge_book(edge_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "shop.erpbook"
    shutil.copyfile(edge_template, target)
    return target


@pytest.fixture
def pg_target(pg_server, request: pytest.FixtureRequest) -> BookLocation:
    request.addfinalizer(pg_server.cleanup_tests)
    return BookLocation.parse(pg_server.empty_database("mig"))


def read_all(location: BookLocation, metadata: MetaData) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, typed by the models, in key order."""
    engine = create_book_engine(location, read_only=location.is_sqlite)
    try:
        with engine.connect() as conn:
            return {
                table.name: [
                    tuple(row)
                    for row in conn.execute(select(table).order_by(*table.primary_key.columns))
                ]
                for table in metadata.sorted_tables
            }
    finally:
        engine.dispose()


def without_marks(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    from erp_desktop.db.meta_keys import MIGRATION_KEYS

    result = dict(rows)
    result["book_meta"] = [r for r in rows["book_meta"] if r[0] not in MIGRATION_KEYS]
    return result


Steps = Callable[[Any], None]


def move_log_left(path: Path) -> list[str]:
    """Names of a move's change-log triggers and tables still in a book file."""
    import sqlite3

    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [
            row[0]
            for row in con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'erp_move%'")
        ]
    finally:
        con.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo book with every kind of document of every area."""
    from erp_desktop.db.book import create_book
    from erp_desktop.services.company import CompanyProfile, setup_company
    from erp_desktop.services.demo import DemoOptions, build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.erpbook"
    book = create_book(BookLocation.for_file(path))
    try:
        profile = CompanyProfile(name="往返测试有限公司", tax_id="91440300MA5G0YJ19M")
        book.run(lambda s: setup_company(s, profile, "管理员").value)
        build_demo(book, DemoOptions(items=40, warehouses=2, moves=400))
    finally:
        book.close()
    return path
