"""Invoicing tests run on a small shop (tests/invoicing_world.py)."""

from __future__ import annotations

import pytest

from tests.invoicing_world import Shop, build_shop


@pytest.fixture
def shop(book, admin_id) -> Shop:
    return build_shop(book, admin_id)
