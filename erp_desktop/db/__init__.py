"""Database plumbing shared by SQLite and PostgreSQL books."""
