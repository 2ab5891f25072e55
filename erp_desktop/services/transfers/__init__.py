"""Transfers between warehouses: ship → in transit → receive (all, in parts, or short).

- ``orders``: drafts (create, edit, cancel) and reading a transfer back;
- ``movement``: ship, receive, close with a shortage — the stock postings;
- ``queries``: the transfer list and the "in transit" report.

Rules (``domain.transfer``): two different active warehouses; a gap-free TRF
number at shipping; goods leave the source at its average cost and arrive at
the cost they left with; more than was shipped can never arrive; a shortage
goes to inventory adjustment with a reason and the name of who decided.
"""

SERIES = "transfer"
