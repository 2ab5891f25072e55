"""Cleaning text that users type or import.

Text is trimmed; control characters (other than none at all) are refused
because they break printing, CSV and PostgreSQL (NUL); length is checked
here because SQLite would not.
"""

from __future__ import annotations

import unicodedata

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg


def clean_text(
    value: str | None,
    *,
    field: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """``field`` is marked with QT_TRANSLATE_NOOP("fields", …) by the caller."""
    text = (value or "").strip()
    name = Msg(field, "fields")
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is required."), field=name)
    allowed = "\n\t" if multiline else ""
    for char in text:
        if char not in allowed and unicodedata.category(char) in ("Cc", "Cs"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{field} contains a control character (U+{code})."),
                field=name,
                code=f"{ord(char):04X}",
            )
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{field} is too long: {length} characters, at most {max} allowed."
            ),
            field=name,
            length=len(text),
            max=max_length,
        )
    return text


def clean_code(value: str | None, *, field: str, max_length: int) -> str:
    """A required code whose comparison key (``fold_code``) fits the same length: a
    few letters grow when folded ("ß" → "ss", "ﬁ" → "fi"), and the key column holds
    ``max_length`` characters on PostgreSQL (SQLite would not notice)."""
    code = clean_text(value, field=field, max_length=max_length, required=True)
    length = len(fold_code(code))
    if length > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{field} “{code}” is too long: compared without case and width it becomes "
                "{length} characters (letters such as ß count twice), at most {max} allowed.",
            ),
            field=Msg(field, "fields"),
            code=code,
            length=length,
            max=max_length,
        )
    return code


def fold_code(code: str) -> str:
    """Comparison key of a code: width-folded (NFKC), trimmed, case-folded."""
    return unicodedata.normalize("NFKC", code).strip().casefold()
