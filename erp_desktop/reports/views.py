"""What printed documents are made from: plain, frozen views, no ORM and no session.

``services/<area>/printing.py`` reads the book, applies the rules (may this
document print? may this user see costs?) and fills these; ``reports/<area>.py``
lays them out. The shared pieces live here: the company profile every
document starts from, a party's block, and an item as a line prints it.
Per-document views (``OrderPrint``, ``TransferNote`` …) are declared beside
the layout that reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_LANGUAGE = "zh_CN"  # a book without a company profile prints in Chinese


@dataclass(frozen=True)
class PartyView:
    """A buyer, a seller or a supplier, as the document prints them."""

    name: str
    tax_id: str = ""
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    bank_account: str = ""


@dataclass(frozen=True)
class CompanyView(PartyView):
    """The book's company profile: the header of every page, and the document language."""

    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class ItemView:
    """An item on a printed line: what identifies it, and its unit's places."""

    code: str
    name: str
    spec: str
    unit: str
    places: int  # the base unit's decimals (unit_precision)


@dataclass(frozen=True)
class PlaceView:
    """A warehouse on a document (ship to, from, to)."""

    code: str
    name: str
    address: str = ""
