"""Settings ▸ Company: only administrators may change the profile."""

from __future__ import annotations

from dataclasses import replace

from erp_desktop.domain.permissions import Role
from erp_desktop.services.company import get_company
from erp_desktop.services.users import create_user
from erp_desktop.ui.settings_page import CompanyPage


def test_a_clerk_sees_the_company_profile_read_only(open_window, book_url, qtbot) -> None:
    window = open_window(book_url)
    ctx = window.ctx
    clerk = ctx.book.run(lambda s: create_user(s, "Clerk", role=Role.SALES, created_by=1).value)
    ctx.opened = replace(ctx.opened, user=clerk)
    before = ctx.book.read(get_company)
    page = CompanyPage(ctx)
    qtbot.addWidget(page)
    assert not page.form.isEnabled()
    assert page.save_button.isHidden()
    assert page.message.text() == "Only administrators change the company profile."
    page.form.name_edit.setText("Thief Ltd")
    page.save()  # even if the page were bypassed, the service refuses
    qtbot.waitUntil(lambda: "may not" in page.message.text(), timeout=10_000)
    assert page.message.text() == "Clerk may not change settings and users. Ask an administrator."
    assert ctx.book.read(get_company) == before


def test_an_administrator_may_edit_the_company_profile(open_window, book_url, qtbot) -> None:
    window = open_window(book_url)
    page = CompanyPage(window.ctx)
    qtbot.addWidget(page)
    assert page.form.isEnabled()
    assert not page.save_button.isHidden()
    assert page.message.text() == ""
