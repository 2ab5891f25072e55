"""Book settings: declared defaults, typed values, audited changes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from erp_desktop.errors import ValidationError
from erp_desktop.models.audit import AuditEvent
from erp_desktop.services.book_settings import get_setting, set_setting


def test_defaults_then_changes_are_kept_and_audited(book, admin_id) -> None:
    assert book.read(lambda s: get_setting(s, "allow_negative_stock")) is False
    book.run(lambda s: set_setting(s, "allow_negative_stock", True, user_id=admin_id))
    book.run(
        lambda s: set_setting(s, "receipt_tolerance_percent", Decimal("2.5"), user_id=admin_id)
    )
    assert book.read(lambda s: get_setting(s, "allow_negative_stock")) is True
    assert book.read(lambda s: get_setting(s, "receipt_tolerance_percent")) == Decimal("2.5")
    actions = book.read(
        lambda s: s.scalars(
            select(AuditEvent.subject).where(AuditEvent.action == "setting.change")
        ).all()
    )
    assert actions == ["allow_negative_stock", "receipt_tolerance_percent"]


def test_wrong_type_is_refused(book, admin_id) -> None:
    with pytest.raises(ValidationError):
        book.run(lambda s: set_setting(s, "allow_negative_stock", "yes", user_id=admin_id))
    assert book.read(lambda s: get_setting(s, "allow_negative_stock")) is False


def test_only_users_allowed_to_change_settings_may(book, admin_id) -> None:
    from erp_desktop.domain.permissions import Role
    from erp_desktop.errors import PermissionDenied
    from erp_desktop.services.users import create_user

    clerk = book.run(
        lambda s: create_user(s, "Clerk", role=Role.WAREHOUSE, created_by=admin_id).value
    )
    with pytest.raises(PermissionDenied):
        book.run(lambda s: set_setting(s, "allow_negative_stock", True, user_id=clerk.id))
    assert book.read(lambda s: get_setting(s, "allow_negative_stock")) is False
