"""Address labels on A4 label sheets, as PDF (reportlab, embedded DejaVu Sans, no Qt).

The layout (where each label and each line goes, and at what size) is computed once, in
millimetres from the sheet's top-left corner, so the PDF and the printer path in the UI draw
exactly the same thing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.documents.fonts import register_fonts

A4_WIDTH, A4_HEIGHT = 210.0, 297.0  # mm
POINT = 25.4 / 72  # mm per point
LARGEST_FONT, SMALLEST_FONT = 11.0, 6.5  # pt
LINE_SPACING = 1.2


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of `columns` × `rows` labels; all sizes in millimetres."""

    columns: int
    rows: int
    label_width: float
    label_height: float
    top_margin: float
    left_margin: float
    column_gap: float = 0.0
    row_gap: float = 0.0
    padding: float = 5.0  # inside the label: printers and die-cut edges need room

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def label_box(self, index: int) -> tuple[float, float]:
        """Top-left corner (x, y from the top) of the label at `index` on its sheet (row-wise)."""
        row, column = divmod(index % self.per_sheet, self.columns)
        x = self.left_margin + column * (self.label_width + self.column_gap)
        y = self.top_margin + row * (self.label_height + self.row_gap)
        return x, y

    def problems(self) -> dict[str, str]:
        """What keeps this sheet from fitting on A4, per field (untranslated, context "Labels")."""
        found: dict[str, str] = {}
        if self.columns < 1:
            found["columns"] = AT_LEAST_ONE
        if self.rows < 1:
            found["rows"] = AT_LEAST_ONE
        for name in ("label_width", "label_height"):
            if getattr(self, name) < 15:
                found[name] = TOO_SMALL
        for name in ("top_margin", "left_margin", "column_gap", "row_gap"):
            if getattr(self, name) < 0:
                found[name] = NOT_NEGATIVE
        if found:
            return found
        width = self.left_margin + self.columns * self.label_width
        width += (self.columns - 1) * self.column_gap
        height = self.top_margin + self.rows * self.label_height + (self.rows - 1) * self.row_gap
        if width > A4_WIDTH + 0.05:
            found["columns"] = TOO_WIDE
        if height > A4_HEIGHT + 0.05:
            found["rows"] = TOO_TALL
        return found


AT_LEAST_ONE = QT_TRANSLATE_NOOP("Labels", "At least one.")
TOO_SMALL = QT_TRANSLATE_NOOP("Labels", "A label must be at least 15 mm.")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("Labels", "Cannot be negative.")
TOO_WIDE = QT_TRANSLATE_NOOP("Labels", "The labels, margin and gaps are wider than A4 (210 mm).")
TOO_TALL = QT_TRANSLATE_NOOP("Labels", "The labels, margin and gaps are taller than A4 (297 mm).")

# Common sheets: 3 × 8 of 70 × 37 mm (e.g. Avery 3474), 2 × 7 of 99.1 × 38.1 mm (Avery L7163).
SHEET_3X8 = LabelSheet(3, 8, 70.0, 37.0, top_margin=0.5, left_margin=0.0, padding=6.0)
SHEET_2X7 = LabelSheet(
    2, 7, 99.1, 38.1, top_margin=15.15, left_margin=4.65, column_gap=2.5, padding=6.0
)
SHEETS = {"3x8": SHEET_3X8, "2x7": SHEET_2X7}
SHEET_LABELS = {
    "3x8": QT_TRANSLATE_NOOP("Labels", "3 × 8 labels, 70 × 37 mm"),
    "2x7": QT_TRANSLATE_NOOP("Labels", "2 × 7 labels, 99.1 × 38.1 mm"),
}


@dataclass(frozen=True)
class PlacedLine:
    text: str
    x: float  # mm from the left edge of the sheet
    baseline: float  # mm from the top edge


@dataclass(frozen=True)
class PlacedLabel:
    page: int
    x: float
    y: float
    font_size: float  # pt
    lines: tuple[PlacedLine, ...]


def _fit(lines: Sequence[str], sheet: LabelSheet, font: str) -> tuple[float, list[str]]:
    """The largest size at which every line fits the label; lines still too wide at the
    smallest size are shortened with an ellipsis rather than printed over the edge."""
    width = sheet.label_width - 2 * sheet.padding
    height = sheet.label_height - 2 * min(sheet.padding, 3.0)
    size = LARGEST_FONT
    while size > SMALLEST_FONT:
        widest = max((stringWidth(line, font, size) * POINT for line in lines), default=0)
        tall = len(lines) * size * LINE_SPACING * POINT
        if widest <= width and tall <= height:
            break
        size -= 0.5
    fitted = []
    for line in lines:
        while line and stringWidth(line, font, size) * POINT > width:
            line = line[:-2] + "…"
        fitted.append(line)
    most = max(1, int(height / (size * LINE_SPACING * POINT)))
    return size, fitted[:most]


def layout(
    addresses: Sequence[Sequence[str]], sheet: LabelSheet, skip: int = 0
) -> list[PlacedLabel]:
    """Every label's place. `skip` leaves the first positions of the first sheet empty (for a
    sheet already partly used)."""
    font = register_fonts()
    placed = []
    for number, lines in enumerate(addresses, start=skip):
        page, index = divmod(number, sheet.per_sheet)
        x, y = sheet.label_box(index)
        size, fitted = _fit(lines, sheet, font)
        leading = size * LINE_SPACING * POINT
        block = leading * len(fitted)
        # Vertically centred; the first baseline sits one ascent (≈ 0.8 em) below the block top.
        top = y + (sheet.label_height - block) / 2
        first = top + size * 0.8 * POINT + (leading - size * POINT) / 2
        placed.append(
            PlacedLabel(
                page=page,
                x=x,
                y=y,
                font_size=size,
                lines=tuple(
                    PlacedLine(text, x + sheet.padding, first + i * leading)
                    for i, text in enumerate(fitted)
                ),
            )
        )
    return placed


def labels_pdf(
    addresses: Sequence[Sequence[str]], sheet: LabelSheet, skip: int = 0, title: str = ""
) -> bytes:
    """The sheets as PDF bytes, kept in memory (labels hold names and addresses)."""
    font = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(A4_WIDTH * mm, A4_HEIGHT * mm),
        pageCompression=1,
        initialFontName=font,  # else every page names Helvetica, which is not embedded
        initialFontSize=LARGEST_FONT,
    )
    canvas.setTitle(title)
    canvas.setCreator("Kirjuri")
    page = 0
    for label in layout(addresses, sheet, skip):
        while label.page > page:
            canvas.showPage()
            page += 1
        canvas.setFont(font, label.font_size)
        for line in label.lines:
            canvas.drawString(line.x * mm, (A4_HEIGHT - line.baseline) * mm, line.text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sheet_count(labels: int, sheet: LabelSheet, skip: int = 0) -> int:
    return 0 if labels == 0 else -(-(labels + skip) // sheet.per_sheet)
