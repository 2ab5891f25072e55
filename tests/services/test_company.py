"""Company profile: first-run setup, validation, updates (audited)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.errors import StateError, ValidationError
from erp_desktop.models.audit import AuditEvent
from erp_desktop.models.company import Company
from erp_desktop.services.company import CompanyProfile, get_company, setup_company, update_company
from erp_desktop.services.users import default_user


@pytest.fixture
def blank_book(blank_book_url: str):
    book = open_book(BookLocation.parse(blank_book_url))
    yield book
    book.close()


def test_first_run_stores_company_and_makes_an_administrator(blank_book) -> None:
    profile = CompanyProfile(
        name="  上海示例贸易有限公司 ",
        tax_id="９１１１ ００００ ６０００ ３７３４ １ｌ",
        currency="cny",
        language="zh_CN",
    )
    admin = blank_book.run(lambda s: setup_company(s, profile, "李 雷").value)
    company = blank_book.read(get_company)
    assert company.name == "上海示例贸易有限公司"
    assert company.tax_id == "91110000600037341L"
    assert company.currency == "CNY"
    assert admin.is_admin and admin.full_name == "李 雷"
    assert blank_book.read(default_user) == admin


def test_second_setup_is_refused(book) -> None:
    with pytest.raises(StateError):
        book.run(lambda s: setup_company(s, CompanyProfile(name="X"), "Y").value)


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (CompanyProfile(name="   "), "Company name is required"),
        (CompanyProfile(name="A", tax_id="91110000600037341X"), "check character"),
        (CompanyProfile(name="A", tax_id="9111000060003734"), "18"),
        (CompanyProfile(name="A", currency="XYZ"), "currency"),
        (CompanyProfile(name="A\x00B"), "control character"),
        (CompanyProfile(name="A" * 201), "too long"),
    ],
)
def test_bad_profiles_change_nothing(blank_book, profile, message) -> None:
    with pytest.raises(ValidationError, match=message):
        blank_book.run(lambda s: setup_company(s, profile, "admin").value)
    assert blank_book.read(get_company) is None
    assert blank_book.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent))) == 0


def test_failing_tax_id_is_accepted_with_a_recorded_reason(book, admin_id) -> None:
    profile = CompanyProfile(
        name="Old Shop",
        tax_id="91110000600037341X",
        tax_id_override_reason="printed so on the licence",
    )
    book.run(lambda s: update_company(s, profile, user_id=admin_id).value)
    row = book.read(lambda s: s.get(Company, 1))
    assert row.tax_id == "91110000600037341X"
    assert row.tax_id_override_reason == "printed so on the licence"
    events = book.read(
        lambda s: s.scalars(select(AuditEvent).where(AuditEvent.action == "company.update")).all()
    )
    assert len(events) == 1 and "printed so on the licence" in events[0].details


def test_valid_tax_id_drops_a_stale_override_reason(book, admin_id) -> None:
    profile = CompanyProfile(
        name="Shop", tax_id="91110000600037341L", tax_id_override_reason="not needed"
    )
    saved = book.run(lambda s: update_company(s, profile, user_id=admin_id).value)
    assert saved.tax_id_override_reason == ""


@pytest.mark.parametrize("who", ["sales clerk", "deactivated administrator"])
def test_only_administrators_change_the_company_profile(book, admin_id, who) -> None:
    from erp_desktop.domain.permissions import Role
    from erp_desktop.errors import PermissionDenied
    from erp_desktop.services.accounts import set_active
    from erp_desktop.services.users import create_user

    def make_user(s):
        if who == "sales clerk":
            return create_user(s, "Clerk", role=Role.SALES, created_by=admin_id).value.id
        other = create_user(s, "Old Admin", is_admin=True, created_by=admin_id).value.id
        set_active(s, by=admin_id, user_id=other, active=False)
        return other

    user_id = book.run(make_user)
    before = book.read(get_company)
    events = book.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)))
    changed = CompanyProfile(name="Thief Ltd", tax_id=before.tax_id, bank_account="6222 0000 1111")
    with pytest.raises(PermissionDenied, match="may not change settings and users"):
        book.run(lambda s: update_company(s, changed, user_id=user_id).value)
    assert book.read(get_company) == before
    assert book.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent))) == events
