"""CSV as Finnish Excel, Outlook and Google write it, and as hand-edited files turn out.

The encoding is detected (UTF-8 with or without BOM, Excel's "Unicode text" UTF-16, otherwise
Windows-1252), then the delimiter. Rows are read strictly: a quotation mark that is never closed
would otherwise swallow every row up to the next quote mark, and those people would be neither
imported nor reported. Such a row is cut back to its own line and handed on as broken (the plan
rejects it with the reason), and reading starts again on the next line.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re

from desktop.core.importing.table import (
    CELL_TOO_LONG,
    COLUMNS_NOT_READ,
    MAX_FILE_BYTES,
    MAX_ROWS,
    UNCLOSED_QUOTE,
    UNREADABLE_ROW,
    Table,
    TooLarge,
    cut_long_cells,
    cut_wide,
    pad,
)
from desktop.core.spreadsheets import restore

DELIMITERS = (";", ",", "\t")
SAMPLE_RECORDS = 50
SAMPLE_CHARACTERS = 256 * 1024
_SEP_LINE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)
_LINKEDIN_PREAMBLE = re.compile(r"^Notes:\r?\n(?:.*\r?\n){0,5}?(?=First Name,)")
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
# Python's csv refuses a field over 128 KB with an error; a long cell is let through here and
# refused by the row checks instead, with a reason (table.MAX_CELL).
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))


def decode(data: bytes) -> tuple[str, str]:
    """UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 with or without BOM; anything that is
    not valid UTF-8 is Windows-1252 (what Excel writes as "CSV (semicolon-separated)" on a
    Finnish Windows)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined are kept as latin-1 rather than lost.
        return data.decode("cp1252", errors="replace"), "cp1252"


class _RanOn(Exception):
    """A record that took in the lines after it through an opening quote never closed."""


def _ran_on(record: list[str], width: int, lines: list[str], delimiter: str) -> bool:
    """Whether a record over several lines swallowed the rows after it through a quote never
    closed, rather than holding a real multi-line cell (a note). It did when it is not as wide
    as the header and its later lines hold separators; or when two or more of its lines, each
    read alone, are a row exactly as wide as the header (a note's lines seldom are; with fewer
    than three columns that tells nothing, so it is not asked)."""
    if len(record) != width and any(delimiter in line for line in lines[1:]):
        return True
    if width < 3:
        return False
    return sum(len(_alone(line, delimiter)) == width for line in lines) >= 2


def _alone(line: str, delimiter: str) -> list[str]:
    """One physical line read as if it were a whole row (not strictly: as it comes)."""
    return next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter), [])


def _own_line(line: str, delimiter: str) -> list[str]:
    """The cells of one line read without quoting, for the report of rejected rows."""
    return [cell.strip().strip('"') for cell in line.rstrip("\r\n").split(delimiter)]


def _reason(error: Exception, line: str) -> str:
    if "field larger" in str(error):
        return CELL_TOO_LONG
    return UNCLOSED_QUOTE if '"' in line else UNREADABLE_ROW


def parse(
    text: str, delimiter: str, limit: int | None = None
) -> tuple[list[list[str]], dict[int, str]]:
    """The records (the header first), and record index → why it could not be read."""
    lines = _LINES.findall(text)
    records: list[list[str]] = []
    broken: dict[int, str] = {}
    start = 0
    while start < len(lines):
        reader = csv.reader(itertools.islice(lines, start, None), delimiter=delimiter, strict=True)
        done = 0  # lines taken by the records this reader gave
        try:
            for record in reader:
                first, span = start + done, reader.line_num - done
                if (
                    span > 1
                    and records
                    and _ran_on(record, len(records[0]), lines[first : first + span], delimiter)
                ):
                    raise _RanOn()
                done = reader.line_num
                records.append(record)
                if limit is not None and len(records) >= limit:
                    return records, broken
                if len(records) > MAX_ROWS + 1:
                    raise TooLarge()
            break
        except (csv.Error, _RanOn) as error:
            line = lines[start + done]
            broken[len(records)] = _reason(error, line)
            records.append(_own_line(line, delimiter))
            start += done + 1
    return records, broken


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent columns;
    semicolon wins a tie (Finnish Excel), then comma (Outlook, Google), then tab."""
    sample = text[:SAMPLE_CHARACTERS]
    best: tuple[float, int] | None = None
    chosen = ""
    for delimiter in DELIMITERS:
        records, broken = parse(sample, delimiter, SAMPLE_RECORDS)
        records = [r for i, r in enumerate(records) if r and i not in broken]
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
    preamble = _LINKEDIN_PREAMBLE.match(text)  # LinkedIn's Connections.csv: notes first
    if preamble:
        first_row_number += text[: preamble.end()].count("\n")
        text = text[preamble.end() :]
    delimiter = explicit.group(1) if explicit else detect_delimiter(text)
    records, broken_records = parse(text, delimiter)
    headers = [h.strip() for h in cut_wide(records[0])[0]] if records else []
    broken = {index - 1: why for index, why in broken_records.items() if index > 0}
    rows: list[list[str]] = []
    cut_columns = False
    for index, record in enumerate(records[1:]):
        cells, wide = cut_wide(record)
        cells, long = cut_long_cells(cells)
        cut_columns = cut_columns or wide
        if long:
            broken.setdefault(index, CELL_TOO_LONG)
        # Kirjuri's own exports put an apostrophe before a formula-like value: taken off again.
        rows.append([restore(cell) if cell[:1] == "'" else cell for cell in cells])
    table = Table(headers, pad(rows, headers, broken), encoding, delimiter, "csv", first_row_number)
    table.broken = broken
    if cut_columns:
        table.notes.append(COLUMNS_NOT_READ)
    return table
