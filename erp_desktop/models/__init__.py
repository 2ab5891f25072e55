"""SQLAlchemy models, one module per aggregate.

Importing one model module maps only what it needs, so the desktop app starts
without building every table. What needs all of them (Alembic, the migrator,
the model/migration agreement test) imports ``erp_desktop.models.registry``.
"""
