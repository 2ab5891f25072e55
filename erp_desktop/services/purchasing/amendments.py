"""Amending a confirmed order: the only way its lines change, and always recorded.

An amendment says why (a reason is required), bumps the order's version and
stores what changed, field by field, in ``purchase_order_amendment`` (and the
audit trail). What has already happened cannot be rewritten: the supplier,
currency and order date stay; a line's item and unit stay; a quantity cannot
go below what was received; a line with receipts keeps its price and tax rate
(the goods were valued at it) and cannot be removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.money import plain_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.purchase import ORDER_WORKFLOW
from erp_desktop.domain.text import clean_text
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.purchase import PurchaseOrder, PurchaseOrderAmendment, PurchaseOrderLine
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.permissions import require
from erp_desktop.services.purchasing.orders import (
    CleanLine,
    CleanOrder,
    OrderInput,
    clean_order,
    get_order,
    line_fields,
    new_line,
    refresh_state,
    set_totals,
)
from erp_desktop.services.seals import seal

_COMPARED = ("quantity", "unit_price", "tax_rate")


@dataclass(frozen=True)
class Amendment:
    version: int
    amended_at: object
    amended_by: str
    reason: str
    changes: list[dict[str, str | int | None]]


def amend_order(
    session: Session, user_id: int, order_id: int, data: OrderInput, reason: str
) -> Changed[int]:
    """Apply the changes in ``data`` (lines carry ``line_id`` for existing lines, None
    for new ones; a missing line is removed); returns the new version number."""
    require(session, user_id, Permission.PURCHASE)
    row = get_order(session, order_id, lock=True)
    target = ORDER_WORKFLOW.target(row.state, "amend")
    reason = clean_text(
        reason, field=QT_TRANSLATE_NOOP("fields", "Reason"), max_length=500, required=True
    )
    _refuse_fixed_header(row, data)
    clean = clean_order(session, data, for_amendment=True)
    if not clean.lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An order needs at least one line; cancel or close it.")
        )
    log = _ChangeLog()
    _amend_header(row, clean, log)
    before = list(row.lines)
    kept = _amend_lines(row, clean, log)
    _remove_lines(row, [line for line in before if line.id not in kept], log)
    if not log.changes:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Nothing was changed."))
    session.flush()
    set_totals(row)
    row.state = target
    refresh_state(row)
    row.version += 1
    _record(session, user_id, row, reason, log.changes)
    return Changed(row.version, Changes.of(Area.PURCHASING, document_id=order_id))


class _ChangeLog:
    """What an amendment changed, field by field, as stored with the amendment."""

    def __init__(self) -> None:
        self.changes: list[dict[str, str | int | None]] = []

    def note(self, line: int | None, field: str, before: object, after: object) -> None:
        self.changes.append(
            {"line": line, "field": field, "before": _text(before), "after": _text(after)}
        )


def _amend_header(row: PurchaseOrder, clean: CleanOrder, log: _ChangeLog) -> None:
    for field in ("warehouse_id", "expected_date", "exchange_rate", "notes"):
        if getattr(row, field) != getattr(clean, field):
            log.note(None, field, getattr(row, field), getattr(clean, field))
            setattr(row, field, getattr(clean, field))


def _amend_lines(row: PurchaseOrder, clean: CleanOrder, log: _ChangeLog) -> set[int]:
    """Add the new lines and change the kept ones; returns the ids of the lines kept."""
    existing = {line.id: line for line in row.lines}
    kept: set[int] = set()
    next_no = max((line.line_no for line in row.lines), default=0) + 1
    for number, line in enumerate(clean.lines, start=1):
        if line.line_id is None:
            row.lines.append(new_line(next_no, line))
            log.note(next_no, "added", None, f"{line.quantity} {line.unit} @ {line.unit_price}")
            next_no += 1
            continue
        old = existing.get(line.line_id)
        if old is None or line.line_id in kept:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Line {line} is not a line of this order."),
                line=number,
            )
        kept.add(old.id)
        _amend_line(old, line, number, log.note)
    return kept


def _remove_lines(row: PurchaseOrder, dropped: list[PurchaseOrderLine], log: _ChangeLog) -> None:
    """Remove the lines left out; a line that goods arrived on cannot go."""
    for old in dropped:
        if old.received_quantity > 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Line {line}: goods were received on it, so it cannot be removed. "
                    "Lower its quantity to what was received instead.",
                ),
                line=old.line_no,
            )
        log.note(old.line_no, "removed", f"{old.quantity} {old.unit} @ {old.unit_price}", None)
        row.lines.remove(old)


def _record(
    session: Session,
    user_id: int,
    row: PurchaseOrder,
    reason: str,
    changes: list[dict[str, str | int | None]],
) -> None:
    """The amendment's history row, the order's new seal and the audit entry."""
    session.add(
        PurchaseOrderAmendment(
            order_id=row.id,
            version=row.version,
            amended_at=utc_now(),
            amended_by_id=user_id,
            reason=reason,
            changes=json.dumps(changes, ensure_ascii=False),
        )
    )
    session.flush()
    seal(session, user_id, "purchase_order", row.id)
    audit.record(
        session,
        user_id=user_id,
        action="purchase_order.amend",
        subject=f"purchase_order:{row.id}",
        details={
            "number": row.number,
            "version": row.version,
            "reason": reason,
            "changes": changes,
        },
    )


def _refuse_fixed_header(row: PurchaseOrder, data: OrderInput) -> None:
    if data.supplier_id != row.supplier_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The supplier of a confirmed order cannot change: cancel or close it and "
                "make a new order.",
            )
        )
    if data.currency is not None and data.currency.strip().upper() != row.currency:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The currency of a confirmed order cannot change.")
        )
    if data.order_date != row.order_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The order date of a confirmed order cannot change.")
        )


def _amend_line(old: PurchaseOrderLine, line: CleanLine, number: int, note) -> None:
    if line.item_id != old.item_id or line.unit != old.unit or line.factor != old.factor:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line}: the item and unit of an ordered line cannot change; remove the "
                "line and add a new one.",
            ),
            line=number,
        )
    if line.base_quantity < old.received_quantity:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line}: {received} were already received; the quantity cannot be less.",
            ),
            line=number,
            received=_text(old.received_quantity),
        )
    priced = (line.unit_price, line.tax_rate, line.unit_cost)
    if old.received_quantity > 0 and priced != (old.unit_price, old.tax_rate, old.unit_cost):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Line {line}: goods were received at the agreed price, so its price, tax rate "
                "and exchange rate cannot change.",
            ),
            line=number,
        )
    for field in _COMPARED:
        if getattr(old, field) != getattr(line, field):
            note(old.line_no, field, getattr(old, field), getattr(line, field))
    for key, value in line_fields(line).items():
        setattr(old, key, value)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return plain_decimal(value)
    return str(value)


def list_amendments(session: Session, order_id: int) -> list[Amendment]:
    from erp_desktop.models.user import User

    rows = session.execute(
        select(PurchaseOrderAmendment, User.full_name)
        .join(User, User.id == PurchaseOrderAmendment.amended_by_id)
        .where(PurchaseOrderAmendment.order_id == order_id)
        .order_by(PurchaseOrderAmendment.version)
    )
    return [
        Amendment(a.version, a.amended_at, name, a.reason, json.loads(a.changes))
        for a, name in rows
    ]
