"""Tax classification codes, zero-rate kinds and the red-letter reasons' goods/services rule."""

from __future__ import annotations

import pytest

from erp_desktop.domain.tax_codes import (
    RedReason,
    ZeroRateKind,
    check_red_reason,
    clean_tax_code,
    clean_zero_rate_kind,
)
from erp_desktop.errors import ValidationError

GOODS = "1070299000000000000"
SERVICE = "3040201990000000000"


def test_a_code_is_19_digits_typed_in_any_width() -> None:
    assert clean_tax_code(" １０７０２９９０００ 000000000 ") == GOODS
    assert clean_tax_code("") == ""


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("107029900000000000", "18 digits"),
        ("10702990000000000A0", "digits only"),
        ("7070299000000000000", "start with 1 to 6"),
        ("1.07029900000000E+18", "digits only"),
    ],
)
def test_a_malformed_code_is_refused_with_the_reason(code: str, says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        clean_tax_code(code)


def test_zero_rate_kind_belongs_to_a_rate_of_zero() -> None:
    assert clean_zero_rate_kind("", True, True) is ZeroRateKind.EXEMPT
    assert clean_zero_rate_kind("", True, False) is ZeroRateKind.ZERO
    assert clean_zero_rate_kind("export", True, False) is ZeroRateKind.EXPORT
    assert clean_zero_rate_kind("", False, False) is ZeroRateKind.NONE
    with pytest.raises(ValidationError, match="tax rate of 0"):
        clean_zero_rate_kind("not_taxable", False, False)
    with pytest.raises(ValidationError, match="Unknown"):
        clean_zero_rate_kind("free", True, False)


def test_goods_returned_needs_goods_and_service_stopped_needs_services() -> None:
    assert check_red_reason("02", [GOODS, SERVICE]) is RedReason.RETURN
    assert check_red_reason("03", [GOODS, SERVICE]) is RedReason.SERVICE_STOPPED
    with pytest.raises(ValidationError, match="services only"):
        check_red_reason("02", [SERVICE])
    with pytest.raises(ValidationError, match="goods only"):
        check_red_reason("03", [GOODS])
    assert check_red_reason("01", [GOODS]) is RedReason.ERROR
    with pytest.raises(ValidationError, match="Unknown"):
        check_red_reason("05", [GOODS])
