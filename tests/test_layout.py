"""The test tree itself: rules that keep it collectable."""

from __future__ import annotations

from collections import Counter

from tests.helpers import ROOT


def test_test_module_names_are_unique() -> None:
    """tests/ has no packages, so two test files with one name cannot both be imported."""
    names = Counter(path.name for path in (ROOT / "tests").rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []
