"""Checks of invoices and credit notes: totals, credits, numbering, stored PDFs."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from erp_desktop.domain.invoice import ISSUED_STATES, InvoiceKind, InvoiceState
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.invoice import Invoice, InvoiceDocument, InvoiceLine
from erp_desktop.services.checks import Check
from erp_desktop.services.checks.book import numbers_without_gaps
from erp_desktop.services.invoicing.documents import SERIES

LIMIT = 20


def _msg(text: str, **params: object) -> Msg:
    return Msg(text, "checks", params)


def _label(number: str | None, invoice_id: int) -> str:
    return number or f"#{invoice_id}"


def totals_equal_lines(session: Session) -> Iterable[Msg]:
    """Header totals are the sums of the lines; net + tax = gross on every line and header."""
    line = InvoiceLine
    sums = (
        select(
            line.invoice_id,
            func.sum(line.net, type_=line.net.type).label("net"),
            func.sum(line.tax, type_=line.tax.type).label("tax"),
            func.sum(line.gross, type_=line.gross.type).label("gross"),
        )
        .group_by(line.invoice_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.net_total,
            Invoice.tax_total,
            Invoice.gross_total,
            sums.c.net,
            sums.c.tax,
            sums.c.gross,
        ).outerjoin(sums, sums.c.invoice_id == Invoice.id)
    )
    found = 0
    for invoice_id, number, net, tax, gross, l_net, l_tax, l_gross in rows:
        if (net, tax, gross) != (l_net, l_tax, l_gross) or net + tax != gross:
            found += 1
            if found <= LIMIT:
                yield _msg(
                    QT_TRANSLATE_NOOP(
                        "checks",
                        "{number}: the totals {net} + {tax} = {gross} do not match its lines "
                        "({l_net} + {l_tax} = {l_gross}).",
                    ),
                    number=_label(number, invoice_id),
                    net=net,
                    tax=tax,
                    gross=gross,
                    l_net=l_net,
                    l_tax=l_tax,
                    l_gross=l_gross,
                )
    bad_lines = session.execute(
        select(Invoice.id, Invoice.number, line.line_no)
        .join(Invoice, Invoice.id == line.invoice_id)
        .where(line.net + line.tax != line.gross)
        .limit(LIMIT)
    )
    for invoice_id, number, line_no in bad_lines:
        yield _msg(
            QT_TRANSLATE_NOOP("checks", "{number} line {line}: net + tax is not the gross."),
            number=_label(number, invoice_id),
            line=line_no,
        )


def credits_within_invoiced(session: Session) -> Iterable[Msg]:
    """Issued credit notes never credit more of a line than was invoiced."""
    note = aliased(Invoice)
    credit = aliased(InvoiceLine)
    credited = (
        select(
            credit.credited_line_id.label("line_id"),
            func.sum(credit.quantity, type_=credit.quantity.type).label("quantity"),
            func.sum(credit.gross, type_=credit.gross.type).label("gross"),
        )
        .join(note, note.id == credit.invoice_id)
        .where(note.kind == InvoiceKind.CREDIT_NOTE, note.state == InvoiceState.ISSUED)
        .group_by(credit.credited_line_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Invoice.id,
            Invoice.number,
            InvoiceLine.line_no,
            InvoiceLine.quantity,
            InvoiceLine.gross,
            credited.c.quantity,
            credited.c.gross,
        )
        .join(credited, credited.c.line_id == InvoiceLine.id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
    )
    found = 0
    for invoice_id, number, line_no, quantity, gross, c_quantity, c_gross in rows:
        over_quantity = -c_quantity > quantity
        over_amount = abs(c_gross) > abs(gross)
        if over_quantity or over_amount:
            found += 1
            if found <= LIMIT:
                yield _msg(
                    QT_TRANSLATE_NOOP(
                        "checks",
                        "{number} line {line}: credited {c_quantity} worth {c_gross}, but only "
                        "{quantity} worth {gross} were invoiced.",
                    ),
                    number=_label(number, invoice_id),
                    line=line_no,
                    c_quantity=-c_quantity,
                    c_gross=-c_gross,
                    quantity=quantity,
                    gross=gross,
                )


def credited_state_matches(session: Session) -> Iterable[Msg]:
    """An invoice says "credited" exactly when every line is credited in full."""
    note = aliased(Invoice)
    credit = aliased(InvoiceLine)
    credited = (
        select(
            credit.credited_line_id.label("line_id"),
            func.sum(credit.quantity, type_=credit.quantity.type).label("quantity"),
        )
        .join(note, note.id == credit.invoice_id)
        .where(note.kind == InvoiceKind.CREDIT_NOTE, note.state == InvoiceState.ISSUED)
        .group_by(credit.credited_line_id)
        .subquery()
    )
    rows = session.execute(
        select(Invoice.id, Invoice.number, Invoice.state, InvoiceLine.quantity, credited.c.quantity)
        .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .outerjoin(credited, credited.c.line_id == InvoiceLine.id)
        .where(Invoice.kind == InvoiceKind.INVOICE, Invoice.state.in_(ISSUED_STATES))
        .order_by(Invoice.id)
    )
    facts: dict[int, list[object]] = {}
    zero = Decimal(0)
    for invoice_id, number, state, quantity, c_quantity in rows:
        fact = facts.setdefault(invoice_id, [number, state, True, False])
        done = -(c_quantity or zero)
        fact[2] = fact[2] and done == quantity  # every line fully credited
        fact[3] = fact[3] or done > 0  # something credited
    found = 0
    for invoice_id, (number, state, full, some) in facts.items():
        expected = (
            InvoiceState.CREDITED
            if full
            else (InvoiceState.PARTIALLY_CREDITED if some else InvoiceState.ISSUED)
        )
        if state != expected:
            found += 1
            if found <= LIMIT:
                yield _msg(
                    QT_TRANSLATE_NOOP(
                        "checks",
                        "{number} is marked {state} but its credit notes make it {expected}.",
                    ),
                    number=_label(str(number), invoice_id),
                    state=state,
                    expected=expected,
                )


def issued_have_pdf(session: Session) -> Iterable[Msg]:
    rows = session.execute(
        select(Invoice.id, Invoice.number)
        .outerjoin(InvoiceDocument, InvoiceDocument.invoice_id == Invoice.id)
        .where(Invoice.state != InvoiceState.DRAFT, InvoiceDocument.invoice_id.is_(None))
        .order_by(Invoice.id)
        .limit(LIMIT)
    )
    for invoice_id, number in rows:
        yield _msg(
            QT_TRANSLATE_NOOP("checks", "{number} was issued but its PDF is not stored."),
            number=_label(number, invoice_id),
        )


CHECKS: tuple[tuple[str, Check], ...] = (
    ("invoice totals = lines", totals_equal_lines),
    ("credits within invoiced", credits_within_invoiced),
    ("credited state", credited_state_matches),
    (
        "numbers INV",
        numbers_without_gaps(
            SERIES[InvoiceKind.INVOICE], Invoice.number, Invoice.kind == InvoiceKind.INVOICE
        ),
    ),
    (
        "numbers CN",
        numbers_without_gaps(
            SERIES[InvoiceKind.CREDIT_NOTE], Invoice.number, Invoice.kind == InvoiceKind.CREDIT_NOTE
        ),
    ),
    ("issued invoices have PDF", issued_have_pdf),
)
