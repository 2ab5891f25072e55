"""Reusable widgets: Decimal editors, elided labels, lookups, headings, password fields,
the server address form, the tax ID check, a dialog's standard buttons."""
