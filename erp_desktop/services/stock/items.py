"""Items: create, edit, deactivate, delete (only when never used), reorder rules."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from erp_desktop.domain.money import PRICE_PLACES, QUANTITY_PLACES, RATE_PLACES, check_decimal
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.tax_codes import clean_tax_code, clean_zero_rate_kind
from erp_desktop.domain.text import clean_code, clean_text, fold_code
from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.item import Item, ItemReorder
from erp_desktop.models.stock import StockMove
from erp_desktop.services import audit
from erp_desktop.services.changes import Area, Changed, Changes
from erp_desktop.services.paging import Page, PageRequest, like_pattern, page, search_text
from erp_desktop.services.permissions import require
from erp_desktop.services.stock.locations import get_warehouse

DEFAULT_TAX_RATE = Decimal("0.1300")


@dataclass(frozen=True)
class ItemData:
    code: str
    name: str
    base_unit: str
    spec: str = ""
    category: str = ""
    unit_precision: int = 0
    purchase_unit: str | None = None
    purchase_factor: Decimal | None = None
    barcode: str | None = None
    purchase_price: Decimal = Decimal(0)
    sale_price: Decimal = Decimal(0)
    tax_rate: Decimal | None = DEFAULT_TAX_RATE  # None: tax-exempt
    tax_code: str = ""  # 商品和服务税收分类编码, 19 digits (domain.tax_codes)
    tax_short_name: str = ""  # its 简称, e.g. 钢材
    zero_rate_kind: str = ""  # at a rate of 0 or exempt: ZeroRateKind


def clean_item(data: ItemData) -> ItemData:
    """Validate and normalise item fields; raises ValidationError naming the field."""

    def text(value: str | None, field: str, length: int, required: bool = False) -> str:
        return clean_text(value, field=field, max_length=length, required=required)

    if not 0 <= data.unit_precision <= QUANTITY_PLACES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Quantity decimals must be between 0 and 4.")
        )
    purchase_unit, factor = _purchase_unit(data)
    rate = _tax_rate(data.tax_rate)
    barcode = (
        clean_code(
            data.barcode,
            field=QT_TRANSLATE_NOOP("fields", "Barcode"),
            max_length=64,
            required=False,
        )
        or None
    )
    return replace(
        data,
        code=clean_code(data.code, field=QT_TRANSLATE_NOOP("fields", "Code"), max_length=40),
        name=text(data.name, QT_TRANSLATE_NOOP("fields", "Name"), 200, True),
        base_unit=text(data.base_unit, QT_TRANSLATE_NOOP("fields", "Unit"), 20, True),
        spec=text(data.spec, QT_TRANSLATE_NOOP("fields", "Specification"), 200),
        category=text(data.category, QT_TRANSLATE_NOOP("fields", "Category"), 100),
        purchase_unit=purchase_unit or None,
        purchase_factor=factor,
        barcode=barcode,
        purchase_price=check_decimal(
            data.purchase_price,
            places=PRICE_PLACES,
            field=QT_TRANSLATE_NOOP("fields", "Purchase price"),
        ),
        sale_price=check_decimal(
            data.sale_price, places=PRICE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Sale price")
        ),
        tax_rate=rate,
        # most items of a big import have none of these: skip the cleaning then
        tax_code=clean_tax_code(data.tax_code) if data.tax_code else "",
        tax_short_name=text(
            data.tax_short_name.strip("*"), QT_TRANSLATE_NOOP("fields", "Tax code short name"), 40
        )
        if data.tax_short_name
        else "",
        zero_rate_kind=""
        if not data.zero_rate_kind and rate is not None and rate != 0
        else clean_zero_rate_kind(
            data.zero_rate_kind, rate is None or rate == 0, rate is None
        ).value,
    )


def _purchase_unit(data: ItemData) -> tuple[str, Decimal | None]:
    """The purchase unit's name and factor: both or neither."""
    purchase_unit = clean_text(
        data.purchase_unit, field=QT_TRANSLATE_NOOP("fields", "Purchase unit"), max_length=20
    )
    factor = data.purchase_factor
    if purchase_unit and factor is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Say how many base units one purchase unit holds (the factor)."
            )
        )
    if factor is not None:
        factor = check_decimal(
            factor,
            places=QUANTITY_PLACES,
            allow_zero=False,
            field=QT_TRANSLATE_NOOP("fields", "Purchase unit factor"),
        )
        if not purchase_unit:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A factor needs a purchase unit name.")
            )
    return purchase_unit, factor


def _tax_rate(rate: Decimal | None) -> Decimal | None:
    if rate is not None:
        rate = check_decimal(
            rate, places=RATE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Tax rate")
        )
        if rate >= 1:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The tax rate must be below 100 %."))
    return rate


def get_item(session: Session, item_id: int) -> Item:
    row = session.get(Item, item_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Item {id} does not exist."), id=item_id)
    return row


def find_item(session: Session, code_or_barcode: str) -> Item | None:
    """By code (case- and width-insensitive), else by barcode."""
    key = fold_code(code_or_barcode)
    row = session.scalars(select(Item).where(Item.code_key == key)).first()
    if row is None and code_or_barcode.strip():
        row = session.scalars(select(Item).where(Item.barcode == code_or_barcode.strip())).first()
    return row


def has_moves(session: Session, item_id: int) -> bool:
    return bool(session.scalar(select(exists().where(StockMove.item_id == item_id))))


def _refuse_taken_code(session: Session, code: str, own_id: int | None = None) -> None:
    taken = session.scalar(
        select(Item.code).where(Item.code_key == fold_code(code), Item.id != own_id)
    )
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The item code “{code}” is already used by item “{taken}”."
            ),
            code=code,
            taken=taken,
        )


def item_columns(data: ItemData) -> dict[str, object]:
    """An item's table columns from cleaned ``ItemData`` (the form and the CSV import)."""
    return {
        "code": data.code,
        "code_key": fold_code(data.code),
        "name": data.name,
        "spec": data.spec,
        "category": data.category,
        "base_unit": data.base_unit,
        "unit_precision": data.unit_precision,
        "purchase_unit": data.purchase_unit,
        "purchase_factor": data.purchase_factor,
        "barcode": data.barcode,
        "purchase_price": data.purchase_price,
        "sale_price": data.sale_price,
        "tax_rate": data.tax_rate,
        "tax_code": data.tax_code,
        "tax_short_name": data.tax_short_name,
        "zero_rate_kind": data.zero_rate_kind,
    }


def create_item(session: Session, user_id: int, data: ItemData) -> Changed[int]:
    require(session, user_id, Permission.MASTER_DATA)
    data = clean_item(data)
    _refuse_taken_code(session, data.code)
    row = Item(active=True, **item_columns(data))
    session.add(row)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="item.create",
        subject=f"item:{row.id}",
        details={"code": row.code, "name": row.name},
    )
    return Changed(row.id, Changes.of(Area.STOCK, document_id=row.id))


def update_item(session: Session, user_id: int, item_id: int, data: ItemData) -> Changed[None]:
    require(session, user_id, Permission.MASTER_DATA)
    row = get_item(session, item_id)
    data = clean_item(data)
    _refuse_taken_code(session, data.code, own_id=row.id)
    narrower = data.base_unit != row.base_unit or data.unit_precision < row.unit_precision
    if narrower and has_moves(session, row.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The unit of {code} cannot change (or allow fewer decimals) after stock "
                "was posted in it. Make a new item instead.",
            ),
            code=row.code,
        )
    old = {k: str(getattr(row, k)) for k in ("code", "name", "purchase_price", "sale_price")}
    for key, value in item_columns(data).items():
        setattr(row, key, value)
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="item.update",
        subject=f"item:{row.id}",
        details={"before": old, "after": {k: str(getattr(row, k)) for k in old}},
    )
    return Changed(None, Changes.of(Area.STOCK, document_id=item_id))


def set_item_active(session: Session, user_id: int, item_id: int, active: bool) -> Changed[None]:
    require(session, user_id, Permission.MASTER_DATA)
    row = get_item(session, item_id)
    row.active = active
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="item.activate" if active else "item.deactivate",
        subject=f"item:{row.id}",
    )
    return Changed(None, Changes.of(Area.STOCK, document_id=item_id))


def delete_item(session: Session, user_id: int, item_id: int) -> Changed[None]:
    """Only an item nothing refers to may go; otherwise deactivate it."""
    require(session, user_id, Permission.MASTER_DATA)
    row = get_item(session, item_id)
    refusal = ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The item {code} has stock history or is used on documents, so it cannot be "
            "deleted. Deactivate it instead: it then disappears from new documents.",
        ),
        code=row.code,
    )
    if has_moves(session, row.id):
        raise refusal
    code = row.code
    try:
        with session.begin_nested():
            session.execute(ItemReorder.__table__.delete().where(ItemReorder.item_id == row.id))
            session.delete(row)
            session.flush()
    except IntegrityError as exc:  # a document line still refers to it
        raise refusal from exc
    audit.record(
        session,
        user_id=user_id,
        action="item.delete",
        subject=f"item:{item_id}",
        details={"code": code},
    )
    return Changed(None, Changes.of(Area.STOCK, document_id=item_id))


def set_reorder_rule(
    session: Session,
    user_id: int,
    item_id: int,
    warehouse_id: int,
    reorder_point: Decimal | None,
    reorder_qty: Decimal | None = None,
) -> Changed[None]:
    """Set (or, with ``reorder_point=None``, remove) the rule for one warehouse."""
    require(session, user_id, Permission.MASTER_DATA)
    get_item(session, item_id)
    get_warehouse(session, warehouse_id)
    row = session.get(ItemReorder, (item_id, warehouse_id))
    if reorder_point is None:
        if row is not None:
            session.delete(row)
        return Changed(None, Changes.of(Area.STOCK, Area.PURCHASING, document_id=item_id))
    point = check_decimal(
        reorder_point, places=QUANTITY_PLACES, field=QT_TRANSLATE_NOOP("fields", "Reorder point")
    )
    quantity = check_decimal(
        reorder_qty if reorder_qty is not None else Decimal(0),
        places=QUANTITY_PLACES,
        allow_zero=False,
        field=QT_TRANSLATE_NOOP("fields", "Reorder quantity"),
    )
    if row is None:
        session.add(
            ItemReorder(
                item_id=item_id,
                warehouse_id=warehouse_id,
                reorder_point=point,
                reorder_qty=quantity,
            )
        )
    else:
        row.reorder_point, row.reorder_qty = point, quantity
    session.flush()
    return Changed(None, Changes.of(Area.STOCK, Area.PURCHASING, document_id=item_id))


@dataclass(frozen=True)
class ItemRecord:
    """An item as its form shows it: the fields, whether it is active, its reorder rules."""

    id: int
    data: ItemData
    active: bool
    reorder_rules: dict[int, tuple[Decimal, Decimal]]  # warehouse id -> (point, quantity)


def item_record(session: Session, item_id: int) -> ItemRecord:
    """A plain record of one item for editing (no ORM object leaves the session)."""
    item = get_item(session, item_id)
    rules = session.execute(
        select(ItemReorder.warehouse_id, ItemReorder.reorder_point, ItemReorder.reorder_qty).where(
            ItemReorder.item_id == item_id
        )
    )
    return ItemRecord(
        id=item.id,
        data=ItemData(
            code=item.code,
            name=item.name,
            base_unit=item.base_unit,
            spec=item.spec,
            category=item.category,
            unit_precision=item.unit_precision,
            purchase_unit=item.purchase_unit,
            purchase_factor=item.purchase_factor,
            barcode=item.barcode,
            purchase_price=item.purchase_price,
            sale_price=item.sale_price,
            tax_rate=item.tax_rate,
            tax_code=item.tax_code,
            tax_short_name=item.tax_short_name,
            zero_rate_kind=item.zero_rate_kind,
        ),
        active=item.active,
        reorder_rules={warehouse: (point, quantity) for warehouse, point, quantity in rules},
    )


@dataclass(frozen=True)
class ItemChoice:
    """What a line grid needs to know about an item picked by the user."""

    id: int
    code: str
    name: str
    spec: str
    base_unit: str
    unit_precision: int
    purchase_unit: str | None
    purchase_factor: Decimal | None
    purchase_price: Decimal
    sale_price: Decimal
    tax_rate: Decimal | None

    @property
    def label(self) -> str:
        return f"{self.code}  {self.name}" + (f"  {self.spec}" if self.spec else "")


_CHOICE_COLUMNS = (
    Item.id,
    Item.code,
    Item.name,
    Item.spec,
    Item.base_unit,
    Item.unit_precision,
    Item.purchase_unit,
    Item.purchase_factor,
    Item.purchase_price,
    Item.sale_price,
    Item.tax_rate,
)


def item_choice(session: Session, item_id: int) -> ItemChoice:
    row = session.execute(select(*_CHOICE_COLUMNS).where(Item.id == item_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Item {id} does not exist."), id=item_id)
    return ItemChoice(*row)


def active_item_choice(session: Session, code_or_barcode: str) -> ItemChoice | None:
    """What a line grid shows for a typed code or barcode: the item if it is active."""
    row = find_item(session, code_or_barcode)
    return item_choice(session, row.id) if row is not None and row.active else None


def item_choices(session: Session, ids: set[int]) -> dict[int, ItemChoice]:
    """Several items' ``ItemChoice`` in one query (a 200-line document opens quickly)."""
    if not ids:
        return {}
    rows = session.execute(select(*_CHOICE_COLUMNS).where(Item.id.in_(ids)))
    return {row[0]: ItemChoice(*row) for row in rows}


def search_items(
    session: Session, text: str, *, limit: int = 20, include_inactive: bool = False
) -> list[ItemChoice]:
    """Items for a lookup as the user types: exact code or barcode first, then codes
    starting with the text, then names or specifications containing it."""
    text = search_text(text)
    if not text:
        return []
    key = fold_code(text)
    base = select(*_CHOICE_COLUMNS)
    if not include_inactive:
        base = base.where(Item.active.is_(True))
    found: dict[int, ItemChoice] = {}
    for query in (
        base.where((Item.code_key == key) | (Item.barcode == text)),
        base.where(Item.code_key.like(f"{key}%")).order_by(Item.code_key),
        base.where(
            Item.name.ilike(like_pattern(text), escape="\\")
            | Item.spec.ilike(like_pattern(text), escape="\\")
        ).order_by(Item.name),
    ):
        for row in session.execute(query.limit(limit)):
            found.setdefault(row[0], ItemChoice(*row))
        if len(found) >= limit:
            break
    return list(found.values())[:limit]


def item_page(session: Session, request: PageRequest) -> Page:
    """The item list: (id, code, name, spec, category, unit, sale price, active).

    Filters: ``include_inactive`` (default False), ``category``.
    """
    query = select(
        Item.id,
        Item.code,
        Item.name,
        Item.spec,
        Item.category,
        Item.base_unit,
        Item.sale_price,
        Item.active,
    )
    if not request.filters.get("include_inactive"):
        query = query.where(Item.active.is_(True))
    if request.filters.get("category"):
        query = query.where(Item.category == request.filters["category"])
    return page(
        session,
        query,
        request,
        search=[Item.code, Item.name, Item.spec, Item.barcode],
        sorts={
            "code": Item.code_key,
            "name": Item.name,
            "spec": Item.spec,
            "category": Item.category,
            "unit": Item.base_unit,
            "sale_price": Item.sale_price,
            "active": Item.active,
        },
        default_sort="code",
        tie_breaker=Item.id,
    )
