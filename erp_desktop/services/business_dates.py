"""The book's window of business dates (domain.dates), read from the book settings."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from erp_desktop.domain.dates import check_business_date
from erp_desktop.services.book_settings import get_setting


def require_business_date(session: Session, day: date | None, *, field: str) -> None:
    """Refuse a date outside the book's years; ``field`` marked in context "fields"."""
    check_business_date(
        day,
        field=field,
        first_year=int(get_setting(session, "first_business_year")),
        last_year=int(get_setting(session, "last_business_year")),
    )
