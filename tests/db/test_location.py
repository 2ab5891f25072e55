"""Book locations: parsing paths and URLs, and never showing a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from erp_desktop.db.location import BookLocation
from erp_desktop.errors import BookError


def test_a_plain_path_is_an_sqlite_book(tmp_path: Path) -> None:
    location = BookLocation.parse(str(tmp_path / "shop.erpbook"))
    assert location.is_sqlite
    assert location.path == tmp_path / "shop.erpbook"


def test_relative_paths_become_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert BookLocation.parse("shop.erpbook").path == tmp_path / "shop.erpbook"


def test_sqlite_url_is_accepted(tmp_path: Path) -> None:
    assert BookLocation.parse(f"sqlite:///{tmp_path}/a.erpbook").path == tmp_path / "a.erpbook"


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "postgresql+psycopg"])
def test_postgres_urls_use_psycopg(scheme: str) -> None:
    location = BookLocation.parse(f"{scheme}://clerk:s3cret@db.local:5433/shop")
    assert location.kind == "postgresql"
    assert location.target.startswith("postgresql+psycopg://")
    assert location.server == ("db.local", 5433, "shop", "clerk")
    assert location.password == "s3cret"


def test_display_never_shows_the_password() -> None:
    location = BookLocation.parse("postgresql://clerk:s3cret@db.local/shop?sslmode=verify-full")
    assert "s3cret" not in location.display()
    assert "s3cret" not in repr(location)
    assert location.display() == "postgresql+psycopg://clerk@db.local/shop?sslmode=verify-full"
    assert location.without_password().password is None


def test_passwords_with_special_characters_survive() -> None:
    location = BookLocation.for_server(host="h", database="d", user="u", password="p@ss:w/rd")
    assert location.password == "p@ss:w/rd"
    assert location.sqlalchemy_url().password == "p@ss:w/rd"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "mysql://a/b", "postgresql://h/", "sqlite://", "postgresql://u:pw@h:99999/d"],
)
def test_bad_locations_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(BookError) as caught:
        BookLocation.parse(text)
    assert "pw@" not in str(caught.value)


def test_a_password_in_the_query_is_never_shown_or_stored() -> None:
    location = BookLocation.parse(
        "postgresql://clerk@db.local/shop?password=s3cret&sslmode=require"
    )
    assert location.password == "s3cret"
    assert location.display() == "postgresql+psycopg://clerk@db.local/shop?sslmode=require"
    assert location.sqlalchemy_url().password == "s3cret"
    assert "s3cret" not in repr(location)


def test_a_query_password_and_user_join_the_address() -> None:
    location = BookLocation.parse("postgresql://db.local/shop?user=clerk&password=p%40ss")
    assert location.server == ("db.local", 5432, "shop", "clerk")
    assert location.password == "p@ss"
    assert location.display() == "postgresql+psycopg://clerk@db.local/shop?sslmode=verify-full"


@pytest.mark.parametrize(
    ("url", "sslmode"),
    [
        ("postgresql://u@db.example.com/shop", "verify-full"),
        ("postgresql://u@192.168.1.20:5433/shop", "verify-full"),
        ("postgresql://u@db.example.com/shop?sslmode=require", "require"),
        ("postgresql://u@localhost/shop", None),
        ("postgresql://u@127.0.0.1/shop", None),
        ("postgresql://u@[::1]/shop", None),
        ("postgresql://u@/shop?host=/var/run/postgresql", None),
    ],
)
def test_a_server_elsewhere_is_verified_unless_the_address_says_otherwise(
    url: str, sslmode: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGSSLMODE", raising=False)
    location = BookLocation.parse(url)
    assert location.sslmode == sslmode
    assert location.sqlalchemy_url().query.get("sslmode") == sslmode
    server = BookLocation.for_server(host=location.server[0] or "/tmp", database="d", user="u")
    assert server.sslmode == (None if sslmode is None else "verify-full")
