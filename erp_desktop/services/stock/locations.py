"""Warehouses (internal locations) and the virtual locations of a book."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.text import clean_code, clean_text, fold_code
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.location import Location, LocationKind
from erp_desktop.models.stock import StockBalance
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.permissions import require

_VIRTUAL_CACHE = "erp_virtual_locations"


@dataclass(frozen=True)
class WarehouseData:
    code: str
    name: str
    address: str = ""


@dataclass(frozen=True)
class LocationInfo:
    id: int
    code: str
    name: str
    kind: str
    address: str
    active: bool


def _info(row: Location) -> LocationInfo:
    return LocationInfo(row.id, row.code, row.name, row.kind, row.address, row.active)


def virtual_location(session: Session, kind: LocationKind) -> int:
    """The id of the book's one location of a virtual kind (supplier, customer, …)."""
    cache: dict[str, int] = session.info.setdefault(_VIRTUAL_CACHE, {})
    if kind not in cache:
        rows = session.execute(
            select(Location.kind, Location.id).where(Location.kind != LocationKind.WAREHOUSE)
        )
        cache.update({k: i for k, i in rows})
    return cache[kind]


def get_location(session: Session, location_id: int) -> Location:
    row = session.get(Location, location_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Location {id} does not exist."), id=location_id)
    return row


def get_warehouse(session: Session, warehouse_id: int) -> Location:
    row = get_location(session, warehouse_id)
    if row.kind != LocationKind.WAREHOUSE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a warehouse."), name=row.name
        )
    return row


def active_warehouse(session: Session, warehouse_id: int) -> Location:
    row = get_warehouse(session, warehouse_id)
    if not row.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The warehouse {code} {name} is inactive."),
            code=row.code,
            name=row.name,
        )
    return row


def _clean(data: WarehouseData) -> WarehouseData:
    return WarehouseData(
        code=clean_code(data.code, field=QT_TRANSLATE_NOOP("fields", "Code"), max_length=20),
        name=clean_text(
            data.name, field=QT_TRANSLATE_NOOP("fields", "Name"), max_length=100, required=True
        ),
        address=clean_text(
            data.address, field=QT_TRANSLATE_NOOP("fields", "Address"), max_length=300
        ),
    )


def _refuse_taken_code(session: Session, code: str, own_id: int | None = None) -> None:
    taken = session.scalar(
        select(Location.code).where(Location.code_key == fold_code(code), Location.id != own_id)
    )
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The code “{code}” is already used by another location ({taken})."
            ),
            code=code,
            taken=taken,
        )


def create_warehouse(session: Session, user_id: int, data: WarehouseData) -> Changed[LocationInfo]:
    require(session, user_id, Permission.MASTER_DATA)
    data = _clean(data)
    _refuse_taken_code(session, data.code)
    row = Location(
        code=data.code,
        code_key=fold_code(data.code),
        name=data.name,
        address=data.address,
        kind=LocationKind.WAREHOUSE,
        active=True,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="warehouse.create",
        subject=f"location:{row.id}",
        details={"code": row.code, "name": row.name},
    )
    return Changed(_info(row), Changes.of(Area.STOCK, document_id=row.id))


def update_warehouse(
    session: Session, user_id: int, warehouse_id: int, data: WarehouseData
) -> Changed[LocationInfo]:
    require(session, user_id, Permission.MASTER_DATA)
    row = get_warehouse(session, warehouse_id)
    data = _clean(data)
    _refuse_taken_code(session, data.code, own_id=row.id)
    row.code, row.code_key = data.code, fold_code(data.code)
    row.name, row.address = data.name, data.address
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="warehouse.update",
        subject=f"location:{row.id}",
        details={"code": row.code, "name": row.name, "address": row.address},
    )
    return Changed(_info(row), Changes.of(Area.STOCK, document_id=warehouse_id))


def set_warehouse_active(
    session: Session, user_id: int, warehouse_id: int, active: bool
) -> Changed[None]:
    """Deactivate (hidden from new documents) or reactivate a warehouse.

    A warehouse that still holds stock, or that goods are on the road to or
    from, cannot be deactivated: nothing may be stranded where nobody looks,
    and a shipment must be able to arrive.
    """
    require(session, user_id, Permission.MASTER_DATA)
    row = get_warehouse(session, warehouse_id)
    if not active:
        holding = session.scalar(
            select(func.count())
            .select_from(StockBalance)
            .where(StockBalance.location_id == row.id, StockBalance.quantity != 0)
        )
        if holding:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The warehouse {name} still holds stock of {count} items. Transfer or "
                    "adjust it out before deactivating the warehouse.",
                ),
                name=row.name,
                count=holding,
            )
        on_the_road = _open_transfers(session, row.id)
        if on_the_road:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Goods are on the road to or from {name} ({numbers}). Receive or close "
                    "those transfers before deactivating the warehouse.",
                ),
                name=row.name,
                numbers=", ".join(on_the_road[:5]),
            )
    row.active = active
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="warehouse.activate" if active else "warehouse.deactivate",
        subject=f"location:{row.id}",
    )
    return Changed(None, Changes.of(Area.STOCK, document_id=warehouse_id))


def _open_transfers(session: Session, warehouse_id: int) -> list[str]:
    from erp_desktop.domain.transfer import OPEN_STATES
    from erp_desktop.models.transfer import Transfer

    return list(
        session.scalars(
            select(Transfer.number)
            .where(
                Transfer.state.in_(OPEN_STATES),
                (Transfer.from_warehouse_id == warehouse_id)
                | (Transfer.to_warehouse_id == warehouse_id),
            )
            .order_by(Transfer.number)
        )
    )


def list_warehouses(session: Session, *, include_inactive: bool = False) -> list[LocationInfo]:
    query = select(Location).where(Location.kind == LocationKind.WAREHOUSE)
    if not include_inactive:
        query = query.where(Location.active.is_(True))
    return [_info(row) for row in session.scalars(query.order_by(Location.code))]
