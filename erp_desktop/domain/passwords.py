"""Rules for choosing a password, and how long a login waits after failed sign-ins.

A password is refused when it is shorter than ``MIN_LENGTH``, begins or ends with
a space, is one character repeated, is the login (or the login with digits), runs
along the keyboard or the alphabet, or is one of the passwords most often found in
leaked password lists. The list below is our own selection of the most common
passwords of eight characters or more (shorter ones are refused by length anyway);
together with the rules it covers what the published top-10,000 lists hold at that
length. Compared case-insensitively.

Throttling: after ``FREE_FAILURES`` failed sign-ins in a row a login waits
``delay_after(failures)`` seconds before the next attempt is even checked — 1 s,
then doubling up to 15 minutes — so guessing takes years while a user who mistypes
twice notices nothing.
"""

from __future__ import annotations

import string

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
FREE_FAILURES = 3
MAX_DELAY_SECONDS = 15 * 60

COMMON = frozenset(
    """
    password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword
    passwort passwort1 motdepasse contraseña contrasena senha123 password! password01
    12345678 123456789 1234567890 0123456789 12345678910 123123123 11111111 00000000
    88888888 66666666 99999999 12341234 11223344 12344321 87654321 98765432 147258369
    123654789 789456123 741852963 159753456 159357456 1q2w3e4r 1q2w3e4r5t 1qaz2wsx
    1qazxsw2 zaq12wsx zaq1zaq1 qwertyui qwertyuiop qwerty123 qwerty12 qwerty1234
    qwer1234 asdfghjk asdfghjkl asdf1234 zxcvbnm1 zxcvbnm123 q1w2e3r4 q1w2e3r4t5
    a1b2c3d4 abcd1234 abc12345 abc123456 abcdefgh 1234abcd aa123456 a1234567 a12345678
    iloveyou iloveyou1 iloveyou2 sunshine sunshine1 princess princess1 football
    football1 baseball baseball1 basketball superman superman1 batman123 starwars
    starwars1 trustno1 whatever dragon123 monkey123 letmein1 letmein123 welcome1
    welcome123 welcome! changeme changeme1 changeme123 default1 default123 administrator
    admin123 admin1234 admin12345 administrator1 root1234 rootroot adminadmin useruser
    user1234 guest123 test1234 testtest test12345 computer computer1 internet michelle
    jennifer jessica1 charlie1 chocolate chocolate1 butterfly butterfly1 elephant
    pokemon1 liverpool liverpool1 chelsea1 arsenal1 manchester mustang1 corvette
    ferrari1 mercedes porsche1 harley12 qazwsxedc qazwsxedc123 1qaz2wsx3edc asdasdasd
    qweqweqwe zxczxczxc aaaaaaaa abcabcabc 123qweasd 123qweasdzxc qweasdzxc qweasd123
    1234qwer 123456qwe 123456aa 123456abc 123456789a 12345678a 1234567a 12345qwert
    123abc123 love1234 lovelove loveyou1 iloveu123 forever1 freedom1 shadow123 master123
    mastermind jordan23 michael1 superstar hello123 hello1234 helloworld 11111111a
    12121212 13131313 69696969 77777777 55555555 44444444 33333333 22222222 10203040
    12qwaszx 1111aaaa woaini520 woaini1314 woaini123 5201314520 52013145 13145200
    iloveyou520 aini1314 caonima123 wangyang zhangwei woaiwojia woshishui qq123456
    qq5201314 a5201314 1314520520 77585210 baidu123 taobao123 wodemima mima1234
    mima123456 123456789q 1357924680 2468013579 asd123456 asdf123456 zxc123456 qaz123456
    qwe123456 abc123abc 666666666 888888888 qwerasdf qwertyuio azertyui azerty123
    dragonball naruto123 samsung1 iphone123 google123 facebook1 linkedin twitter1
    microsoft windows7 windows10 linux123 company1 company123 business1 office123
    summer2024 summer2025 winter2025 spring2026 autumn2026 winter2026 summer2026
    january1 december password2024 password2025 password2026 welcome2025 welcome2026
    letmein! secret123 secret1234 access14 security1 cheese123 pepper123 banana123
    orange123 apple123 cookie123 flower123 diamond1 silver123 golden123 hunter123
    killer123 soccer123 hockey123 tennis123 matrix123 ninja123 pirate123 tigger123
    yankees1 cowboys1 steelers eagles123
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def check_password(password: str, login: str = "") -> None:
    """Raise ValidationError saying why ``password`` may not be chosen (by ``login``)."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password needs at least {count} characters."),
            count=MIN_LENGTH,
        )
    if password != password.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password may not begin or end with a space.")
        )
    folded = password.casefold()
    if len(set(folded)) == 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password may not be one character repeated.")
        )
    own = login.casefold()
    if own and (folded.rstrip(string.digits) == own or (len(own) >= 4 and own in folded)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A password may not contain the user's login.")
        )
    if folded in COMMON or _runs_along(folded):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This password is among the most common ones and is guessed first. "
                "Choose another — a few unrelated words make a good one.",
            )
        )


_ROWS = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _runs_along(folded: str) -> bool:
    """A straight run forwards or backwards along the digits, the alphabet or a keyboard row."""
    return any(folded in row or folded in row[::-1] for row in _ROWS)


def delay_after(failures: int) -> int:
    """Seconds a login waits after ``failures`` failed sign-ins in a row."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_DELAY_SECONDS, 1 << (failures - FREE_FAILURES))
