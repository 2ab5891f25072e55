"""Business stories run on one shop per test, on SQLite and on PostgreSQL (``book``)."""

from __future__ import annotations

import pytest

from tests.scenarios.story import Story, build_story


@pytest.fixture
def story(book, admin_id) -> Story:
    return build_story(book, admin_id)
