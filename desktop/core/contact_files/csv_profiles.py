"""Google Contacts CSV and Outlook CSV, with the headers those programs write themselves, so that
their own import maps every column without asking. Both are comma-separated UTF-8 (Google
without a BOM, as it writes its own; Outlook with one, which it needs to read ä and ö)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from desktop.core.contact_files.contact import Contact, ContactAddress
from desktop.core.postal import country_english_name
from desktop.core.spreadsheets import neutralise
from desktop.core.validation import phone_for_display

_GOOGLE_LABELS = {"home": "Home", "work": "Work", "mobile": "Mobile"}


def _rows_bytes(rows: Iterable[Sequence[str]], *, bom: bool) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=",", lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def _address(contact: Contact, kind: str) -> ContactAddress | None:
    return next((a for a in contact.addresses if a.kind == kind), None)


def _country(address: ContactAddress | None) -> str:
    return country_english_name(address.country) if address and address.country else ""


def _formatted(address: ContactAddress) -> str:
    rows = [address.street, f"{address.postal_code} {address.post_office}".strip()]
    if address.country and address.country != "FI":
        rows.append(country_english_name(address.country))
    return "\n".join(row for row in rows if row)


def google_csv_bytes(contacts: Sequence[Contact]) -> bytes:
    """Google Contacts' current CSV ("Label" columns), as many E-mail/Phone/Address columns as
    the customer with the most of them needs."""
    emails = max((len(c.emails) for c in contacts), default=0) or 1
    phones = max((len(c.phones) for c in contacts), default=0) or 1
    places = max((len(c.addresses) for c in contacts), default=0) or 1
    header = ["First Name", "Last Name", "Organization Name", "Organization Title", "Notes",
              "Labels"]  # fmt: skip
    for n in range(1, emails + 1):
        header += [f"E-mail {n} - Label", f"E-mail {n} - Value"]
    for n in range(1, phones + 1):
        header += [f"Phone {n} - Label", f"Phone {n} - Value"]
    for n in range(1, places + 1):
        header += [f"Address {n} - {part}" for part in (
            "Label", "Formatted", "Street", "City", "Postal Code", "Country")]  # fmt: skip
    header += ["Website 1 - Label", "Website 1 - Value"]
    rows: list[list[str]] = [header]
    for c in contacts:
        row = [c.first_name, c.last_name, c.organisation, c.title, c.notes,
               " ::: ".join(["* myContacts", *c.tags])]  # fmt: skip
        for n in range(emails):
            kind, address = c.emails[n] if n < len(c.emails) else ("", "")
            row += [_GOOGLE_LABELS.get(kind, "Other") if address else "", address]
        for n in range(phones):
            kind, number = c.phones[n] if n < len(c.phones) else ("", "")
            row += [_GOOGLE_LABELS.get(kind, "Other") if number else "", number]
        for n in range(places):
            if n < len(c.addresses):
                a = c.addresses[n]
                label = _GOOGLE_LABELS.get(a.kind, "Other")
                row += [label, _formatted(a), a.street, a.post_office, a.postal_code, _country(a)]
            else:
                row += [""] * 6
        row += ["Website" if c.web_address else "", c.web_address]
        rows.append(row)
    return _rows_bytes(rows, bom=False)


OUTLOOK_HEADER = [
    "First Name", "Last Name", "Company", "Job Title",
    "Business Street", "Business City", "Business Postal Code", "Business Country/Region",
    "Home Street", "Home City", "Home Postal Code", "Home Country/Region",
    "Business Phone", "Home Phone", "Mobile Phone", "Other Phone",
    "E-mail Address", "E-mail 2 Address", "E-mail 3 Address",
    "Web Page", "Notes", "Categories",
]  # fmt: skip


def _numbers(contact: Contact, kind: str) -> str:
    return ", ".join(phone_for_display(n) for k, n in contact.phones if k == kind)


def outlook_csv_bytes(contacts: Sequence[Contact]) -> bytes:
    """Outlook's "Comma Separated Values" export columns in English, which every Outlook reads
    whatever its language. Outlook holds three emails; a fourth goes into the notes."""
    rows: list[list[str]] = [OUTLOOK_HEADER]
    for c in contacts:
        work = _address(c, "work")
        home = _address(c, "home") or next(
            (a for a in c.addresses if a.kind not in ("home", "work")), None
        )
        emails = [address for _, address in c.emails]
        notes = c.notes
        if len(emails) > 3:
            notes = "\n".join(filter(None, [notes, ", ".join(emails[3:])]))
        others = ", ".join(
            phone_for_display(n) for k, n in c.phones if k not in ("work", "home", "mobile")
        )
        rows.append([
            c.first_name, c.last_name, c.organisation, c.title,
            work.street if work else "", work.post_office if work else "",
            work.postal_code if work else "", _country(work),
            home.street if home else "", home.post_office if home else "",
            home.postal_code if home else "", _country(home),
            _numbers(c, "work"), _numbers(c, "home"), _numbers(c, "mobile"), others,
            *(emails + ["", "", ""])[:3],
            c.web_address, notes, ";".join(c.tags),
        ])  # fmt: skip
    return _rows_bytes(rows, bom=True)
