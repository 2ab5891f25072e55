"""Stock: warehouses, items, the ledger and its postings, stock documents.

Every change of stock goes through ``posting.post_moves``: it validates,
locks the balance rows it touches (PostgreSQL: ``SELECT … FOR UPDATE`` in
(item, location) order), values the moves at the moving average, writes the
moves and balances, and is idempotent by its key.
"""
