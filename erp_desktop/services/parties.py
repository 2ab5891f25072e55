"""Suppliers and customers (parties): create, edit, deactivate, find, list."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.domain.money import check_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.tax_id import accept_tax_id, normalize_tax_id
from erp_desktop.domain.text import clean_code, clean_text, fold_code
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.party import Party
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.company import CURRENCIES
from erp_desktop.services.paging import Page, PageRequest, like_pattern, page, search_text
from erp_desktop.services.permissions import require

# the e-invoice platform mails the invoice here: one address, no display name
EMAIL = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")
SUPPLIER = "supplier"
CUSTOMER = "customer"


@dataclass(frozen=True)
class PartyData:
    code: str
    name: str
    is_supplier: bool = False
    is_customer: bool = False
    tax_id: str = ""
    tax_id_override_reason: str = ""
    contact: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    bank_name: str = ""
    bank_account: str = ""
    currency: str = "CNY"
    payment_terms: str = ""
    lead_time_days: int = 0
    discount_percent: Decimal = Decimal(0)
    notes: str = ""
    natural_person: bool = False  # a private buyer (自然人): ID type and number, no tax ID
    id_type: str = ""
    id_number: str = ""


FIELDS = tuple(PartyData.__dataclass_fields__)


def clean_party(data: PartyData) -> PartyData:
    def text(value: str, field: str, length: int, required: bool = False) -> str:
        return clean_text(value, field=field, max_length=length, required=required)

    if not (data.is_supplier or data.is_customer):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A party must be a supplier, a customer, or both.")
        )
    reason = text(
        data.tax_id_override_reason,
        QT_TRANSLATE_NOOP("fields", "Reason for accepting the tax ID"),
        500,
    )
    tax_id, reason = accept_tax_id(data.tax_id, reason)
    email = text(data.email, QT_TRANSLATE_NOOP("fields", "Email"), 120)
    if email and not EMAIL.fullmatch(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{email}” is not an e-mail address."), email=email
        )
    id_type = text(data.id_type, QT_TRANSLATE_NOOP("fields", "ID type"), 20)
    id_number = normalize_tax_id(text(data.id_number, QT_TRANSLATE_NOOP("fields", "ID number"), 30))
    if not data.natural_person:
        id_type = id_number = ""
    currency = data.currency.strip().upper()
    if currency not in CURRENCIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unsupported currency “{code}”."), code=data.currency
        )
    if not 0 <= data.lead_time_days <= 3650:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The lead time must be between 0 and 3650 days.")
        )
    discount = check_decimal(
        data.discount_percent, places=2, field=QT_TRANSLATE_NOOP("fields", "Discount %")
    )
    if discount > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A discount cannot exceed 100 %."))
    return replace(
        data,
        code=clean_code(data.code, field=QT_TRANSLATE_NOOP("fields", "Code"), max_length=30),
        name=text(data.name, QT_TRANSLATE_NOOP("fields", "Name"), 200, True),
        tax_id=tax_id,
        tax_id_override_reason=reason,
        contact=text(data.contact, QT_TRANSLATE_NOOP("fields", "Contact"), 100),
        phone=text(data.phone, QT_TRANSLATE_NOOP("fields", "Phone"), 50),
        email=email,
        id_type=id_type,
        id_number=id_number,
        address=text(data.address, QT_TRANSLATE_NOOP("fields", "Address"), 300),
        bank_name=text(data.bank_name, QT_TRANSLATE_NOOP("fields", "Bank"), 200),
        bank_account=text(data.bank_account, QT_TRANSLATE_NOOP("fields", "Bank account"), 50),
        currency=currency,
        payment_terms=text(data.payment_terms, QT_TRANSLATE_NOOP("fields", "Payment terms"), 100),
        discount_percent=discount,
        notes=clean_text(
            data.notes, field=QT_TRANSLATE_NOOP("fields", "Notes"), max_length=1000, multiline=True
        ),
    )


def get_party(session: Session, party_id: int) -> Party:
    row = session.get(Party, party_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Party {id} does not exist."), id=party_id)
    return row


def party_data(row: Party) -> PartyData:
    return PartyData(**{name: getattr(row, name) for name in FIELDS})


def active_party(session: Session, party_id: int, role: str) -> Party:
    """A party usable on a new document in ``role`` (supplier or customer)."""
    row = get_party(session, party_id)
    if role == SUPPLIER and not row.is_supplier:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a supplier."), name=row.name
        )
    if role == CUSTOMER and not row.is_customer:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a customer."), name=row.name
        )
    if not row.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{code} {name} is inactive."), code=row.code, name=row.name
        )
    return row


def _refuse_taken_code(session: Session, code: str, own_id: int | None = None) -> None:
    taken = session.scalar(
        select(Party.name).where(Party.code_key == fold_code(code), Party.id != own_id)
    )
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The code “{code}” is already used by “{taken}”."),
            code=code,
            taken=taken,
        )


def create_party(session: Session, user_id: int, data: PartyData) -> Changed[int]:
    require(session, user_id, Permission.MASTER_DATA)
    data = clean_party(data)
    _refuse_taken_code(session, data.code)
    row = Party(code_key=fold_code(data.code), active=True, **vars(data))
    session.add(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="party.create",
        subject=f"party:{row.id}",
        details={"code": row.code, "name": row.name, "tax_id_override": row.tax_id_override_reason},
    )
    return Changed(row.id, Changes.of(Area.PARTIES, document_id=row.id))


def update_party(session: Session, user_id: int, party_id: int, data: PartyData) -> Changed[None]:
    require(session, user_id, Permission.MASTER_DATA)
    row = get_party(session, party_id)
    data = clean_party(data)
    _refuse_taken_code(session, data.code, own_id=row.id)
    before = {k: str(getattr(row, k)) for k in ("code", "name", "tax_id", "bank_account")}
    for name in FIELDS:
        setattr(row, name, getattr(data, name))
    row.code_key = fold_code(data.code)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="party.update",
        subject=f"party:{row.id}",
        details={
            "before": before,
            "after": {k: str(getattr(row, k)) for k in before},
            "tax_id_override": row.tax_id_override_reason,
        },
    )
    return Changed(None, Changes.of(Area.PARTIES, document_id=party_id))


def set_party_active(session: Session, user_id: int, party_id: int, active: bool) -> Changed[None]:
    require(session, user_id, Permission.MASTER_DATA)
    row = get_party(session, party_id)
    row.active = active
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="party.activate" if active else "party.deactivate",
        subject=f"party:{row.id}",
    )
    return Changed(None, Changes.of(Area.PARTIES, document_id=party_id))


def party_page(session: Session, request: PageRequest) -> Page:
    """(id, code, name, tax ID, contact, phone, currency, active). Filters: ``role``
    (supplier/customer), ``include_inactive``."""
    query = select(
        Party.id,
        Party.code,
        Party.name,
        Party.tax_id,
        Party.contact,
        Party.phone,
        Party.currency,
        Party.active,
    )
    role = request.filters.get("role")
    if role == SUPPLIER:
        query = query.where(Party.is_supplier.is_(True))
    elif role == CUSTOMER:
        query = query.where(Party.is_customer.is_(True))
    if not request.filters.get("include_inactive"):
        query = query.where(Party.active.is_(True))
    return page(
        session,
        query,
        request,
        search=[Party.code, Party.name, Party.tax_id, Party.contact, Party.phone],
        sorts={
            "code": Party.code_key,
            "name": Party.name,
            "tax_id": Party.tax_id,
            "contact": Party.contact,
            "phone": Party.phone,
            "currency": Party.currency,
            "active": Party.active,
        },
        default_sort="code",
        tie_breaker=Party.id,
    )


@dataclass(frozen=True)
class PartyChoice:
    id: int
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code}  {self.name}"


def search_parties(session: Session, text: str, role: str, *, limit: int = 20) -> list[PartyChoice]:
    """Active suppliers or customers whose code or name matches, for a lookup box."""
    text = search_text(text)
    flag = Party.is_supplier if role == SUPPLIER else Party.is_customer
    query = select(Party.id, Party.code, Party.name).where(flag.is_(True), Party.active.is_(True))
    if text:
        query = query.where(
            (Party.code_key.like(f"{fold_code(text)}%"))
            | Party.name.ilike(like_pattern(text), escape="\\")
        )
    rows = session.execute(query.order_by(Party.code_key).limit(limit))
    return [PartyChoice(*row) for row in rows]
