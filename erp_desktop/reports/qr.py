"""QR codes on documents, drawn as vector squares (ReportLab's own encoder).

The code is drawn straight on the canvas rather than through a graphics
Drawing: the graphics renderer selects Helvetica on entry, which would put
a non-embedded font in the PDF.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 2  # modules of white around the code


@lru_cache(maxsize=64)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light matrix; error correction M (15 %) survives a smudge or a fold."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    count = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(count)) for r in range(count))


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code, quiet zone included, in the square with lower left corner (x, y)."""
    modules = qr_modules(payload)
    count = len(modules) + 2 * QUIET_ZONE
    step = size / count
    path = canvas.beginPath()
    for row, line in enumerate(modules):
        top = y + size - (row + QUIET_ZONE) * step
        column = 0
        while column < len(line):  # one rectangle per run of dark modules
            if not line[column]:
                column += 1
                continue
            start = column
            while column < len(line) and line[column]:
                column += 1
            path.rect(x + (start + QUIET_ZONE) * step, top - step, (column - start) * step, step)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
