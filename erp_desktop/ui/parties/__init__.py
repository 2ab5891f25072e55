"""Suppliers and customers: one list and one form for both roles (Master data tabs)."""
