"""Address books in LDIF (RFC 2849), as Thunderbird and GNOME Evolution export them.

An entry is a block of "attribute: value" lines; "attribute:: value" is base64 (Thunderbird writes
every value with ä or ö, and multi-line notes, so); a line starting with a space continues the
one before. Entries that are people become rows with the same headers the vCard reader gives;
mailing lists (groupOfNames) are not customers and are left out, said in the file's notes. An
entry whose base64 cannot be read is reported by its number and the rest come in.
"""

from __future__ import annotations

import base64
import binascii
import re

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.importing.csv_reader import decode
from desktop.core.importing.table import MAX_ROWS, UNREADABLE_CARD, Table, TooLarge
from desktop.core.importing.vcard_reader import values_table

LISTS_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Import", "Mailing lists in the file are not customers and were left out."
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# attribute (lower case) → the header the vCard reader uses for the same value
_HEADERS = {
    "givenname": "First name",
    "sn": "Last name",
    "surname": "Last name",
    "cn": "Full name",
    "displayname": "Full name",
    "mozillanickname": "Nickname",
    "xmozillanickname": "Nickname",
    "mail": "Email",
    "mozillasecondemail": "Email",
    "xmozillasecondemail": "Email",
    "telephonenumber": "Work phone",
    "homephone": "Home phone",
    "mobile": "Mobile",
    "cellphone": "Mobile",
    "facsimiletelephonenumber": "Fax",
    "fax": "Fax",
    "pager": "Pager",
    "pagerphone": "Pager",
    "mozillahomestreet": "Street",
    "mozillahomestreet2": "Street",
    "homepostaladdress": "Street",
    "mozillahomelocalityname": "City",
    "mozillahomepostalcode": "Postal code",
    "mozillahomecountryname": "Country",
    "street": "Work street",
    "streetaddress": "Work street",
    "postofficebox": "Work street",
    "mozillaworkstreet2": "Work street",
    "l": "Work city",
    "locality": "Work city",
    "postalcode": "Work postal code",
    "zip": "Work postal code",
    "c": "Work country",
    "countryname": "Work country",
    "o": "Organisation",
    "company": "Organisation",
    "title": "Job title",
    "ou": "Department",
    "department": "Department",
    "mozillaworkurl": "Web address",
    "mozillahomeurl": "Web address",
    "homeurl": "Web address",
    "workurl": "Web address",
    "labeleduri": "Web address",
    "description": "Notes",
    "note": "Notes",
    "birthyear": "Birthday",
    "birthmonth": "Birthday",
    "birthday": "Birthday",
}
# Parts of one value spread over several attributes: joined, not listed twice.
_JOINED = {"Street": ", ", "Work street": ", ", "Birthday": "-"}


def _unfolded(text: str) -> list[str]:
    lines: list[str] = []
    for line in _LINE_BREAK.split(text):
        if line.startswith(" ") and lines and lines[-1]:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _entries(lines: list[str]) -> list[list[str]]:
    entries: list[list[str]] = [[]]
    for line in lines:
        if not line.strip():
            if entries[-1]:
                entries.append([])
            continue
        if line.startswith("#") or line.lower().startswith("version:"):
            continue
        entries[-1].append(line)
    return [entry for entry in entries if entry]


def _attributes(entry: list[str]) -> list[tuple[str, str]]:
    """(attribute in lower case, value); raises ValueError on broken base64 or UTF-8."""
    found: list[tuple[str, str]] = []
    for line in entry:
        name, colon, rest = line.partition(":")
        if not colon:
            raise ValueError("not an attribute line")
        name = name.split(";")[0].strip().lower()
        if rest.startswith(":"):
            try:
                value = base64.b64decode(rest[1:].strip(), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError) as error:
                raise ValueError("broken base64") from error
        elif rest.startswith("<"):
            continue  # a value by URL (a photo): not read
        else:
            value = rest.strip()
        found.append((name, value))
    return found


def _values(attributes: list[tuple[str, str]]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name, value in attributes:
        header = _HEADERS.get(name)
        value = value.strip()
        if header is None or not value:
            continue
        if header == "Street" and "$" in value:  # Evolution: "Street$Town" as one postal address
            value = ", ".join(part.strip() for part in value.split("$") if part.strip())
        if header in _JOINED and header in values:
            values[header] = [_JOINED[header].join([values[header][0], value])]
        else:
            values.setdefault(header, []).append(value)
    if "First name" in values or "Last name" in values:
        values.pop("Full name", None)
    elif values.get("Full name") == values.get("Organisation"):
        values.pop("Full name", None)  # a company's entry: no person's name
    return values


def read_ldif(data: bytes) -> Table:
    text, _encoding = decode(data)
    entries = _entries(_unfolded(text))
    if not entries or not entries[0][0].lower().startswith("dn:"):
        raise ValueError("not an LDIF file")
    if len(entries) > MAX_ROWS:
        raise TooLarge()
    cards: list[dict[str, list[str]]] = []
    broken: dict[int, str] = {}
    lists = False
    for entry in entries:
        try:
            attributes = _attributes(entry)
        except ValueError:
            broken[len(cards)] = UNREADABLE_CARD
            cards.append({})
            continue
        classes = {value.lower() for name, value in attributes if name == "objectclass"}
        if "groupofnames" in classes or "mozillaablistalpha" in classes:
            lists = True
            continue
        values = _values(attributes)
        if not values:
            broken[len(cards)] = UNREADABLE_CARD
        cards.append(values)
    table = values_table(cards, broken, "ldif")
    table.program = "LDIF"
    if lists:
        table.notes.append(LISTS_LEFT_OUT)
    return table
