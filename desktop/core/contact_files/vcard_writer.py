"""vCard 3.0 (RFC 2426: what phones, Outlook and Google read) and 4.0 (RFC 6350), one file with
every card. Kinds are kept as TYPE parameters (HOME, WORK, CELL); a company's card has an empty
N and its name as FN and ORG (with KIND:org in 4.0 and X-ABShowAs:COMPANY for Apple), which is
how Kirjuri's import tells it from a person. Lines are folded at 75 octets, never inside a
UTF-8 character."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.contact_files.contact import Contact
from desktop.core.postal import country_english_name

PRODID = "-//Kirjuri//Kirjuri//FI"
_PHONE_TYPES_3 = {
    "mobile": "CELL,VOICE",
    "home": "HOME,VOICE",
    "work": "WORK,VOICE",
    "billing": "VOICE",
    "other": "VOICE",
}
_PHONE_TYPES_4 = {
    "mobile": '"cell,voice"',
    "home": '"home,voice"',
    "work": '"work,voice"',
    "billing": "voice",
    "other": "voice",
}
_PLACE_TYPES = {"home": "HOME", "work": "WORK"}


def escape(value: str) -> str:
    """Text value escaping of RFC 6350 3.4 (and 2426): backslash, comma, semicolon, newline."""
    text = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """The line folded into pieces of at most 75 octets, each continued with CRLF + space."""
    pieces: list[str] = []
    current = ""
    size = 0
    for character in line:
        width = len(character.encode("utf-8"))
        if size + width > (75 if not pieces else 74):
            pieces.append(current)
            current, size = "", 0
        current += character
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _types(kind: str, version: str) -> str:
    place = _PLACE_TYPES.get(kind)
    if place is None:
        return ""
    return f";TYPE={place if version == '3.0' else place.lower()}"


def card_lines(contact: Contact, version: str = "3.0") -> list[str]:
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"PRODID:{PRODID}"]
    if version == "4.0":
        lines.append("KIND:org" if contact.is_organisation else "KIND:individual")
    lines.append(f"N:{escape(contact.last_name)};{escape(contact.first_name)};;;")
    lines.append(f"FN:{escape(contact.full_name)}")
    if contact.organisation:
        lines.append(f"ORG:{escape(contact.organisation)}")
    if contact.is_organisation and version == "3.0":
        lines.append("X-ABShowAs:COMPANY")
    if contact.title:
        lines.append(f"TITLE:{escape(contact.title)}")
    for kind, address in contact.emails:
        if version == "3.0":
            where = _PLACE_TYPES.get(kind)
            lines.append(f"EMAIL;TYPE=INTERNET{',' + where if where else ''}:{address}")
        else:
            lines.append(f"EMAIL{_types(kind, version)}:{address}")
    for kind, number in contact.phones:
        if version == "3.0":
            lines.append(f"TEL;TYPE={_PHONE_TYPES_3.get(kind, 'VOICE')}:{number}")
        else:
            types = _PHONE_TYPES_4.get(kind, "voice")
            lines.append(f"TEL;VALUE=uri;TYPE={types}:tel:{number}")
    for place in contact.addresses:
        country = country_english_name(place.country) if place.country else ""
        parts = ["", "", place.street, place.post_office, "", place.postal_code, country]
        value = ";".join(escape(part) for part in parts)
        lines.append(f"ADR{_types(place.kind, version)}:{value}")
    if contact.web_address:
        lines.append(f"URL:{contact.web_address}")
    if contact.notes:
        lines.append(f"NOTE:{escape(contact.notes)}")
    if contact.tags:
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in contact.tags))
    if contact.language and version == "4.0":
        lines.append(f"LANG:{contact.language}")
    lines.append(f"X-KIRJURI-NUMBER:{contact.number}")
    lines.append("END:VCARD")
    return lines


def vcard_bytes(contacts: Iterable[Contact], version: str = "3.0") -> bytes:
    """Every card in one UTF-8 file, CRLF line ends."""
    out: list[str] = []
    for contact in contacts:
        out += [fold(line) for line in card_lines(contact, version)]
    return ("\r\n".join(out) + "\r\n").encode("utf-8") if out else b""
