"""Reusable widgets: Decimal editors, elided labels, lookups."""
