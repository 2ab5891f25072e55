"""Recording what users did, in a hash-chained, append-only trail.

``record`` queues an event on the session; the events are written when the
transaction commits (a ``before_commit`` hook), so the chain's head row is
locked last and for the shortest time, and a rolled-back action leaves no
trace — a rolled-back savepoint drops only what was recorded inside it.
Nothing in the program updates or deletes an audit event.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session, SessionTransaction

from erp_desktop.db.dialect import is_postgres
from erp_desktop.db.types import utc_now
from erp_desktop.models.audit import AuditEvent, AuditHead

_PENDING = "erp_audit_pending"
GENESIS_HASH = "0" * 64


def record(
    session: Session,
    *,
    user_id: int | None,
    action: str,
    subject: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    savepoint = session.get_nested_transaction()  # None outside any savepoint
    session.info.setdefault(_PENDING, []).append(
        (savepoint, (user_id, action, subject, canonical_json(details or {})))
    )


def canonical_json(data: dict[str, Any]) -> str:
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json
    )


def _json(value: Any) -> str:
    if isinstance(value, Decimal | datetime):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    return str(value)


def chain_hash(
    prev: str, at: datetime, user_id: int | None, action: str, subject: str, details: str
) -> str:
    payload = json.dumps(
        [prev, at.isoformat(timespec="microseconds"), user_id, action, subject, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    # SQLAlchemy also calls this when a savepoint is released: wait for the real commit.
    if session.in_nested_transaction():
        return
    pending = [item for _savepoint, item in session.info.pop(_PENDING, [])]
    if not pending:
        return
    server = is_postgres(session)
    if server:  # the owner's function locks the head; the events' trigger advances it
        head = None
        prev = session.execute(text("SELECT erp_audit_head()")).scalar_one()
    else:
        head = session.execute(
            select(AuditHead).where(AuditHead.id == 1).with_for_update()
        ).scalar_one()
        prev = head.last_hash
    for user_id, action, subject, details in pending:
        at = utc_now()
        digest = chain_hash(prev, at, user_id, action, subject, details)
        session.add(
            AuditEvent(
                at=at,
                user_id=user_id,
                action=action,
                subject=subject,
                details=details,
                prev_hash=prev,
                hash=digest,
            )
        )
        prev = digest
    if head is not None:
        head.last_hash = prev
        head.count += len(pending)
    session.flush()


@event.listens_for(Session, "after_soft_rollback")
def _drop_pending(session: Session, previous: SessionTransaction) -> None:
    """A rolled-back savepoint drops only the events recorded inside it."""
    if not previous.nested:
        session.info.pop(_PENDING, None)
        return
    kept = [
        (savepoint, item)
        for savepoint, item in session.info.get(_PENDING, [])
        if not _inside(savepoint, previous)
    ]
    session.info[_PENDING] = kept


def _inside(savepoint: SessionTransaction | None, rolled_back: SessionTransaction) -> bool:
    while savepoint is not None:
        if savepoint is rolled_back:
            return True
        savepoint = savepoint.parent
    return False


@dataclass(frozen=True)
class ChainProblem:
    event_id: int | None
    text: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Recompute every hash; report the first break and a head mismatch."""
    problems: list[ChainProblem] = []
    prev = GENESIS_HASH
    count = 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
    for ev in rows:
        count += 1
        expected = chain_hash(prev, ev.at, ev.user_id, ev.action, ev.subject, ev.details)
        if ev.prev_hash != prev or ev.hash != expected:
            problems.append(ChainProblem(ev.id, "audit event does not match its hash chain"))
            return problems
        prev = ev.hash
    head = session.get(AuditHead, 1)
    if head is None or head.last_hash != prev or head.count != count:
        problems.append(ChainProblem(None, "audit chain head does not match the last event"))
    return problems
