"""Where a book lives: an SQLite file or a PostgreSQL database.

A location is given as a file path or a URL (``--book``, ``ERP_DESKTOP_BOOK``,
File ▸ Open). Its display form never contains a password. This module does
not import SQLAlchemy, so quick commands (``erp-desktop info``) stay quick.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from erp_desktop.errors import BookError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

BOOK_ENV = "ERP_DESKTOP_BOOK"
PG_DRIVER = "postgresql+psycopg"
_PG_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2")
_LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")
LOCAL_SSLMODE = "prefer"  # libpq's own default, kept for this machine's server
REMOTE_SSLMODE = "verify-full"


def is_local_host(host: str) -> bool:
    """This machine: localhost, a loopback address, or a Unix socket (a path, or no host)."""
    host = host.strip().strip("[]").lower()
    return host in _LOCAL_HOSTS or host.startswith("/") or host.startswith("@")


def default_sslmode(host: str) -> str:
    """Encryption when the address does not say: a server elsewhere must prove who it
    is (``verify-full``); this machine's own server keeps libpq's default. An IT person's
    ``PGSSLMODE`` still wins."""
    if os.environ.get("PGSSLMODE"):
        return os.environ["PGSSLMODE"]
    return LOCAL_SSLMODE if is_local_host(host) else REMOTE_SSLMODE


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
        parts = _settle_query(urlsplit(f"{PG_DRIVER}://{rest}"))
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
        sslmode = sslmode or ("" if is_local_host(host) else default_sslmode(host))
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

    @property
    def sslmode(self) -> str | None:
        """The encryption the address asks for, if it says."""
        if self.is_sqlite:
            return None
        return dict(parse_qsl(urlsplit(self.target).query)).get("sslmode")

    def display(self) -> str:
        """For the status bar, recent list and logs: never shows a password."""
        return self.target if self.is_sqlite else self.without_password().target

    def as_user(self, user: str, password: str | None) -> BookLocation:
        """The same server book, connecting as another server user (e.g. one's own role)."""
        if self.is_sqlite:
            raise ValueError("not a server book")
        parts = urlsplit(self.target)
        host = parts.netloc.rsplit("@", 1)[-1]
        auth = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
        return BookLocation("postgresql", urlunsplit(parts._replace(netloc=f"{auth}@{host}")))

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


def _settle_query(parts: SplitResult) -> SplitResult:
    """A ``?password=`` joins the address's ``user:password@`` (so it is stripped
    wherever the address is shown or stored), and an address without ``sslmode``
    gets ``verify-full`` unless its server is this machine (which keeps libpq's default)."""
    query = parse_qsl(parts.query, keep_blank_values=True)
    moved = {key: value for key, value in query if key in ("password", "user") and value}
    query = [(key, value) for key, value in query if key != "password"]
    if "password" in moved and not parts.username:
        query = [(key, value) for key, value in query if key != "user"]
    host = parts.hostname or dict(query).get("host", "")
    if "sslmode" not in {key for key, _value in query} and not is_local_host(host):
        query.append(("sslmode", default_sslmode(host)))
    parts = parts._replace(query=urlencode(query, safe="/@:,", quote_via=quote))
    if "password" in moved and not parts.password:
        user = parts.username or quote(moved.get("user", ""), safe="")
        host = parts.netloc.rsplit("@", 1)[-1]
        parts = parts._replace(netloc=f"{user}:{quote(moved['password'], safe='')}@{host}")
    return parts


def _redact(parts: SplitResult) -> str:
    if parts.password:
        host = parts.netloc.rsplit("@", 1)[-1]
        parts = parts._replace(netloc=f"{parts.username}:***@{host}")
    return urlunsplit(parts)
