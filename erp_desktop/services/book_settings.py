"""Book-wide settings, each declared once with its type and default.

They live in the book (every PC sees the same), unlike personal preferences
(``erp_desktop.settings``). Changing one is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from erp_desktop.domain.dates import FIRST_YEAR, LAST_YEAR
from erp_desktop.domain.permissions import Permission
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.setting import BookSetting
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.permissions import require


@dataclass(frozen=True)
class BookSettingDef:
    key: str
    type: type
    default: Any
    label: str  # marked for translation in context "settings"


def _declare(*defs: BookSettingDef) -> dict[str, BookSettingDef]:
    return {d.key: d for d in defs}


DECLARED = _declare(
    BookSettingDef(
        "allow_negative_stock",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Allow stock to go below zero"),
    ),
    BookSettingDef(
        "receipt_tolerance_percent",
        Decimal,
        Decimal("0"),
        QT_TRANSLATE_NOOP("settings", "Over-receipt tolerance (% of the ordered quantity)"),
    ),
    BookSettingDef(
        "first_business_year",
        int,
        FIRST_YEAR,
        QT_TRANSLATE_NOOP("settings", "Earliest year of a business date"),
    ),
    BookSettingDef(
        "last_business_year",
        int,
        LAST_YEAR,
        QT_TRANSLATE_NOOP("settings", "Latest year of a business date"),
    ),
    BookSettingDef(
        "einvoice_codes_required",
        bool,
        False,  # off: old books keep issuing; the export then lists the lines without one
        QT_TRANSLATE_NOOP(
            "settings", "Refuse to issue an invoice line without a tax classification code"
        ),
    ),
)


def _decode(definition: BookSettingDef, raw: str) -> Any:
    if definition.type is bool:
        return raw == "1"
    return definition.type(raw)


def _encode(definition: BookSettingDef, value: Any) -> str:
    if definition.type is bool:
        return "1" if value else "0"
    return str(value)


def get_setting(session: Session, key: str) -> Any:
    definition = DECLARED[key]
    row = session.get(BookSetting, key)
    return definition.default if row is None else _decode(definition, row.value)


def set_setting(session: Session, key: str, value: Any, *, user_id: int) -> Changed[None]:
    require(session, user_id, Permission.SETTINGS)
    definition = DECLARED[key]
    if not isinstance(value, definition.type) or (definition.type is not bool and value is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The setting “{key}” takes a {type} value."),
            key=key,
            type=definition.type.__name__,
        )
    if key in _YEARS:
        _check_years(session, key, value)
    old = get_setting(session, key)
    row = session.get(BookSetting, key)
    if row is None:
        session.add(BookSetting(key=key, value=_encode(definition, value), updated_by_id=user_id))
    else:
        row.value = _encode(definition, value)
        row.updated_by_id = user_id
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="setting.change",
        subject=key,
        details={"old": _encode(definition, old), "new": _encode(definition, value)},
    )
    return Changed(None, Changes.of(Area.SETTINGS))


_YEARS = ("first_business_year", "last_business_year")


def _check_years(session: Session, key: str, value: int) -> None:
    """Business years stay where date arithmetic is safe, the first before the last."""
    first, last = (value if k == key else get_setting(session, k) for k in _YEARS)
    if not (1900 <= first <= last <= 2999):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Business years must run from 1900 to 2999, the first not after the last "
                "({first}–{last}).",
            ),
            first=first,
            last=last,
        )
