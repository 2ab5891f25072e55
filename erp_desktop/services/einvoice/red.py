"""Red-letter confirmation (红字发票信息确认单) for credit notes on platform-issued invoices.

A credit note against an invoice the platform issued (it carries a 20-digit
number) counts only once the buyer confirmed it: requested → confirmed, or
refused, or expired when 72 hours pass without an answer (then void; a new
request may be made). The reason is one of the platform's four, checked
against what the invoice sold (02 not for services only, 03 not for goods
only). ``now`` is passed in by tests; everything else uses the clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.invoice import InvoiceKind, InvoiceState
from erp_desktop.domain.tax_codes import check_red_reason
from erp_desktop.errors import StateError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.einvoice import EInvoiceRecord, RedConfirmation
from erp_desktop.models.invoice import Invoice, InvoiceLine
from erp_desktop.services import audit
from erp_desktop.services.invoicing.documents import get_invoice, require_for

ANSWER_WITHIN = timedelta(hours=72)


class RedState(StrEnum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    REFUSED = "refused"
    EXPIRED = "expired"


RED_STATE_LABELS = {
    RedState.REQUESTED: QT_TRANSLATE_NOOP("states", "confirmation requested"),
    RedState.CONFIRMED: QT_TRANSLATE_NOOP("states", "confirmed"),
    RedState.REFUSED: QT_TRANSLATE_NOOP("states", "refused"),
    RedState.EXPIRED: QT_TRANSLATE_NOOP("states", "expired"),
}


def platform_number(session: Session, invoice_id: int | None) -> str | None:
    if invoice_id is None:
        return None
    return session.scalar(
        select(EInvoiceRecord.platform_number).where(EInvoiceRecord.invoice_id == invoice_id)
    )


def _draft_credit_note(session: Session, user_id: int, credit_note_id: int) -> Invoice:
    note = get_invoice(session, credit_note_id, lock=True)
    require_for(session, user_id, InvoiceKind.CREDIT_NOTE)
    if note.kind != InvoiceKind.CREDIT_NOTE or note.state != InvoiceState.DRAFT:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors", "Only a draft credit note asks the buyer for a red-letter confirmation."
            )
        )
    return note


def _expire(row: RedConfirmation, now: datetime) -> RedConfirmation:
    if row.state == RedState.REQUESTED and now >= row.requested_at + ANSWER_WITHIN:
        row.state, row.decided_at = RedState.EXPIRED.value, row.requested_at + ANSWER_WITHIN
    return row


def red_state(session: Session, credit_note_id: int, now: datetime | None = None) -> str | None:
    """The confirmation's state now (a request unanswered for 72 h reads as expired)."""
    row = session.get(RedConfirmation, credit_note_id)
    return None if row is None else _expire(row, now or utc_now()).state


def request_red_confirmation(
    session: Session, user_id: int, credit_note_id: int, reason: str, now: datetime | None = None
) -> None:
    """Record that the confirmation was requested on the platform, with its reason."""
    now = now or utc_now()
    note = _draft_credit_note(session, user_id, credit_note_id)
    original = platform_number(session, note.original_id)
    if original is None:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The credited invoice has no platform number: its credit note needs no "
                "red-letter confirmation.",
            )
        )
    codes = session.scalars(
        select(InvoiceLine.tax_code).where(InvoiceLine.invoice_id == note.original_id)
    ).all()
    code = check_red_reason(reason, codes)
    row = session.get(RedConfirmation, credit_note_id)
    if row is not None and _expire(row, now).state in (RedState.REQUESTED, RedState.CONFIRMED):
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "A red-letter confirmation is already {state}."),
            state=Msg(RED_STATE_LABELS[RedState(row.state)], "states"),
        )
    if row is None:
        row = RedConfirmation(credit_note_id=credit_note_id, requested_by_id=user_id)
        session.add(row)
    row.reason, row.state = code.value, RedState.REQUESTED.value
    row.requested_at, row.decided_at, row.requested_by_id = now, None, user_id
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="credit_note.red_request",
        subject=f"invoice:{credit_note_id}",
        details={"reason": code.value, "original": original},
    )


def record_red_answer(
    session: Session,
    user_id: int,
    credit_note_id: int,
    confirmed: bool,
    now: datetime | None = None,
) -> str:
    """The buyer confirmed or refused; an answer after 72 hours is refused (expired)."""
    now = now or utc_now()
    _draft_credit_note(session, user_id, credit_note_id)
    row = session.get(RedConfirmation, credit_note_id)
    if row is None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "No red-letter confirmation was requested yet.")
        )
    if _expire(row, now).state != RedState.REQUESTED:
        session.flush()  # an expiry found now is kept
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "The red-letter confirmation is {state}."),
            state=Msg(RED_STATE_LABELS[RedState(row.state)], "states"),
        )
    row.state = (RedState.CONFIRMED if confirmed else RedState.REFUSED).value
    row.decided_at = now
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="credit_note.red_answer",
        subject=f"invoice:{credit_note_id}",
        details={"state": row.state},
    )
    return row.state


def require_red_confirmation(session: Session, note: Invoice, now: datetime | None = None) -> None:
    """Issuing: a credit note for a platform-issued invoice needs the buyer's confirmation."""
    if platform_number(session, note.original_id) is None:
        return
    state = red_state(session, note.id, now)
    if state != RedState.CONFIRMED:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The credited invoice was issued on the tax platform: the buyer must confirm "
                "the red-letter invoice first (now: {state}).",
            ),
            state=Msg(RED_STATE_LABELS[RedState(state)], "states")
            if state
            else Msg(QT_TRANSLATE_NOOP("states", "not requested"), "states"),
        )
