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


@pytest.mark.parametrize("bad", ["I0\u200b01", "I\u200d001", "\ufeffI001", "I00\u00ad1"])
def test_invisible_characters_are_refused_in_codes(bad: str) -> None:
    from erp_desktop.domain.text import clean_code

    with pytest.raises(ValidationError, match=r"invisible character \(U\+"):
        clean_code(bad, field="Code", max_length=40)


@pytest.mark.parametrize("bad", ["abc\u202eexe.txt", "\u2066name\u2069", "a\u200fb"])
def test_direction_marks_are_refused_everywhere(bad: str) -> None:
    from erp_desktop.domain.text import clean_code

    with pytest.raises(ValidationError, match="invisible direction mark"):
        clean_text(bad, field="Name", max_length=40)
    with pytest.raises(ValidationError, match="invisible direction mark"):
        clean_code(bad, field="Code", max_length=40)


def test_invisible_characters_are_dropped_from_names() -> None:
    assert clean_text("螺\u200b丝\ufeff刀\u200d", field="Name", max_length=10) == "螺丝刀"
    with pytest.raises(ValidationError, match="Name is required"):
        clean_text("\u200b\u200c\u200d\u2060", field="Name", max_length=10, required=True)
