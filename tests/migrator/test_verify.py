"""Verify names what differs; a conversion mistake in the load cannot hide from it."""

from __future__ import annotations

import pytest

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.errors import BookError
from erp_desktop.migrator import Migration, VerificationFailed
from erp_desktop.migrator import pg_side as pg_side_module
from erp_desktop.migrator.columns import ColumnSpec, Kind, TableSpec
from erp_desktop.migrator.verify import compare_table
from tests.helpers import run_cli
from tests.migrator.conftest import move_log_left, read_all

SPEC = TableSpec(
    "t",
    (ColumnSpec("id", Kind.INTEGER, False), ColumnSpec("amount", Kind.DECIMAL, False, 18, 2)),
    ("id",),
    "id",
)


def chunks(*rows: tuple[object, ...], size: int = 2):
    full = [(r[0], *r) for r in rows]  # key, then the columns
    return iter([full[i : i + size] for i in range(0, len(full), size)])


def test_equal_tables_pass() -> None:
    check = compare_table(
        SPEC,
        chunks((1, 100), (2, 250), (3, -5)),
        chunks((1, 100), (2, 250), (3, -5)),
        lambda n: None,
    )
    assert check.ok and check.source_rows == check.target_rows == 3


def test_missing_extra_and_different_rows_are_named() -> None:
    source = chunks((1, 100), (2, 250), (3, -5), (5, 1))
    target = chunks((1, 100), (2, 251), (4, 7), (5, 1))
    check = compare_table(SPEC, source, target, lambda n: None)
    assert not check.ok
    assert check.missing == [(3,)] and check.extra == [(4,)]
    assert [(d.key, d.columns, d.source, d.target) for d in check.different] == [
        ((2,), ["amount"], [250], [251])
    ]
    assert (check.source_rows, check.target_rows) == (4, 4)


def test_a_shorter_copy_is_caught() -> None:
    check = compare_table(
        SPEC, chunks((1, 1), (2, 2), (3, 3)), chunks((1, 1), (2, 2)), lambda n: None
    )
    assert check.missing == [(3,)] and not check.ok


@pytest.mark.postgresql
def test_a_wrong_conversion_stops_the_move(edge_book, edge_schema, pg_target, monkeypatch) -> None:
    real = pg_side_module.load_expression

    def one_place_lost(c):
        if c.kind is Kind.DECIMAL and c.scale == 2:
            return f"trunc({real(c)}, 1)"  # a bug in the load, on purpose: a place lost
        return real(c)

    monkeypatch.setattr(pg_side_module, "load_expression", one_place_lost)
    original = read_all(BookLocation.for_file(edge_book), edge_schema.metadata)
    with pytest.raises(VerificationFailed) as failed:
        Migration(
            BookLocation.for_file(edge_book),
            pg_target,
            metadata=edge_schema.metadata,
            versions=edge_schema.versions,
        ).run()
    bad = {t.table: t for t in failed.value.report.failed_tables}
    assert "edge_value" in bad
    assert bad["edge_value"].different[0].columns == ["amount"]
    assert read_all(BookLocation.for_file(edge_book), edge_schema.metadata) == original
    assert move_log_left(edge_book) == []
    with pytest.raises(BookError, match="unfinished move"):
        open_book(pg_target, versions=edge_schema.versions)
    info = run_cli("info", "--book", pg_target.target)
    assert "unfinished" in info.stdout
