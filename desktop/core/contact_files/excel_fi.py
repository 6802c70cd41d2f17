""" "Excel (fi)": the customer list as a Finnish office opens it in Excel, and as Kirjuri reads it
back.

Finnish headers whatever the user's language (it is a file for a Finnish office), one value per
cell: each email, phone and address in columns of its own, numbered like Google's CSV, each with
a kind column before it ("Puhelin 1: laji" = "Matkapuhelin", then "Puhelin 1"), which Kirjuri's
import reads as Google's labels. The date the customer relationship began is a real Excel date
shown as d.m.yyyy; phone numbers (+358…) and postal codes (00100) are text, so Excel neither
drops the plus or the leading zeros nor shows them as 3,58E+11.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.core.contact_files.contact import Contact
from desktop.core.postal import country_common_name
from desktop.core.spreadsheets import PhoneText

SHEET = "Asiakkaat"
# The kinds in the Finnish words Kirjuri's import knows (contact_values.KIND_WORDS).
KINDS = {
    "home": "Koti",
    "work": "Työ",
    "mobile": "Matkapuhelin",
    "landline": "Lankapuhelin",
    "billing": "Laskutus",
    "other": "Muu",
}
LANGUAGES = {"fi": "suomi", "sv": "ruotsi", "en": "englanti"}
STATUSES = {"active": "aktiivinen", "prospect": "mahdollinen asiakas", "ended": "päättynyt"}
ADDRESS_PARTS = ("katuosoite", "postinumero", "postitoimipaikka", "maa")

Cell = str | date | None


def _count(contacts: Sequence[Contact], attribute: str) -> int:
    return max((len(getattr(c, attribute)) for c in contacts), default=0)


def header(contacts: Sequence[Contact]) -> list[str]:
    """As many email, phone, address and tag columns as the customer with the most needs."""
    names = ["Asiakasnumero", "Sukunimi", "Etunimi", "Yritys", "Y-tunnus", "Tehtävänimike"]
    for n in range(1, _count(contacts, "emails") + 1):
        names += [f"Sähköposti {n}: laji", f"Sähköposti {n}"]
    for n in range(1, _count(contacts, "phones") + 1):
        names += [f"Puhelin {n}: laji", f"Puhelin {n}"]
    for n in range(1, _count(contacts, "addresses") + 1):
        names += [f"Osoite {n}: laji", *(f"Osoite {n}: {part}" for part in ADDRESS_PARTS)]
    names += ["Kotikunta", "Kieli", "Asiakkuuden tila", "Asiakas alkaen", "Verkko-osoite",
              "Lisätiedot"]  # fmt: skip
    names += [f"Tunniste {n}" for n in range(1, _count(contacts, "tags") + 1)]
    return names


def _country(code: str) -> str:
    return country_common_name(code, "fi") if code else ""


def row(contact: Contact, contacts: Sequence[Contact]) -> list[Cell]:
    c = contact
    cells: list[Cell] = [str(c.number), c.last_name, c.first_name, c.organisation,
                         c.organisation_id, c.title]  # fmt: skip
    for n in range(_count(contacts, "emails")):
        kind, address = c.emails[n] if n < len(c.emails) else ("", "")
        cells += [KINDS.get(kind, kind), address]
    for n in range(_count(contacts, "phones")):
        kind, number = c.phones[n] if n < len(c.phones) else ("", "")
        # E.164, read back whatever the country; a text cell with its plus in the workbook.
        cells += [KINDS.get(kind, kind), PhoneText(number) if number else ""]
    for n in range(_count(contacts, "addresses")):
        if n < len(c.addresses):
            a = c.addresses[n]
            cells += [KINDS.get(a.kind, a.kind), a.street, a.postal_code, a.post_office,
                      _country(a.country)]  # fmt: skip
        else:
            cells += [""] * 5
    cells += [c.municipality, LANGUAGES.get(c.language, c.language),
              STATUSES.get(c.status, c.status), c.started_on, c.web_address, c.notes]  # fmt: skip
    tags = _count(contacts, "tags")
    cells += [*c.tags, *[""] * (tags - len(c.tags))]
    return cells


def excel_fi_rows(contacts: Sequence[Contact]) -> list[list[Cell]]:
    head: list[Cell] = [*header(contacts)]
    # An empty value is an empty cell, not an empty text.
    return [head, *([cell or None for cell in row(c, contacts)] for c in contacts)]


def csv_cells(rows: list[list[Cell]]) -> list[list[str]]:
    """The same rows for the CSV variant: the date as Finnish Excel reads it (d.m.yyyy)."""
    return [
        [
            f"{cell.day}.{cell.month}.{cell.year}" if isinstance(cell, date) else cell or ""
            for cell in line
        ]
        for line in rows
    ]
