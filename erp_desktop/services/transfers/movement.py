"""Moving the goods of a transfer: ship, receive (all or part), close with a shortage.

Every verb follows the stock document pattern (``services.stock.adjustments``):
lock the transfer row, then look for the caller's idempotency key (a duplicate
that waited for the lock finds the first result and posts nothing), check the
workflow, check the form was not stale, post through ``post_moves`` (which
locks the balance rows in (item, location) order), update the line counters,
audit. The lock order is always transfer row → number counter → balances →
audit head, so two transfers shipped in opposite directions cannot deadlock
each other, and a sale racing a transfer for the last units is refused by the
balance lock, never oversold.

Two PCs shipping the same transfer with different keys: the second waits for
the first's lock, then is told who shipped it and when.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.documents import DocType
from erp_desktop.domain.lines import check_unit_precision, take_quantities
from erp_desktop.domain.money import plain_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.stock import ADJUSTMENT_REASONS
from erp_desktop.domain.text import clean_text
from erp_desktop.domain.transfer import (
    SETTLED_STATES,
    SHORTAGE_REASONS,
    WORKFLOW,
    TransferEventKind,
    TransferState,
    release_value,
)
from erp_desktop.errors import StateError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.item import Item
from erp_desktop.models.location import LocationKind
from erp_desktop.models.transfer import Transfer, TransferEvent, TransferLine
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changes
from erp_desktop.services.numbering import next_number
from erp_desktop.services.permissions import require
from erp_desktop.services.seals import seal
from erp_desktop.services.stock.locations import active_warehouse, virtual_location
from erp_desktop.services.stock.posting import (
    MoveRequest,
    PostingResult,
    post_moves,
    replay_of,
)
from erp_desktop.services.transfers import SERIES
from erp_desktop.services.transfers.orders import check_version, get_transfer, user_name


@dataclass(frozen=True)
class TransferMoved:
    transfer_id: int
    number: str
    state: str
    posting_id: int
    changes: Changes

    @property
    def replayed(self) -> bool:
        """The same key had done this already: nothing new was posted."""
        return self.changes.replayed


def _moved(row: Transfer, posting_id: int, replayed: bool = False) -> TransferMoved:
    number = row.number or ""
    changes = Changes.of(
        Area.TRANSFERS, Area.STOCK, document_id=row.id, number=number, replayed=replayed
    )
    return TransferMoved(row.id, number, row.state, posting_id, changes)


def _when(row_at: object) -> str:
    return row_at.astimezone().strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]


def _replayed(session: Session, row: Transfer, key: str, doc_type: str) -> TransferMoved | None:
    earlier = replay_of(session, key, doc_type, row.id)
    if earlier is None:
        return None
    return _moved(row, earlier.posting_id, replayed=True)


def _refuse_done(session: Session, row: Transfer, verb: str) -> None:
    """Say plainly who got there first, when another PC already did what was asked."""
    number = row.number or f"#{row.id}"
    if verb == "ship" and row.state != TransferState.DRAFT and row.shipped_at is not None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Transfer {number} was already shipped by {user} at {at}."),
            number=number,
            user=user_name(session, row.shipped_by_id),
            at=_when(row.shipped_at),
        )
    if verb in ("receive", "close") and row.state in SETTLED_STATES:
        text = (
            QT_TRANSLATE_NOOP(
                "errors", "Transfer {number} was already received in full by {user} at {at}."
            )
            if row.state == TransferState.RECEIVED
            else QT_TRANSLATE_NOOP(
                "errors", "Transfer {number} was already closed with a shortage by {user} at {at}."
            )
        )
        raise StateError(
            text,
            number=number,
            user=user_name(session, row.finished_by_id),
            at=_when(row.finished_at),
        )
    WORKFLOW.target(row.state, verb)


def _take(
    session: Session,
    user_id: int,
    transfer_id: int,
    key: str,
    doc_type: str,
    verb: str,
    version: int | None,
) -> tuple[Transfer, TransferMoved | None]:
    """Lock the transfer for ``verb``: the first result when ``key`` did it already,
    else the refusals (done by someone else, not allowed now, stale form)."""
    require(session, user_id, Permission.TRANSFER)
    row = get_transfer(session, transfer_id, lock=True)
    earlier = _replayed(session, row, key, doc_type)
    if earlier is not None:
        return row, earlier
    _refuse_done(session, row, verb)
    check_version(row, version)
    return row, None


def ship_transfer(
    session: Session,
    user_id: int,
    transfer_id: int,
    key: str,
    *,
    ship_date: date | None = None,
    version: int | None = None,
) -> TransferMoved:
    """Ship a draft: all lines leave the source for *in transit*, or none does."""
    row, earlier = _take(session, user_id, transfer_id, key, DocType.TRANSFER_SHIP, "ship", version)
    if earlier is not None:
        return earlier
    source = active_warehouse(session, row.from_warehouse_id)
    active_warehouse(session, row.to_warehouse_id)
    if not row.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one line."))
    day = ship_date or date.today()
    transit = virtual_location(session, LocationKind.TRANSIT)
    number = next_number(session, SERIES, day)
    result = post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=DocType.TRANSFER_SHIP,
        moves=[
            MoveRequest(
                item_id=line.item_id,
                from_location_id=source.id,
                to_location_id=transit,
                quantity=line.quantity,
                doc_line_id=line.id,
                line_no=line.line_no,
            )
            for line in row.lines
        ],
        move_date=day,
        doc_id=row.id,
        doc_number=number,
    )
    values = {move.doc_line_id: move.value for move in result.moves}
    for line in row.lines:
        line.shipped_quantity = line.quantity
        line.shipped_value = values[line.id]
    session.flush()  # the lines first: on a server book a shipped transfer's are frozen
    row.state = WORKFLOW.target(row.state, "ship")
    row.number, row.ship_date = number, day
    row.shipped_by_id, row.shipped_at = user_id, utc_now()
    row.ship_posting_id = result.posting_id
    row.version += 1
    session.flush()
    seal(session, user_id, "transfer", row.id)
    audit.record(
        session,
        user_id=user_id,
        action="transfer.ship",
        subject=f"transfer:{row.id}",
        details={"number": number, "lines": len(row.lines)},
    )
    return _moved(row, result.posting_id)


def _open(line: TransferLine) -> Decimal:
    return line.shipped_quantity - line.received_quantity - line.short_quantity


def _release(line: TransferLine, quantity: Decimal) -> Decimal:
    return release_value(
        shipped_quantity=line.shipped_quantity,
        shipped_value=line.shipped_value,
        settled_quantity=line.received_quantity + line.short_quantity,
        settled_value_so_far=line.received_value + line.short_value,
        quantity=quantity,
    )


def _item_facts(session: Session, row: Transfer) -> dict[int, tuple[str, str, int]]:
    ids = {line.item_id for line in row.lines}
    query = select(Item.id, Item.code, Item.name, Item.unit_precision).where(Item.id.in_(ids))
    return {r.id: (r.code, r.name, r.unit_precision) for r in session.execute(query)}


def _clean_receipt(
    session: Session, row: Transfer, quantities: Mapping[int, Decimal]
) -> dict[int, Decimal]:
    items = _item_facts(session, row)
    problems: list[Msg] = []

    def not_a_line(_position: int, line_id: int) -> Exception:
        return ValueError(f"line {line_id} is not on transfer {row.id}")

    def check(line: TransferLine, quantity: Decimal) -> None:
        code, name, precision = items[line.item_id]
        check_unit_precision(line.line_no, code, precision, quantity)
        if quantity > _open(line):
            problems.append(
                Msg(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "line {line} {code} {name}: {quantity} cannot arrive, only {open} "
                        "of the {shipped} shipped are still on the road",
                    ),
                    "errors",
                    {
                        "line": line.line_no,
                        "code": code,
                        "name": name,
                        "quantity": plain_decimal(quantity),
                        "open": plain_decimal(_open(line)),
                        "shipped": plain_decimal(line.shipped_quantity),
                    },
                )
            )

    taken = take_quantities(
        quantities.items(),
        {line.id: line for line in row.lines},
        line_no=lambda line: line.line_no,
        not_a_line=not_a_line,
        check=check,
        skip_zero=True,
    )
    if problems:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "More than was shipped can never arrive; nothing was received: {lines}"
            ),
            lines=problems,
        )
    if not taken:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the quantity that arrived on at least one line.")
        )
    return {line.id: quantity for line, quantity in taken}


def _record_event(
    session: Session,
    row: Transfer,
    user_id: int,
    kind: str,
    day: date,
    result: PostingResult,
    reason: str = "",
    note: str = "",
) -> None:
    session.add(
        TransferEvent(
            transfer_id=row.id,
            kind=kind,
            event_date=day,
            reason=reason,
            note=note,
            by_id=user_id,
            at=utc_now(),
            posting_id=result.posting_id,
        )
    )


@dataclass(frozen=True)
class _OutOfTransit:
    """Where goods leaving *in transit* go, and as what."""

    doc_type: DocType
    target: int  # location id
    day: date
    reason: str = ""


def _post_out_of_transit(
    session: Session,
    user_id: int,
    key: str,
    row: Transfer,
    to: _OutOfTransit,
    lines: list[TransferLine],
    quantities: Mapping[int, Decimal],
    values: Mapping[int, Decimal],
) -> PostingResult:
    """Post ``quantities`` (line id → quantity) of ``lines`` out of transit at ``values``."""
    transit = virtual_location(session, LocationKind.TRANSIT)
    return post_moves(
        session,
        user_id=user_id,
        key=key,
        doc_type=to.doc_type,
        moves=[
            MoveRequest(
                item_id=line.item_id,
                from_location_id=transit,
                to_location_id=to.target,
                quantity=quantities[line.id],
                value=values[line.id],
                doc_line_id=line.id,
                line_no=line.line_no,
                reason=to.reason,
            )
            for line in lines
        ],
        move_date=to.day,
        doc_id=row.id,
        doc_number=row.number,
    )


def _check_shortage_reason(reason: str) -> None:
    if reason not in SHORTAGE_REASONS or reason not in ADJUSTMENT_REASONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Say why the goods did not arrive: damaged, lost or miscounted."
            )
        )


def receive_transfer(
    session: Session,
    user_id: int,
    transfer_id: int,
    key: str,
    quantities: Mapping[int, Decimal],
    *,
    receive_date: date | None = None,
    note: str = "",
    version: int | None = None,
) -> TransferMoved:
    """Bring what arrived (line id → quantity) from *in transit* into the destination."""
    row, earlier = _take(
        session, user_id, transfer_id, key, DocType.TRANSFER_RECEIPT, "receive", version
    )
    if earlier is not None:
        return earlier
    wanted = _clean_receipt(session, row, quantities)
    note = clean_text(
        note, field=QT_TRANSLATE_NOOP("fields", "Note"), max_length=500, multiline=True
    )
    destination = active_warehouse(session, row.to_warehouse_id)
    day = receive_date or date.today()
    lines = [line for line in row.lines if line.id in wanted]
    values = {line.id: _release(line, wanted[line.id]) for line in lines}
    out_of_transit = _OutOfTransit(DocType.TRANSFER_RECEIPT, destination.id, day)
    result = _post_out_of_transit(session, user_id, key, row, out_of_transit, lines, wanted, values)
    for line in lines:
        line.received_quantity += wanted[line.id]
        line.received_value += values[line.id]
    _record_event(session, row, user_id, TransferEventKind.RECEIPT, day, result, note=note)
    row.state = WORKFLOW.target(row.state, "receive")
    if all(_open(line) == 0 for line in row.lines):
        row.state = TransferState.RECEIVED
        row.finished_by_id, row.finished_at = user_id, utc_now()
    row.version += 1
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="transfer.receive",
        subject=f"transfer:{row.id}",
        details={
            "number": row.number,
            "lines": {line.line_no: str(wanted[line.id]) for line in lines},
            "state": row.state,
        },
    )
    return _moved(row, result.posting_id)


def close_with_shortage(
    session: Session,
    user_id: int,
    transfer_id: int,
    key: str,
    reason: str,
    *,
    close_date: date | None = None,
    note: str = "",
    version: int | None = None,
) -> TransferMoved:
    """Write off what is still on the road (transit → inventory adjustment) and close."""
    row, earlier = _take(
        session, user_id, transfer_id, key, DocType.TRANSFER_SHORTAGE, "close", version
    )
    if earlier is not None:
        return earlier
    _check_shortage_reason(reason)
    note = clean_text(
        note, field=QT_TRANSLATE_NOOP("fields", "Note"), max_length=500, multiline=True
    )
    adjustment = virtual_location(session, LocationKind.ADJUSTMENT)
    day = close_date or date.today()
    lines = [line for line in row.lines if _open(line) > 0]
    missing = {line.id: _open(line) for line in lines}
    values = {line.id: _release(line, missing[line.id]) for line in lines}
    out_of_transit = _OutOfTransit(DocType.TRANSFER_SHORTAGE, adjustment, day, reason)
    result = _post_out_of_transit(
        session, user_id, key, row, out_of_transit, lines, missing, values
    )
    for line in lines:
        line.short_quantity += missing[line.id]
        line.short_value += values[line.id]
    _record_event(
        session, row, user_id, TransferEventKind.SHORTAGE, day, result, reason=reason, note=note
    )
    row.state = WORKFLOW.target(row.state, "close")
    row.finished_by_id, row.finished_at = user_id, utc_now()
    row.version += 1
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="transfer.close_short",
        subject=f"transfer:{row.id}",
        details={
            "number": row.number,
            "reason": reason,
            "lines": {line.line_no: str(missing[line.id]) for line in lines},
            "value": str(sum(values.values(), Decimal(0))),
        },
    )
    return _moved(row, result.posting_id)
