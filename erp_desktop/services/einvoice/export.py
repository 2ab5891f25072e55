"""Export issued invoices to the platform's batch-issuing workbook.

One 基本信息 row per invoice and one 明细 row per line, joined by our number
in 发票流水号 (and repeated in 备注, so the issued 数电票 can be linked back).
Every cell is text (IDs, codes and amounts keep their digits). Everything is
checked first: a document with a value over the template's limit, a line
without a classification code or a buyer without a name is listed and the
workbook is not written (unless the caller asks to leave those out). The
workbook is written to a temporary file and moved into place; the documents
written are marked "sent to platform" in the same transaction.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, insert, select, update
from sqlalchemy.orm import Session

from erp_desktop.db.types import utc_now
from erp_desktop.domain.invoice import ISSUED_STATES, InvoiceKind
from erp_desktop.domain.money import PRICE_PLACES, plain_decimal, round_half_up
from erp_desktop.domain.permissions import Permission
from erp_desktop.domain.tax_codes import PLATFORM_POLICY
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg
from erp_desktop.models.einvoice import EInvoiceRecord
from erp_desktop.models.invoice import Invoice, InvoiceLine
from erp_desktop.models.party import Party
from erp_desktop.services import audit
from erp_desktop.services.einvoice import workbook as wb
from erp_desktop.services.permissions import require
from erp_desktop.services.xlsx_writer import write_xlsx

INSTRUCTIONS = "批量开票导入模板：第3行为表头，第4行起为数据，各页以发票流水号关联。"
COMMON = "普通发票"
SPECIAL = "增值税专用发票"


@dataclass(frozen=True)
class Problem:
    number: str
    message: Msg


@dataclass(frozen=True)
class ExportResult:
    documents: int
    lines: int
    problems: tuple[Problem, ...]
    written: bool


@dataclass(frozen=True)
class _Doc:
    id: int
    number: str
    basic: tuple[str, ...]
    details: list[tuple[Any, ...]]


def documents_query(
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    customer_id: int | None = None,
    invoice_ids: Iterable[int] | None = None,
    include_sent: bool = False,
) -> Select[Any]:
    """Issued invoices (not credit notes: red ones go through a confirmation) the
    platform has not issued yet; already sent ones only if asked."""
    query = (
        select(Invoice.id)
        .outerjoin(EInvoiceRecord, EInvoiceRecord.invoice_id == Invoice.id)
        .where(
            Invoice.kind == InvoiceKind.INVOICE,
            Invoice.state.in_(ISSUED_STATES),
            EInvoiceRecord.platform_number.is_(None),
        )
        .order_by(Invoice.invoice_date, Invoice.id)
    )
    if not include_sent:
        query = query.where(EInvoiceRecord.sent_at.is_(None))
    if date_from is not None:
        query = query.where(Invoice.invoice_date >= date_from)
    if date_to is not None:
        query = query.where(Invoice.invoice_date <= date_to)
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    if invoice_ids is not None:
        query = query.where(Invoice.id.in_(list(invoice_ids)))
    return query


def _text(value: Decimal) -> str:
    return plain_decimal(value)


def _check(number: str, header: str, value: str, problems: list[Problem]) -> None:
    limit = wb.LIMITS.get(header)
    if limit is not None and len(value) > limit:
        problems.append(
            Problem(
                number,
                Msg(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{field} has {length} characters; the platform takes at most {max}.",
                    ),
                    params={"field": header, "length": len(value), "max": limit},
                ),
            )
        )


_LINE_COLUMNS = (
    InvoiceLine.invoice_id,
    InvoiceLine.line_no,
    InvoiceLine.description,
    InvoiceLine.spec,
    InvoiceLine.unit,
    InvoiceLine.quantity,
    InvoiceLine.tax_rate,
    InvoiceLine.net,
    InvoiceLine.gross,
    InvoiceLine.tax_code,
    InvoiceLine.zero_rate_kind,
)
_HEAD_COLUMNS = (
    Invoice.id,
    Invoice.number,
    Invoice.price_mode,
    Invoice.remarks,
    Invoice.buyer_name,
    Invoice.buyer_tax_id,
    Invoice.buyer_address,
    Invoice.buyer_phone,
    Invoice.buyer_bank_name,
    Invoice.buyer_bank_account,
    Party.natural_person,
    Party.id_type,
    Party.id_number,
    Party.email,
)


def _build(session: Session, ids: Sequence[int], special: bool) -> tuple[list[_Doc], list[Problem]]:
    """Plain rows, not ORM objects: 100,000 lines load in a second."""
    problems: list[Problem] = []
    docs: list[_Doc] = []
    for chunk in range(0, len(ids), 1000):
        part = ids[chunk : chunk + 1000]
        lines: dict[int, list[Any]] = {}
        for line in session.execute(
            select(*_LINE_COLUMNS)
            .where(InvoiceLine.invoice_id.in_(part))
            .order_by(InvoiceLine.invoice_id, InvoiceLine.line_no)
        ):
            lines.setdefault(line.invoice_id, []).append(line)
        heads = session.execute(
            select(*_HEAD_COLUMNS)
            .join(Party, Party.id == Invoice.customer_id)
            .where(Invoice.id.in_(part))
            .order_by(Invoice.invoice_date, Invoice.id)
        )
        docs.extend(_document(head, lines.get(head.id, []), special, problems) for head in heads)
    return docs, problems


def _document(head: Any, lines: list[Any], special: bool, problems: list[Problem]) -> _Doc:
    number = head.number or ""
    inclusive = head.price_mode == "inclusive"
    natural = head.natural_person
    values = {
        "发票流水号": number,
        "发票类型": SPECIAL if special and head.buyer_tax_id else COMMON,
        "是否含税": "是" if inclusive else "否",
        "受票方自然人标识": "是" if natural else "否",
        "购买方名称": head.buyer_name,
        "购买方纳税人识别号": head.buyer_tax_id,
        "购买方证件类型": head.id_type if natural else "",
        "购买方证件号码": head.id_number if natural else "",
        "购买方地址": head.buyer_address,
        "购买方电话": head.buyer_phone,
        "购买方开户银行": head.buyer_bank_name,
        "购买方银行账号": head.buyer_bank_account,
        "备注": " ".join(p for p in (number, head.remarks) if p),
        "购买方邮箱": head.email,
    }
    if not head.buyer_name:
        problems.append(Problem(number, Msg(QT_TRANSLATE_NOOP("errors", "The buyer has no name."))))
    for header, limit in _BASIC_LIMITS:
        if len(values[header]) > limit:
            _check(number, header, values[header], problems)
    details = []
    rates: dict[Decimal, str] = {}
    for line in lines:
        amount = line.gross if inclusive else line.net
        price = round_half_up(amount / line.quantity, PRICE_PLACES)
        uses_policy, policy = _POLICY[line.zero_rate_kind]
        detail = (
            number,
            line.description,
            line.tax_code,
            line.spec,
            line.unit,
            _text(line.quantity),
            _text(price),
            f"{amount:.2f}",
            rates.get(line.tax_rate) or rates.setdefault(line.tax_rate, _text(line.tax_rate)),
            "",
            uses_policy,
            policy,
        )
        if not line.tax_code:
            problems.append(
                Problem(
                    number,
                    Msg(
                        QT_TRANSLATE_NOOP(
                            "errors", "Line {line} ({name}) has no tax classification code."
                        ),
                        params={"line": line.line_no, "name": line.description},
                    ),
                )
            )
        for index, header, limit in _DETAIL_LIMITS:
            if len(detail[index]) > limit:
                _check(number, header, detail[index], problems)
        details.append(detail)
    basic = tuple(values.get(h, "") for h in wb.BASIC_HEADERS)
    return _Doc(head.id, number, basic, details)


_LIMITED_DETAILS = ("项目名称", "规格型号", "单位", "数量", "单价", "金额")
_DETAIL_LIMITS = tuple((wb.DETAIL_HEADERS.index(h), h, wb.LIMITS[h]) for h in _LIMITED_DETAILS)
_BASIC_LIMITS = tuple((h, wb.LIMITS[h]) for h in wb.BASIC_HEADERS if h in wb.LIMITS)
_POLICY = {kind.value: policy for kind, policy in PLATFORM_POLICY.items()}


def _write(path: Path, docs: Sequence[_Doc]) -> None:
    def sheet(headers: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> Iterator[Sequence[str]]:
        yield [INSTRUCTIONS]
        yield [wb.hint(h) for h in headers]
        yield headers
        yield from rows

    write_xlsx(
        path,
        [
            (wb.BASIC_SHEET, sheet(wb.BASIC_HEADERS, (d.basic for d in docs))),
            (wb.DETAIL_SHEET, sheet(wb.DETAIL_HEADERS, (r for d in docs for r in d.details))),
            (wb.VERSION_SHEET, [[wb.TEMPLATE_VERSION]]),
        ],
    )


def export_batch(
    session: Session,
    user_id: int,
    path: str | os.PathLike[str],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    customer_id: int | None = None,
    invoice_ids: Iterable[int] | None = None,
    include_sent: bool = False,
    special: bool = False,
    leave_out_problems: bool = False,
    now: datetime | None = None,
) -> ExportResult:
    """Write the workbook of the chosen documents (see the module docstring)."""
    require(session, user_id, Permission.INVOICE)
    ids: list[int] = list(
        session.scalars(
            documents_query(
                date_from=date_from,
                date_to=date_to,
                customer_id=customer_id,
                invoice_ids=invoice_ids,
                include_sent=include_sent,
            )
        )
    )
    if not ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "No issued invoice waits for the platform in what you chose."
            )
        )
    docs, problems = _build(session, ids, special)
    if problems:
        if not leave_out_problems:
            return ExportResult(0, 0, tuple(problems), written=False)
        bad = {p.number for p in problems}
        docs = [d for d in docs if d.number not in bad]
        if not docs:
            return ExportResult(0, 0, tuple(problems), written=False)
    target = Path(path)
    _write(target, docs)
    _mark_sent(session, [d.id for d in docs], target.name, now or utc_now())
    audit.record(
        session,
        user_id=user_id,
        action="einvoice.export",
        subject=target.name,
        details={"documents": len(docs), "numbers": [d.number for d in docs[:50]]},
    )
    return ExportResult(len(docs), sum(len(d.details) for d in docs), tuple(problems), written=True)


def _mark_sent(session: Session, ids: list[int], name: str, now: datetime) -> None:
    """One statement per 1,000 documents, not an object each (10,000 at a time)."""
    name = name[:260]
    for chunk in range(0, len(ids), 1000):
        part = ids[chunk : chunk + 1000]
        known = set(
            session.scalars(
                select(EInvoiceRecord.invoice_id).where(EInvoiceRecord.invoice_id.in_(part))
            )
        )
        if known:
            session.execute(
                update(EInvoiceRecord)
                .where(EInvoiceRecord.invoice_id.in_(known))
                .values(sent_at=now, sent_file=name, rejected="", updated_at=now)
            )
        new = [
            {
                "invoice_id": invoice_id,
                "sent_at": now,
                "sent_file": name,
                "rejected": "",
                "totals_differ": False,
                "updated_at": now,
            }
            for invoice_id in part
            if invoice_id not in known
        ]
        if new:
            session.execute(insert(EInvoiceRecord), new)
