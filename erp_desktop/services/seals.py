"""Tamper evidence: every numbered document is sealed in the audit trail when it is
issued or posted, and ``check`` recomputes the seal.

The canonical business content of a document is defined here, once, for both
sides: the header fields that are fixed from that moment (number, parties,
dates, amounts, who and when), its lines in id order (quantities, prices,
amounts; not the running figures later documents update, such as a receipt
line's returned quantity or an order line's received quantity), the SHA-256 of
the stored PDF's bytes where one is stored (invoices and credit notes), and for
opening stock — which has no lines — the moves of its posting. Values are rendered
the same way on SQLite and PostgreSQL (Decimals without trailing zeros,
timestamps in UTC), so a book moved between the two keeps its seals.

``seal`` records a ``document.seal`` event (subject ``kind:id``, details number
and digest) in the same transaction as the document's own event; the chained
audit trail protects it. A document that may still change by a verb of its own
(a confirmed purchase order amended) is sealed again by that verb; the latest
seal counts.

What this cannot do: whoever may write the whole book (the SQLite file's owner,
the PostgreSQL book owner) can change a document, recompute its seal and rewrite
the audit chain after it consistently. On SQLite the file's permissions are the
barrier; see docs/connected-mode.md. Documents issued before seals existed have
none: ``check`` skips and counts them rather than reporting them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import groupby
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from erp_desktop.domain.documents import DOC_TYPE_LABELS
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.adjustment import StockAdjustment, StockAdjustmentLine
from erp_desktop.models.audit import AuditEvent
from erp_desktop.models.count import StockCount, StockCountLine, StockOpening
from erp_desktop.models.invoice import Invoice, InvoiceDocument, InvoiceLine
from erp_desktop.models.purchase import (
    GoodsReceipt,
    GoodsReceiptLine,
    PurchaseOrder,
    PurchaseOrderLine,
    SupplierReturn,
    SupplierReturnLine,
)
from erp_desktop.models.stock import StockMove
from erp_desktop.models.transfer import Transfer, TransferLine
from erp_desktop.services import audit

SEAL_ACTION = "document.seal"
LABELS = {
    **DOC_TYPE_LABELS,
    "purchase_order": QT_TRANSLATE_NOOP("documents", "purchase order"),
}


@dataclass(frozen=True)
class SealedKind:
    """What of one kind of document is sealed."""

    name: str
    table: Table
    fields: tuple[str, ...]
    lines: Table | None = None
    line_key: str = ""
    line_fields: tuple[str, ...] = ()
    pdf: bool = False  # the stored PDF (invoice_document) counts
    moves: bool = False  # the moves of its posting count (a document without lines)


def _t(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


KINDS: dict[str, SealedKind] = {
    kind.name: kind
    for kind in (
        SealedKind(
            "invoice",  # and credit notes: the same table, told apart by ``kind``
            _t(Invoice),
            (
                "kind",
                "number",
                "customer_id",
                "warehouse_id",
                "invoice_date",
                "due_date",
                "currency",
                "price_mode",
                "remarks",
                "original_id",
                "credit_reason",
                "language",
                "buyer_name",
                "buyer_tax_id",
                "buyer_address",
                "buyer_phone",
                "buyer_bank_name",
                "buyer_bank_account",
                "seller_name",
                "seller_tax_id",
                "seller_address",
                "seller_phone",
                "seller_bank_name",
                "seller_bank_account",
                "net_total",
                "tax_total",
                "gross_total",
                "posting_id",
                "issued_by_id",
                "issued_at",
            ),
            _t(InvoiceLine),
            "invoice_id",
            (
                "line_no",
                "item_id",
                "description",
                "spec",
                "unit",
                "quantity",
                "unit_price",
                "discount_percent",
                "tax_rate",
                "tax_exempt",
                "net",
                "tax",
                "gross",
                "credited_line_id",
            ),
            pdf=True,
        ),
        SealedKind(
            "purchase_order",
            _t(PurchaseOrder),
            (
                "number",
                "supplier_id",
                "warehouse_id",
                "order_date",
                "expected_date",
                "currency",
                "exchange_rate",
                "notes",
                "net_total",
                "tax_total",
                "gross_total",
                "version",
                "confirmed_by_id",
                "confirmed_at",
            ),
            _t(PurchaseOrderLine),
            "order_id",
            (
                "line_no",
                "item_id",
                "unit",
                "factor",
                "quantity",
                "base_quantity",
                "unit_price",
                "tax_rate",
                "net_amount",
                "tax_amount",
                "gross_amount",
                "unit_cost",
            ),
        ),
        SealedKind(
            "receipt",
            _t(GoodsReceipt),
            (
                "number",
                "order_id",
                "supplier_id",
                "warehouse_id",
                "receipt_date",
                "note",
                "posting_id",
                "created_by_id",
                "created_at",
            ),
            _t(GoodsReceiptLine),
            "receipt_id",
            ("line_no", "order_line_id", "item_id", "quantity", "unit_cost", "value"),
        ),
        SealedKind(
            "supplier_return",
            _t(SupplierReturn),
            (
                "number",
                "order_id",
                "receipt_id",
                "supplier_id",
                "warehouse_id",
                "return_date",
                "reason",
                "posting_id",
                "created_by_id",
                "created_at",
            ),
            _t(SupplierReturnLine),
            "return_id",
            (
                "line_no",
                "receipt_line_id",
                "order_line_id",
                "item_id",
                "quantity",
                "unit_cost",
                "value",
            ),
        ),
        SealedKind(
            "transfer",
            _t(Transfer),
            (
                "number",
                "from_warehouse_id",
                "to_warehouse_id",
                "carrier",
                "note",
                "ship_date",
                "shipped_by_id",
                "shipped_at",
                "ship_posting_id",
            ),
            _t(TransferLine),
            "transfer_id",
            ("line_no", "item_id", "quantity", "shipped_quantity", "shipped_value"),
        ),
        SealedKind(
            "adjustment",
            _t(StockAdjustment),
            (
                "number",
                "warehouse_id",
                "adjustment_date",
                "reason",
                "note",
                "posted_by_id",
                "posted_at",
                "posting_id",
            ),
            _t(StockAdjustmentLine),
            "adjustment_id",
            ("line_no", "item_id", "quantity", "unit_cost"),
        ),
        SealedKind(
            "count",
            _t(StockCount),
            (
                "number",
                "warehouse_id",
                "count_date",
                "category",
                "note",
                "posted_by_id",
                "posted_at",
                "posting_id",
                "changed_lines",
            ),
            _t(StockCountLine),
            "count_id",
            ("line_no", "item_id", "sheet_quantity", "counted", "posted_on_hand", "difference"),
        ),
        SealedKind(
            "opening",
            _t(StockOpening),
            (
                "number",
                "opening_date",
                "note",
                "line_count",
                "total_value",
                "posted_by_id",
                "posted_at",
                "posting_id",
            ),
            moves=True,
        ),
    )
}


def seal(session: Session, user_id: int, kind: str, doc_id: int) -> None:
    """Record the digest of a document just issued or posted (call after its last change)."""
    session.flush()
    for _id, number, digest in digests(session, KINDS[kind], [doc_id]):
        audit.record(
            session,
            user_id=user_id,
            action=SEAL_ACTION,
            subject=f"{kind}:{doc_id}",
            details={"number": number, "sha256": digest},
        )


def digests(
    session: Session, kind: SealedKind, ids: list[int] | None = None
) -> Iterator[tuple[int, str, str]]:
    """(id, number, digest) of every numbered document of ``kind`` (or of ``ids``), by id."""
    table = kind.table
    where = [table.c.number.is_not(None)]
    if ids is not None:
        where.append(table.c.id.in_(ids))
    columns = [table.c.id, *(table.c[name] for name in kind.fields)]
    headers = session.execute(select(*columns).where(*where).order_by(table.c.id)).all()
    if not headers:
        return
    numbered = select(table.c.id).where(*where).scalar_subquery()
    lines = _Groups(_lines(session, kind, numbered)) if kind.lines is not None else None
    pdfs = _Groups(_pdfs(session, numbered)) if kind.pdf else None
    moves = _moves(session, kind.name, [row.id for row in headers]) if kind.moves else {}
    for row in headers:
        content: dict[str, Any] = {
            "kind": kind.name,
            "id": row.id,
            "header": {name: _plain(row._mapping[name]) for name in kind.fields},
        }
        if lines is not None:
            content["lines"] = lines.take(row.id)
        if pdfs is not None:
            content["pdf"] = pdfs.take(row.id)
        if kind.moves:
            content["moves"] = moves.get(row.id, [])
        yield row.id, row.number, _sha256(audit.canonical_json(content))


def _lines(session: Session, kind: SealedKind, numbered: Any) -> Iterable[tuple[int, list[Any]]]:
    assert kind.lines is not None
    key = kind.lines.c[kind.line_key]
    query = (
        select(key, *(kind.lines.c[name] for name in kind.line_fields))
        .where(key.in_(numbered))
        .order_by(key, kind.lines.c.id)
        .execution_options(yield_per=5_000)
    )
    for doc_id, rows in groupby(session.execute(query), key=lambda r: r[0]):
        yield doc_id, [[_plain(v) for v in row[1:]] for row in rows]


def _pdfs(session: Session, numbered: Any) -> Iterable[tuple[int, str]]:
    documents = _t(InvoiceDocument)
    query = (
        select(documents.c.invoice_id, documents.c.pdf)
        .where(documents.c.invoice_id.in_(numbered))
        .order_by(documents.c.invoice_id)
        .execution_options(yield_per=100)
    )
    for invoice_id, pdf in session.execute(query):
        yield invoice_id, _sha256(pdf)


def _moves(session: Session, doc_type: str, ids: list[int]) -> dict[int, list[list[Any]]]:
    """The moves each document posted (opening stock posts in parts: all of them)."""
    moves = _t(StockMove)
    found: dict[int, list[list[Any]]] = {}
    query = (
        select(
            moves.c.doc_id,
            moves.c.item_id,
            moves.c.from_location_id,
            moves.c.to_location_id,
            moves.c.quantity,
            moves.c.value,
        )
        .where(moves.c.doc_type == doc_type, moves.c.doc_id.in_(ids))
        .order_by(moves.c.doc_id, moves.c.id)
    )
    for row in session.execute(query):
        found.setdefault(row[0], []).append([_plain(v) for v in row[1:]])
    return found


class _Groups:
    """Walks (doc id, group) pairs in id order beside the headers, also in id order."""

    def __init__(self, groups: Iterable[tuple[int, Any]]) -> None:
        self._groups = iter(groups)
        self._next: tuple[int, Any] | None = next(self._groups, None)

    def take(self, doc_id: int) -> Any:
        while self._next is not None and self._next[0] < doc_id:
            self._next = next(self._groups, None)
        if self._next is not None and self._next[0] == doc_id:
            value = self._next[1]
            self._next = next(self._groups, None)
            return value
        return None


def _plain(value: Any) -> Any:
    """The same text for the same value on SQLite and PostgreSQL."""
    if isinstance(value, Decimal):
        return "0" if value == 0 else format(value.normalize(), "f")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return _sha256(value)
    return value


def _sha256(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


# -- check ----------------------------------------------------------------------------------------
def recorded_seals(session: Session) -> dict[str, tuple[str, str]]:
    """subject → (number, digest) of the latest seal of every sealed document."""
    query = (
        select(AuditEvent.subject, AuditEvent.details)
        .where(AuditEvent.action == SEAL_ACTION)
        .order_by(AuditEvent.id)
    )
    seals = {}
    for subject, details in session.execute(query):
        data = json.loads(details)
        seals[subject] = (str(data.get("number")), str(data.get("sha256")))
    return seals


def documents_unchanged(session: Session) -> Iterator[Msg]:
    """Every sealed document still has the content it was sealed with, and still exists."""
    seals = recorded_seals(session)
    seen: set[str] = set()
    for kind in KINDS.values():
        if not any(subject.startswith(f"{kind.name}:") for subject in seals):
            continue  # nothing of this kind sealed yet: skip the reading
        labels = _labels(session, kind)
        for doc_id, number, digest in digests(session, kind):
            subject = f"{kind.name}:{doc_id}"
            sealed = seals.get(subject)
            if sealed is None:
                continue  # issued before seals existed: counted by ``unsealed_documents``
            seen.add(subject)
            if sealed[1] != digest:
                yield Msg(
                    QT_TRANSLATE_NOOP(
                        "checks",
                        "{document} {number} was changed after it was issued or posted: it no "
                        "longer matches its seal in the audit trail.",
                    ),
                    "checks",
                    {
                        "document": labels.get(doc_id, Msg(LABELS[kind.name], "documents")),
                        "number": number,
                    },
                )
    for subject, (number, _digest) in sorted(seals.items()):
        kind_name = subject.split(":", 1)[0]
        if subject not in seen and kind_name in KINDS:
            yield Msg(
                QT_TRANSLATE_NOOP(
                    "checks",
                    "{document} {number} was sealed in the audit trail but is gone or lost "
                    "its number.",
                ),
                "checks",
                {"document": Msg(LABELS[kind_name], "documents"), "number": number},
            )


def _labels(session: Session, kind: SealedKind) -> dict[int, Msg]:
    """Invoices and credit notes share a table: name each by its own kind."""
    if "kind" not in kind.table.c:
        return {}
    rows = session.execute(
        select(kind.table.c.id, kind.table.c.kind).where(kind.table.c.number.is_not(None))
    )
    return {doc_id: Msg(LABELS.get(value, value), "documents") for doc_id, value in rows}


def unsealed_documents(session: Session) -> int:
    """Numbered documents without a seal: issued before seals existed (not covered)."""
    seals = recorded_seals(session)
    total = 0
    for kind in KINDS.values():
        numbered = session.scalar(
            select(func.count()).select_from(kind.table).where(kind.table.c.number.is_not(None))
        )
        sealed = sum(1 for subject in seals if subject.startswith(f"{kind.name}:"))
        total += max(0, int(numbered or 0) - sealed)
    return total
