"""Cleaning typed and imported text."""

from __future__ import annotations

import pytest

from erp_desktop.domain.text import clean_text, fold_code
from erp_desktop.errors import ValidationError


def test_text_is_trimmed() -> None:
    assert clean_text("  螺丝刀  ", field="Name", max_length=10) == "螺丝刀"


@pytest.mark.parametrize("bad", ["a\x00b", "a\x1bb", "a\nb", "a\u0085b"])
def test_control_characters_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="control character"):
        clean_text(bad, field="Name", max_length=10)


def test_multiline_allows_newlines_only() -> None:
    assert (
        clean_text("line 1\nline 2", field="Notes", max_length=50, multiline=True)
        == "line 1\nline 2"
    )


def test_length_counts_characters_not_bytes() -> None:
    assert clean_text("汉" * 10, field="Name", max_length=10) == "汉" * 10
    with pytest.raises(ValidationError, match="too long"):
        clean_text("汉" * 11, field="Name", max_length=10)


def test_required() -> None:
    with pytest.raises(ValidationError, match="required"):
        clean_text("  ", field="Name", max_length=10, required=True)


def test_codes_fold_case_and_width() -> None:
    assert fold_code(" ＡＢｃ-１ ") == fold_code("abc-1") == "abc-1"
