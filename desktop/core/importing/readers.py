"""Reading the files people bring: CSV as Finnish Excel and Outlook write it, XLSX, vCards and
LDIF address books.

Every reader returns a `Table`: headers and rows of text, what was detected (encoding and
delimiter for CSV) so the import dialog can show it, and the rows that could not be read, each
with its reason. A file that cannot be read at all raises a UserError naming it: never a crash.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.core.importing.csv_reader import decode, detect_delimiter, read_csv_bytes
from desktop.core.importing.ldif_reader import read_ldif
from desktop.core.importing.table import (
    MAX_FILE_BYTES,
    FileTooLarge,
    Table,
    TooLarge,
    UnreadableFile,
    UnsupportedFile,
)
from desktop.core.importing.vcard_reader import read_vcards
from desktop.core.importing.xlsx_reader import cell_text, read_xlsx
from desktop.errors import UserError

__all__ = [
    "FileTooLarge",
    "Table",
    "UnreadableFile",
    "UnsupportedFile",
    "cell_text",
    "decode",
    "detect_delimiter",
    "read_csv_bytes",
    "read_ldif",
    "read_table",
    "read_vcards",
    "read_xlsx",
]
log = logging.getLogger(__name__)


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".vcf", ".vcard", ".ldif", ".ldi"):
        raise UnsupportedFile(name=path.name)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TooLarge()
        if suffix in (".xlsx", ".xlsm"):
            return read_xlsx(path)
        if suffix in (".vcf", ".vcard"):
            return read_vcards(path.read_bytes())
        if suffix in (".ldif", ".ldi"):
            return read_ldif(path.read_bytes())
        return read_csv_bytes(path.read_bytes())
    except UserError:
        raise
    except (TooLarge, MemoryError):
        raise FileTooLarge(path.name) from None
    # A damaged or hostile file makes the parsers (zipfile, openpyxl's XML, vobject) raise what
    # they like; all of it means the same to the user: this file cannot be read.
    except Exception as exc:  # noqa: BLE001
        log.info("import file not readable: %s", type(exc).__name__)
        raise UnreadableFile(name=path.name) from exc
