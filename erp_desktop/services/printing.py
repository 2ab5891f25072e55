"""The company profile as every printed document shows it (one rule for all areas).

``services/<area>/printing.py`` starts each document view from
:func:`company_view`; a book without a profile yet prints a blank header in
Chinese (the default book language), whatever the document.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from erp_desktop.reports.views import DEFAULT_LANGUAGE, CompanyView
from erp_desktop.services.company import get_company


def company_view(session: Session) -> CompanyView:
    company = get_company(session)
    if company is None:
        return CompanyView("", language=DEFAULT_LANGUAGE)
    return CompanyView(
        name=company.name,
        tax_id=company.tax_id,
        address=company.address,
        phone=company.phone,
        bank_name=company.bank_name,
        bank_account=company.bank_account,
        language=company.language or DEFAULT_LANGUAGE,
    )
