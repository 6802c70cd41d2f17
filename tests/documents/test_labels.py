"""Label sheets measured from the PDF itself (pdftotext -bbox) and checked with pdffonts."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop.core.postal import PostalAddress, address_lines
from desktop.documents.labels import (
    SHEET_2X7,
    SHEET_3X8,
    LabelSheet,
    labels_pdf,
    layout,
    sheet_count,
)

MM = 72 / 25.4  # points per mm
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
PAGE = re.compile(r"<page ")


def people(count: int) -> list[list[str]]:
    return [
        address_lines(
            PostalAddress(
                name=f"Äijä{n:03d} Öhman",
                organisation="",
                street=f"Kauppakatu {n} A {n % 9 + 1}",
                postal_code="40100",
                post_office="Jyväskylä",
            )
        )
        for n in range(count)
    ]


def words(pdf: bytes, tmp_path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    path = tmp_path / "labels.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = PAGE.split(html)[1:]
    return [
        [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(page)]
        for page in pages
    ]


def _box_of(sheet: LabelSheet, index: int) -> tuple[float, float, float, float]:
    x, y = sheet.label_box(index)
    return x * MM, y * MM, (x + sheet.label_width) * MM, (y + sheet.label_height) * MM


@pytest.mark.parametrize("sheet", [SHEET_3X8, SHEET_2X7], ids=["3x8", "2x7"])
def test_every_label_lands_inside_its_own_box(sheet: LabelSheet, tmp_path: Path) -> None:
    count = sheet.per_sheet + 5  # a full sheet and part of the next
    pdf = labels_pdf(people(count), sheet)
    pages = words(pdf, tmp_path)
    assert len(pages) == sheet_count(count, sheet) == 2
    for n in range(count):
        page = pages[n // sheet.per_sheet]
        left, top, right, bottom = _box_of(sheet, n % sheet.per_sheet)
        mine = [w for w in page if w[4] == f"Äijä{n:03d}"]
        assert len(mine) == 1, n
        x0, y0, _x1, _y1, _text = mine[0]
        # The name starts at the label's inner margin, and the whole address stays inside.
        assert abs(x0 - (left + sheet.padding * MM)) < 1.0
        block = [w for w in page if left <= w[0] < right and top <= w[1] < bottom]
        assert [w[4] for w in block][:2] == [f"Äijä{n:03d}", "Öhman"]
        assert all(w[2] <= right - 1 and w[3] <= bottom for w in block)
        assert "JYVÄSKYLÄ" in [w[4] for w in block]


def test_measured_positions_of_the_3x8_sheet(tmp_path: Path) -> None:
    """70 × 37 mm labels in 3 columns from the left edge: names at 6, 76 and 146 mm."""
    page = words(labels_pdf(people(24), SHEET_3X8), tmp_path)[0]
    starts = sorted({round(w[0] / MM) for w in page if w[4].startswith("Äijä")})
    assert starts == [6, 76, 146]
    tops = sorted({round(w[1] / MM) for w in page if w[4].startswith("Äijä")})
    assert len(tops) == 8 and all(b - a == 37 for a, b in zip(tops, tops[1:], strict=False))


def test_custom_sheet_and_skipped_positions(tmp_path: Path) -> None:
    sheet = LabelSheet(4, 10, 48.5, 25.4, top_margin=21.5, left_margin=8.0, column_gap=0.0)
    assert sheet.problems() == {}
    pdf = labels_pdf(people(3), sheet, skip=5)
    page = words(pdf, tmp_path)[0]
    first = next(w for w in page if w[4] == "Äijä000")
    left, top, _right, _bottom = _box_of(sheet, 5)
    assert abs(first[0] - (left + sheet.padding * MM)) < 1.0 and first[1] > top


@pytest.mark.parametrize(
    ("sheet", "field"),
    [
        (LabelSheet(4, 8, 70, 37, 0, 0), "columns"),
        (LabelSheet(3, 9, 70, 37, 0, 0), "rows"),
        (LabelSheet(0, 8, 70, 37, 0, 0), "columns"),
        (LabelSheet(3, 8, 10, 37, 0, 0), "label_width"),
        (LabelSheet(3, 8, 70, 37, -1, 0), "top_margin"),
    ],
)
def test_a_sheet_that_does_not_fit_says_which_field(sheet: LabelSheet, field: str) -> None:
    assert field in sheet.problems()


def test_fonts_are_embedded(tmp_path: Path) -> None:
    path = tmp_path / "labels.pdf"
    path.write_bytes(labels_pdf(people(2), SHEET_2X7))
    report = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout
    rows = report.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)  # emb column
    assert all("DejaVu" in row or "KirjuriSans" in row for row in rows)


def test_long_lines_shrink_then_are_cut_not_printed_over_the_edge() -> None:
    long = ["Osakeyhtiö " + "Pitkänimisyritys" * 5, "Anna Asiakas", "Katu 1", "00100 HELSINKI"]
    placed = layout([long], SHEET_3X8)[0]
    assert placed.font_size < 11
    assert placed.lines[0].text.endswith("…")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            PostalAddress("Anna Asiakas", "", "Mannerheimintie 1 A 2", "00100", "Helsinki"),
            ["Anna Asiakas", "Mannerheimintie 1 A 2", "00100 HELSINKI"],
        ),
        (
            PostalAddress("Matti Meikäläinen", "Rakennus Oy", "PL 123", "00101", "Helsinki"),
            ["Rakennus Oy", "Matti Meikäläinen", "PL 123", "00101 HELSINKI"],
        ),
        (
            PostalAddress("Sven Svensson", "", "Storgatan 1", "111 22", "Stockholm", "SE"),
            ["Sven Svensson", "Storgatan 1", "111 22 STOCKHOLM", "SWEDEN"],
        ),
        (
            PostalAddress("Ålänning", "", "Torggatan 2", "22100", "Mariehamn", "AX"),
            ["Ålänning", "Torggatan 2", "22100 MARIEHAMN"],
        ),
    ],
)
def test_address_rows_in_postis_order(address: PostalAddress, expected: list[str]) -> None:
    assert address_lines(address) == expected
