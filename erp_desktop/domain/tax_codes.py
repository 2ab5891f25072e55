"""Tax classification codes (商品和服务税收分类编码), zero-rate kinds and red-letter reasons.

The platform wants a 19-digit code on every invoice line. The first digit says
what is sold: 1 goods (货物), 2 labour services (劳务), 3 services (销售服务),
4 intangible assets, 5 real estate, 6 items outside VAT (未发生销售行为的不征税项目).
We check the shape only: the official table is published by the State Taxation
Administration and changes every year; no redistributable machine-readable copy
is shipped, so the user types the code and its 简称 (the "*钢材*" prefix).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

CODE_LENGTH = 19
GOODS_PREFIX = "1"


class ZeroRateKind(StrEnum):
    """What a rate of 0 means (the platform's 优惠政策 / 零税率标识)."""

    NONE = ""  # a positive rate
    EXEMPT = "exempt"  # 免税
    NOT_TAXABLE = "not_taxable"  # 不征税
    ZERO = "zero"  # 普通零税率
    EXPORT = "export"  # 出口退税


ZERO_RATE_LABELS = {
    ZeroRateKind.EXEMPT: QT_TRANSLATE_NOOP("tax", "Exempt (免税)"),
    ZeroRateKind.NOT_TAXABLE: QT_TRANSLATE_NOOP("tax", "Not taxable (不征税)"),
    ZeroRateKind.ZERO: QT_TRANSLATE_NOOP("tax", "Ordinary zero rate (普通零税率)"),
    ZeroRateKind.EXPORT: QT_TRANSLATE_NOOP("tax", "Export refund (出口退税)"),
}
# The platform's own words, written into its workbook (是否使用优惠政策, 优惠政策类型).
PLATFORM_POLICY = {
    ZeroRateKind.NONE: ("否", ""),
    ZeroRateKind.ZERO: ("否", ""),
    ZeroRateKind.EXEMPT: ("是", "免税"),
    ZeroRateKind.NOT_TAXABLE: ("是", "不征税"),
    ZeroRateKind.EXPORT: ("是", "出口退税"),
}


def normalize_tax_code(text: str | None) -> str:
    """Trim, drop spaces, full-width digits to half-width."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def clean_tax_code(text: str | None) -> str:
    """'' or 19 digits; anything else is refused with the reason."""
    code = normalize_tax_code(text)
    if not code:
        return ""
    if not (code.isascii() and code.isdigit()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The tax classification code “{code}” may hold digits only."
            ),
            code=code,
        )
    if len(code) != CODE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The tax classification code “{code}” has {length} digits; it needs 19 "
                "(pad the official code with zeros on the right).",
            ),
            code=code,
            length=len(code),
        )
    if code[0] not in "123456":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The tax classification code “{code}” must start with 1 to 6 "
                "(goods, labour, services, intangibles, real estate, not taxable).",
            ),
            code=code,
        )
    return code


def clean_zero_rate_kind(kind: str, rate_is_zero: bool, exempt: bool) -> ZeroRateKind:
    """The kind an item keeps: none at a positive rate; at 0 one of the four (default 免税
    for an exempt item, 普通零税率 for a plain 0 %)."""
    try:
        value = ZeroRateKind(kind or "")
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown zero-rate kind “{kind}”."), kind=kind
        ) from None
    if not rate_is_zero:
        if value is not ZeroRateKind.NONE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A zero-rate kind (免税, 不征税, …) needs a tax rate of 0."
                )
            )
        return value
    if value is ZeroRateKind.NONE:
        return ZeroRateKind.EXEMPT if exempt else ZeroRateKind.ZERO
    return value


def is_goods(code: str) -> bool:
    return code.startswith(GOODS_PREFIX)


class RedReason(StrEnum):
    """The platform's four reasons for a red-letter invoice (红字发票信息确认单)."""

    ERROR = "01"  # 开票有误
    RETURN = "02"  # 销货退回
    SERVICE_STOPPED = "03"  # 服务中止
    ALLOWANCE = "04"  # 销售折让


RED_REASON_LABELS = {
    RedReason.ERROR: QT_TRANSLATE_NOOP("tax", "01 Invoiced in error (开票有误)"),
    RedReason.RETURN: QT_TRANSLATE_NOOP("tax", "02 Goods returned (销货退回)"),
    RedReason.SERVICE_STOPPED: QT_TRANSLATE_NOOP("tax", "03 Service stopped (服务中止)"),
    RedReason.ALLOWANCE: QT_TRANSLATE_NOOP("tax", "04 Sales allowance (销售折让)"),
}


def check_red_reason(reason: str, codes: Iterable[str]) -> RedReason:
    """02 needs goods on the invoice, 03 needs services (the platform's rule)."""
    try:
        value = RedReason(reason)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown red-letter reason “{reason}”."), reason=reason
        ) from None
    kinds = {is_goods(code) for code in codes}
    if value is RedReason.RETURN and True not in kinds:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“Goods returned” (销货退回) is not allowed for an invoice of services only.",
            )
        )
    if value is RedReason.SERVICE_STOPPED and False not in kinds:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“Service stopped” (服务中止) is not allowed for an invoice of goods only.",
            )
        )
    return value
