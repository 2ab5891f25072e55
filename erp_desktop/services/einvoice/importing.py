"""Importing what the platform sends back: issued 数电票 XML and the 失败明细 workbook.

An issued invoice is linked to our document by our number (the export puts it
in 发票流水号 and 备注, and the platform prints 备注 on the invoice); failing
that, by buyer + total with tax + date (the platform's date on or after ours,
within 60 days) — a guess, which links only when the caller says the user
confirmed it. The 20-digit number, the issue date and the platform's totals are
stored beside our invoice, with the XML as received; totals that differ from
ours by even a cent are flagged. A red 数电票 links to our credit note the same
way. Importing the same file again changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.permissions import Permission
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.einvoice import EInvoiceRecord
from erp_desktop.models.invoice import Invoice
from erp_desktop.services import audit
from erp_desktop.services.company import get_company
from erp_desktop.services.einvoice.issued_xml import IssuedInvoice, parse_issued_xml
from erp_desktop.services.permissions import require

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-/]{2,39}")
GUESS_WINDOW = timedelta(days=60)


class Outcome(StrEnum):
    LINKED = "linked"
    ALREADY = "already"  # this number was linked to this document before
    GUESS = "guess"  # buyer + amount + date found one document: confirm to link
    UNMATCHED = "unmatched"
    REFUSED = "refused"  # unreadable, or a number taken by another document
    RECEIVED = "received"  # a supplier's invoice to us (进项), not one of ours
    REJECTED = "rejected"  # a 失败明细 row


@dataclass(frozen=True)
class ImportResult:
    source: str
    outcome: Outcome
    platform_number: str = ""
    invoice_id: int | None = None
    invoice_number: str = ""
    totals_differ: bool = False
    message: Msg | None = None


def _by_remark(session: Session, issued: IssuedInvoice) -> Invoice | None:
    tokens = set(TOKEN.findall(issued.remark))
    if not tokens:
        return None
    rows = session.scalars(select(Invoice).where(Invoice.number.in_(tokens))).all()
    return rows[0] if len(rows) == 1 else None


def _guess(session: Session, issued: IssuedInvoice) -> list[Invoice]:
    query = (
        select(Invoice)
        .outerjoin(EInvoiceRecord, EInvoiceRecord.invoice_id == Invoice.id)
        .where(
            Invoice.number.is_not(None),
            Invoice.gross_total == issued.gross,
            Invoice.invoice_date <= issued.issue_date,
            Invoice.invoice_date >= issued.issue_date - GUESS_WINDOW,
            EInvoiceRecord.platform_number.is_(None),
        )
    )
    if issued.buyer_tax_id:
        query = query.where(Invoice.buyer_tax_id == issued.buyer_tax_id)
    else:
        query = query.where(Invoice.buyer_name == issued.buyer_name)
    return list(session.scalars(query.limit(2)))


def import_issued(
    session: Session,
    user_id: int,
    data: bytes,
    source: str,
    *,
    confirm_guess: bool = False,
    now: datetime | None = None,
) -> ImportResult:
    """Link one issued-invoice XML to our document (see the module docstring)."""
    require(session, user_id, Permission.INVOICE)
    company = get_company(session)
    ours = (company.tax_id if company else "").upper()
    return _import_one(session, user_id, data, source, ours, confirm_guess, now)


def _import_one(
    session: Session,
    user_id: int,
    data: bytes,
    source: str,
    ours: str,
    confirm_guess: bool,
    now: datetime | None,
) -> ImportResult:
    try:
        issued = parse_issued_xml(data)
    except ValidationError as exc:
        return ImportResult(source, Outcome.REFUSED, message=exc.message)
    if ours and issued.buyer_tax_id == ours and issued.seller_tax_id != ours:
        return ImportResult(
            source,
            Outcome.RECEIVED,
            issued.number,
            message=Msg(
                QT_TRANSLATE_NOOP(
                    "errors", "A supplier's invoice to us: import it under received invoices."
                )
            ),
        )
    taken = session.scalar(
        select(EInvoiceRecord).where(EInvoiceRecord.platform_number == issued.number)
    )
    if taken is not None:
        number = session.scalar(select(Invoice.number).where(Invoice.id == taken.invoice_id))
        return ImportResult(
            source,
            Outcome.ALREADY,
            issued.number,
            taken.invoice_id,
            number or "",
            taken.totals_differ,
        )
    invoice = _by_remark(session, issued)
    if invoice is None:
        found = _guess(session, issued)
        if len(found) != 1:
            return ImportResult(
                source,
                Outcome.UNMATCHED,
                issued.number,
                message=Msg(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "No document of ours carries this invoice's number in its remark, and "
                        "buyer, amount and date match {count} documents.",
                    ),
                    params={"count": len(found)},
                ),
            )
        if not confirm_guess:
            return ImportResult(
                source, Outcome.GUESS, issued.number, found[0].id, found[0].number or ""
            )
        invoice = found[0]
    record = session.get(EInvoiceRecord, invoice.id)
    if record is not None and record.platform_number:
        return ImportResult(
            source,
            Outcome.REFUSED,
            issued.number,
            invoice.id,
            invoice.number or "",
            message=Msg(
                QT_TRANSLATE_NOOP(
                    "errors", "{number} already carries the platform number {platform}."
                ),
                params={"number": invoice.number, "platform": record.platform_number},
            ),
        )
    if record is None:
        record = EInvoiceRecord(invoice_id=invoice.id, sent_file="", rejected="")
        session.add(record)
    differ = (issued.net, issued.tax, issued.gross) != (
        invoice.net_total,
        invoice.tax_total,
        invoice.gross_total,
    )
    record.platform_number, record.platform_date = issued.number, issued.issue_date
    record.platform_net, record.platform_tax = issued.net, issued.tax
    record.platform_gross, record.totals_differ = issued.gross, differ
    record.xml, record.imported_at, record.rejected = data, now or utc_now(), ""
    session.flush()
    audit.record(
        session,
        user_id=user_id,
        action="einvoice.import",
        subject=f"invoice:{invoice.id}",
        details={"platform_number": issued.number, "totals_differ": differ},
    )
    return ImportResult(
        source,
        Outcome.LINKED,
        issued.number,
        invoice.id,
        invoice.number or "",
        differ,
        Msg(
            QT_TRANSLATE_NOOP(
                "errors",
                "The platform's totals ({net} + {tax} = {gross}) differ from ours "
                "({our_net} + {our_tax} = {our_gross}).",
            ),
            params={
                "net": issued.net,
                "tax": issued.tax,
                "gross": issued.gross,
                "our_net": invoice.net_total,
                "our_tax": invoice.tax_total,
                "our_gross": invoice.gross_total,
            },
        )
        if differ
        else None,
    )


REASON_HEADERS = ("导入失败原因", "失败原因", "错误信息", "失败明细")


def import_rejections(session: Session, user_id: int, path: str | Path) -> list[ImportResult]:
    """Read the platform's 失败明细 workbook: each row's reason goes on its document."""
    from openpyxl import load_workbook

    require(session, user_id, Permission.INVOICE)
    book = load_workbook(path, read_only=True, data_only=True)
    reasons: dict[str, list[str]] = {}
    try:
        for sheet in book.worksheets:
            serial_col = reason_col = None
            for row in sheet.iter_rows(values_only=True):
                cells = ["" if v is None else str(v).strip() for v in row]
                if serial_col is None:
                    if "发票流水号" in cells:
                        serial_col = cells.index("发票流水号")
                        reason_col = next(
                            (i for i, c in enumerate(cells) if c in REASON_HEADERS), None
                        )
                    continue
                if reason_col is None or serial_col >= len(cells):
                    break
                serial = cells[serial_col]
                if serial and reason_col < len(cells) and cells[reason_col]:
                    reasons.setdefault(serial, []).append(cells[reason_col])
    finally:
        book.close()
    results = []
    invoices = {
        row.number: row
        for row in session.scalars(select(Invoice).where(Invoice.number.in_(list(reasons))))
    }
    for serial, texts in reasons.items():
        invoice = invoices.get(serial)
        if invoice is None:
            results.append(
                ImportResult(
                    str(path),
                    Outcome.UNMATCHED,
                    invoice_number=serial,
                    message=Msg(QT_TRANSLATE_NOOP("errors", "No document has this number.")),
                )
            )
            continue
        record = session.get(EInvoiceRecord, invoice.id)
        if record is None:
            record = EInvoiceRecord(invoice_id=invoice.id, sent_file="")
            session.add(record)
        record.rejected = "；".join(texts)[:1000]
        results.append(
            ImportResult(
                str(path),
                Outcome.REJECTED,
                invoice_id=invoice.id,
                invoice_number=serial,
                message=Msg("{reason}", params={"reason": record.rejected}),
            )
        )
    session.flush()
    return results


def import_files(
    session: Session, user_id: int, paths: Sequence[str | Path], *, confirm_guess: bool = False
) -> list[ImportResult]:
    """Each file by its kind: ``.xlsx`` a 失败明细 workbook, anything else issued XML."""
    require(session, user_id, Permission.INVOICE)
    company = get_company(session)
    ours = (company.tax_id if company else "").upper()
    results: list[ImportResult] = []
    for path in paths:
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            results.extend(import_rejections(session, user_id, path))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            results.append(
                ImportResult(
                    str(path),
                    Outcome.REFUSED,
                    message=Msg(
                        QT_TRANSLATE_NOOP("errors", "Cannot read the file: {reason}"),
                        params={"reason": exc.strerror or str(exc)},
                    ),
                )
            )
            continue
        results.append(_import_one(session, user_id, data, str(path), ours, confirm_guess, None))
    return results
