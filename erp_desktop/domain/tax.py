"""Line and document arithmetic for orders, invoices and credit notes (VAT).

The rules (PRODUCT.md, "Money, tax and invoices"):

- line amount = quantity × unit price × (1 − discount % / 100), rounded half
  up to the currency's places; the discount is folded into the line;
- prices exclusive of tax (不含税): net = amount, tax = net × rate rounded,
  gross = net + tax;
- prices inclusive of tax (含税, usual in China): gross = amount,
  net = gross / (1 + rate) rounded, tax = gross − net (how Chinese invoicing
  software splits 价税合计), so net + tax = gross exactly in both modes;
- document totals are the sums of the rounded lines; the breakdown per rate
  likewise; an exempt line (免税) is kept apart from a zero-rated one (0 %);
- before issuing, the precision check of the e-invoice platforms:
  per line |tax − net × rate| ≤ 0.06 and over the document
  |Σ tax − Σ net × rate| ≤ 1.27 (``check_precision``).

Quantities may be negative (a credit note line is the exact negation of the
line it credits, since half-up rounding is symmetric); unit prices may not.
Everything is Decimal; nothing here touches a database or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum

from erp_desktop.domain.money import (
    MONEY_PLACES,
    PRICE_PLACES,
    QUANTITY_PLACES,
    RATE_PLACES,
    check_decimal,
    round_half_up,
)
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg

LINE_TOLERANCE = Decimal("0.06")
DOCUMENT_TOLERANCE = Decimal("1.27")
_HUNDRED = Decimal(100)
_ZERO = Decimal(0)


class PriceMode(StrEnum):
    EXCLUSIVE = "exclusive"  # 不含税价
    INCLUSIVE = "inclusive"  # 含税价


@dataclass(frozen=True, order=True)
class TaxRate:
    """A VAT rate as a fraction (0.13); ``exempt`` (免税) is not the same as 0 %."""

    rate: Decimal
    exempt: bool = False

    def __post_init__(self) -> None:
        check_decimal(self.rate, places=RATE_PLACES, field=QT_TRANSLATE_NOOP("fields", "Tax rate"))
        if self.rate >= 1 or (self.exempt and self.rate != 0):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Tax rate {rate} is not possible."), rate=self.rate
            )

    @property
    def percent(self) -> Decimal:
        """13 for 13 %, 0 for 0 % and exempt."""
        percent = self.rate * _HUNDRED
        return percent.quantize(1) if percent == percent.to_integral() else percent.normalize()

    @property
    def code(self) -> str:
        """Stable text for files and exports: ``"13%"``, ``"0%"``, ``"exempt"``."""
        return "exempt" if self.exempt else f"{self.percent:f}%"


VAT_13 = TaxRate(Decimal("0.13"))
VAT_9 = TaxRate(Decimal("0.09"))
VAT_6 = TaxRate(Decimal("0.06"))
VAT_3 = TaxRate(Decimal("0.03"))
ZERO_RATED = TaxRate(_ZERO)
EXEMPT = TaxRate(_ZERO, exempt=True)
STANDARD_RATES = (VAT_13, VAT_9, VAT_6, VAT_3, ZERO_RATED, EXEMPT)


@dataclass(frozen=True)
class LineInput:
    """What the user entered for one line."""

    quantity: Decimal
    unit_price: Decimal
    tax_rate: TaxRate
    discount_percent: Decimal = _ZERO


@dataclass(frozen=True)
class TaxedLine:
    """A computed line; ``line`` is its 1-based number on the document."""

    line: int
    quantity: Decimal
    unit_price: Decimal  # as entered (inclusive or exclusive, see the document's mode)
    discount_percent: Decimal
    tax_rate: TaxRate
    list_amount: Decimal  # quantity × unit price before discount, rounded
    discount_amount: Decimal  # list_amount − the discounted amount
    net: Decimal
    tax: Decimal
    gross: Decimal
    net_unit_price: Decimal  # net / quantity, rounded to price places (what invoices print)


@dataclass(frozen=True)
class RateTotal:
    tax_rate: TaxRate
    net: Decimal
    tax: Decimal
    gross: Decimal


@dataclass(frozen=True)
class DocumentTaxes:
    mode: PriceMode
    lines: tuple[TaxedLine, ...]
    net: Decimal
    tax: Decimal
    gross: Decimal
    by_rate: tuple[RateTotal, ...]  # highest rate first; 0 % before exempt


def compute_line(
    entry: LineInput, mode: PriceMode, *, line: int = 1, places: int = MONEY_PLACES
) -> TaxedLine:
    """One line, rounded half up to ``places``; ValidationError names the line."""
    mode = PriceMode(mode)
    quantity, price, discount = _checked(entry, line)
    with localcontext() as ctx:
        ctx.prec = 60  # products of 18-digit values stay exact before rounding
        extended = quantity * price
        list_amount = round_half_up(extended, places)
        amount = round_half_up(extended * (_HUNDRED - discount) / _HUNDRED, places)
        rate = entry.tax_rate.rate
        if mode is PriceMode.EXCLUSIVE:
            net = amount
            tax = round_half_up(net * rate, places)
            gross = net + tax
        else:
            gross = amount
            net = round_half_up(gross / (1 + rate), places)
            tax = gross - net
        net_unit_price = round_half_up(net / quantity, PRICE_PLACES)
    try:  # the line's amounts go into money columns: they must fit them
        check_decimal(
            abs(list_amount).max(abs(gross)),
            places=places,
            field=QT_TRANSLATE_NOOP("fields", "Amount"),
        )
    except ValidationError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line}: {reason}"), line=line, reason=error.message
        ) from error
    return TaxedLine(
        line=line,
        quantity=quantity,
        unit_price=price,
        discount_percent=discount,
        tax_rate=entry.tax_rate,
        list_amount=list_amount,
        discount_amount=list_amount - amount,
        net=net,
        tax=tax,
        gross=gross,
        net_unit_price=net_unit_price,
    )


def compute_document(
    entries: Sequence[LineInput], mode: PriceMode, *, places: int = MONEY_PLACES
) -> DocumentTaxes:
    """All lines, their totals and the breakdown per rate."""
    lines = tuple(
        compute_line(entry, mode, line=number, places=places)
        for number, entry in enumerate(entries, start=1)
    )
    zero = round_half_up(_ZERO, places)
    sums: dict[TaxRate, list[Decimal]] = {}
    for taxed in lines:
        total = sums.setdefault(taxed.tax_rate, [zero, zero, zero])
        total[0] += taxed.net
        total[1] += taxed.tax
        total[2] += taxed.gross
    by_rate = tuple(
        RateTotal(rate, *sums[rate])
        for rate in sorted(sums, key=lambda r: (r.rate, not r.exempt), reverse=True)
    )
    gross = sum((t.gross for t in lines), zero)
    check_decimal(abs(gross), places=places, field=QT_TRANSLATE_NOOP("fields", "Document total"))
    return DocumentTaxes(
        mode=mode,
        lines=lines,
        net=sum((t.net for t in lines), zero),
        tax=sum((t.tax for t in lines), zero),
        gross=gross,
        by_rate=by_rate,
    )


def tax_difference(line: TaxedLine) -> Decimal:
    """tax − net × rate: what the e-invoice platform checks."""
    return line.tax - line.net * line.tax_rate.rate


def check_precision(lines: Iterable[TaxedLine]) -> None:
    """Refuse a document the e-invoice platform would refuse (module docstring)."""
    total = _ZERO
    for taxed in lines:
        difference = tax_difference(taxed)
        if abs(difference) > LINE_TOLERANCE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Line {line}: the tax {tax} differs from amount × rate by {difference}; "
                    "at most {limit} is allowed.",
                ),
                line=taxed.line,
                tax=taxed.tax,
                difference=_plain(difference),
                limit=LINE_TOLERANCE,
            )
        total += difference
    if abs(total) > DOCUMENT_TOLERANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Document total: the tax differs from the sum of amounts × rates by "
                "{difference}; at most {limit} is allowed. Merge lines of the same item "
                "or split the document.",
            ),
            difference=_plain(total),
            limit=DOCUMENT_TOLERANCE,
        )


def _checked(entry: LineInput, line: int) -> tuple[Decimal, Decimal, Decimal]:
    try:
        quantity = check_decimal(
            entry.quantity,
            places=QUANTITY_PLACES,
            allow_negative=True,
            allow_zero=False,
            field=QT_TRANSLATE_NOOP("fields", "Quantity"),
        )
        price = check_decimal(
            entry.unit_price,
            places=PRICE_PLACES,
            field=QT_TRANSLATE_NOOP("fields", "Unit price"),
        )
        discount = check_decimal(
            entry.discount_percent,
            places=RATE_PLACES,
            field=QT_TRANSLATE_NOOP("fields", "Discount %"),
            max_digits=3,
        )
        if discount > _HUNDRED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{field} cannot be more than 100."),
                field=Msg(QT_TRANSLATE_NOOP("fields", "Discount %"), "fields"),
            )
    except ValidationError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line}: {reason}"), line=line, reason=error.message
        ) from error
    return quantity, price, discount


def _plain(value: Decimal) -> str:
    """A difference as people read it: 1.3456, not 1.345600000."""
    text = f"{value.normalize():f}"
    return text if "." in text else f"{text}.00"
