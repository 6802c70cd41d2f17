"""The recovery-key sheet: one A4 page to print and keep in a safe. Made in memory only — the key
must never reach a file on disk, so this returns bytes and the caller prints or saves them."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.documents.fonts import BOLD, REGULAR, register_fonts
from desktop.documents.statement import format_day
from desktop.resources import resource

KEY_SIZE = 22  # points: readable from arm's length, copied back without mistakes
SPACING = 4  # points between characters: easy to copy back one by one


@cache
def _texts() -> dict[str, dict[str, str | list[str]]]:  # a text, or the instruction lines
    with resource("recovery_sheet.json").open(encoding="utf-8") as stream:
        return dict(json.load(stream))


@dataclass(frozen=True)
class RecoverySheet:
    business: str
    register: str  # the register file's name
    register_id: str
    key: str  # "ABCDE-FGHJK-..." as crypto.format_recovery_key gives it
    made_on: date
    lang: str = "fi"


def recovery_sheet_pdf(sheet: RecoverySheet) -> bytes:
    register_fonts()
    words = _texts().get(sheet.lang) or _texts()["fi"]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True, initialFontName=REGULAR, lang=sheet.lang)
    canvas.setTitle(str(words["title"]))
    canvas.setCreator("Kirjuri")
    width, height = A4
    left = 25 * mm
    y = height - 30 * mm
    canvas.setFont(BOLD, 20)
    canvas.drawString(left, y, str(words["title"]))
    y -= 14 * mm
    for label, value in (
        (words["business"], sheet.business),
        (words["register"], sheet.register),
        (words["register_id"], sheet.register_id),
        (words["made"], format_day(sheet.made_on)),
    ):
        canvas.setFont(REGULAR, 10)
        canvas.drawString(left, y, f"{label}:")
        canvas.setFont(BOLD, 11)
        canvas.drawString(left + 45 * mm, y, value)
        y -= 7 * mm

    y -= 8 * mm
    canvas.setFont(REGULAR, 10)
    canvas.drawString(left, y, str(words["key"]))
    y -= 6 * mm
    groups = sheet.key.split("-")
    per_row = 3  # two rows of three groups fit A4 at this size
    box_h = 14 * mm
    for row_start in range(0, len(groups), per_row):
        row = groups[row_start : row_start + per_row]
        x = left
        for index, group in enumerate(row, start=row_start):
            text_w = stringWidth(group, BOLD, KEY_SIZE) + SPACING * (len(group) - 1)
            box_w = text_w + 8 * mm
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(1)
            canvas.roundRect(x, y - box_h, box_w, box_h, 3)
            # One string per group (spaced out, not one draw per character) so the PDF's text
            # reads back as the key itself.
            canvas.saveState()  # the character spacing must not leak into the text below
            text = canvas.beginText(x + 4 * mm, y - box_h + 4.2 * mm)
            text.setFont(BOLD, KEY_SIZE)
            text.setCharSpace(SPACING)
            text.textOut(group)
            canvas.drawText(text)
            canvas.restoreState()
            if index < len(groups) - 1 and (index + 1) % per_row:
                canvas.setFont(BOLD, KEY_SIZE)
                canvas.drawCentredString(x + box_w + 3.5 * mm, y - box_h + 4.2 * mm, "-")
            x += box_w + 7 * mm
        y -= box_h + 5 * mm

    y -= 6 * mm
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=15)
    text_width = width - 2 * left
    for text in list(words["instructions"]):
        paragraph = Paragraph(f"• {text}", style)
        _, used = paragraph.wrap(text_width, height)
        paragraph.drawOn(canvas, left, y - used)
        y -= used + 4 * mm

    y -= 10 * mm
    canvas.setFont(REGULAR, 10)
    canvas.drawString(left, y, str(words["kept_by"]))
    label_end = left + stringWidth(str(words["kept_by"]), REGULAR, 10) + 3 * mm
    canvas.setStrokeColor(colors.grey)
    canvas.line(label_end, y - 1, width - left, y - 1)
    canvas.line(left, y - 12 * mm, width - left, y - 12 * mm)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
