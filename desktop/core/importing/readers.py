"""Reading the files people bring: CSV as Finnish Excel and Outlook write it, XLSX, and vCards.

Every reader returns a `Table`: headers and rows of text, plus what was detected (encoding and
delimiter for CSV) so the import dialog can show it.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError

DELIMITERS = (";", ",", "\t")
SAMPLE_RECORDS = 50
_SEP_LINE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)


class UnsupportedFile(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Kirjuri cannot import {name}. Choose a CSV file (.csv), an Excel workbook (.xlsx) or "
        "contact cards (.vcf).",
    )


class UnreadableFile(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} could not be read. It may be damaged or not what its name says. "
        "Save it again from the program that made it and try again.",
    )


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""  # "utf-8-sig", "utf-8" or "cp1252" for CSV
    delimiter: str = ""  # ";", "," or "\t" for CSV
    kind: str = "csv"  # csv / xlsx / vcf
    first_row_number: int = 2  # what a spreadsheet calls the first data row (1 for vCards)
    notes: list[str] = field(default_factory=list)

    def row_number(self, index: int) -> int:
        return self.first_row_number + index


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".txt", ".tsv"):
            return read_csv_bytes(path.read_bytes())
        if suffix in (".xlsx", ".xlsm"):
            return read_xlsx(path)
        if suffix in (".vcf", ".vcard"):
            return read_vcards(path.read_bytes())
    except UserError:
        raise
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise UnreadableFile(name=path.name) from exc
    raise UnsupportedFile(name=path.name)


# --- CSV -------------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 with or without BOM; anything that is not valid UTF-8 is Windows-1252 (what Excel
    writes as "CSV (semicolon-separated)" on a Finnish Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined are kept as latin-1 rather than lost.
        return data.decode("cp1252", errors="replace"), "cp1252"


def _records(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return list(itertools.islice(reader, limit) if limit else reader)


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent columns;
    semicolon wins a tie (Finnish Excel), then comma (Outlook, Google), then tab."""
    best: tuple[float, int] | None = None
    chosen = ""
    for delimiter in DELIMITERS:
        try:
            records = [r for r in _records(text, delimiter, SAMPLE_RECORDS) if r]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        score = (sum(len(r) == width for r in records) / len(records), width)
        if best is None or score > best:
            best, chosen = score, delimiter
    if chosen:
        return chosen
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return ","


def read_csv_bytes(data: bytes) -> Table:
    text, encoding = decode(data)
    first_row_number = 2
    explicit = _SEP_LINE.match(text)  # Excel's own "sep=;" hint on the first line
    if explicit:
        text = text[explicit.end() :]
        first_row_number = 3
    delimiter = explicit.group(1) if explicit else detect_delimiter(text)
    records = _records(text, delimiter)
    headers = [h.strip() for h in records[0]] if records else []
    rows = _pad(records[1:], headers)
    return Table(headers, rows, encoding, delimiter, "csv", first_row_number)


def _pad(records: list[list[str]], headers: list[str]) -> list[list[str]]:
    """Every row as wide as the widest; trailing empty rows dropped (row numbers stay true)."""
    while records and not any(cell.strip() for cell in records[-1]):
        records.pop()
    width = max([len(headers), *(len(r) for r in records)]) if records else len(headers)
    headers.extend("" for _ in range(width - len(headers)))
    return [r + [""] * (width - len(r)) if len(r) < width else r for r in records]


# --- XLSX ------------------------------------------------------------------------------------
def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return f"{value.day}.{value.month}.{value.year}"
        return f"{value.day}.{value.month}.{value.year} {value:%H.%M}"
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value).strip()


def read_xlsx(path: Path) -> Table:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        records = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    headers = records[0] if records else []
    return Table(headers, _pad(records[1:], headers), kind="xlsx")


# --- vCard -----------------------------------------------------------------------------------
def _join(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


def _types(line: Any) -> set[str]:
    """TYPE=cell,voice (4.0), TYPE=CELL;TYPE=VOICE (3.0) and bare CELL (2.1)."""
    values: set[str] = {key.lower() for key, found in line.params.items() if not found}
    for key in ("TYPE", "type"):
        for value in line.params.get(key, []):
            values.update(part.strip().lower() for part in value.split(","))
    return values


def _phone_header(types: set[str]) -> str:
    if types & {"cell", "mobile"}:
        return "Mobile"
    if "work" in types:
        return "Work phone"
    if "home" in types:
        return "Home phone"
    return "Phone"


def _card_values(card: Any) -> dict[str, list[str]]:
    """One card as header → values (several for emails and phones)."""
    values: dict[str, list[str]] = {}

    def put(header: str, value: Any) -> None:
        text = str(value).strip() if value is not None else ""
        if text:
            values.setdefault(header, []).append(text)

    contents = card.contents
    if "n" in contents:
        name = contents["n"][0].value
        put("Last name", _join(name.family))
        put("First name", _join(name.given))
    if "fn" in contents and not values:
        put("Full name", contents["fn"][0].value)
    if "org" in contents:
        org = contents["org"][0].value
        put("Organisation", org[0] if isinstance(org, list) and org else org)
    if "title" in contents:
        put("Job title", contents["title"][0].value)
    for line in contents.get("email", []):
        put("Work email" if "work" in _types(line) else "Email", line.value)
    for line in contents.get("tel", []):
        number = str(line.value)
        put(_phone_header(_types(line)), number.removeprefix("tel:"))
    addresses = contents.get("adr", [])
    if addresses:
        address = addresses[0].value
        put("Street", " ".join(filter(None, [_join(address.street), _join(address.extended)])))
        put("Postal code", _join(address.code))
        put("City", _join(address.city))
        put("Country", _join(address.country))
    for line in contents.get("url", [])[:1]:
        put("Web address", line.value)
    for line in contents.get("note", []):
        put("Notes", line.value)
    for line in contents.get("categories", []):
        tags = line.value if isinstance(line.value, list) else str(line.value).split(",")
        put("Tags", ", ".join(t.strip() for t in tags if t.strip()))
    return values


def read_vcards(data: bytes) -> Table:
    import vobject

    text, _encoding = decode(data)
    try:
        cards = [_card_values(card) for card in vobject.readComponents(text)]
    except (vobject.base.ParseError, AttributeError, TypeError) as exc:
        raise ValueError("not a vCard file") from exc
    order = [
        "Last name",
        "First name",
        "Full name",
        "Organisation",
        "Job title",
        "Email",
        "Work email",
        "Phone",
        "Mobile",
        "Work phone",
        "Home phone",
        "Street",
        "Postal code",
        "City",
        "Country",
        "Web address",
        "Notes",
        "Tags",
    ]
    widths = {name: max((len(c.get(name, [])) for c in cards), default=0) for name in order}
    headers: list[str] = []
    for name in order:
        if widths[name] == 1 or (widths[name] > 1 and name in ("Notes",)):
            headers.append(name)
        elif widths[name] > 1:
            headers += [f"{name} {i}" for i in range(1, widths[name] + 1)]
    rows = []
    for card in cards:
        row: list[str] = []
        for name in order:
            found = card.get(name, [])
            if name == "Notes" and widths[name]:
                row.append("\n".join(found))
            elif widths[name]:
                row += found + [""] * (widths[name] - len(found))
        rows.append(row)
    return Table(headers, rows, encoding="utf-8", kind="vcf", first_row_number=1)
