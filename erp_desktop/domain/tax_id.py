"""Chinese unified social credit codes (统一社会信用代码, GB 32100-2015).

Input is normalised (full-width to half-width, spaces and dashes removed,
upper case) and checked with python-stdnum. A genuine code that fails the
check character exists in the wild; callers may accept it with an explicit,
recorded reason instead of blocking the user forever.
"""

from __future__ import annotations

import unicodedata

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP

USCC_LENGTH = 18


def normalize_tax_id(text: str | None) -> str:
    value = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in value if not ch.isspace() and ch not in "-_").upper()


def validate_uscc(text: str | None) -> str:
    """Return the normalised code or raise ValidationError saying what is wrong."""
    from stdnum import exceptions as stdnum_errors  # imported on use: keeps start-up quick
    from stdnum.cn import uscc

    code = normalize_tax_id(text)
    if len(code) != USCC_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The tax ID “{code}” has {length} characters; a unified social credit code has 18.",
            ),
            code=code,
            length=len(code),
        )
    bad = sorted({ch for ch in code if ch in "IOSVZ" or not ch.isalnum() or not ch.isascii()})
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The tax ID “{code}” contains characters that a unified social credit code "
                "never uses: {chars}.",
            ),
            code=code,
            chars=" ".join(bad),
        )
    try:
        return str(uscc.validate(code))
    except stdnum_errors.InvalidChecksum as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The tax ID “{code}” fails its check character: it is probably mistyped. "
                "If it is printed so on the business licence, accept it with a reason.",
            ),
            code=code,
        ) from exc
    except stdnum_errors.ValidationError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The tax ID “{code}” is not a valid code ({reason})."),
            code=code,
            reason=str(exc),
        ) from exc


def accept_tax_id(text: str | None, override_reason: str = "") -> tuple[str, str]:
    """Validate a tax ID, or accept one that fails with a reason.

    Returns (normalised code, recorded override reason). An empty tax ID is
    allowed here; documents that need one check for it.
    """
    code = normalize_tax_id(text)
    if not code:
        return "", ""
    try:
        return validate_uscc(code), ""
    except ValidationError:
        reason = (override_reason or "").strip()
        if not reason:
            raise
        if len(code) > 30:
            raise
        return code, reason
