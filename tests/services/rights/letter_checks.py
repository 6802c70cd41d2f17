"""Reading letters back from their PDFs: text, fonts, and where the address rows stand."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

MM = 72 / 25.4


def _with_file(pdf: bytes, args: list[str]) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "letter.pdf"
        path.write_bytes(pdf)
        return subprocess.run(
            [*args, str(path), "-"] if args[0] == "pdftotext" else [*args, str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout


def pdf_text(pdf: bytes) -> str:
    return _with_file(pdf, ["pdftotext", "-layout"])


def pdf_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(name, embedded) for every font the PDF uses."""
    out = _with_file(pdf, ["pdffonts"]).splitlines()[2:]
    fonts = []
    for line in out:
        parts = line.split()
        # name type... encoding emb sub uni object ID: "emb" is the fifth column from the end.
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts


def word_boxes(pdf: bytes, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(word, x_min, y_min, x_max, y_max) in millimetres from the top left of `page`."""
    html = _with_file(pdf, ["pdftotext", "-bbox", "-f", str(page), "-l", str(page)])
    boxes = []
    for match in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    ):
        x0, y0, x1, y1 = (float(match.group(i)) / MM for i in range(1, 5))
        boxes.append((match.group(5), x0, y0, x1, y1))
    return boxes


def block_of(pdf: bytes, words: list[str]) -> tuple[float, float, float, float]:
    """The bounding box (mm) of the given words on page 1: left, top, right, bottom."""
    boxes = [b for b in word_boxes(pdf) if b[0] in words]
    assert boxes, f"none of {words} on page 1"
    return (
        min(b[1] for b in boxes),
        min(b[2] for b in boxes),
        max(b[3] for b in boxes),
        max(b[4] for b in boxes),
    )
