"""Reading stock: on hand now (one balance row) and as of a past date (from the ledger)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.domain.stock import ZERO, average_cost
from erp_desktop.models.stock import StockBalance, StockMove


@dataclass(frozen=True)
class OnHand:
    quantity: Decimal
    value: Decimal

    @property
    def average_cost(self) -> Decimal | None:
        return average_cost(self.quantity, self.value)


NOTHING = OnHand(ZERO.quantize(Decimal("0.0001")), ZERO.quantize(Decimal("0.01")))


def on_hand(session: Session, item_id: int, location_id: int) -> OnHand:
    row = session.execute(
        select(StockBalance.quantity, StockBalance.value).where(
            StockBalance.item_id == item_id, StockBalance.location_id == location_id
        )
    ).first()
    return OnHand(row[0], row[1]) if row else NOTHING


def on_hand_as_of(session: Session, item_id: int, location_id: int, day: date) -> OnHand:
    """Stock at the end of ``day``: Σ moves in − Σ moves out up to that date."""

    def total(column):
        row = session.execute(
            select(
                func.coalesce(func.sum(StockMove.quantity), 0),
                func.coalesce(func.sum(StockMove.value), 0),
            ).where(StockMove.item_id == item_id, column == location_id, StockMove.move_date <= day)
        ).one()
        return row[0], row[1]

    quantity_in, value_in = total(StockMove.to_location_id)
    quantity_out, value_out = total(StockMove.from_location_id)
    return OnHand(quantity_in - quantity_out, value_in - value_out)
