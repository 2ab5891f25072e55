"""Purchasing: orders (``orders``, ``amendments``), goods receipts (``receipts``), supplier
returns (``returns``), reorder suggestions (``reorder``) and list/report queries
(``queries``). Receipts and returns change stock only through ``stock.posting``.
"""
