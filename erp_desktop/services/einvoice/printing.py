"""Printing an invoice the tax platform has issued: our document with its 数电票 number.

The PDF stored at issue stays byte for byte what the customer got (it says
"not a tax invoice"); once the platform's number is imported, a reprint is
rendered from the same frozen view plus that number, deterministically.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from erp_desktop.domain.invoice import InvoiceState
from erp_desktop.services.einvoice.red import platform_number
from erp_desktop.services.invoicing import issuing
from erp_desktop.services.invoicing.printing import view_of


def reprint_pdf(session: Session, invoice_id: int) -> bytes:
    """The stored PDF, or — once the platform issued it — the same with its number."""
    number = platform_number(session, invoice_id)
    stored = issuing.stored_pdf(session, invoice_id)  # also checks the state allows printing
    if number is None:
        return stored
    from erp_desktop.reports.invoice import render_invoice

    return render_invoice(replace(view_of(session, invoice_id), platform_number=number))


def print_pdf(session: Session, invoice_id: int) -> bytes:
    """What the screens preview and export: a draft as it would print, an issued document
    as reprinted (with the platform's number once it has one)."""
    from erp_desktop.services.invoicing.documents import get_invoice

    if get_invoice(session, invoice_id).state == InvoiceState.DRAFT:
        return issuing.preview_pdf(session, invoice_id)
    return reprint_pdf(session, invoice_id)
