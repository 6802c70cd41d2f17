"""The fonts every Kirjuri PDF embeds, so å ä ö and € print the same on any viewer or printer.

DejaVu Sans ships in resources/fonts (its licence allows redistribution; see LICENSE-DejaVu.txt).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource

REGULAR = "KirjuriSans"
BOLD = "KirjuriSans-Bold"
ITALIC = "KirjuriSans-Oblique"


@cache
def register_fonts() -> str:
    """Register the embedded fonts once per process; returns the regular face's name."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(ITALIC, str(resource("fonts", "DejaVuSans-Oblique.ttf"))))
    # <b> and <i> in Paragraph markup pick the right face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
