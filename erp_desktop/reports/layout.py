"""Lays a PdfDocument out with ReportLab's platypus (the rendering half of document.py).

The page header (company, title, number, date; the QR code on page 1) is
drawn on the canvas for every page; the body is a story of flowables; the
footer ("page x / y") is drawn once the page count is known, by a canvas
that keeps its pages until ``save``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from erp_desktop.domain.formatting import format_date
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg, Translate, cli_translator
from erp_desktop.reports import fonts
from erp_desktop.reports.document import Field, PdfDocument, Text, column_widths
from erp_desktop.reports.qr import draw_qr

MARGIN = 14 * mm
HEADER = 27 * mm  # company, title, number/date, QR
FOOTER = 11 * mm
BODY_SIZE = 8.5
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.92, 0.92, 0.92)
INK = colors.black
QR_SIZE = 24 * mm
PAGE_LABEL = QT_TRANSLATE_NOOP("reports", "Page {page} / {pages}")
REMARKS_LABEL = QT_TRANSLATE_NOOP("reports", "Remarks")

Style = dict[str, ParagraphStyle]


@lru_cache(maxsize=4)
def styles(language: str) -> Style:
    """Paragraph styles, made once per language (their creation is not free)."""
    fonts.register_fonts()
    # Lines break at spaces; a run without spaces that is too long for the line
    # (Chinese) is split between characters. ReportLab's "CJK" mode would also
    # split English words anywhere ("Tax rat/e").
    base = ParagraphStyle(
        "body",
        fontName=fonts.LATIN,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.25,
        textColor=INK,
        splitLongWords=1,
    )
    bold = ParagraphStyle("bold", parent=base, fontName=fonts.LATIN_BOLD)
    return {
        "left": base,
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "bold": bold,
        "bold-left": ParagraphStyle("bold-left", parent=bold, alignment=TA_LEFT),
        "bold-center": ParagraphStyle("bold-center", parent=bold, alignment=TA_CENTER),
        "bold-right": ParagraphStyle("bold-right", parent=bold, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=bold, alignment=TA_CENTER),
        "words": ParagraphStyle("words", parent=bold, fontSize=10, leading=13),
    }


class _Context:
    """What the page callbacks need for one document."""

    def __init__(self, document: PdfDocument) -> None:
        self.doc = document
        self.translate: Translate = cli_translator(document.language)
        self.styles = styles(document.language)
        self.colon = "：" if document.language.startswith("zh") else ": "

    def text(self, value: Text) -> str:
        return value.render(self.translate) if isinstance(value, Msg) else value

    def cell(
        self, value: Text, width: float, *, bold: bool = False, align: str = "left"
    ) -> Flowable:
        """A TextLine when the text is one line that fits ``width``, else a Paragraph."""
        text = self.text(value)
        if "\n" not in text and fonts.text_width(text, BODY_SIZE, bold=bold) <= width:
            return fonts.TextLine(text, BODY_SIZE, BODY_SIZE * 1.25, bold=bold, align=align)
        return Paragraph(fonts.markup(text), self.styles[f"bold-{align}" if bold else align])

    def field(self, name: Text, value: str, width: float) -> Flowable:
        return self.cell(self.text(name) + self.colon + value, width)


def build_pdf(document: PdfDocument) -> bytes:
    ctx = _Context(document)
    page = landscape(A4) if document.landscape else A4
    width, height = page
    buffer = BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN + FOOTER,
        title=f"{ctx.text(document.title)} {document.number}",
        author=document.company.name,
        creator="ERP Desktop",
        subject=ctx.text(document.title),
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.LATIN,
        initialFontSize=BODY_SIZE,
    )
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER,
        width - 2 * MARGIN,
        height - 2 * MARGIN - HEADER - FOOTER,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=lambda c, _d: _draw_header(c, ctx, page))]
    )
    story = _story(ctx, width - 2 * MARGIN)
    template.build(story, canvasmaker=_numbered_canvas(lambda c, n, t: _footer(c, ctx, page, n, t)))
    return buffer.getvalue()


# -- page furniture -------------------------------------------------------------------------------
def _draw_header(canvas: Canvas, ctx: _Context, page: tuple[float, float]) -> None:
    doc = ctx.doc
    width, height = page
    top = height - MARGIN
    centre = width / 2
    canvas.saveState()
    canvas.setFillColor(INK)
    fonts.draw_text(canvas, centre, top - 12, doc.company.name, 13, bold=True, align="center")
    if doc.company.lines:
        canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
        fonts.draw_text(
            canvas, centre, top - 23, "    ".join(doc.company.lines), 7.5, align="center"
        )
        canvas.setFillColor(INK)
    title = ctx.text(doc.title)
    title_width = fonts.draw_text(canvas, centre, top - 44, title, 17, bold=True, align="center")
    canvas.setStrokeColor(INK)
    for offset, line_width in ((-48.5, 0.9), (-51, 0.4)):  # the double rule of Chinese forms
        canvas.setLineWidth(line_width)
        canvas.line(
            centre - title_width / 2 - 6, top + offset, centre + title_width / 2 + 6, top + offset
        )
    right = width - MARGIN
    number = ctx.text(doc.number_label) + ctx.colon + doc.number
    fonts.draw_text(canvas, right, top - 37, number, 9, align="right")
    day = ctx.text(doc.date_label) + ctx.colon + format_date(doc.date, doc.language)
    fonts.draw_text(canvas, right, top - 49, day, 9, align="right")
    if doc.watermark:
        _draw_watermark(canvas, ctx.text(doc.watermark), page)
    if doc.qr_payload and canvas.getPageNumber() == 1:
        draw_qr(canvas, doc.qr_payload, MARGIN - 2, top - QR_SIZE + 2, QR_SIZE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - HEADER + 6, right, top - HEADER + 6)
    canvas.restoreState()


def _draw_watermark(canvas: Canvas, text: str, page: tuple[float, float]) -> None:
    """Large, light and diagonal: a draft must never pass for an issued document."""
    width, height = page
    size = min(110.0, 0.9 * min(width, height) / max(1.0, fonts.text_width(text, 1)))
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.85, 0.85))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    fonts.draw_text(canvas, 0, -size / 3, text, size, align="center")
    canvas.restoreState()


def _footer(
    canvas: Canvas, ctx: _Context, page: tuple[float, float], number: int, total: int
) -> None:
    width, _height = page
    y = MARGIN
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, y + 10, width - MARGIN, y + 10)
    canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
    text = Msg(PAGE_LABEL, "reports", {"page": number, "pages": total}).render(ctx.translate)
    fonts.draw_text(canvas, width / 2, y, text, 8, align="center")
    fonts.draw_text(canvas, MARGIN, y, ctx.doc.company.name, 7.5)
    fonts.draw_text(canvas, width - MARGIN, y, ctx.doc.number, 7.5, align="right")
    canvas.restoreState()


def _numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> Callable[..., Canvas]:
    """A canvas class that holds its pages back until it knows how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            fonts.preset_latin(self._doc)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


# -- the story ------------------------------------------------------------------------------------
PAD = 3.0  # cell padding, points


def _story(ctx: _Context, width: float) -> list[Flowable]:
    doc = ctx.doc
    story: list[Flowable] = []
    if doc.fields:
        story.append(_fields_table(ctx, width))
        story.append(Spacer(1, 2 * mm))
    if doc.parties:
        story.append(_parties_table(ctx, width))
        story.append(Spacer(1, 3 * mm))
    story.append(_lines_table(ctx, width))
    if doc.amount_in_words:
        story.append(_amount_in_words(ctx, width))
    if doc.remarks or doc.remarks_box:
        story.append(_boxed_row(ctx, width, Msg(REMARKS_LABEL, "reports"), doc.remarks))
    if doc.signatures or doc.seal is not None:
        story.append(Spacer(1, 8 * mm))
        story.append(_signatures(ctx, width))
    return story


def _fields_table(ctx: _Context, width: float) -> Table:
    per_row = 3
    inner = width / per_row - 2 * PAD
    cells: list[Any] = [ctx.field(f.label, f.value, inner) for f in ctx.doc.fields]
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[width / per_row] * per_row)
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *_padding(1)])
    return table


def _parties_table(ctx: _Context, width: float) -> Table:
    blocks = ctx.doc.parties
    inner = width / len(blocks) - 2 * (PAD + 1)
    cells = []
    for block in blocks:
        content: list[Flowable] = [ctx.cell(block.title, inner, bold=True)]
        for line in block.lines:
            if isinstance(line, str):
                content.append(ctx.cell(line, inner))
            else:
                content.append(ctx.field(line.label, line.value, inner))
        cells.append(content)
    table = Table([cells], colWidths=[width / len(blocks)] * len(blocks))
    table.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *_padding(PAD + 1),
        ]
    )
    return table


def _lines_table(ctx: _Context, width: float) -> Table:
    doc = ctx.doc
    widths = column_widths(doc.columns, width)
    inner = [w - 2 * PAD for w in widths]
    aligns = [column.align for column in doc.columns]
    header = [
        ctx.cell(column.label, room, bold=True, align="center")
        for column, room in zip(doc.columns, inner, strict=True)
    ]
    data: list[list[Any]] = [header]
    data.extend(_cells(ctx, row, aligns, inner, bold=False) for row in doc.rows)
    first_total = len(data)
    data.extend(_cells(ctx, row, aligns, inner, bold=True) for row in doc.totals)
    commands: list[Any] = [
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *_padding(PAD),
    ]
    for index, align in enumerate(aligns):
        commands.append(("ALIGN", (index, 1), (index, -1), align.upper()))
    if doc.totals:
        commands.append(("FONTNAME", (0, first_total), (-1, -1), fonts.LATIN_BOLD))
        commands.append(("LINEABOVE", (0, first_total), (-1, first_total), 0.8, INK))
        for offset, row in enumerate(doc.totals):
            commands.extend(_label_span(row, first_total + offset))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(commands)
    return table


def _cells(
    ctx: _Context, row: tuple[Text, ...], aligns: list[str], inner: list[float], *, bold: bool
) -> list[Any]:
    cells: list[Any] = []
    for value, align, room in zip(row, aligns, inner, strict=True):
        text = ctx.text(value)
        if align != "left" and "\n" not in text and fonts.is_latin(text):
            cells.append(text)  # drawn as is by the table: the fastest, and never markup
        else:
            cells.append(ctx.cell(text, room, bold=bold, align=align))
    return cells


def _label_span(row: tuple[Text, ...], index: int) -> list[tuple[Any, ...]]:
    """A totals row's label ("Total") spreads over the empty cells after it."""
    end = 0
    while end + 1 < len(row) and row[end + 1] == "":
        end += 1
    if not row[0] or end == 0:
        return []
    return [("SPAN", (0, index), (end, index)), ("ALIGN", (0, index), (end, index), "CENTER")]


def _amount_in_words(ctx: _Context, width: float) -> Table:
    words = ctx.doc.amount_in_words
    assert words is not None
    figure = ctx.text(words.figure_label) + " " + words.figure
    return _boxed_row(ctx, width, words.label, words.words, figure, large=True)


def _boxed_row(
    ctx: _Context, width: float, caption: Text, text: str, extra: str = "", *, large: bool = False
) -> Table:
    """A full-width row boxed like the lines table: shaded caption, text, optional right part."""
    caption_width = 32 * mm
    rest = width - caption_width
    widths = [caption_width, rest * 0.68, rest * 0.32] if extra else [caption_width, rest]
    style = "words" if large else "left"
    main: Flowable = Paragraph(fonts.markup(text), ctx.styles[style])
    row: list[Any] = [ctx.cell(caption, caption_width - 2 * PAD, bold=True, align="center"), main]
    if extra:
        row.append(ctx.cell(extra, widths[2] - 2 * PAD, bold=True, align="right"))
    table = Table([row], colWidths=widths)
    table.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("LINEAFTER", (0, 0), (0, 0), 0.4, GRID),
            ("BACKGROUND", (0, 0), (0, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            *_padding(PAD + 1),
        ]
    )
    return table


SEAL_WIDTH, SEAL_HEIGHT = 42 * mm, 26 * mm  # room for a round company stamp (40 mm)


def _signatures(ctx: _Context, width: float) -> Table:
    """``Issuer: ________`` boxes side by side, a gap between them; the seal box last.

    A signature given as a Field prints its value on the line (开票人: 张三)."""
    doc = ctx.doc
    seal_width = SEAL_WIDTH if doc.seal is not None else 0.0
    signatures = doc.signatures
    share = (width - seal_width) / max(len(signatures), 1)
    gap = 8 * mm
    cells: list[Any] = []
    widths: list[float] = []
    commands: list[Any] = [*_padding(1), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for index, signature in enumerate(signatures):
        caption, value = (
            (signature.label, signature.value) if isinstance(signature, Field) else (signature, "")
        )
        name = ctx.text(caption) + ctx.colon
        name_width = fonts.text_width(name, BODY_SIZE) + 4
        line_width = share - name_width - gap
        cells += [
            fonts.TextLine(name, BODY_SIZE, BODY_SIZE * 1.25),
            ctx.cell(value, line_width - 2) if value else "",
            "",
        ]
        widths += [name_width, line_width, gap]
        commands.append(("LINEBELOW", (3 * index + 1, 0), (3 * index + 1, 0), 0.5, INK))
    if doc.seal is not None:
        column = len(cells)
        cells.append(ctx.cell(doc.seal, SEAL_WIDTH - 4, align="left"))
        widths.append(SEAL_WIDTH)
        commands += [
            ("BOX", (column, 0), (column, 0), 0.8, INK),
            ("VALIGN", (column, 0), (column, 0), "TOP"),
            ("TOPPADDING", (column, 0), (column, 0), 3),
            ("LEFTPADDING", (column, 0), (column, 0), 3),
        ]
    table = Table([cells], colWidths=widths, rowHeights=[SEAL_HEIGHT] if doc.seal else None)
    table.setStyle(commands)
    return table


def _padding(points: float) -> list[tuple[Any, ...]]:
    """Cell padding, and our font in every cell (a table defaults to Helvetica, never embedded)."""
    return [
        ("FONT", (0, 0), (-1, -1), fonts.LATIN, BODY_SIZE, BODY_SIZE * 1.25),
        ("LEFTPADDING", (0, 0), (-1, -1), points),
        ("RIGHTPADDING", (0, 0), (-1, -1), points),
        ("TOPPADDING", (0, 0), (-1, -1), points - 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), points - 0.5),
    ]
