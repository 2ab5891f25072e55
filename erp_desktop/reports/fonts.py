"""The fonts every PDF uses, registered once per process and embedded as subsets.

Droid Sans Fallback (Chinese) has no Latin letters or digits, so text is split
into runs: characters Liberation Sans has (Latin, digits, ¥, ×) print in it,
the rest (Chinese, full-width punctuation) in Droid Sans Fallback. Both are
TrueType, so ReportLab embeds a subset of each in every document: the PDF
shows the same in a viewer without Chinese fonts, and the text can be copied
and searched. No PDF uses ReportLab's built-in (never embedded) Helvetica.

Droid has no bold face: where a bold heading is drawn on the canvas
(``draw_text``), Chinese is made bold by stroking its outline as well.
"""

from __future__ import annotations

import threading
import zlib
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

from erp_desktop.paths import fonts_dir

LATIN = "ErpSans"
LATIN_BOLD = "ErpSans-Bold"
CJK = "ErpCJK"
_FILES = {
    LATIN: "LiberationSans-Regular.ttf",
    LATIN_BOLD: "LiberationSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
_lock = threading.Lock()
_latin_chars: frozenset[int] = frozenset()


def register_fonts() -> None:
    """Load the TrueType files once per process (Droid alone takes ~0.1 s)."""
    global _latin_chars
    if _latin_chars:
        return
    with _lock:
        if _latin_chars:
            return
        for name, file in _FILES.items():
            font = TTFont(name, str(fonts_dir() / file))
            _cache_subsets(font)
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)
        latin = pdfmetrics.getFont(LATIN).face.charToGlyph  # type: ignore[attr-defined]
        bold = pdfmetrics.getFont(LATIN_BOLD).face.charToGlyph  # type: ignore[attr-defined]
        _latin_chars = frozenset(set(latin) & set(bold))


# -- making one document's font subsets cheap ----------------------------------------------------
# Every PDF embeds a subset of each font it uses: ReportLab builds the subset
# (a small TrueType file) and compresses it for each document, a third of the
# time of a one-page document. Characters get their codes in the order a
# document first uses them, so the Latin subsets of two documents rarely
# match. ``preset_latin`` gives every document the same codes for the
# characters business documents use; their subset is then the same in every
# document, and it is built and compressed once per process.
PRESET = "".join(chr(c) for c in range(32, 127)) + "¥×—“”‘’·…°±€£%"
_SUBSET_CACHE_SIZE = 64


def preset_latin(document: Any) -> None:
    """Assign the preset characters their codes in ``document`` (a canvas's ``_doc``)."""
    for name in (LATIN, LATIN_BOLD):
        pdfmetrics.getFont(name).splitString(PRESET, document)


class _CachedFlate(pdfdoc.PDFStreamFilterZCompress):
    """FlateDecode whose output is remembered for font programs and maps seen before."""

    def encode(self, text: Any) -> bytes:
        return _compress(text.encode("utf8") if isinstance(text, str) else bytes(text))


@lru_cache(maxsize=_SUBSET_CACHE_SIZE)
def _compress(data: bytes) -> bytes:
    return zlib.compress(data)


def _cache_subsets(font: TTFont) -> None:
    face = font.face
    make_subset = face.makeSubset
    add_objects = face.addSubsetObjects
    cached_make = lru_cache(maxsize=_SUBSET_CACHE_SIZE)(lambda key: make_subset(list(key)))
    flate = _CachedFlate()

    def subset(codes: list[int]) -> bytes:
        return cached_make(tuple(codes))  # type: ignore[no-any-return]

    def add_subset_objects(doc: Any, fontname: str, codes: list[int]) -> Any:
        reference = add_objects(doc, fontname, codes)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if stream is not None and stream.filters:
            stream.filters = [flate]
        return reference

    face.makeSubset = subset
    face.addSubsetObjects = add_subset_objects
    add_font_objects = font.addObjects

    def add_objects_cached(doc: Any) -> None:
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        add_font_objects(doc)
        for name in fonts.keys() - before:  # this font's subsets
            pdf_font = fonts[name]
            pdf_font.Widths = _FormattedArray(tuple(pdf_font.Widths.sequence))
            to_unicode = doc.idToObject.get(pdf_font.ToUnicode.name)
            if to_unicode is not None and to_unicode.filters:
                to_unicode.filters = [flate]

    font.addObjects = add_objects_cached  # type: ignore[method-assign]


class _FormattedArray(pdfdoc.PDFObject):
    """A subset's glyph widths, formatted once per process for each distinct subset."""

    def __init__(self, values: tuple[Any, ...]) -> None:
        self.values = values

    def format(self, document: Any) -> bytes:
        return _format_numbers(self.values)


@lru_cache(maxsize=_SUBSET_CACHE_SIZE)
def _format_numbers(values: tuple[Any, ...]) -> bytes:
    return pdfdoc.PDFArray(list(values)).format(None)  # type: ignore[no-any-return]


@lru_cache(maxsize=8192)
def runs(text: str) -> tuple[tuple[bool, str], ...]:
    """Split text into (is_latin, part) runs; spaces join the run they are in."""
    register_fonts()
    result: list[tuple[bool, str]] = []
    start, latin = 0, True
    for index, char in enumerate(text):
        is_latin = ord(char) in _latin_chars
        if index == 0:
            latin = is_latin
        elif is_latin != latin and char != " ":
            result.append((latin, text[start:index]))
            start, latin = index, is_latin
    if text:
        result.append((latin, text[start:]))
    return tuple(result)


def is_latin(text: str) -> bool:
    """True when Liberation Sans alone can print the text (a plain table cell)."""
    return all(latin for latin, _ in runs(text))


@lru_cache(maxsize=8192)
def markup(text: str) -> str:
    """Paragraph markup printing ``text`` literally: escaped, Chinese runs in the CJK font.

    A user's ``<font color=red>`` prints as those characters; line breaks are kept.
    """
    parts = []
    for latin, part in runs(text):
        escaped = escape(part).replace("\n", "<br/>")
        parts.append(escaped if latin else f'<font face="{CJK}">{escaped}</font>')
    return "".join(parts)


@lru_cache(maxsize=16384)
def text_width(text: str, size: float, *, bold: bool = False) -> float:
    latin_font = LATIN_BOLD if bold else LATIN
    return sum(
        pdfmetrics.stringWidth(part, latin_font if latin else CJK, size)
        for latin, part in runs(text)
    )


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw one line of literal text at a baseline; returns its width."""
    width = text_width(text, size, bold=bold)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    latin_font = LATIN_BOLD if bold else LATIN
    parts = runs(text)
    fake_bold = bold and not all(latin for latin, _ in parts)
    if fake_bold:
        canvas.saveState()
        canvas.setLineWidth(size / 30)
        canvas.setStrokeColor(canvas._fillColorObj)
    obj = canvas.beginText(x, y)
    for latin, part in parts:
        obj.setFont(latin_font if latin else CJK, size)
        if fake_bold:
            obj.setTextRenderMode(0 if latin else 2)  # 2: fill and stroke, a bold look
        obj.textOut(part)
    canvas.drawText(obj)
    if fake_bold:
        canvas.restoreState()
    return width


class TextLine(Flowable):
    """One line of literal text in a table cell: what a Paragraph does, without parsing markup.

    Most cells of a business document are one short line; drawing them as runs
    makes a page several times faster than a Paragraph per cell.
    """

    def __init__(
        self, text: str, size: float, leading: float, *, bold: bool = False, align: str = "left"
    ) -> None:
        super().__init__()
        self.text, self.size, self.leading, self.bold, self.align = text, size, leading, bold, align
        self.width = text_width(text, size, bold=bold)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available = available_width
        return available_width, self.leading

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        # Flowable.drawOn wraps draw() in saveState/translate/restoreState: three
        # operators per cell, measurable on a page of a hundred cells.
        x = self._hAlignAdjust(x, _sW)
        offset = {"left": 0.0, "center": self._available / 2, "right": self._available}[self.align]
        draw_text(
            canvas,
            x + offset,
            y + self.leading - self.size,
            self.text,
            self.size,
            bold=self.bold,
            align=self.align,
        )

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)
