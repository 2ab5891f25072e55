"""Cleaning text that users type or import.

Text is trimmed; control characters (other than none at all) are refused
because they break printing, CSV and PostgreSQL (NUL); length is checked
here because SQLite would not.

Invisible characters: direction overrides and marks (U+202E and its kin) are
refused everywhere, because they make printed text read differently from what
is stored. Other invisible format characters (zero-width space and joiners, the
byte-order mark, soft hyphens) are dropped from names and free text — so a name
of nothing but zero-width spaces is empty, hence refused where a name is
required — and refused in codes (``clean_code``), where ``I0\u200b01`` would
pass for ``I001``.
"""

from __future__ import annotations

import unicodedata

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg

# U+061C, LRM, RLM, LRE…RLO (U+202A–U+202E), LRI…PDI (U+2066–U+2069)
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def clean_text(
    value: str | None,
    *,
    field: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
    code: bool = False,
) -> str:
    """``field`` is marked with QT_TRANSLATE_NOOP("fields", …) by the caller.

    ``code``: invisible characters are refused rather than dropped (see the module)."""
    name = Msg(field, "fields")
    if value is not None and value.isprintable():  # no Cc, Cf or Cs: nothing to drop or refuse
        text = value.strip()
    else:
        text = _visible(value or "", name, code).strip()
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{field} is required."), field=name)
    allowed = "\n\t" if multiline else ""
    for char in "" if text.isprintable() else text:
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


def clean_code(value: str | None, *, field: str, max_length: int, required: bool = True) -> str:
    """A code (item, warehouse, party, login): only visible characters, and a comparison
    key (``fold_code``) that fits the same length: a few letters grow when folded
    ("ß" → "ss", "ﬁ" → "fi"), and the key column holds ``max_length`` characters on
    PostgreSQL (SQLite would not notice)."""
    code = clean_text(value, field=field, max_length=max_length, required=required, code=True)
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


def _visible(text: str, name: Msg, code: bool) -> str:
    for char in text:
        if char in BIDI_CONTROLS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{field} contains an invisible direction mark (U+{code}), which makes "
                    "text print differently from how it reads. Remove it.",
                ),
                field=name,
                code=f"{ord(char):04X}",
            )
        if code and unicodedata.category(char) == "Cf":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{field} contains an invisible character (U+{code}); a code may hold "
                    "only characters you can see.",
                ),
                field=name,
                code=f"{ord(char):04X}",
            )
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def fold_code(code: str) -> str:
    """Comparison key of a code: width-folded (NFKC), trimmed, case-folded."""
    if code.isascii():  # NFKC leaves ASCII alone; casefold is lower for it
        return code.strip().lower()
    return unicodedata.normalize("NFKC", code).strip().casefold()
