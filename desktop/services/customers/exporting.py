"""Exporting a filtered customer list: main user only, and always audited. Kirjuri's own CSV or
XLSX (headers in the user's language, read back by Kirjuri's import in any language), or a file
for another address book: vCard 3.0/4.0, Google Contacts CSV, Outlook CSV; or "Excel (fi)", a
workbook (or CSV) a Finnish office opens as it is, one value per cell.

Customers whose processing is restricted (GDPR Art. 18) are left out unless the user chooses to
include them. The list is read page by page into a file built whole in memory (XLSX compressed as
it is built), then written with one atomic write: no library streams the names through a temp file
of its own, and a failed or killed export leaves no half-written file (see store.partial_files).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.contact_files.contact import Contact, ContactAddress
from desktop.core.contact_files.csv_profiles import google_csv_bytes, outlook_csv_bytes
from desktop.core.contact_files.excel_fi import SHEET as EXCEL_FI_SHEET
from desktop.core.contact_files.excel_fi import csv_cells, excel_fi_rows
from desktop.core.contact_files.vcard_writer import vcard_bytes
from desktop.core.customer_fields import CONTACT_KIND_LABELS, STATUS_LABELS, ContactKind, Status
from desktop.core.disclosures import NewDisclosure, Source
from desktop.core.disclosures import check as check_disclosure
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.core.spreadsheets import csv_bytes, xlsx_bytes
from desktop.core.validation import phone_for_display
from desktop.errors import Translate, ValidationError, writing_to
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.search import CustomerQuery, conditions
from desktop.services.disclosures.log import add_disclosure
from desktop.store import audit
from desktop.store.atomic import atomic_write_bytes
from desktop.store.customer_models import Address, Customer, Email, Phone, Tag
from desktop.store.register import Register

PAGE = 1000
Format = Literal[
    "csv", "xlsx", "vcard3", "vcard4", "google_csv", "outlook_csv", "excel_fi", "excel_fi_csv"
]
# The profiles for other programs: what they read back (see core.contact_files).
CONTACT_FORMATS: tuple[Format, ...] = (
    "vcard3",
    "vcard4",
    "google_csv",
    "outlook_csv",
    "excel_fi",
    "excel_fi_csv",
)
SUFFIXES: dict[str, str] = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "vcard3": ".vcf",
    "vcard4": ".vcf",
    "google_csv": ".csv",
    "outlook_csv": ".csv",
    "excel_fi": ".xlsx",
    "excel_fi_csv": ".csv",
}
SHEET_NAME = QT_TRANSLATE_NOOP("Export", "Customers")

# (key, header): the header is shown in the user's language (context "Export").
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("Export", "Customer number")),
    ("last_name", QT_TRANSLATE_NOOP("Export", "Last name")),
    ("first_name", QT_TRANSLATE_NOOP("Export", "First name")),
    ("organisation", QT_TRANSLATE_NOOP("Export", "Organisation")),
    ("organisation_id", QT_TRANSLATE_NOOP("Export", "Business ID (Y-tunnus)")),
    ("emails", QT_TRANSLATE_NOOP("Export", "Emails")),
    ("phones", QT_TRANSLATE_NOOP("Export", "Phones")),
    ("street", QT_TRANSLATE_NOOP("Export", "Street address")),
    ("postal_code", QT_TRANSLATE_NOOP("Export", "Postal code")),
    ("post_office", QT_TRANSLATE_NOOP("Export", "Post office")),
    ("country", QT_TRANSLATE_NOOP("Export", "Country")),
    ("municipality", QT_TRANSLATE_NOOP("Export", "Municipality of residence")),
    ("status", QT_TRANSLATE_NOOP("Export", "Customer status")),
    ("tags", QT_TRANSLATE_NOOP("Export", "Tags")),
    ("title", QT_TRANSLATE_NOOP("Export", "Job title")),
    ("web_address", QT_TRANSLATE_NOOP("Export", "Web address")),
    ("language", QT_TRANSLATE_NOOP("Export", "Language")),
    ("notes", QT_TRANSLATE_NOOP("Export", "Notes")),
    ("work_street", QT_TRANSLATE_NOOP("Export", "Work address: street")),
    ("work_postal_code", QT_TRANSLATE_NOOP("Export", "Work address: postal code")),
    ("work_post_office", QT_TRANSLATE_NOOP("Export", "Work address: post office")),
    ("work_country", QT_TRANSLATE_NOOP("Export", "Work address: country")),
    ("address_kind", QT_TRANSLATE_NOOP("Export", "Address kind")),
    ("other_addresses", QT_TRANSLATE_NOOP("Export", "Other addresses")),
)


def _identity(context: str, text: str) -> str:
    return text


def _grouped(session: Session, columns: Any, ids: list[int]) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    model = columns[0].class_
    statement = select(*columns).where(columns[0].in_(ids)).order_by(columns[0], model.id)
    for row in session.execute(statement):
        found.setdefault(row[0], []).append(row[1:] if len(row) > 2 else row[1])
    return found


def _kind_label(kind: str, translate: Translate) -> str:
    label = CONTACT_KIND_LABELS.get(ContactKind(kind)) if kind in set(ContactKind) else None
    return translate("CustomerFields", label) if label else kind


def _kinded(value: str, kind: str, translate: Translate) -> str:
    """ "040 123 4567 (Työ)": read back with its kind by Kirjuri's import, in any language."""
    return f"{value} ({_kind_label(kind, translate)})" if kind else value


@dataclass(frozen=True)
class _Page:
    """A page of customers with their contact rows, each keyed by customer id."""

    customers: list[Customer]
    emails: dict[int, list[Any]]  # (kind, address)
    phones: dict[int, list[Any]]  # (kind, number)
    tags: dict[int, list[Any]]  # name
    addresses: dict[int, list[Any]]  # (kind, street, postal code, post office, country)


def _pages(session: Session, query: CustomerQuery) -> Iterator[_Page]:
    """The customers the query finds, ordered by customer number, a page at a time; the session
    is emptied after each page so a large register does not pile up in memory."""
    where = conditions(query)
    last = None
    while True:
        statement = select(Customer).where(*where)
        if last is not None:
            statement = statement.where(Customer.number > last)
        page = list(session.scalars(statement.order_by(Customer.number).limit(PAGE)))
        if not page:
            return
        ids = [c.id for c in page]
        yield _Page(
            page,
            _grouped(session, (Email.customer_id, Email.kind, Email.address), ids),
            _grouped(session, (Phone.customer_id, Phone.kind, Phone.number), ids),
            _grouped(session, (Tag.customer_id, Tag.name), ids),
            _grouped(
                session,
                (
                    Address.customer_id,
                    Address.kind,
                    Address.street,
                    Address.postal_code,
                    Address.post_office,
                    Address.country,
                ),
                ids,
            ),
        )
        last = page[-1].number
        session.expunge_all()


def export_rows(
    session: Session, query: CustomerQuery, translate: Translate = _identity
) -> Iterator[list[str]]:
    """The customers the query finds, ordered by customer number, a page at a time."""
    for page in _pages(session, query):
        for c in page.customers:
            places = page.addresses.get(c.id) or []
            # The first address that is not a work address, and the first work address beside it
            # (a customer with only a work address has it in the first columns, as before).
            home = next((a for a in places if a[0] != "work"), None) or (places or [None])[0]
            work = next((a for a in places if a[0] == "work" and a is not home), None)
            street, postal_code, post_office, country = home[1:] if home else ("",) * 4
            work_parts = list(work[1:]) if work else [""] * 4
            others = [a for a in places if a is not home and a is not work]
            status = STATUS_LABELS.get(Status(c.status)) if c.status in set(Status) else None
            yield [
                str(c.number),
                c.last_name,
                c.first_name,
                c.organisation,
                c.organisation_id,
                ", ".join(_kinded(a, k, translate) for k, a in page.emails.get(c.id, [])),
                # National format only in the address's own country: import reads a number
                # with that country first, so a Finnish number of a customer in Germany keeps +358.
                ", ".join(
                    _kinded(phone_for_display(p, country or "FI"), k, translate)
                    for k, p in page.phones.get(c.id, [])
                ),
                street,
                postal_code,
                post_office,
                country,
                c.municipality,
                translate("CustomerFields", status) if status else c.status,
                ", ".join(page.tags.get(c.id, [])),
                c.title,
                c.web_address,
                c.language,
                c.notes,
                *work_parts,
                _kind_label(home[0], translate) if home else "",
                # "street / postal code / post office / country / kind | ...": read back by
                # Kirjuri's import (contact_values.other_addresses).
                " | ".join(" / ".join([*a[1:], _kind_label(a[0], translate)]) for a in others),
            ]


def export_contacts(session: Session, query: CustomerQuery) -> Iterator[Contact]:
    """The customers the query finds, each with every email, phone and address and its kind."""
    for page in _pages(session, query):
        for c in page.customers:
            yield Contact(
                number=c.number,
                first_name=c.first_name,
                last_name=c.last_name,
                organisation=c.organisation,
                organisation_id=c.organisation_id,
                title=c.title,
                web_address=c.web_address,
                notes=c.notes,
                language=c.language,
                municipality=c.municipality,
                status=c.status,
                started_on=c.started_on,
                emails=tuple((kind, address) for kind, address in page.emails.get(c.id, [])),
                phones=tuple((kind, number) for kind, number in page.phones.get(c.id, [])),
                addresses=tuple(ContactAddress(*a) for a in page.addresses.get(c.id, [])),
                tags=tuple(page.tags.get(c.id, [])),
            )


def contact_file_bytes(fmt: Format, contacts: list[Contact]) -> bytes:
    if fmt == "vcard3":
        return vcard_bytes(contacts, "3.0")
    if fmt == "vcard4":
        return vcard_bytes(contacts, "4.0")
    if fmt == "google_csv":
        return google_csv_bytes(contacts)
    if fmt == "excel_fi":
        return xlsx_bytes(excel_fi_rows(contacts), sheet_name=EXCEL_FI_SHEET)
    if fmt == "excel_fi_csv":
        return csv_bytes(csv_cells(excel_fi_rows(contacts)))
    return outlook_csv_bytes(contacts)


def spreadsheet_bytes(fmt: Format, rows: Iterable[Sequence[object]], sheet_name: str) -> bytes:
    """The whole file in memory; every cell text, formula-leading values neutralised."""
    if fmt == "xlsx":
        return xlsx_bytes(rows, sheet_name=sheet_name)
    return csv_bytes(rows)


class _Counter:
    """Counts the rows as they go by and reports progress every page."""

    def __init__(self, progress: Callable[[int], None] | None) -> None:
        self.progress = progress
        self.rows = 0

    def count(self, rows: Iterator[list[str]]) -> Iterator[list[str]]:
        for row in rows:
            yield row
            self.rows += 1
            if self.progress is not None and self.rows % PAGE == 0:
                self.progress(self.rows)


class CustomerExporter:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def export(
        self,
        query: CustomerQuery,
        path: Path,
        *,
        fmt: Format = "csv",
        include_restricted: bool = False,
        translate: Translate = _identity,
        progress: Callable[[int], None] | None = None,
        disclosed_to: NewDisclosure | None = None,
    ) -> int:
        """Write the customers `query` finds to `path`; returns how many were written. With
        `disclosed_to` (the file goes to a named recipient), each exported customer's disclosure
        log gets the disclosure, in the same transaction as the audit entry."""
        self.current.require(Permission.EXPORT)
        if disclosed_to is not None:
            problems = check_disclosure(disclosed_to, date.today())
            if problems:
                raise ValidationError(problems)
        if not include_restricted:
            query = replace(query, include_restricted=False, restricted=None)
        header = [translate("Export", label) for _, label in COLUMNS]
        counter = _Counter(progress)
        with self.register.read() as session:
            if fmt in CONTACT_FORMATS:
                contacts = list(export_contacts(session, query))
                counter.rows = len(contacts)
                content = contact_file_bytes(fmt, contacts)
            else:
                rows = counter.count(export_rows(session, query, translate))
                content = spreadsheet_bytes(
                    fmt, itertools.chain([header], rows), translate("Export", SHEET_NAME)
                )
        with self.register.write() as session, writing_to(path.parent):
            audit.append(
                session,
                self.current.actor,
                "customers_exported",
                entity="export",
                entity_id=counter.rows,
                fields=[key for key, _ in COLUMNS],
            )
            if disclosed_to is not None:
                ids = session.scalars(select(Customer.id).where(*conditions(query)))
                for customer_id in ids:
                    add_disclosure(
                        session,
                        customer_id,
                        disclosed_to,
                        recorded_by=self.current.username,
                        source=Source.EXPORT,
                    )
            # Inside the transaction: no file without its audit entry.
            atomic_write_bytes(path, content, partial=self.register.partial_files)
        return counter.rows
