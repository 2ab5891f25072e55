"""Settings of the invoice and credit note number series: prefix, yearly reset, digits.

``INV-2026-000123`` is prefix ``INV``, yearly reset on, 6 digits. A series can
be changed only before it has given out a number: numbers already on issued
documents must keep following the series they came from (the book check
recomputes them from it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from erp_desktop.domain.permissions import Permission
from erp_desktop.errors import NotFound, StateError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.sequence import NumberSeries
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.numbering import format_number, issued_count
from erp_desktop.services.permissions import require

# Letters (any script), digits, "-" and "_": numbers also name exported files.
_PREFIX = re.compile(r"^[\w-]{1,10}$")


@dataclass(frozen=True)
class SeriesSettings:
    code: str
    prefix: str
    yearly: bool
    padding: int
    given_out: int = 0  # numbers handed out so far (all years)

    def example(self, year: int) -> str:
        series = NumberSeries(
            code=self.code, prefix=self.prefix, yearly=self.yearly, padding=self.padding
        )
        return format_number(series, year, 123)


def get_series(session: Session, code: str) -> SeriesSettings:
    row = session.get(NumberSeries, code)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "The number series “{code}” does not exist."), code=code
        )
    given = sum(issued_count(session, code).values())
    return SeriesSettings(row.code, row.prefix, row.yearly, row.padding, given)


def configure_series(
    session: Session, user_id: int, code: str, *, prefix: str, yearly: bool, padding: int
) -> Changed[SeriesSettings]:
    require(session, user_id, Permission.SETTINGS)
    current = get_series(session, code)
    prefix = prefix.strip()
    if not _PREFIX.match(prefix):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A number prefix has 1 to 10 letters, digits, “-” or “_” (no spaces or slashes).",
            )
        )
    if not 3 <= padding <= 10:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A number has between 3 and 10 digits."))
    unchanged = (prefix, yearly, padding) == (current.prefix, current.yearly, current.padding)
    if current.given_out and not unchanged:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The series {prefix} has already given out {count} numbers; it can no longer "
                "be changed.",
            ),
            prefix=current.prefix,
            count=current.given_out,
        )
    row = session.get(NumberSeries, code)
    assert row is not None
    row.prefix, row.yearly, row.padding = prefix, yearly, padding
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="series.update",
        subject=f"series:{code}",
        details={"prefix": prefix, "yearly": yearly, "padding": padding},
    )
    return Changed(get_series(session, code), Changes.of(Area.INVOICING, Area.SETTINGS))
