"""Importing 100 000 CSV rows (a file made from the demo data) into an empty register."""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.importing.mapping import guess_mapping
from desktop.core.importing.readers import read_table
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.importing import CustomerImporter
from desktop.store.customer_models import Address, Customer, Email, Phone
from desktop.store.register import Register

HEADERS = [
    "First name",
    "Last name",
    "Organisation",
    "Business ID (Y-tunnus)",
    "Email",
    "Phone",
    "Street address",
    "Postal code",
    "Post office",
    "Municipality of residence",
    "Language",
]


def write_csv(register: Register, target: Path, rows: int) -> Path:
    """One row per demo customer: the first email, phone and address, as a shop's export has."""
    if target.exists():
        return target

    def firsts(model: type, column: object, session: object) -> dict[int, object]:
        statement = select(model.customer_id, func.min(column)).group_by(model.customer_id)  # type: ignore[attr-defined]
        return dict(session.execute(statement).all())  # type: ignore[attr-defined]

    partial = target.with_suffix(".part")
    with register.read() as session, partial.open("w", newline="", encoding="utf-8") as handle:
        emails = firsts(Email, Email.address, session)
        phones = firsts(Phone, Phone.number, session)
        first_address = firsts(Address, Address.id, session)
        wanted = set(first_address.values())
        places = {
            row.id: (row.street, row.postal_code, row.post_office)
            for row in session.execute(
                select(Address.id, Address.street, Address.postal_code, Address.post_office)
            )
            if row.id in wanted
        }
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for row in session.execute(
            select(
                Customer.id,
                Customer.first_name,
                Customer.last_name,
                Customer.organisation,
                Customer.organisation_id,
                Customer.municipality,
                Customer.language,
            )
            .order_by(Customer.id)
            .limit(rows)
        ):
            street, code, office = places.get(first_address.get(row.id, 0), ("", "", ""))  # type: ignore[arg-type]
            writer.writerow(
                [
                    row.first_name,
                    row.last_name,
                    row.organisation,
                    row.organisation_id,
                    emails.get(row.id, ""),
                    phones.get(row.id, ""),
                    street,
                    code,
                    office,
                    row.municipality,
                    row.language,
                ]
            )
    partial.replace(target)
    return target


def import_csv(register: Register, user: CurrentUser, path: Path) -> tuple[float, int]:
    """Seconds for read → check (plan) → add (run), and how many were added."""
    began = time.perf_counter()
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert len(mapping) == len(HEADERS), f"unmapped columns: {mapping}"
    importer = CustomerImporter(register, user)
    plan = importer.plan(table, mapping)
    result = importer.run(plan, skip_duplicates=False)
    return time.perf_counter() - began, result.added


def scratch_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="kirjuri-bench-"))
