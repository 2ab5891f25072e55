"""Real-looking tax classification codes for the demo book, so it exports cleanly.

They have the official table's shape (19 digits, first digit 1 goods, 3 services)
but are examples: a real book takes its codes from the official table.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from erp_desktop.models.item import Item

CATEGORY_CODES = {
    "五金": ("1080413990000000000", "金属制品"),
    "电子": ("1090512990000000000", "电子元件"),
    "食品": ("1030101020000000000", "谷物"),
    "Stationery": ("1060505010000000000", "文具"),
    "日用品": ("1070299000000000000", "日用杂品"),
    "Building": ("1080101990000000000", "建筑材料"),
}
OTHER_GOODS = ("1070299000000000000", "日用杂品")
SERVICE_CODES = {
    "安装调试服务": "3050200000000000000",
    "运输服务": "3010101000000000000",
    "技术咨询": "3040205000000000000",
}


def give_codes(session: Session) -> None:
    """Every item still without a code gets its category's (or a general goods) code."""
    for category, (code, short) in CATEGORY_CODES.items():
        session.execute(
            update(Item)
            .where(Item.tax_code == "", Item.category == category)
            .values(tax_code=code, tax_short_name=short)
        )
    session.execute(
        update(Item)
        .where(Item.tax_code == "")
        .values(tax_code=OTHER_GOODS[0], tax_short_name=OTHER_GOODS[1])
    )
