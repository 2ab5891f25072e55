"""Stock move document types: stored values and their screen names."""

from __future__ import annotations

from erp_desktop.domain.documents import DOC_TYPE_LABELS, TRANSFER_DOC_TYPES, DocType


def test_a_stored_doc_type_string_is_its_member() -> None:
    assert DocType("supplier_return") is DocType.SUPPLIER_RETURN
    assert DocType.TRANSFER_SHIP == "transfer_ship"
    assert {"receipt": 1}[DocType.RECEIPT] == 1  # hashes like the plain string


def test_every_doc_type_outside_transfers_has_a_label() -> None:
    unlabelled = [t for t in DocType if t not in DOC_TYPE_LABELS and t not in TRANSFER_DOC_TYPES]
    assert unlabelled == []
    assert DOC_TYPE_LABELS[DocType.INVOICE] == "sales invoice"
    assert DOC_TYPE_LABELS["transfer"] == "transfer"


def test_transfer_doc_types_are_the_three_transfer_moves() -> None:
    assert sorted(TRANSFER_DOC_TYPES) == ["transfer_receipt", "transfer_ship", "transfer_shortage"]
