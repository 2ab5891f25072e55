"""Batch export: the stored PDFs (and/or the XML) of many documents into a folder.

Documents are read a chunk at a time (one short read transaction each, so a
long export never holds the book), written under their number (a file that
is being written is named ``….part`` until it is complete), and drafts —
which have no number and no stored PDF — are skipped and counted. The caller
passes ``report(done, total)`` for progress and ``cancelled()`` to stop
between documents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.book import Book
from erp_desktop.domain.invoice import InvoiceState
from erp_desktop.errors import BookError
from erp_desktop.files import write_whole
from erp_desktop.i18n import QT_TRANSLATE_NOOP
from erp_desktop.models.invoice import Invoice, InvoiceDocument
from erp_desktop.services.invoicing.printing import invoice_view
from erp_desktop.services.invoicing.ubl import invoice_xml

CHUNK = 50
FORMATS = ("pdf", "xml")


@dataclass(frozen=True)
class ExportResult:
    written: int  # documents exported
    skipped: int  # drafts (nothing to export yet)
    cancelled: bool = False


def _chunk(
    session: Session, ids: Sequence[int], formats: Sequence[str]
) -> list[tuple[str, dict[str, bytes]]]:
    rows = {
        row.id: row
        for row in session.scalars(
            select(Invoice).where(Invoice.id.in_(ids), Invoice.state != InvoiceState.DRAFT)
        )
    }
    pdfs: dict[int, bytes] = {}
    if "pdf" in formats and rows:
        pdfs = {
            invoice_id: pdf
            for invoice_id, pdf in session.execute(
                select(InvoiceDocument.invoice_id, InvoiceDocument.pdf).where(
                    InvoiceDocument.invoice_id.in_(rows)
                )
            )
        }
    out = []
    for invoice_id in ids:
        row = rows.get(invoice_id)
        if row is None:
            continue
        files: dict[str, bytes] = {}
        if "pdf" in formats and invoice_id in pdfs:
            files["pdf"] = pdfs[invoice_id]
        if "xml" in formats:
            files["xml"] = invoice_xml(invoice_view(session, row))
        out.append((row.number or str(invoice_id), files))
    return out


def export_documents(
    book: Book,
    ids: Sequence[int],
    folder: Path,
    formats: Sequence[str] = ("pdf",),
    *,
    report: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ExportResult:
    if not set(formats) <= set(FORMATS) or not formats:
        raise ValueError(f"formats must be among {FORMATS}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BookError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            path=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc
    written = skipped = 0
    total = len(ids)
    report(0, total)
    for start in range(0, total, CHUNK):
        if cancelled():
            return ExportResult(written, skipped, cancelled=True)
        part = ids[start : start + CHUNK]
        documents = book.read(lambda s, p=part: _chunk(s, p, formats))
        skipped += len(part) - len(documents)
        for number, files in documents:
            for extension, data in files.items():
                write_whole(folder / f"{number}.{extension}", data)
            written += 1
        report(min(start + CHUNK, total), total)
    return ExportResult(written, skipped)
