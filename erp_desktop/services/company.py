"""The company profile: asked on first run, printed on every document."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from sqlalchemy.orm import Session

from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.tax_id import accept_tax_id
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import StateError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.company import Company
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.permissions import require
from erp_desktop.services.users import UserInfo, create_user

CURRENCIES = ("CNY", "HKD", "USD", "EUR", "GBP", "JPY", "SGD", "TWD", "MOP", "AUD", "CAD")
LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class CompanyProfile:
    name: str
    tax_id: str = ""
    tax_id_override_reason: str = ""
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    bank_account: str = ""
    currency: str = "CNY"
    language: str = "zh_CN"


def clean_profile(profile: CompanyProfile) -> CompanyProfile:
    """Validate and normalise; raises ValidationError naming the field."""
    name = clean_text(
        profile.name,
        field=QT_TRANSLATE_NOOP("fields", "Company name"),
        max_length=200,
        required=True,
    )
    reason = clean_text(
        profile.tax_id_override_reason,
        field=QT_TRANSLATE_NOOP("fields", "Reason for accepting the tax ID"),
        max_length=500,
    )
    tax_id, reason = accept_tax_id(profile.tax_id, reason)
    currency = profile.currency.strip().upper()
    if currency not in CURRENCIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unsupported currency “{code}”."), code=profile.currency
        )
    if profile.language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unsupported language “{code}”."), code=profile.language
        )
    return replace(
        profile,
        name=name,
        tax_id=tax_id,
        tax_id_override_reason=reason,
        address=clean_text(
            profile.address, field=QT_TRANSLATE_NOOP("fields", "Address"), max_length=300
        ),
        phone=clean_text(profile.phone, field=QT_TRANSLATE_NOOP("fields", "Phone"), max_length=50),
        bank_name=clean_text(
            profile.bank_name, field=QT_TRANSLATE_NOOP("fields", "Bank"), max_length=200
        ),
        bank_account=clean_text(
            profile.bank_account, field=QT_TRANSLATE_NOOP("fields", "Bank account"), max_length=50
        ),
        currency=currency,
    )


def get_company(session: Session) -> CompanyProfile | None:
    row = session.get(Company, 1)
    if row is None:
        return None
    return CompanyProfile(**{k: getattr(row, k) for k in CompanyProfile.__dataclass_fields__})


def setup_company(session: Session, profile: CompanyProfile, admin_name: str) -> Changed[UserInfo]:
    """First run: store the company and create its first user, an administrator."""
    if session.get(Company, 1) is not None:
        raise StateError(QT_TRANSLATE_NOOP("errors", "This book already has a company profile."))
    profile = clean_profile(profile)
    admin = create_user(session, admin_name, is_admin=True).value
    session.add(Company(id=1, **asdict(profile)))
    session.flush()
    _first_warehouse(session, admin.id, profile.language)
    audit.record(
        session,
        user_id=admin.id,
        action="company.setup",
        subject="company",
        details=asdict(profile),
    )
    return Changed(admin, Changes.of(Area.COMPANY, Area.USERS, Area.STOCK))


def _first_warehouse(session: Session, user_id: int, language: str) -> None:
    """A new company can receive goods at once: it gets one warehouse to start with."""
    from erp_desktop.services.stock.locations import WarehouseData, create_warehouse

    name = "主仓库" if language == "zh_CN" else "Main warehouse"
    create_warehouse(session, user_id, WarehouseData(code="MAIN", name=name))


def update_company(
    session: Session, profile: CompanyProfile, *, user_id: int
) -> Changed[CompanyProfile]:
    """Only an active user with the SETTINGS permission (administrators) changes the profile:
    its name, tax ID and bank account print on every invoice."""
    require(session, user_id, Permission.SETTINGS)
    row = session.get(Company, 1)
    if row is None:
        raise StateError(QT_TRANSLATE_NOOP("errors", "Set up the company profile first."))
    profile = clean_profile(profile)
    for key, value in asdict(profile).items():
        setattr(row, key, value)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="company.update",
        subject="company",
        details=asdict(profile),
    )
    return Changed(profile, Changes.of(Area.COMPANY))
