"""Contact cards (vCard 2.1, 3.0 and 4.0) as phones, Outlook and Google write them, read one card
at a time so that one card the library cannot read is reported and the rest come in.

Before the vCard library sees a card, Kirjuri's own step unfolds the lines, joins vCard 2.1's
quoted-printable soft line breaks (what Android, Outlook and old phones write for any value with
ä or ö) and decodes those values itself, with the named character set when Python knows it and
UTF-8 or Windows-1252 when it does not. Photos, logos, sounds and keys are left out before
parsing: Kirjuri does not keep them, and a broken one must not cost the person their card.
"""

from __future__ import annotations

import base64
import codecs
import quopri
import re
from typing import Any

from desktop.core.importing.csv_reader import decode
from desktop.core.importing.table import MAX_ROWS, UNREADABLE_CARD, Table, TooLarge

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# [group.]NAME[;param[=value]]...: where a quoted parameter value may hold ; or :
_PROPERTY = re.compile(r'^(?:[\w-]+\.)?([\w-]+)((?:;(?:[^:;"]|"[^"]*")*)*):')
_LEFT_OUT = {"PHOTO", "LOGO", "SOUND", "KEY", "AGENT"}
_ENCODINGS = {"QUOTED-PRINTABLE", "B", "BASE64"}
_ONE_TEXT = {"NOTE", "FN", "TITLE", "ROLE", "EMAIL", "TEL", "URL", "LABEL"}
_BARE_COMMA = re.compile(r"(?<!\\),")
_ONE_COLUMN = {"Notes", "Nickname", "Role", "Other addresses", "Other web address", "Birthday"}


def _is_quoted_printable(line: str) -> bool:
    match = _PROPERTY.match(line)
    return match is not None and "QUOTED-PRINTABLE" in match.group(2).upper()


def logical_lines(text: str) -> list[str]:
    """Unfolded lines: the line after a quoted-printable value ending in "=" continues it (vCard
    2.1), and so does a line starting with a space or tab (RFC 6350). Empty lines (CR CR LF line
    ends, the blank line after a 2.1 photo) go."""
    lines: list[str] = []
    for line in _LINE_BREAK.split(text):
        if not line:
            continue
        soft_break = lines and lines[-1].endswith("=") and _is_quoted_printable(lines[-1])
        if soft_break and line.strip().upper() != "END:VCARD":
            lines[-1] = lines[-1][:-1] + line  # a soft break: the next line is all content
        elif lines and line[0] in " \t":
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def split_cards(lines: list[str]) -> list[list[str]]:
    """The property lines of each card; a card inside a card (a 2.1 AGENT) is left out."""
    cards: list[list[str]] = []
    depth = 0
    for line in lines:
        word = line.strip().upper()
        if word == "BEGIN:VCARD":
            depth += 1
            if depth == 1:
                cards.append([])
            continue
        if word == "END:VCARD":
            depth = max(0, depth - 1)
            continue
        if depth == 1:
            cards[-1].append(line)
    return cards


def _decode_text(raw: bytes, charset: str | None) -> str:
    for name in (charset, "utf-8", "cp1252"):
        if not name:
            continue
        try:
            codecs.lookup(name)
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue  # a character set Python does not know, or the wrong one: the next guess
    return raw.decode("cp1252", errors="replace")


def _clean_line(line: str) -> str | None:
    """The line as the vCard library reads it, or None to leave it out."""
    match = _PROPERTY.match(line)
    if match is None:
        return None  # the rest of a photo's base64, or other noise
    if match.group(1).upper() in _LEFT_OUT:
        return None
    name, value = line[: match.start(2)], line[match.end() :]
    params = [p for p in match.group(2).split(";") if p]
    upper = [p.upper() for p in params]
    charset = next((p.split("=", 1)[1] for p in upper if p.startswith("CHARSET=")), None)
    encoded = [p for p in upper if p.removeprefix("ENCODING=") in _ENCODINGS]
    if encoded:
        # Decoded here, where a broken value makes the card unreadable (binascii.Error), not
        # into "b'...'" text as the library would leave a base64 note.
        if encoded[0].endswith("QUOTED-PRINTABLE"):
            raw = quopri.decodestring(value.encode("utf-8"))
        else:
            raw = base64.b64decode("".join(value.split()), validate=True)
        value = _decode_text(raw, charset.strip('"') if charset else None)
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        params = [p for p in params if p.upper().removeprefix("ENCODING=") not in _ENCODINGS]
    # The file is text already; a character set named here would only be looked up again.
    params = [p for p in params if not p.upper().startswith("CHARSET=")]
    if match.group(1).upper() in _ONE_TEXT:
        # One text value: a comma is part of it. vCard 2.1 never escapes it and many 3.0 writers
        # forget to; the library would keep only what comes before it.
        value = _BARE_COMMA.sub(r"\\,", value)
    return ";".join([name, *params]) + ":" + value


def _read_card(lines: list[str]) -> dict[str, list[str]]:
    import vobject

    cleaned = [c for c in (_clean_line(line) for line in lines) if c is not None]
    card = vobject.readOne("\r\n".join(["BEGIN:VCARD", *cleaned, "END:VCARD", ""]))
    return _card_values(card)


def _join(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


def _types(line: Any) -> set[str]:
    """TYPE=cell,voice (4.0), TYPE=CELL;TYPE=VOICE (3.0) and bare CELL (2.1)."""
    values: set[str] = {key.lower() for key, found in line.params.items() if not found}
    values.update(str(bare).lower() for bare in getattr(line, "singletonparams", []))
    for key in ("TYPE", "type"):
        for value in line.params.get(key, []):
            values.update(part.strip().lower() for part in value.split(","))
    return values


def _phone_header(types: set[str]) -> str:
    if "fax" in types:
        return "Fax"
    if "pager" in types:
        return "Pager"
    if types & {"cell", "mobile", "iphone"}:
        return "Mobile"
    if "work" in types:
        return "Work phone"
    if "home" in types:
        return "Home phone"
    return "Phone"


def _address_parts(value: Any) -> list[str]:
    street = ", ".join(filter(None, [_join(value.street), _join(value.extended)]))
    box = _join(value.box)
    if box:
        street = ", ".join(filter(None, [street, box]))
    return [street, _join(value.code), _join(value.city), _join(value.country)]


_HOME_ADDRESS = ("Street", "Postal code", "City", "Country")
_WORK_ADDRESS = ("Work street", "Work postal code", "Work city", "Work country")


def _card_values(card: Any) -> dict[str, list[str]]:
    """One card as header → values (several for emails and phones). What Kirjuri has no field
    for (a birthday, a nickname, a third address) gets a column of its own, which the preview
    lists as not imported: nothing is left out without a word."""
    values: dict[str, list[str]] = {}

    def put(header: str, value: Any) -> None:
        text = str(value).strip() if value is not None else ""
        text = text.replace("\\:", ":")  # "http\://": escaped by writers that escape too much
        if text:
            values.setdefault(header, []).append(text)

    contents = card.contents
    if "n" in contents:
        name = contents["n"][0].value
        put("Last name", _join(name.family))
        put("First name", _join(name.given))
        put("Middle name", _join(name.additional))
        put("Name prefix", _join(name.prefix))
        put("Name suffix", _join(name.suffix))
    organisation = ""
    if "org" in contents:
        org = contents["org"][0].value
        parts = org if isinstance(org, list) else [org]
        organisation = str(parts[0]).strip() if parts else ""
        put("Organisation", organisation)
        put("Department", ", ".join(str(p).strip() for p in parts[1:] if str(p).strip()))
    named = "Last name" in values or "First name" in values
    if "fn" in contents and not named:
        full = str(contents["fn"][0].value).strip()
        show_as = contents.get("x-abshowas", [])
        company = bool(show_as) and str(show_as[0].value).strip().upper() == "COMPANY"
        if not (company or full.casefold() == organisation.casefold()):
            put("Full name", full)
    if "title" in contents:
        put("Job title", contents["title"][0].value)
    for line in contents.get("role", []):
        put("Role", line.value)
    for line in contents.get("nickname", []):
        put("Nickname", line.value)
    for line in contents.get("bday", []):
        put("Birthday", line.value)
    for line in contents.get("email", []):
        put("Work email" if "work" in _types(line) else "Email", line.value)
    for line in contents.get("tel", []):
        number = str(line.value)
        put(_phone_header(_types(line)), number.removeprefix("tel:"))
    home = work = False
    for line in contents.get("adr", []):
        parts = _address_parts(line.value)
        if not any(parts):
            continue
        if "work" in _types(line) and not work:
            work = True
            headers: tuple[str, ...] = _WORK_ADDRESS
        elif not home:
            home = True
            headers = _HOME_ADDRESS
        else:
            # A third address: one line as Kirjuri's own export writes it, kept with its kind.
            types = _types(line)
            kind = "work" if "work" in types else "home" if "home" in types else "other"
            put("Other addresses", " / ".join([*parts, kind]))
            continue
        for header, part in zip(headers, parts, strict=True):
            put(header, part)
    for position, line in enumerate(contents.get("url", [])):
        put("Web address" if position == 0 else "Other web address", line.value)
    for line in contents.get("note", []):
        put("Notes", line.value)
    for line in contents.get("categories", []):
        tags = line.value if isinstance(line.value, list) else str(line.value).split(",")
        put("Tags", ", ".join(t.strip() for t in tags if t.strip()))
    return values


def read_vcards(data: bytes) -> Table:
    text, _encoding = decode(data)
    card_lines = split_cards(logical_lines(text))
    if not card_lines:
        raise ValueError("not a vCard file")
    if len(card_lines) > MAX_ROWS:
        raise TooLarge()
    cards: list[dict[str, list[str]]] = []
    broken: dict[int, str] = {}
    for index, lines in enumerate(card_lines):
        try:
            values = _read_card(lines)
        # The vCard library raises what it likes on a card it cannot read (ParseError,
        # LookupError, binascii.Error, ValueError, ...): that card is reported, the rest read.
        except Exception:  # noqa: BLE001
            values = {}
        if not values:  # nothing read from it: reported, never silently left out
            broken[index] = UNREADABLE_CARD
        cards.append(values)
    return values_table(cards, broken, "vcf")


ORDER = [
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
    "Fax",
    "Pager",
    *_HOME_ADDRESS,
    *_WORK_ADDRESS,
    "Web address",
    "Notes",
    "Tags",
    # Kirjuri has no field for these: shown, and listed as not imported.
    "Middle name",
    "Name prefix",
    "Name suffix",
    "Nickname",
    "Birthday",
    "Department",
    "Role",
    "Other addresses",  # kept, one line each (see mapping.other_addresses)
    "Other web address",
]


def values_table(cards: list[dict[str, list[str]]], broken: dict[int, str], kind: str) -> Table:
    """Cards read as header → values, as one table: a column per value (Email 1, Email 2...)."""
    order = ORDER
    widths = {name: max((len(c.get(name, [])) for c in cards), default=0) for name in order}
    headers: list[str] = []
    for name in order:
        if widths[name] == 1 or (widths[name] > 1 and name in _ONE_COLUMN):
            headers.append(name)
        elif widths[name] > 1:
            headers += [f"{name} {i}" for i in range(1, widths[name] + 1)]
    rows = []
    for card in cards:
        row: list[str] = []
        for name in order:
            found = card.get(name, [])
            if name in _ONE_COLUMN and widths[name]:
                row.append(("\n" if name == "Notes" else " | ").join(found))
            elif widths[name]:
                row += found + [""] * (widths[name] - len(found))
        rows.append(row)
    table = Table(headers, rows, encoding="utf-8", kind=kind, first_row_number=1)
    table.broken = broken
    return table
