"""Database passwords in the operating system's keyring (python ``keyring``).

A password is never written to settings.json or a log: book locations are
stored and shown without it (``BookLocation.display``), and the keyring holds
it under the server, port, database and user. When the only keyring
available is insecure (a plain file, or none at all), saving is refused and
the app asks for the password each time instead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from erp_desktop.db.location import BookLocation
from erp_desktop.errors import BookError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)
SERVICE = "erp-desktop"
# Backends that keep secrets in the clear, or nowhere: never trusted with a password.
INSECURE = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # its own weak scheme, and it prompts on a terminal
}


def account(location: BookLocation) -> str:
    host, port, database, user = location.server
    return f"{user}@{host}:{port}/{database}"


def _backend() -> KeyringBackend:
    import keyring

    return keyring.get_keyring()


def backend_name() -> str:
    backend = _backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_is_secure() -> bool:
    """True when the keyring encrypts at rest (Secret Service, Keychain, Windows Vault, …)."""
    try:
        backend = _backend()
    except Exception:  # a broken keyring configuration: treat as none
        log.warning("no usable keyring", exc_info=True)
        return False
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name in INSECURE:
        return False
    backends = getattr(backend, "backends", None)  # the chainer: secure only if one part is
    if backends is not None:
        return any(
            f"{type(b).__module__}.{type(b).__name__}" not in INSECURE
            and getattr(b, "priority", 0) >= 1
            for b in backends
        )
    return float(getattr(backend, "priority", 0)) >= 1


def save_password(location: BookLocation, password: str) -> None:
    if not keyring_is_secure():
        raise BookError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer has no secure password store (keyring), so the password was "
                "not saved. You will be asked for it each time.",
            )
        )
    import keyring

    keyring.set_password(SERVICE, account(location), password)


def load_password(location: BookLocation) -> str | None:
    if location.is_sqlite or not keyring_is_secure():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, account(location))
    except Exception:
        log.warning("reading the keyring failed", exc_info=True)
        return None


def forget_password(location: BookLocation) -> None:
    import keyring

    try:
        keyring.delete_password(SERVICE, account(location))
    except Exception:  # nothing saved, or no keyring: nothing to forget
        log.info("no saved password to forget for %s", location.display())


def with_saved_password(location: BookLocation) -> BookLocation:
    """The location with its password from the keyring, if it has none and one is saved."""
    if location.is_sqlite or location.password:
        return location
    password = load_password(location)
    return location.with_password(password) if password else location
