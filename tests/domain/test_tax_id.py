"""Unified social credit codes: normalisation and validation (python-stdnum)."""

from __future__ import annotations

import pytest

from erp_desktop.domain.tax_id import accept_tax_id, normalize_tax_id, validate_uscc
from erp_desktop.errors import ValidationError

GOOD = "91110000600037341L"


def test_full_width_spaces_and_case_are_normalised() -> None:
    assert normalize_tax_id(" ９１１１-００００ ６０００３７３４１ｌ ") == GOOD
    assert validate_uscc("91110000600037341l") == GOOD


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("91110000600037341X", "check character"),
        ("9111000060003734", "has 16 characters"),
        ("91110000600037341LL", "has 19 characters"),
        ("9111000060003734IO", "never uses: I O"),
        ("91110000600S37341Z", "never uses: S Z"),
        ("9111000060003734V1", "never uses: V"),
    ],
)
def test_bad_codes_say_what_is_wrong(code: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_uscc(code)


def test_a_failing_code_needs_a_reason_to_be_accepted() -> None:
    with pytest.raises(ValidationError):
        accept_tax_id("91110000600037341X")
    assert accept_tax_id("91110000600037341X", "printed so") == ("91110000600037341X", "printed so")
    assert accept_tax_id("", "ignored") == ("", "")
    assert accept_tax_id(GOOD, "not needed") == (GOOD, "")
