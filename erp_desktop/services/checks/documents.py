"""Tamper evidence: issued and posted documents still match their seals (services/seals.py)."""

from __future__ import annotations

from erp_desktop.services.seals import documents_unchanged

CHECKS = (("documents as sealed", documents_unchanged),)
