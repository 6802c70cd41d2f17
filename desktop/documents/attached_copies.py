"""Copies of stored files printed after an access reply's appendix (CJEU C-487/21: a faithful
copy). An image is a page of its own; a text file is printed as it is; each page of a PDF is
reserved as an empty frame while reportlab lays out the letter (so the header's "page (pages)"
counts it) and the original page is drawn into that frame afterwards with pypdf, as vectors,
scaled to fit and never cropped.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Spacer


@dataclass(frozen=True)
class AttachedCopy:
    caption: str  # "Liite 2: kirje.png"
    kind: str  # "image" (PNG or JPEG bytes), "pdf" (the PDF's bytes), "text" (UTF-8)
    data: bytes
    page_captions: Sequence[str] = ()  # a PDF's: one per page
    note: str = ""  # above a text file's contents


@dataclass
class Placement:
    """Where a reserved frame landed: page number (1-based), and its box in points."""

    copy: int
    page: int
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    sheet: int = 0


@dataclass
class Reserved:
    placements: list[Placement] = field(default_factory=list)


class PageFrame(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Takes the rest of the frame, draws a thin line round the space the page will fill (its
    own proportions, top and centre) and remembers where that is."""

    def __init__(self, placement: Placement, reserved: Reserved, size: tuple[float, float]):
        super().__init__()
        self.placement = placement
        self.reserved = reserved
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 2
        return self.width, self.height

    def draw(self) -> None:
        page_width, page_height = self.size
        scale = min(self.width / page_width, self.height / page_height)
        width, height = page_width * scale, page_height * scale
        left, bottom = (self.width - width) / 2, self.height - height
        self.canv.setStrokeGray(0.6)
        self.canv.setLineWidth(0.5)
        self.canv.rect(left, bottom, width, height)
        x, y = self.canv.absolutePosition(left, bottom)
        self.placement.box = (x, y, width, height)
        self.placement.sheet = self.canv.getPageNumber()
        self.reserved.placements.append(self.placement)


def _page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Each page's width and height as it is seen (a /Rotate of 90 or 270 turns it)."""
    sizes = []
    for page in PdfReader(io.BytesIO(data)).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        sizes.append((height, width) if page.rotation % 180 else (width, height))
    return sizes


def copy_story(
    copies: Sequence[AttachedCopy],
    styles: dict[str, ParagraphStyle],
    frame: tuple[float, float],
    reserved: Reserved,
) -> list[Flowable]:
    """The flowables of every copy; `frame` is the later pages' frame (width, height)."""
    width, height = frame
    story: list[Flowable] = []
    for number, copy in enumerate(copies):
        if copy.kind == "pdf":
            sizes = _page_sizes(copy.data)
            for page, caption in enumerate(copy.page_captions):
                story += [PageBreak(), Paragraph(escape(caption), styles["section"])]
                story.append(PageFrame(Placement(number, page), reserved, sizes[page]))
            continue
        story += [PageBreak(), Paragraph(escape(copy.caption), styles["section"])]
        if copy.kind == "image":
            reader = ImageReader(io.BytesIO(copy.data))
            w, h = reader.getSize()
            scale = min(width / w, (height - 12 * mm) / h, 72 / 150 * 4)  # never blown up much
            story.append(Image(io.BytesIO(copy.data), w * scale, h * scale))
        else:
            story += [Paragraph(escape(copy.note), styles["small"]), Spacer(1, 3)]
            for line in copy.data.decode("utf-8").splitlines() or [""]:
                story.append(Paragraph(escape(line) or "&nbsp;", styles["line"]))
    return story


def draw_reserved(pdf: bytes, copies: Sequence[AttachedCopy], reserved: Reserved) -> bytes:
    """The letter with each reserved frame filled by its PDF page."""
    if not reserved.placements:
        return pdf
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    readers: dict[int, PdfReader] = {}
    for place in reserved.placements:
        reader = readers.setdefault(place.copy, PdfReader(io.BytesIO(copies[place.copy].data)))
        source = reader.pages[place.page]
        if source.rotation:  # a page turned by /Rotate: turn its contents instead, then fit
            source = PdfWriter().add_page(source)
            source.transfer_rotation_to_content()
        box = source.mediabox
        x, y, w, h = place.box  # already in the page's proportions
        scale = min(w / float(box.width), h / float(box.height))
        shift_x = x - float(box.left) * scale
        shift_y = y - float(box.bottom) * scale
        target = writer.pages[place.sheet - 1]
        target.merge_transformed_page(
            source, Transformation().scale(scale, scale).translate(shift_x, shift_y)
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
