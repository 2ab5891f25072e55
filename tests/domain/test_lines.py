"""The rules and wording every document line naming an item shares."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.domain.lines import check_unit_precision, inactive_item, missing_item
from erp_desktop.errors import ValidationError


def test_a_missing_item_names_the_line() -> None:
    assert str(missing_item(3)) == "Line 3: the item does not exist."


def test_an_inactive_item_names_line_code_and_name() -> None:
    assert str(inactive_item(2, "SCR-01", "十字螺丝 M4")) == (
        "Line 2: the item SCR-01 十字螺丝 M4 is inactive."
    )


@pytest.mark.parametrize(
    ("places", "quantity"),
    [(0, D("5")), (0, D("5.000")), (2, D("12.5")), (2, D("12.50")), (4, D("0.0001"))],
)
def test_quantities_as_fine_as_the_item_pass(places: int, quantity: D) -> None:
    assert check_unit_precision(1, "RICE-5", places, quantity) is None


@pytest.mark.parametrize(
    ("places", "quantity", "shown"),
    [(0, D("2.5"), "2.5"), (2, D("12.505"), "12.505"), (0, D("0.0001"), "0.0001")],
)
def test_a_quantity_finer_than_the_item_is_refused(places: int, quantity: D, shown: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_unit_precision(4, "SCR-01", places, quantity)
    assert str(refused.value) == (
        f"Line 4: SCR-01 is counted in whole units or at most {places} decimals; {shown} has more."
    )
