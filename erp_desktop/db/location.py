"""Where a book lives: an SQLite file or a PostgreSQL database.

A location is given as a file path or a URL (``--book``, ``ERP_DESKTOP_BOOK``,
File ▸ Open). Its display form never contains a password. This module does
not import SQLAlchemy, so quick commands (``erp-desktop info``) stay quick.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from erp_desktop.errors import BookError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

BOOK_ENV = "ERP_DESKTOP_BOOK"
PG_DRIVER = "postgresql+psycopg"
_PG_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")


@dataclass(frozen=True)
class BookLocation:
    """``kind`` is "sqlite" (``target`` is an absolute path) or "postgresql"
    (``target`` is a ``postgresql+psycopg://`` URL, possibly with a password)."""

    kind: str
    target: str

    def __repr__(self) -> str:
        return f"BookLocation({self.kind}, {self.display()})"

    @classmethod
    def parse(cls, text: str) -> BookLocation:
        text = text.strip()
        if not text:
            raise BookError(QT_TRANSLATE_NOOP("errors", "No book was named."))
        if "://" not in text:
            return cls.for_file(Path(text))
        scheme, rest = text.split("://", 1)
        scheme = scheme.lower()
        if scheme == "sqlite":
            path = rest[1:] if rest.startswith("/") else rest
            if not path or path == ":memory:":
                raise BookError(QT_TRANSLATE_NOOP("errors", "An SQLite book needs a file path."))
            return cls.for_file(Path(unquote(path)))
        if scheme not in _PG_SCHEMES:
            raise BookError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{scheme}” books are not supported: use a file path or a "
                    "postgresql:// address.",
                ),
                scheme=scheme,
            )
        parts = urlsplit(f"{PG_DRIVER}://{rest}")
        try:
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError as exc:
            raise BookError(
                QT_TRANSLATE_NOOP("errors", "“{text}” is not a valid book address."),
                text=_redact(parts),
            ) from exc
        if not parts.hostname and "host=" not in parts.query:
            raise BookError(
                QT_TRANSLATE_NOOP("errors", "The server address must name a host: {url}"),
                url=_redact(parts),
            )
        if not parts.path.strip("/"):
            raise BookError(
                QT_TRANSLATE_NOOP("errors", "The server address must name a database: {url}"),
                url=_redact(parts),
            )
        return cls("postgresql", urlunsplit(parts))

    @classmethod
    def for_file(cls, path: Path) -> BookLocation:
        return cls("sqlite", str(path.expanduser().absolute()))

    @classmethod
    def for_server(
        cls,
        *,
        host: str,
        database: str,
        user: str,
        password: str | None = None,
        port: int | None = None,
        sslmode: str | None = None,
    ) -> BookLocation:
        auth = quote(user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        netloc = f"{auth}@{host}" + (f":{port}" if port else "")
        query = f"sslmode={sslmode}" if sslmode else ""
        return cls("postgresql", urlunsplit((PG_DRIVER, netloc, "/" + database, query, "")))

    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    @property
    def path(self) -> Path:
        if not self.is_sqlite:
            raise ValueError("not a file book")
        return Path(self.target)

    @property
    def password(self) -> str | None:
        if self.is_sqlite:
            return None
        value = urlsplit(self.target).password
        return unquote(value) if value else None

    @property
    def server(self) -> tuple[str, int, str, str]:
        """(host, port, database, user) of a PostgreSQL book."""
        parts = urlsplit(self.target)
        return (
            parts.hostname or "",
            parts.port or 5432,
            unquote(parts.path.lstrip("/")),
            unquote(parts.username or ""),
        )

    def display(self) -> str:
        """For the status bar, recent list and logs: never shows a password."""
        return self.target if self.is_sqlite else self.without_password().target

    def without_password(self) -> BookLocation:
        return self.with_password(None)

    def with_password(self, password: str | None) -> BookLocation:
        if self.is_sqlite:
            return self
        parts = urlsplit(self.target)
        auth = parts.username or ""
        if password:
            auth += ":" + quote(password, safe="")
        host = parts.netloc.rsplit("@", 1)[-1]
        netloc = f"{auth}@{host}" if auth else host
        return BookLocation("postgresql", urlunsplit(parts._replace(netloc=netloc)))

    def sqlalchemy_url(self) -> URL:
        from sqlalchemy.engine import URL, make_url

        if self.is_sqlite:
            return URL.create("sqlite", database=self.target)
        return make_url(self.target)

    def libpq_conninfo(self) -> str:
        """The URL as libpq takes it (for psycopg without SQLAlchemy)."""
        return "postgresql://" + self.target.split("://", 1)[1]


def _redact(parts) -> str:  # type: ignore[no-untyped-def]
    if parts.password:
        host = parts.netloc.rsplit("@", 1)[-1]
        parts = parts._replace(netloc=f"{parts.username}:***@{host}")
    return urlunsplit(parts)
