"""Database passwords live in the OS keyring, never in settings or logs."""

from __future__ import annotations

import pytest

from erp_desktop.db.location import BookLocation
from erp_desktop.db.passwords import (
    keyring_is_secure,
    load_password,
    save_password,
    with_saved_password,
)
from erp_desktop.errors import BookError

SERVER = BookLocation.for_server(host="127.0.0.1", port=5432, database="shop", user="clerk")


def test_password_round_trips_through_a_secure_keyring(memory_keyring) -> None:
    assert keyring_is_secure()
    save_password(SERVER, "s3cret/with:odd@chars")
    assert load_password(SERVER) == "s3cret/with:odd@chars"
    filled = with_saved_password(SERVER)
    assert filled.password == "s3cret/with:odd@chars"
    assert "s3cret" not in filled.display()
    assert memory_keyring.store == {
        ("erp-desktop", "clerk@127.0.0.1:5432/shop"): "s3cret/with:odd@chars"
    }


def test_an_insecure_keyring_is_refused(insecure_keyring) -> None:
    assert not keyring_is_secure()
    with pytest.raises(BookError, match="no secure password store"):
        save_password(SERVER, "s3cret")
    assert not insecure_keyring.path.exists()
    assert load_password(SERVER) is None  # not even read from an unsafe store


def test_no_keyring_at_all_is_insecure() -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert not keyring_is_secure()
        assert with_saved_password(SERVER) == SERVER
    finally:
        keyring.set_keyring(previous)
