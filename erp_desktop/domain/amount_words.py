"""Amounts in Chinese capitals (大写金额) for invoices, orders and receipts.

The rules are those of the People's Bank of China, 《正确填写票据和结算凭证的基本
规定》 (annex 1 of 《支付结算办法》, 1997), as Chinese accountants apply them:

1. Digits are written 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, currency 元角分;
   never 一二三, 十, 两, 毛 or 0. A leading ten is 壹拾 (¥107,000.53 is
   written 壹拾万柒仟元…), so nothing can be added in front of it.
2. An amount that ends at 元 is followed by 整; after 角 整 may be omitted
   (we omit it); after 分 整 is never written.
3. A 0 between non-zero digits is written 零 (¥1,409.50 → 壹仟肆佰零玖元伍角);
   several 0s in a row are written as one 零 (¥6,007.14 → 陆仟零柒元壹角肆分).
4. Where the rules allow either form, we write the first form the rule gives:
   - 万 (or 亿) digit 0 and the next digit not 0: no 零 after 万
     (¥107,000.53 → 壹拾万柒仟元零伍角叁分);
   - 元 digit 0 and 角 not 0: 零 after 元 (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分).
5. 角 0 and 分 not 0: 零 after 元 is required (¥325.04 → 叁佰贰拾伍元零肆分).
6. Less than one yuan has no 元 (¥0.50 → 伍角, ¥0.05 → 伍分); nothing at all
   is 零元整.

A negative amount (a credit note) is prefixed 负. The caller adds the currency
label (人民币 / 价税合计（大写）) that the form prints in front.

Amounts must have at most two decimal places and be less than one trillion
(万亿) yuan in size; anything else is refused with a ValidationError.
"""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.domain.money import check_decimal
from erp_desktop.i18n import QT_TRANSLATE_NOOP

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACE = ("", "拾", "佰", "仟")  # within a group of four digits
_GROUP = ("", "万", "亿")  # units of each group of four digits
MAX_INTEGER_DIGITS = 12  # up to 9999亿9999万9999元


def amount_in_capitals(amount: Decimal) -> str:
    """``Decimal("1234.56")`` → ``"壹仟贰佰叁拾肆元伍角陆分"`` (rules in the module docstring)."""
    value = check_decimal(
        amount,
        places=2,
        allow_negative=True,
        field=QT_TRANSLATE_NOOP("fields", "Amount"),
        max_digits=MAX_INTEGER_DIGITS,
    )
    cents = int(abs(value).scaleb(2))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    sign = "负" if cents and value < 0 else ""
    if yuan == 0:
        if jiao == 0 and fen == 0:
            return "零元整"
        return sign + _fraction(jiao, fen)
    words = _integer(yuan) + "元"
    if jiao == 0 and fen == 0:
        return sign + words + "整"
    if jiao == 0 or yuan % 10 == 0:
        words += "零"  # rule 5 (角 0, 分 not 0) and rule 4 (元 digit 0)
    return sign + words + _fraction(jiao, fen)


def _fraction(jiao: int, fen: int) -> str:
    text = f"{DIGITS[jiao]}角" if jiao else ""
    return text + (f"{DIGITS[fen]}分" if fen else "")


def _integer(number: int) -> str:
    """A positive whole number of yuan in capitals, without 元."""
    digits = [int(d) for d in str(number)]
    words: list[str] = []
    zero_pending = False
    group_has_digit = False
    for index, digit in enumerate(digits):
        power = len(digits) - 1 - index
        if digit:
            if zero_pending:
                words.append("零")
            words.append(DIGITS[digit] + _PLACE[power % 4])
            zero_pending = False
            group_has_digit = True
        else:
            zero_pending = True
        if power % 4 == 0 and power:
            if group_has_digit:
                words.append(_GROUP[power // 4])
                # 壹拾万柒仟, not 壹拾万零柒仟: the 0 before 万 is not read (rule 4).
                zero_pending = False
            group_has_digit = False
    return "".join(words)
