"""The errors a user may see: each carries a translatable message.

Services raise these with a message the user can act on; the GUI's operation
runner and the command line show the message, translated. Anything else that
escapes is a bug: it is logged with its traceback and the user gets an apology.
"""

from __future__ import annotations

from typing import Any

from erp_desktop.i18n import Msg, Translate


class ErpError(Exception):
    """Base of every error whose message is meant for the user."""

    def __init__(self, text: str | Msg, /, **params: Any) -> None:
        self.message = text if isinstance(text, Msg) else Msg(text, "errors", params)
        super().__init__(self.message.render())

    def render(self, translate: Translate | None = None) -> str:
        return self.message.render(translate)


class ValidationError(ErpError):
    """Input breaks a rule; nothing was changed."""


class InsufficientStock(ValidationError):
    """Posting would take more than is on hand."""


class StateError(ErpError):
    """The document is not in a state that allows this action."""


class NotFound(ErpError):
    """The record asked for does not exist."""


class PermissionDenied(ErpError):
    """The current user may not do this."""


class ConflictError(ErpError):
    """Another user changed the same data; the action can be tried again."""


class BookError(ErpError):
    """The book cannot be opened or used as asked."""


class BookTooNew(BookError):
    """The book was upgraded by a newer ERP Desktop."""


class DatabaseUnavailable(BookError):
    """The database cannot be reached or refused the login."""


class WrongPassword(DatabaseUnavailable):
    """The server refused the user name or password (counted for the sign-in's delay)."""


class UserDisabled(DatabaseUnavailable):
    """The server knows the user but no longer lets them log in (disabled)."""
