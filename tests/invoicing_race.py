"""Issuing from many processes at once (the 20-PC numbering race), for tests and bench.

Processes come from a fork server that has imported everything and loaded
the PDF fonts once, so each of them starts in milliseconds, opens the book
itself (its own connections) and issues one invoice when all are ready.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

from erp_desktop.db.book import open_book
from erp_desktop.db.location import BookLocation
from erp_desktop.errors import ErpError
from erp_desktop.reports.fonts import register_fonts
from erp_desktop.services.invoicing import issuing
from erp_desktop.services.stock.posting import new_key

register_fonts()  # in the fork server: every process forked from it has the fonts


def _issue(url: str, user: int, invoice_id: int, start: Any, results: Any) -> None:
    book = open_book(BookLocation.parse(url))
    try:
        start.wait(120)
        try:
            issued = book.run(lambda s: issuing.issue(s, user, invoice_id, new_key()))
            results.put((invoice_id, issued.number))
        except ErpError as exc:
            results.put((invoice_id, f"refused: {exc}"))
    finally:
        book.close()


def issue_at_once(url: str, user: int, invoice_ids: list[int]) -> dict[int, str]:
    """Issue each invoice in its own process, all released at the same moment."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    start = context.Barrier(len(invoice_ids))
    results = context.Queue()
    processes = [
        context.Process(target=_issue, args=(url, user, invoice_id, start, results))
        for invoice_id in invoice_ids
    ]
    for process in processes:
        process.start()
    outcome = dict(results.get(timeout=180) for _ in processes)
    for process in processes:
        process.join(60)
    return outcome
