"""Open connected book: the encryption follows the server until the user picks one."""

from __future__ import annotations

import pytest

from erp_desktop.db.location import BookLocation
from erp_desktop.ui.dialogs.connect import ConnectDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_pgsslmode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGSSLMODE", raising=False)


def test_a_server_elsewhere_defaults_to_verify_full(qtbot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    form = dialog.server
    assert form.ssl_combo.currentData() == "prefer"  # localhost, as before
    form.host_edit.setText("db.shop.example")
    form.database_edit.setText("shop")
    form.user_edit.setText("clerk")
    assert form.ssl_combo.currentData() == "verify-full"
    assert form.location().sslmode == "verify-full"
    form.host_edit.setText("127.0.0.1")
    assert form.ssl_combo.currentData() == "prefer"


def test_a_chosen_encryption_stays(qtbot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    form = dialog.server
    form.ssl_combo.setCurrentIndex(form.ssl_combo.findData("require"))
    form.ssl_combo.activated.emit(form.ssl_combo.currentIndex())
    form.host_edit.setText("db.shop.example")
    assert form.ssl_combo.currentData() == "require"


def test_a_known_address_keeps_its_encryption(qtbot) -> None:
    known = BookLocation.parse("postgresql://clerk@db.shop.example/shop?sslmode=verify-ca")
    dialog = ConnectDialog(known=known)
    qtbot.addWidget(dialog)
    assert dialog.server.ssl_combo.currentData() == "verify-ca"
    unsaid = ConnectDialog(known=BookLocation.parse("postgresql://clerk@db.shop.example/shop"))
    qtbot.addWidget(unsaid)
    assert unsaid.server.ssl_combo.currentData() == "verify-full"
