"""Pure business rules: no SQLAlchemy, no Qt."""
