"""What every reader returns: a `Table` of text, what was detected, and the rows that could not be
read (each with its reason, so the plan rejects it instead of losing it). Also the limits that
keep a hostile or damaged file from exhausting memory, and the errors a whole file can raise."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError

MAX_FILE_BYTES = 256 * 1024 * 1024  # a customer file of 1 000 000 rows is about 150 MB
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # what an XLSX may unpack to (a zip bomb is refused)
MAX_ROWS = 1_048_576  # what Excel itself holds
MAX_COLUMNS = 512  # Outlook's widest export has 92 columns
MAX_CELL = 32_767  # what one Excel cell holds
KEPT_OF_LONG_CELL = 1000  # a longer cell is cut to this for the report of rejected rows

CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "A cell of this row holds more than 32 767 characters, so the row was not read."
)
UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "Validation",
    "A quotation mark on this row is not closed, so the row could not be told apart from the "
    "rows after it. Check the row in the file; the rows after it were read on their own.",
)
UNREADABLE_ROW = QT_TRANSLATE_NOOP(
    "Validation", "This row could not be read. Check it in the file and import it again."
)
UNREADABLE_CARD = QT_TRANSLATE_NOOP(
    "Validation",
    "This contact card could not be read. The other cards were read; check this one in the "
    "program that made the file.",
)


COLUMNS_NOT_READ = QT_TRANSLATE_NOOP(
    "Import", "Cells beyond the 512th column were not read: a customer file has fewer columns."
)


class TooLarge(Exception):
    """Raised by a reader; read_table turns it into FileTooLarge with the file's name."""


class UnsupportedFile(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Kirjuri cannot import {name}. Choose a CSV file (.csv), an Excel workbook (.xlsx), "
        "contact cards (.vcf) or an LDIF address book (.ldif).",
    )


class UnreadableFile(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} could not be read. It may be damaged or not what its name says. "
        "Save it again from the program that made it and try again.",
    )


class FileTooLarge(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} is too large to import at once (at most {rows} rows, {columns} columns "
        "and {megabytes} MB). Split it into smaller files and import them one by one.",
    )

    def __init__(self, name: str) -> None:
        super().__init__(
            name=name,
            rows=f"{MAX_ROWS:,}".replace(",", " "),
            columns=MAX_COLUMNS,
            megabytes=MAX_FILE_BYTES // (1024 * 1024),
        )


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""  # "utf-8-sig", "utf-8", "utf-16" or "cp1252" for CSV
    delimiter: str = ""  # ";", "," or "\t" for CSV
    kind: str = "csv"  # csv / xlsx / vcf
    first_row_number: int = 2  # what a spreadsheet calls the first data row (1 for vCards)
    notes: list[str] = field(default_factory=list)  # untranslated, context "Import"
    # The file's own number of each row, when they are not consecutive (XLSX skips empty rows).
    numbers: list[int] | None = None
    # Row index → why that row could not be read (untranslated, context "Validation").
    broken: dict[int, str] = field(default_factory=dict)
    program: str | None = None  # what wrote the file, when the reader can tell (LDIF, vCard)

    def row_number(self, index: int) -> int:
        if self.numbers is not None:
            return self.numbers[index]
        return self.first_row_number + index

    def is_blank(self, index: int) -> bool:
        return index not in self.broken and not any(cell.strip() for cell in self.rows[index])

    @property
    def data_rows(self) -> int:
        """The rows that hold anything: what the plan's accepted and rejected add up to."""
        return sum(not self.is_blank(index) for index in range(len(self.rows)))


def cut_wide(cells: list[str]) -> tuple[list[str], bool]:
    """At most MAX_COLUMNS cells, and whether anything beyond them held a value."""
    if len(cells) <= MAX_COLUMNS:
        return cells, False
    return cells[:MAX_COLUMNS], any(cell.strip() for cell in cells[MAX_COLUMNS:])


def cut_long_cells(cells: list[str]) -> tuple[list[str], bool]:
    """The cells, any longer than MAX_CELL cut short, and whether one was."""
    if max(map(len, cells), default=0) <= MAX_CELL:
        return cells, False
    return [cell if len(cell) <= MAX_CELL else cell[:KEPT_OF_LONG_CELL] for cell in cells], True


def pad(records: list[list[str]], headers: list[str], broken: dict[int, str]) -> list[list[str]]:
    """Headers as wide as the widest row, trailing empty rows dropped (row numbers stay true).
    Rows are left as long as they are: a short row simply has nothing in its last columns."""
    while records and len(records) - 1 not in broken and not any(c.strip() for c in records[-1]):
        records.pop()
    width = max([len(headers), *(len(r) for r in records)]) if records else len(headers)
    headers.extend("" for _ in range(width - len(headers)))
    return records
