"""What the import preview makes of an address book's file, counted for the tests of
test_contact_files*.py: imported, imported with a flagged value, rejected or unreadable, which
add up to the contacts in the file."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from desktop.core.customer_form import CheckedCustomer
from desktop.core.importing.mapping import check_row_flagged, guess_mapping
from desktop.core.importing.table import Table


@dataclass
class Counted:
    contacts: int
    imported: list[CheckedCustomer] = field(default_factory=list)
    flagged: dict[int, list[str]] = field(default_factory=dict)
    rejected: dict[int, list[str]] = field(default_factory=dict)
    unreadable: list[int] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)

    def add_up(self) -> bool:
        return self.contacts == len(self.imported) + len(self.rejected) + len(self.unreadable)


def count(table: Table) -> Counted:
    """What the import preview counts, with the guessed mapping."""
    mapping = guess_mapping(table.headers)
    counted = Counted(table.data_rows)
    counted.unmapped = [
        header
        for column, header in enumerate(table.headers)
        if column not in mapping and any(column < len(r) and r[column] for r in table.rows)
    ]
    for index, row in enumerate(table.rows):
        if table.is_blank(index):
            continue
        if index in table.broken:
            counted.unreadable.append(table.row_number(index))
            continue
        checked, problems, flags = check_row_flagged(row, mapping)
        if checked is None:
            counted.rejected[table.row_number(index)] = [p.message for p in problems]
            continue
        counted.imported.append(checked)
        if flags:
            counted.flagged[table.row_number(index)] = [flag for _, flag in flags]
    assert counted.add_up()
    return counted


def by_last_name(counted: Counted) -> dict[str, CheckedCustomer]:
    return {c.form.last_name or c.form.organisation: c for c in counted.imported}


def csv_bytes(rows: list[list[str]], *, bom: bool = False, encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode(encoding)
