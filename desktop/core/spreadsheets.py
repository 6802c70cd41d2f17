"""The spreadsheets Kirjuri writes (CSV and XLSX), built whole in memory, and the cell rules both
share.

Built in memory because both hold personal data: a library's temp file in TMPDIR (openpyxl's
write-only mode streams through one) or a half-written file beside the target would stay in the
clear if the process died. The caller writes the bytes with one atomic write.

Every cell is text: a value that a spreadsheet would read as a formula (=, +, -, @, tab, CR at the
start) gets a leading apostrophe (OWASP, "CSV injection"), and characters a spreadsheet or XML
cannot hold become spaces. `restore` undoes the apostrophe when such a file is imported again.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date
from xml.sax.saxutils import escape

from desktop.core.validation import printable

# A value already starting with apostrophes before a formula character gets one more, so that
# `restore` (which takes one away) gives back exactly what was written, whatever it was.
_NEEDS_GUARD = re.compile(r"^'*[=+\-@\t\r]")
_GUARDED = re.compile(r"^'+[=+\-@\t\r]")


def neutralise(value: object) -> str:
    """The cell text for `value`: printable, and never read as a formula."""
    text = printable(value if isinstance(value, str) else str(value), lines=True)
    return "'" + text if _NEEDS_GUARD.match(text) else text


def restore(value: str) -> str:
    """What `neutralise` was given (for values it changed); other values as they are. An
    apostrophe typed before a formula character to keep Excel from computing it goes too."""
    return value[1:] if _GUARDED.match(value) else value


def csv_bytes(rows: Iterable[Sequence[object]], *, delimiter: str = ";") -> bytes:
    """UTF-8 with BOM, semicolons and CR LF: what Finnish Excel opens as it is."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# --- XLSX: the few parts Excel, LibreOffice and openpyxl need, every cell an inline string ----
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)  # fmt: skip
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)  # fmt: skip
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    "</Relationships>"
)  # fmt: skip
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="d.m.yyyy"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_END = "</sheetData></worksheet>"
_SHEET_NAME_REFUSED = re.compile(r"[\[\]:*?/\\']")
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
OOXML_ESCAPED_UNDERSCORE = "_x005F_"


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# A phone number in international form ("+358401234567") that the caller marks as one: no formula,
# and the plus is part of it, so an XLSX string cell keeps it as it is (no apostrophe shown).
# Other values starting with "+" are neutralised as always.
_PHONE = re.compile(r"^\+\d{6,20}$")


class PhoneText(str):
    """A value of a phone number column (see _PHONE)."""


_EXCEL_EPOCH = date(1899, 12, 30)
DATE_STYLE = 1  # the cellXfs entry with the d.m.yyyy number format


def _cell(reference: str, value: object) -> str:
    if value is None:  # an empty cell
        return ""
    if isinstance(value, date):
        # A real Excel date (days since Excel's epoch), shown as d.m.yyyy.
        serial = (value - _EXCEL_EPOCH).days
        return f'<c r="{reference}" s="{DATE_STYLE}"><v>{serial}</v></c>'
    if isinstance(value, PhoneText) and _PHONE.match(value):
        return f'<c r="{reference}" t="inlineStr"><is><t>{value}</t></is></c>'
    # Excel reads _xHHHH_ in any string as an escaped character ("_x003D_" is "="): the
    # underscore of such a run is escaped itself, so the cell shows what was written.
    text = escape(_OOXML_ESCAPE.sub(r"_x005F_\1", neutralise(value)))
    return f'<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def xlsx_bytes(rows: Iterable[Sequence[object]], *, sheet_name: str = "Sheet1") -> bytes:
    """One sheet; every cell a string cell (no value can become a live formula or a number that
    loses its leading zeros), but a `date`, which is a real Excel date shown as d.m.yyyy. The sheet is compressed as it is written, so memory stays small."""
    title = _SHEET_NAME_REFUSED.sub(" ", printable(sheet_name)).strip()[:31] or "Sheet1"
    name = escape(title, {'"': "&quot;"})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(name=name))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_START.encode("utf-8"))
            letters: list[str] = []
            for number, row in enumerate(rows, start=1):
                while len(letters) < len(row):
                    letters.append(column_letters(len(letters)))
                cells = "".join(
                    _cell(f"{letters[i]}{number}", value) for i, value in enumerate(row)
                )
                sheet.write(f'<row r="{number}">{cells}</row>'.encode())
            sheet.write(_SHEET_END.encode("utf-8"))
    return buffer.getvalue()
