"""Transfer drafts: create, edit, cancel; and a transfer read back as plain data.

A draft names two different active warehouses, a planned date, the carrier or
vehicle, a note and lines (item, quantity). Only drafts change; every change
bumps ``version`` so that a form opened before someone else's change is told
so instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.lines import check_unit_precision, inactive_item, missing_item
from erp_desktop.domain.money import QUANTITY_PLACES, check_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.text import clean_text
from erp_desktop.domain.transfer import WORKFLOW, TransferState
from erp_desktop.errors import ConflictError, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.item import Item
from erp_desktop.models.location import Location
from erp_desktop.models.stock import StockMove
from erp_desktop.models.transfer import Transfer, TransferEvent, TransferLine
from erp_desktop.models.user import User
from erp_desktop.services import audit
from erp_desktop.services.business_dates import require_business_date
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.permissions import may, require
from erp_desktop.services.rows import get_row
from erp_desktop.services.stock.items import ItemChoice, item_choices
from erp_desktop.services.stock.locations import active_warehouse


@dataclass(frozen=True)
class TransferLineInput:
    item_id: int
    quantity: Decimal


@dataclass(frozen=True)
class TransferInput:
    from_warehouse_id: int
    to_warehouse_id: int
    planned_date: date
    lines: Sequence[TransferLineInput]
    carrier: str = ""
    note: str = ""


def _line_error(number: int, problem: Msg) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Line {line}: {problem}"), line=number, problem=problem
    )


def clean_transfer(session: Session, data: TransferInput) -> TransferInput:
    """Validate a draft; raises ValidationError naming the field or the line."""
    source = active_warehouse(session, data.from_warehouse_id)
    active_warehouse(session, data.to_warehouse_id)
    if data.from_warehouse_id == data.to_warehouse_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Choose two different warehouses: goods cannot travel from {name} to itself.",
            ),
            name=source.name,
        )
    if not isinstance(data.planned_date, date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the planned date."))
    require_business_date(
        session, data.planned_date, field=QT_TRANSLATE_NOOP("fields", "Planned date")
    )
    if not data.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one line."))
    items = {
        row.id: row
        for row in session.execute(
            select(Item.id, Item.code, Item.name, Item.unit_precision, Item.active).where(
                Item.id.in_({line.item_id for line in data.lines})
            )
        )
    }
    lines = []
    for number, line in enumerate(data.lines, start=1):
        item = items.get(line.item_id)
        if item is None:
            raise missing_item(number)
        if not item.active:
            raise inactive_item(number, item.code, item.name)
        try:
            quantity = check_decimal(
                line.quantity,
                places=QUANTITY_PLACES,
                allow_zero=False,
                field=QT_TRANSLATE_NOOP("fields", "Quantity"),
            )
        except ValidationError as exc:
            raise _line_error(number, exc.message) from exc
        check_unit_precision(number, item.code, item.unit_precision, quantity)
        lines.append(TransferLineInput(item.id, quantity))
    carrier = clean_text(
        data.carrier, field=QT_TRANSLATE_NOOP("fields", "Carrier / vehicle"), max_length=100
    )
    note = clean_text(
        data.note, field=QT_TRANSLATE_NOOP("fields", "Note"), max_length=500, multiline=True
    )
    return TransferInput(
        data.from_warehouse_id, data.to_warehouse_id, data.planned_date, lines, carrier, note
    )


def _lines(data: TransferInput) -> list[TransferLine]:
    return [
        TransferLine(line_no=number, item_id=line.item_id, quantity=line.quantity)
        for number, line in enumerate(data.lines, start=1)
    ]


def create_transfer(session: Session, user_id: int, data: TransferInput) -> Changed[int]:
    require(session, user_id, Permission.TRANSFER)
    data = clean_transfer(session, data)
    row = Transfer(
        state=TransferState.DRAFT,
        from_warehouse_id=data.from_warehouse_id,
        to_warehouse_id=data.to_warehouse_id,
        planned_date=data.planned_date,
        carrier=data.carrier,
        note=data.note,
        version=1,
        created_by_id=user_id,
        lines=_lines(data),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="transfer.create",
        subject=f"transfer:{row.id}",
        details={"lines": len(data.lines)},
    )
    return Changed(row.id, Changes.of(Area.TRANSFERS, document_id=row.id))


def get_transfer(session: Session, transfer_id: int, *, lock: bool = False) -> Transfer:
    return get_row(
        session,
        Transfer,
        transfer_id,
        lock=lock,
        missing=QT_TRANSLATE_NOOP("errors", "Transfer {id} does not exist."),
    )


def check_version(row: Transfer, version: int | None) -> None:
    """Refuse to act on what a stale form showed (another PC changed the transfer)."""
    if version is not None and version != row.version:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Transfer {number} was changed by someone else after you opened it. "
                "Nothing was saved: look at it again and repeat what you meant to do.",
            ),
            number=row.number or f"#{row.id}",
        )


def update_transfer(
    session: Session, user_id: int, transfer_id: int, data: TransferInput, *, version: int | None
) -> Changed[None]:
    require(session, user_id, Permission.TRANSFER)
    row = get_transfer(session, transfer_id, lock=True)
    WORKFLOW.target(row.state, "edit")
    check_version(row, version)
    data = clean_transfer(session, data)
    row.from_warehouse_id, row.to_warehouse_id = data.from_warehouse_id, data.to_warehouse_id
    row.planned_date, row.carrier, row.note = data.planned_date, data.carrier, data.note
    row.lines.clear()
    session.flush()
    row.lines.extend(_lines(data))
    row.version += 1
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="transfer.update",
        subject=f"transfer:{row.id}",
        details={"lines": len(data.lines)},
    )
    return Changed(None, Changes.of(Area.TRANSFERS, document_id=transfer_id))


def cancel_transfer(
    session: Session, user_id: int, transfer_id: int, *, version: int | None = None
) -> Changed[None]:
    """Cancel a draft (shipped goods are received or written off, never cancelled)."""
    require(session, user_id, Permission.TRANSFER)
    row = get_transfer(session, transfer_id, lock=True)
    if (
        row.state == TransferState.CANCELLED
    ):  # a second click, or another PC: the wish is already true
        return Changed(None, Changes.of(Area.TRANSFERS, document_id=transfer_id, replayed=True))
    target = WORKFLOW.target(row.state, "cancel")
    check_version(row, version)
    row.state = target
    row.finished_by_id, row.finished_at = user_id, utc_now()
    row.version += 1
    session.flush()
    audit.record(session, user_id=user_id, action="transfer.cancel", subject=f"transfer:{row.id}")
    return Changed(None, Changes.of(Area.TRANSFERS, document_id=transfer_id))


# -- reading a transfer back --------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    id: int
    code: str
    name: str
    address: str
    active: bool


@dataclass(frozen=True)
class TransferLineView:
    id: int
    line_no: int
    item: ItemChoice
    quantity: Decimal
    shipped: Decimal
    received: Decimal
    short: Decimal
    shipped_value: Decimal | None  # None when the user may not see costs
    on_road_value: Decimal | None

    @property
    def on_road(self) -> Decimal:
        return self.shipped - self.received - self.short


@dataclass(frozen=True)
class TransferEventView:
    kind: str  # receipt, shortage
    event_date: date
    reason: str
    note: str
    by: str
    at: datetime
    quantity: Decimal  # sum over lines (same item units only make sense per line)


@dataclass(frozen=True)
class TransferView:
    id: int
    number: str | None
    state: str
    version: int
    source: Place
    destination: Place
    planned_date: date
    carrier: str
    note: str
    created_by: str
    created_at: datetime
    ship_date: date | None
    shipped_by: str | None
    shipped_at: datetime | None
    finished_by: str | None
    finished_at: datetime | None
    lines: tuple[TransferLineView, ...]
    events: tuple[TransferEventView, ...]
    see_costs: bool

    @property
    def title(self) -> str:
        return self.number or f"#{self.id}"


def _place(session: Session, location_id: int) -> Place:
    row = session.get(Location, location_id)
    assert row is not None
    return Place(row.id, row.code, row.name, row.address, row.active)


def user_name(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    return user.full_name if user else f"#{user_id}"


def transfer_view(session: Session, user_id: int, transfer_id: int) -> TransferView:
    row = get_transfer(session, transfer_id)
    costs = may(session, user_id, Permission.SEE_COSTS)
    items = item_choices(session, {line.item_id for line in row.lines})
    lines = tuple(
        TransferLineView(
            id=line.id,
            line_no=line.line_no,
            item=items[line.item_id],
            quantity=line.quantity,
            shipped=line.shipped_quantity,
            received=line.received_quantity,
            short=line.short_quantity,
            shipped_value=line.shipped_value if costs else None,
            on_road_value=(line.shipped_value - line.received_value - line.short_value)
            if costs
            else None,
        )
        for line in row.lines
    )
    events = []
    for event in session.scalars(
        select(TransferEvent).where(TransferEvent.transfer_id == row.id).order_by(TransferEvent.id)
    ):
        moved = session.scalars(
            select(StockMove.quantity).where(StockMove.posting_id == event.posting_id)
        ).all()
        events.append(
            TransferEventView(
                kind=event.kind,
                event_date=event.event_date,
                reason=event.reason,
                note=event.note,
                by=user_name(session, event.by_id) or "",
                at=event.at,
                quantity=sum(moved, Decimal(0)),
            )
        )
    return TransferView(
        id=row.id,
        number=row.number,
        state=row.state,
        version=row.version,
        source=_place(session, row.from_warehouse_id),
        destination=_place(session, row.to_warehouse_id),
        planned_date=row.planned_date,
        carrier=row.carrier,
        note=row.note,
        created_by=user_name(session, row.created_by_id) or "",
        created_at=row.created_at,
        ship_date=row.ship_date,
        shipped_by=user_name(session, row.shipped_by_id),
        shipped_at=row.shipped_at,
        finished_by=user_name(session, row.finished_by_id),
        finished_at=row.finished_at,
        lines=lines,
        events=tuple(events),
        see_costs=costs,
    )
