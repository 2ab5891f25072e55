"""The test tree itself: rules that keep it collectable."""

from __future__ import annotations

from collections import Counter

from tests.helpers import ROOT


def test_test_module_names_are_unique() -> None:
    """tests/ has no packages, so two test files with one name cannot both be imported."""
    names = Counter(path.name for path in (ROOT / "tests").rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []


def test_every_domain_module_has_its_own_test_module() -> None:
    """qutebrowser's habit: tests mirror the source tree; domain/ holds only rules.

    ``tests/domain/test_<module>.py``, or ``test_domain_<module>.py`` where another
    package has a module of that name (test module names must be unique).
    """
    domain = ROOT / "erp_desktop" / "domain"
    tests = ROOT / "tests" / "domain"
    modules = sorted(path.stem for path in domain.glob("*.py") if path.stem != "__init__")
    missing = [
        module
        for module in modules
        if not (tests / f"test_{module}.py").exists()
        and not (tests / f"test_domain_{module}.py").exists()
    ]
    assert missing == []


def test_scenarios_tell_stories_across_areas() -> None:
    stories = sorted(path.name for path in (ROOT / "tests" / "scenarios").glob("test_*.py"))
    assert len(stories) >= 3
