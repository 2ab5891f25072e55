"""The declarative base: naming convention and the type map every model uses."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from erp_desktop.db import types

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: types.UTCDateTime(),
        types.Quantity: types.QUANTITY_TYPE,
        types.UnitPrice: types.UNIT_PRICE_TYPE,
        types.Money: types.MONEY_TYPE,
        types.Rate: types.RATE_TYPE,
    }
