"""The first sheet of an Excel workbook, reading only the cells that are there.

A sheet's stated size is not trusted: one value at XFD1048576 in a 5 KB file would otherwise make
a grid of a million rows by 16 384 columns. Empty rows are skipped (their numbers kept), columns
past MAX_COLUMNS are not read, and the unpacked size is checked before anything is parsed.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from desktop.core.importing.table import (
    CELL_TOO_LONG,
    COLUMNS_NOT_READ,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    Table,
    TooLarge,
    cut_long_cells,
    pad,
)
from desktop.core.spreadsheets import OOXML_ESCAPED_UNDERSCORE, restore


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


def _unescape(cell: str) -> str:
    """openpyxl leaves Excel's escaped underscore (_x005F_) in inline strings, which Kirjuri's
    own exports use; a formula-guarding apostrophe of those exports is taken off too."""
    if OOXML_ESCAPED_UNDERSCORE in cell:
        cell = cell.replace(OOXML_ESCAPED_UNDERSCORE, "_")
    return restore(cell) if cell[:1] == "'" else cell


def _check_unpacked_size(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise TooLarge()


def read_xlsx(path: Path) -> Table:
    import openpyxl

    _check_unpacked_size(path)
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        stated_columns = sheet.max_column or 0
        sheet.reset_dimensions()  # read what is there, not what the file says is there
        numbers: list[int] = []
        records: list[list[str]] = []
        long_rows: set[int] = set()
        rows = sheet.iter_rows(min_col=1, max_col=MAX_COLUMNS, values_only=True)
        for number, values in enumerate(rows, start=1):
            if values.count(None) == len(values):  # most rows of a bloated sheet: fast
                continue
            cells = [cell_text(value) for value in values]
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            cells, long = cut_long_cells(cells)
            if long:
                long_rows.add(len(records))
            records.append([_unescape(cell) for cell in cells])
            numbers.append(number)
            if len(records) > MAX_ROWS:
                raise TooLarge()
    finally:
        workbook.close()
    headers = records[0] if records else []
    broken = {index - 1: CELL_TOO_LONG for index in long_rows if index > 0}
    table = Table(headers, pad(records[1:], headers, broken), kind="xlsx")
    table.broken = broken
    table.numbers = numbers[1 : 1 + len(table.rows)]
    if stated_columns > MAX_COLUMNS:
        table.notes.append(COLUMNS_NOT_READ)
    return table
