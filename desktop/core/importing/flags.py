"""Cells worth a second look before importing: a line break (a quote left open can run rows
together), a control character, or separators as if several columns were in one cell.

A flag is a warning shown in the preview and beside the row's line in the check; whether the row
is taken is for the field checks to say (a line break is fine in notes, not in a name).
"""

from __future__ import annotations

import re

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.validation import has_control_characters

LINE_BREAK = QT_TRANSLATE_NOOP("Import", "holds a line break")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP("Import", "holds a control character")
SEPARATORS = QT_TRANSLATE_NOOP("Import", "holds separators, as if several columns were in it")
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_ODD = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def cell_flags(value: str, delimiter: str = ";") -> list[str]:
    """The flags of one cell (untranslated, context "Import"), most telling first."""
    if not _ODD.search(value) and not (delimiter and delimiter in value):
        return []  # nearly every cell: one look, for 100 000-row files
    flags = []
    if _LINE_BREAKS.search(value):
        flags.append(LINE_BREAK)
    if has_control_characters(_LINE_BREAKS.sub(" ", value).replace("\t", " ")):
        flags.append(CONTROL_CHARACTER)
    if delimiter and (
        value.count(delimiter) >= 3 or f'"{delimiter}' in value or f'{delimiter}"' in value
    ):
        flags.append(SEPARATORS)
    return flags


def row_flags(
    row: list[str], columns: list[int] | None = None, delimiter: str = ";"
) -> list[tuple[int, str]]:
    """(column, flag) for the given columns of a row (all of them when `columns` is None)."""
    wanted = range(len(row)) if columns is None else columns
    return [
        (column, flag)
        for column in wanted
        if column < len(row)
        for flag in cell_flags(row[column], delimiter)
    ]


_NAMES = {0: "NUL", 7: "BEL", 8: "BS", 9: "TAB", 11: "VT", 12: "FF", 27: "ESC", 127: "DEL"}


def visible(value: str, limit: int = 200) -> str:
    """The cell as the preview shows it: line breaks as ↵, other control characters by name in
    angle brackets (<ESC>, <NUL>; fonts seldom have the Unicode control pictures), long text cut
    with an ellipsis."""
    shown = []
    for char in value.replace("\r\n", "\n")[:limit]:
        code = ord(char)
        if char in "\r\n\u2028\u2029\x85":
            shown.append("↵")
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            shown.append(f"<{_NAMES.get(code, f'{code:02X}')}>")
        else:
            shown.append(char)
    return "".join(shown) + ("…" if len(value) > limit else "")
