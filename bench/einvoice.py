"""E-invoice speed (issue 16): the batch workbook and the issued XML coming back.

    .venv/bin/python bench/einvoice.py                         # the issue's figures
    .venv/bin/python bench/einvoice.py --invoices 1000 --xml 200   # a quick run

Figures:

- export of 10,000 issued invoices with 100,000 lines to the platform's batch
  workbook (query, checks, openpyxl write-only, marking them sent): under 10 s;
- import of 1,000 issued-invoice XML files (parse with DTDs refused, link by the
  number in the remark, store number, date, totals and the XML): under 10 s.

The issued invoices are loaded straight into an SQLite book in a temporary folder
(rows as issuing leaves them, without PDFs, which neither figure reads); the peak
memory of the process and the CPU time of each step are printed too (on a shared
machine the CPU time says what a quiet one would take).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header  # noqa: E402

EXPORT_LIMIT = 10.0
IMPORT_LIMIT = 10.0
DAY = date(2026, 11, 20)


def build(folder: Path, invoices: int, lines_each: int):
    from stdnum.cn import uscc

    from erp_desktop.db.book import create_book
    from erp_desktop.db.location import BookLocation
    from erp_desktop.models.invoice import Invoice, InvoiceLine
    from erp_desktop.services.bulk import bulk_insert_dicts
    from erp_desktop.services.company import CompanyProfile, setup_company
    from erp_desktop.services.parties import PartyData, create_party

    body = "91330100MA2B3C4D5"
    book = create_book(BookLocation.parse(str(folder / "bench.erp")))
    book.run(
        lambda s: setup_company(
            s, CompanyProfile(name="测试商贸", tax_id="91110000600037341L"), "管理员"
        )
    )
    customer = book.run(
        lambda s: create_party(
            s,
            1,
            PartyData(
                "C001",
                "杭州客户贸易有限公司",
                is_customer=True,
                tax_id=body + uscc.calc_check_digit(body),
                email="fapiao@example.com",
            ),
        )
    )
    now = datetime.now(UTC)

    def load(session) -> None:
        heads, rows = [], []
        line_id = 1
        for n in range(1, invoices + 1):
            net = Decimal(0)
            for k in range(1, lines_each + 1):
                amount = Decimal(100 + (n * 7 + k) % 900).scaleb(-1)
                net += amount
                rows.append(
                    {
                        "id": line_id,
                        "invoice_id": n,
                        "line_no": k,
                        "item_id": None,
                        "description": f"不锈钢保温杯 {k}",
                        "spec": "500ml",
                        "unit": "个",
                        "quantity": Decimal(2),
                        "unit_price": amount / 2,
                        "discount_percent": Decimal(0),
                        "tax_rate": Decimal("0.13"),
                        "tax_exempt": False,
                        "net": amount,
                        "tax": (amount * Decimal("0.13")).quantize(Decimal("0.01")),
                        "gross": amount + (amount * Decimal("0.13")).quantize(Decimal("0.01")),
                        "tax_code": "1070299000000000000",
                        "zero_rate_kind": "",
                        "credited_line_id": None,
                    }
                )
                line_id += 1
            tax = sum((r["tax"] for r in rows[-lines_each:]), Decimal(0))
            heads.append(
                {
                    "id": n,
                    "kind": "invoice",
                    "number": f"INV-2026-{n:06d}",
                    "state": "issued",
                    "customer_id": customer,
                    "warehouse_id": None,
                    "invoice_date": DAY,
                    "due_date": None,
                    "currency": "CNY",
                    "price_mode": "exclusive",
                    "remarks": "",
                    "original_id": None,
                    "replaces_id": None,
                    "credit_reason": "",
                    "language": "zh_CN",
                    "buyer_name": "杭州客户贸易有限公司",
                    "buyer_tax_id": body + uscc.calc_check_digit(body),
                    "buyer_address": "杭州市西湖区文三路 88 号",
                    "buyer_phone": "0571-87654321",
                    "buyer_bank_name": "工商银行",
                    "buyer_bank_account": "1202021209001234567",
                    "seller_name": "测试商贸",
                    "seller_tax_id": "91110000600037341L",
                    "seller_address": "",
                    "seller_phone": "",
                    "seller_bank_name": "",
                    "seller_bank_account": "",
                    "net_total": net,
                    "tax_total": tax,
                    "gross_total": net + tax,
                    "issue_key": f"bench-{n}",
                    "posting_id": None,
                    "created_by_id": 1,
                    "created_at": now,
                    "updated_at": now,
                    "issued_by_id": 1,
                    "issued_at": now,
                }
            )
        bulk_insert_dicts(session, Invoice.__table__, heads)
        bulk_insert_dicts(session, InvoiceLine.__table__, rows)

    book.run(load)
    return book


def xml_files(folder: Path, book, count: int) -> list[Path]:
    from sqlalchemy import select

    from erp_desktop.models.invoice import Invoice
    from tests.services.einvoice.helpers import issued_xml

    rows = book.read(
        lambda s: s.execute(
            select(Invoice.number, Invoice.net_total, Invoice.tax_total)
            .order_by(Invoice.id)
            .limit(count)
        ).all()
    )
    paths = []
    for n, (number, net, tax) in enumerate(rows):
        path = folder / f"{n:05d}.xml"
        path.write_bytes(issued_xml(f"2633200000{n:010d}", remark=number, net=net, tax=tax))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--lines", type=int, default=10)
    parser.add_argument("--xml", type=int, default=1_000)
    args = parser.parse_args()
    from erp_desktop.services.einvoice.export import export_batch
    from erp_desktop.services.einvoice.importing import Outcome, import_files

    print(header("E-invoice export and import"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        book = build(folder, args.invoices, args.lines)
        print(
            f"book of {args.invoices} invoices × {args.lines} lines built in "
            f"{time.perf_counter() - started:.1f} s"
        )
        try:
            started, cpu = time.perf_counter(), time.process_time()
            result = book.run(lambda s: export_batch(s, 1, folder / "batch.xlsx", date_from=DAY))
            took, cpu = time.perf_counter() - started, time.process_time() - cpu
            size = (folder / "batch.xlsx").stat().st_size / 1e6
            verdict = "ok" if took < EXPORT_LIMIT else "OVER LIMIT"
            print(
                f"export {result.documents} invoices / {result.lines} lines: {took:.2f} s "
                f"(CPU {cpu:.2f} s) "
                f"({size:.1f} MB workbook; limit {EXPORT_LIMIT:.0f} s) {verdict}"
            )
            paths = xml_files(folder, book, args.xml)
            started, cpu = time.perf_counter(), time.process_time()
            results = book.run(lambda s: import_files(s, 1, paths))
            took, cpu = time.perf_counter() - started, time.process_time() - cpu
            linked = sum(r.outcome is Outcome.LINKED for r in results)
            verdict = "ok" if took < IMPORT_LIMIT and linked == len(paths) else "OVER LIMIT"
            print(
                f"import {len(paths)} XML files ({linked} linked): {took:.2f} s (CPU {cpu:.2f} s) "
                f"(limit {IMPORT_LIMIT:.0f} s) {verdict}"
            )
        finally:
            book.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
