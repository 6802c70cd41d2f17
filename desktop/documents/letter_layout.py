"""An A4 business letter laid out after the Finnish letter standard SFS 2487, with reportlab.

The grid (millimetres from the page's left edge): the left margin 20, the second tab 46 (where
body text, the signature and the contents of "Liitteet"/"Jakelu" begin), the document name and
date at 110, the diary number at 152, the page number ending at 190.

The recipient's address goes into SFS 2487's address field: rows R10-R15 of the standard's
4.23 mm (1/6 inch) grid, from about 38 to 64 mm from the top, the first address row's baseline
near 44 mm, at most five rows. That is where a C5 / C65 window envelope shows it, with room for
the sheet to slide a few millimetres either way without hiding the postal code; nothing else on
the page is printed inside the field. Left, the rows start at 24 mm: inside the window (about
20-110 mm) with a margin. The rows come in Posti's order from desktop.core.postal (addressee,
supplement, street or P.O. box, postal code and post office, a foreign country in capitals).

Every page repeats the sender's name, the document name, date, diary number and "page (pages)",
so the number of pages is known only at the end: the canvas keeps each page and draws the headers
when the document is saved.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paraparser import ParaParser

from desktop.core.letter_text import split_subject
from desktop.core.postal import MAX_ROWS
from desktop.documents.attached_copies import (
    AttachedCopy,
    Reserved,
    copy_story,
    draw_reserved,
)
from desktop.documents.fonts import BOLD, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 20 * mm
TAB2 = 46 * mm
TAB_NAME = 110 * mm
TAB_DIARY = 152 * mm
RIGHT = 190 * mm
HEADER_TOP = 15 * mm  # baseline of the first header row, from the top
ROW = 4.5 * mm
# SFS 2487's address field (see the module text): where the address rows must stay.
SFS_ROW = 25.4 / 6 * mm  # the standard's row: 1/6 inch
FIELD_TOP, FIELD_BOTTOM = 38 * mm, 64 * mm
ADDRESS_LEFT = 24 * mm
ADDRESS_RIGHT = 108 * mm
FIRST_ADDRESS_BASELINE = 44 * mm
SENDER_ROWS = 5  # below the sender's name; the last one ends above the address field
FIRST_BODY_TOP = 100 * mm
NEXT_BODY_TOP = 42 * mm
BOTTOM = 20 * mm
GREY = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class AppendixSection:
    heading: str
    lines: Sequence[str] = ()  # plain text, one paragraph each; "Label: value" if `pairs`
    pairs: Sequence[tuple[str, str]] = ()
    notes: Sequence[str] = ()  # in grey below the section: how long it is kept


@dataclass(frozen=True)
class Appendix:
    title: str
    intro: str
    sections: Sequence[AppendixSection]
    copies: Sequence[AttachedCopy] = ()  # the stored files, each after the appendix


@dataclass(frozen=True)
class LetterContent:
    sender: Sequence[str]  # name first
    recipient: Sequence[str]  # address rows in Posti's order
    document_name: str
    date_text: str
    diary_label: str
    diary_number: str
    text: str  # the subject on the first line, then paragraphs separated by blank lines
    closing: str
    place_and_date: str
    signer_name: str
    signer_title: str = ""
    signature_image: bytes | None = None
    enclosures_label: str = ""
    enclosures: Sequence[str] = ()
    distribution_label: str = ""
    distribution: Sequence[str] = ()
    copies_label: str = ""
    copies: Sequence[str] = ()
    appendix: Appendix | None = None
    title: str = ""  # the PDF's title in its properties
    page_format: str = "{number} ({total})"  # "Page {number} of {total}" in English
    highlight: Sequence[str] = ()  # paragraphs printed large and bold (a password to type)
    standalone: bool = False  # only the appendix (a printed data extract): no letter part


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """Made once per process: no render changes a style (reportlab only reads them)."""
    regular = register_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=10, leading=13.5)
    return {
        "subject": ParagraphStyle("subject", base, fontName=BOLD, spaceAfter=10),
        "body": ParagraphStyle("body", base, leftIndent=TAB2 - LEFT, spaceAfter=8),
        "item": ParagraphStyle(
            "item",
            base,
            leftIndent=TAB2 - LEFT + 5 * mm,
            firstLineIndent=-4 * mm,
            spaceAfter=2,
        ),
        "sign": ParagraphStyle("sign", base, leftIndent=TAB2 - LEFT),
        "highlight": ParagraphStyle(
            "highlight",
            base,
            fontName=BOLD,
            fontSize=15,
            leading=20,
            leftIndent=TAB2 - LEFT,
            spaceBefore=4,
            spaceAfter=12,
        ),
        "label": ParagraphStyle("label", base, fontName=BOLD),
        "cell": ParagraphStyle("cell", base),
        "heading": ParagraphStyle(
            "heading", base, fontName=BOLD, fontSize=12, leading=15, spaceAfter=6
        ),
        "section": ParagraphStyle(
            "section", base, fontName=BOLD, spaceBefore=8, spaceAfter=3, keepWithNext=True
        ),
        "line": ParagraphStyle(
            "line", base, fontSize=9, leading=11.5, leftIndent=4 * mm, firstLineIndent=-4 * mm
        ),
        "small": ParagraphStyle("small", base, fontSize=9, leading=11.5, textColor=GREY),
        "note": ParagraphStyle(
            "note", base, fontSize=8.5, leading=11, textColor=GREY, leftIndent=4 * mm, spaceBefore=2
        ),
    }


def _text(value: str) -> str:
    """User text for Paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


@cache
def _plain_fragment(style: ParagraphStyle) -> Any:
    """What reportlab's markup parser makes of one word in `style`: the pattern for _plain."""
    _style, fragments, _bullet = ParaParser().parse("x", style)
    return fragments[0]


def _plain(value: str, style: ParagraphStyle) -> Paragraph:
    """User text of one line as a Paragraph without reportlab's markup parser, which would only
    undo _text's escaping (an access reply has a paragraph for each of hundreds of contact
    events). The fragment is the one the parser makes of plain text: the style's font, size and
    colour, the whitespace collapsed."""
    clean = " ".join(value.split())
    if not clean or "\n" in value:
        return Paragraph(_text(value), style)
    return Paragraph(clean, style, frags=[_plain_fragment(style).clone(text=clean)])


def _body(
    text: str, styles: dict[str, ParagraphStyle], highlight: Sequence[str] = ()
) -> list[Flowable]:
    subject, parts = split_subject(text)
    story: list[Flowable] = []
    if subject:
        story.append(Paragraph(_text(subject), styles["subject"]))
    for part in parts:
        lines = part.split("\n")
        if all(line.startswith("- ") for line in lines):
            for line in lines:
                story.append(Paragraph("–&nbsp;&nbsp;" + _text(line[2:].strip()), styles["item"]))
            story.append(Spacer(1, 6))
        elif part in highlight:
            story.append(Paragraph(_text(part), styles["highlight"]))
        else:
            story.append(Paragraph(_text(part), styles["body"]))
    return story


def _signature(content: LetterContent, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    parts: list[Flowable] = [
        Spacer(1, 4),
        Paragraph(_text(content.closing), styles["sign"]),
        Spacer(1, 4),
        Paragraph(_text(content.sender[0] if content.sender else ""), styles["sign"]),
        Paragraph(_text(content.place_and_date), styles["sign"]),
    ]
    if content.signature_image:
        reader = ImageReader(io.BytesIO(content.signature_image))
        width, height = reader.getSize()
        scale = min(55 * mm / width, 16 * mm / height)
        image = Image(io.BytesIO(content.signature_image), width * scale, height * scale)
        image.hAlign = "LEFT"
        holder = Table([[image]], colWidths=[RIGHT - TAB2], hAlign="LEFT")
        holder.setStyle(
            _table_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2))
        )
        parts.append(_indented(holder))
    else:
        parts.append(Spacer(1, 16 * mm))
    parts.append(Paragraph(_text(content.signer_name), styles["sign"]))
    if content.signer_title:
        parts.append(Paragraph(_text(content.signer_title), styles["sign"]))
    for part in parts[:-1]:  # one block: reportlab keeps a chain of keepWithNext together
        part.keepWithNext = True
    return parts


def _table_style(*commands: tuple[Any, ...]) -> TableStyle:
    # A table's own default font is Helvetica, which would be referenced but never embedded.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts()), *commands])


def _indented(flowable: Flowable) -> Flowable:
    table = Table([["", flowable]], colWidths=[TAB2 - LEFT, RIGHT - TAB2], hAlign="LEFT")
    table.setStyle(_table_style(("LEFTPADDING", (0, 0), (-1, -1), 0)))
    return table


def _listing(label: str, items: Sequence[str], styles: dict[str, ParagraphStyle]) -> Flowable:
    """ "Liitteet", "Jakelu", "Tiedoksi": the label at the margin, the items at the second tab."""
    rows = [
        [
            Paragraph(_text(label) if i == 0 else "", styles["label"]),
            Paragraph(_text(item), styles["cell"]),
        ]
        for i, item in enumerate(items)
    ]
    table = Table(rows, colWidths=[TAB2 - LEFT, RIGHT - TAB2], hAlign="LEFT")
    table.setStyle(
        _table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        )
    )
    return KeepTogether([Spacer(1, 10), table])


def _appendix(
    appendix: Appendix,
    styles: dict[str, ParagraphStyle],
    reserved: Reserved,
    *,
    new_page: bool = True,
) -> list[Flowable]:
    story: list[Flowable] = [PageBreak()] if new_page else []
    story.append(Paragraph(_text(appendix.title), styles["heading"]))
    if appendix.intro:
        story.append(Paragraph(_text(appendix.intro), styles["small"]))
    for section in appendix.sections:
        story.append(Paragraph(_text(section.heading), styles["section"]))
        for label, value in section.pairs:
            story.append(Paragraph(f"<b>{_text(label)}:</b> {_text(value)}", styles["line"]))
        for line in section.lines:
            story.append(_plain(line, styles["line"]))
        for note in section.notes:
            story.append(_plain(note, styles["note"]))
    frame = (RIGHT - LEFT, PAGE_HEIGHT - NEXT_BODY_TOP - BOTTOM)
    story.extend(copy_story(appendix.copies, styles, frame, reserved))
    return story


def _header_canvas(content: LetterContent) -> type[Canvas]:
    regular = register_fonts()

    class LetterCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints: Canvas is Any
        """Keeps every page until the end, then draws the headers with "page (pages)"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = regular  # else Helvetica, which is never embedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._header(number, total)
                super().showPage()
            super().save()

        def _header(self, number: int, total: int) -> None:
            top = PAGE_HEIGHT - HEADER_TOP
            self.setFont(BOLD, 10)
            if content.sender:
                self.drawString(LEFT, top, content.sender[0])
            self.drawString(TAB_NAME, top, content.document_name)
            self.setFont(regular, 10)
            self.drawRightString(RIGHT, top, content.page_format.format(number=number, total=total))
            self.drawString(TAB_NAME, top - ROW, content.date_text)
            if content.diary_number:
                self.drawString(
                    TAB_DIARY, top - ROW, f"{content.diary_label} {content.diary_number}"
                )
            if number == 1:
                self.setFont(regular, 9)
                for i, line in enumerate(content.sender[1 : 1 + SENDER_ROWS], start=1):
                    self.drawString(LEFT, top - i * ROW * 0.9, line)

    return LetterCanvas


def _draw_recipient(canvas: Canvas, content: LetterContent) -> None:
    """The address rows in the SFS 2487 field. The services give at most MAX_ROWS rows; should
    more come, the last two (postal code row and country) are the ones kept. A row too wide for
    the window makes the block's type smaller, never cut."""
    regular = register_fonts()
    rows = [row.strip() for row in content.recipient if row.strip()]
    if len(rows) > MAX_ROWS:
        rows = [*rows[: MAX_ROWS - 2], *rows[-2:]]
    size = 10.0
    widest = max((canvas.stringWidth(row, regular, size) for row in rows), default=0.0)
    if widest > ADDRESS_RIGHT - ADDRESS_LEFT:
        size = max(6.0, size * (ADDRESS_RIGHT - ADDRESS_LEFT) / widest)
    canvas.setFont(regular, size)
    for i, row in enumerate(rows):
        canvas.drawString(ADDRESS_LEFT, PAGE_HEIGHT - FIRST_ADDRESS_BASELINE - i * SFS_ROW, row)


def render_letter(content: LetterContent) -> bytes:
    """The letter, with its appendix if it has one, as PDF bytes (kept in memory only)."""
    styles = _styles()
    out = io.BytesIO()
    width = RIGHT - LEFT
    first = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - FIRST_BODY_TOP - BOTTOM, id="first")
    later = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - NEXT_BODY_TOP - BOTTOM, id="later")
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        title=content.title or content.document_name,
        author=content.sender[0] if content.sender else "",
        creator="Kirjuri",
        leftMargin=LEFT,
        rightMargin=PAGE_WIDTH - RIGHT,
        topMargin=NEXT_BODY_TOP,
        bottomMargin=BOTTOM,
    )
    later_page = PageTemplate(id="later", frames=[later])
    reserved = Reserved()
    copies = content.appendix.copies if content.appendix is not None else ()
    if content.standalone:
        doc.addPageTemplates([later_page])
        assert content.appendix is not None
        doc.build(
            _appendix(content.appendix, styles, reserved, new_page=False),
            canvasmaker=_header_canvas(content),
        )
        return draw_reserved(out.getvalue(), copies, reserved)
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[first],
                onPage=lambda canvas, _doc: _draw_recipient(canvas, content),
                autoNextPageTemplate="later",
            ),
            later_page,
        ]
    )
    story = _body(content.text, styles, content.highlight)
    if story:  # the signature never stands alone on a page: the last paragraph goes with it
        story[-1].keepWithNext = True
    story.extend(_signature(content, styles))
    for label, items in (
        (content.enclosures_label, content.enclosures),
        (content.distribution_label, content.distribution),
        (content.copies_label, content.copies),
    ):
        items = [item for item in items if item.strip()]
        if items:  # never an empty "Liitteet"
            story.append(_listing(label, items, styles))
    if content.appendix is not None:
        story.extend(_appendix(content.appendix, styles, reserved))
    doc.build(story, canvasmaker=_header_canvas(content))
    return draw_reserved(out.getvalue(), copies, reserved)
