"""Reading PDFs back in tests: poppler's pdftotext/pdffonts and pypdf."""

from __future__ import annotations

import subprocess
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader


def pdf_pages_text(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page as pdftotext sees it (reading order, layout kept)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return out.split("\f")[: len(PdfReader(BytesIO(pdf)).pages)]


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[dict[str, str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type [type …] encoding emb sub uni object-id generation
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts


def pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
