"""The privacy statement as an A4 PDF (reportlab, embedded DejaVu fonts, numbered sections,
"Sivu 1 (3)" at the foot of each page). Made in memory: the bytes are returned, nothing is
written to disk here."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desktop.documents.statement import Block, Statement, runs

LEFT = 25 * mm
RIGHT = 20 * mm


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=14, spaceAfter=5
    )
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=24, spaceAfter=4),
        "register": ParagraphStyle("register", fontName=BOLD, fontSize=12, leading=16),
        "subtitle": ParagraphStyle("subtitle", fontName=ITALIC, fontSize=9, leading=12),
        "updated": ParagraphStyle("updated", fontName=REGULAR, fontSize=9, leading=12),
        # keepWithNext: no heading alone at the foot of a page
        "heading": ParagraphStyle(
            "heading",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "subheading": ParagraphStyle(
            "subheading",
            fontName=BOLD,
            fontSize=10,
            leading=14,
            spaceBefore=3,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "note": ParagraphStyle("note", parent=body, fontName=ITALIC, textColor=colors.grey),
        "body": body,
        "bullet0": ParagraphStyle("bullet0", parent=body, leftIndent=12, bulletIndent=2),
        "bullet1": ParagraphStyle("bullet1", parent=body, leftIndent=26, bulletIndent=16),
        "number": ParagraphStyle("number", parent=body, leftIndent=18, bulletIndent=2),
        "cell": ParagraphStyle(
            "cell", fontName=REGULAR, fontSize=8.5, leading=11, alignment=TA_LEFT
        ),
        "head_cell": ParagraphStyle("head_cell", fontName=BOLD, fontSize=8.5, leading=11),
    }


def _text(value: str) -> str:
    return escape(value)


def _inline(value: str) -> str:
    """reportlab's paragraph markup of a line: escaped, with bold parts and links."""
    out = []
    for run in runs(value):
        piece = escape(run.text)
        if run.bold:
            piece = f"<b>{piece}</b>"
        if run.href:
            href = escape(run.href, {'"': "&quot;"})
            piece = f'<a href="{href}" color="#1a4f8b"><u>{piece}</u></a>'
        out.append(piece)
    return "".join(out)


def _flowables(block: Block, styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    if block.kind == "para":
        return [Paragraph(_inline(block.text), styles["body"])]
    if block.kind == "subheading":
        return [Paragraph(_inline(block.text), styles["subheading"])]
    if block.kind == "bullet":
        mark = "•" if block.level == 0 else "–"
        return [Paragraph(_inline(block.text), styles[f"bullet{block.level}"], bulletText=mark)]
    if block.kind == "number":
        return [Paragraph(_inline(block.text), styles["number"], bulletText=block.mark)]
    header, *rows = block.rows
    data = [[Paragraph(_text(cell), styles["head_cell"]) for cell in header]]
    data += [[Paragraph(_text(cell), styles["cell"]) for cell in row] for row in rows]
    shares = (0.22, 0.15, 0.25, 0.24, 0.14)
    # splitInRow: a recipient whose text is taller than a page continues on the next one
    # (issue 15 item 11) instead of stopping the whole statement with a LayoutError.
    table = Table(data, colWidths=[width * share for share in shares], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),  # else Helvetica is listed (unembedded)
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [table, Spacer(1, 4)]


def _numbered_canvas(label: str, footer_left: str) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count when it writes "Sivu 1 (3)" at each foot."""

    class NumberedCanvas(pdf_canvas.Canvas):  # type: ignore[misc]  # reportlab is untyped (Any)
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR  # else an unembedded Helvetica is listed
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, 8)
                self.setFillColor(colors.grey)
                self.drawString(LEFT, 12 * mm, footer_left)
                page_text = label.format(page=self._pageNumber, pages=total)
                self.drawRightString(A4[0] - RIGHT, 12 * mm, page_text)
                super().showPage()
            super().save()

    return NumberedCanvas


def statement_pdf(statement: Statement) -> bytes:
    styles = _styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=f"{statement.title} – {statement.register_name}",
        lang=statement.lang,
        creator="Kirjuri",
        invariant=True,  # the same description gives the same bytes
    )
    story: list[Any] = [
        Paragraph(_text(statement.title), styles["title"]),
        Paragraph(_text(statement.register_name), styles["register"]),
        Spacer(1, 2),
        Paragraph(_text(statement.subtitle), styles["subtitle"]),
        Paragraph(_text(statement.updated), styles["updated"]),
        Spacer(1, 6),
    ]
    story += [f for block in statement.introduction for f in _flowables(block, styles, doc.width)]
    for section in statement.sections:
        heading = Paragraph(_text(f"{section.number}. {section.heading}"), styles["heading"])
        blocks = [f for block in section.blocks for f in _flowables(block, styles, doc.width)]
        if section.note:
            blocks.insert(0, Paragraph(_text(section.note), styles["note"]))
        story.append(KeepTogether([heading, *blocks[:1]]))  # no heading alone at a page's foot
        story.extend(blocks[1:])
    footer = f"{statement.title} · {statement.updated}"
    doc.build(story, canvasmaker=_numbered_canvas(statement.page_label, footer))
    return out.getvalue()
