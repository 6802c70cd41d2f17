"""Importing customers: check every row first (the plan), then add them all in one transaction.

The plan says which rows would be added, which are rejected and why, which look like people
already in the register (or earlier in the same file), and which belong to people who earlier
banned direct marketing or whose data was erased. Nothing is written until `run`, and `run`
adds every row or none: a cancel or a failure part-way rolls the whole import back.

Checks are made in bulk (existing emails, phones and name+address keys loaded once, the
suppression digests loaded once), so 100 000 rows take seconds rather than hours.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Insert, TableClause, func, select
from sqlalchemy.orm import Session

from desktop.core.customer_form import CheckedCustomer, display_name
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.importing.mapping import FIELD_BY_KEY, RowProblem, check_row, mapped_fields
from desktop.core.importing.readers import Table
from desktop.core.roles import Permission
from desktop.core.search_text import build_search_text, fold
from desktop.errors import Translate, UserError
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.duplicates import (
    SAME_EMAIL,
    SAME_NAME_AND_ADDRESS,
    SAME_PHONE,
    DuplicateHit,
)
from desktop.services.customers.records import SCALAR_FIELDS, next_number
from desktop.services.customers.suppression import (
    ERASED,
    MARKETING_BAN,
    SuppressionChecker,
    SuppressionHit,
)
from desktop.store import audit
from desktop.store.atomic import atomic_write_bytes
from desktop.store.customer_models import Address, Customer, Email, Phone, SuppressionHash, Tag
from desktop.store.models import Base
from desktop.store.register import Register

BATCH = 2000
IMPORT_CACHE_KIB = -262144  # negative: KiB, so 256 MiB at most, only while importing
REPORT_ERROR_HEADER = "Virhe / Error"
SUPPRESSION_REASONS = {
    MARKETING_BAN: QT_TRANSLATE_NOOP("Import", "earlier banned direct marketing"),
    ERASED: QT_TRANSLATE_NOOP("Import", "earlier erased"),
}
Progress = Callable[[int, int], None]


def _identity(context: str, text: str) -> str:
    return text


class ImportCancelled(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The import was cancelled. No customers were added.")


class NothingToImport(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "No column is set to a customer field, so there is nothing to import."
    )


@dataclass(frozen=True)
class AcceptedRow:
    row_number: int
    checked: CheckedCustomer


@dataclass(frozen=True)
class RejectedRow:
    row_number: int
    values: list[str]
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True)
class DuplicateWarning:
    row_number: int
    in_register: tuple[DuplicateHit, ...]
    same_as_rows: tuple[int, ...]  # earlier rows of the same file
    reasons: tuple[str, ...]  # untranslated, context "Duplicates"


@dataclass(frozen=True)
class SuppressionWarning:
    row_number: int
    hits: tuple[SuppressionHit, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """Untranslated, context "Import"."""
        return tuple(dict.fromkeys(SUPPRESSION_REASONS[h.reason] for h in self.hits))


@dataclass
class ImportPlan:
    headers: list[str]
    mapping: dict[int, str]
    accepted: list[AcceptedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    duplicates: dict[int, DuplicateWarning] = field(default_factory=dict)
    suppressed: dict[int, SuppressionWarning] = field(default_factory=dict)

    @property
    def fields(self) -> list[str]:
        return mapped_fields(self.mapping)

    def rows_to_add(
        self, *, skip_suppressed: bool = True, skip_duplicates: bool = False
    ) -> list[AcceptedRow]:
        return [
            row
            for row in self.accepted
            if not (skip_suppressed and row.row_number in self.suppressed)
            and not (skip_duplicates and row.row_number in self.duplicates)
        ]

    def problem_text(self, row: RejectedRow, translate: Translate = _identity) -> str:
        """ "Sähköposti: This is not a valid email address. | ..." in the user's language."""
        parts = []
        for problem in row.problems:
            if problem.column is not None and self.headers[problem.column].strip():
                where = self.headers[problem.column].strip()
            elif problem.field in FIELD_BY_KEY:
                where = translate("ImportFields", FIELD_BY_KEY[problem.field].label)
            else:
                where = ""
            message = translate("Validation", problem.message)
            parts.append(f"{where}: {message}" if where else message)
        return " | ".join(parts)


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int  # accepted rows left out (banned/erased, or duplicates when so chosen)
    rejected: int = 0
    first_number: int | None = None


# An email (case-folded), a phone number, or (folded name, street, postal code).
MatchKey = str | tuple[str, str, str]


class _Existing:
    """The register's emails, phones and name+address keys, loaded once per plan."""

    def __init__(self, session: Session) -> None:
        self.emails: dict[MatchKey, set[int]] = {}
        for customer_id, address in session.execute(select(Email.customer_id, Email.address)):
            self.emails.setdefault(address.casefold(), set()).add(customer_id)
        self.phones: dict[MatchKey, set[int]] = {}
        for customer_id, number in session.execute(select(Phone.customer_id, Phone.number)):
            self.phones.setdefault(number, set()).add(customer_id)
        self.places: dict[MatchKey, set[int]] = {}
        rows = session.execute(
            select(Customer.id, Customer.sort_name, Address.street, Address.postal_code).join(
                Address, Address.customer_id == Customer.id
            )
        )
        for customer_id, sort_name, street, postal_code in rows:
            key = (sort_name, street.strip().lower(), postal_code)
            self.places.setdefault(key, set()).add(customer_id)


def _keys(checked: CheckedCustomer) -> list[tuple[str, MatchKey]]:
    """What makes two customers look like the same person (as find_duplicates decides)."""
    form = checked.form
    keys: list[tuple[str, MatchKey]] = [(SAME_EMAIL, e.address.casefold()) for e in form.emails]
    keys += [(SAME_PHONE, p.number) for p in form.phones]
    name = fold(display_name(form.first_name, form.last_name, form.organisation))
    keys += [
        (SAME_NAME_AND_ADDRESS, (name, a.street.strip().lower(), a.postal_code))
        for a in form.addresses
        if name and a.street
    ]
    return keys


class CustomerImporter:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    # --- checking ------------------------------------------------------------------------------
    def plan(
        self, table: Table, mapping: dict[int, str], *, progress: Progress | None = None
    ) -> ImportPlan:
        self.current.require(Permission.EDIT_CUSTOMERS)
        if not mapping:
            raise NothingToImport()
        plan = ImportPlan(list(table.headers), dict(mapping))
        with self.register.read() as session:
            # No hashes kept yet: nothing can match, so skip hashing every contact of the file.
            any_hashes = session.scalar(select(SuppressionHash.id).limit(1)) is not None
            checker = SuppressionChecker(session) if any_hashes else None
            existing = _Existing(session)
        seen: dict[tuple[str, MatchKey], int] = {}  # key → first row number in the file
        register_hits: dict[int, dict[int, list[str]]] = {}  # row → customer id → reasons
        total = len(table.rows)
        for index, row in enumerate(table.rows):
            if progress is not None and index % BATCH == 0:
                progress(index, total)
            if not any(cell.strip() for cell in row):
                continue
            number = table.row_number(index)
            checked, problems = check_row(row, mapping)
            if checked is None:
                plan.rejected.append(RejectedRow(number, list(row), tuple(problems)))
                continue
            plan.accepted.append(AcceptedRow(number, checked))
            form = checked.form
            hits = checker and checker.check(
                emails=[e.address for e in form.emails], phones=[p.number for p in form.phones]
            )
            if hits:
                plan.suppressed[number] = SuppressionWarning(number, tuple(hits))
            reasons: list[str] = []
            earlier: list[int] = []
            found: dict[int, list[str]] = {}
            for reason, key in _keys(checked):
                pool = {
                    SAME_EMAIL: existing.emails,
                    SAME_PHONE: existing.phones,
                    SAME_NAME_AND_ADDRESS: existing.places,
                }[reason]
                for customer_id in pool.get(key, ()):
                    found.setdefault(customer_id, [])
                    if reason not in found[customer_id]:
                        found[customer_id].append(reason)
                    if reason not in reasons:
                        reasons.append(reason)
                first = seen.setdefault((reason, key), number)
                if first != number:
                    if first not in earlier:
                        earlier.append(first)
                    if reason not in reasons:
                        reasons.append(reason)
            if found:
                register_hits[number] = found
            if reasons:
                plan.duplicates[number] = DuplicateWarning(
                    number, (), tuple(earlier), tuple(reasons)
                )
        self._name_register_hits(plan, register_hits)
        if progress is not None:
            progress(total, total)
        return plan

    def _name_register_hits(self, plan: ImportPlan, hits: dict[int, dict[int, list[str]]]) -> None:
        ids = sorted({customer_id for found in hits.values() for customer_id in found})
        names: dict[int, tuple[int, str]] = {}
        with self.register.read() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for customer in session.execute(
                    select(
                        Customer.id,
                        Customer.number,
                        Customer.first_name,
                        Customer.last_name,
                        Customer.organisation,
                    ).where(Customer.id.in_(chunk))
                ):
                    names[customer.id] = (
                        customer.number,
                        display_name(
                            customer.first_name, customer.last_name, customer.organisation
                        ),
                    )
        for number, found in hits.items():
            warning = plan.duplicates[number]
            in_register = tuple(
                DuplicateHit(customer_id, *names[customer_id], tuple(reasons))
                for customer_id, reasons in found.items()
                if customer_id in names
            )
            plan.duplicates[number] = DuplicateWarning(
                number, in_register, warning.same_as_rows, warning.reasons
            )

    # --- adding --------------------------------------------------------------------------------
    def run(
        self,
        plan: ImportPlan,
        *,
        skip_suppressed: bool = True,
        skip_duplicates: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Add the plan's rows in one write transaction: all of them, or none."""
        self.current.require(Permission.EDIT_CUSTOMERS)
        rows = plan.rows_to_add(skip_suppressed=skip_suppressed, skip_duplicates=skip_duplicates)
        total = len(rows)
        now = datetime.now()
        with self.register.write() as session, _big_page_cache(session):
            first_number = next_number(session)
            next_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
            if progress is not None:
                progress(0, total)
            for start in range(0, total, BATCH):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                batch = rows[start : start + BATCH]
                _insert(
                    session,
                    batch,
                    first_id=next_id + start,
                    first_number=first_number + start,
                    now=now,
                )
                if progress is not None:
                    progress(start + len(batch), total)
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            audit.append(
                session,
                self.current.actor,
                "customers_imported",
                entity="import",
                entity_id=total,
                fields=plan.fields,
            )
        return ImportResult(
            total, len(plan.accepted) - total, len(plan.rejected), first_number if total else None
        )


@contextlib.contextmanager
def _big_page_cache(session: Session) -> Iterator[None]:
    """A bigger page cache while importing: the indexes (the FTS5 trigrams above all) change all
    over, and every page evicted early is encrypted and decrypted again."""
    connection = session.connection()
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    connection.exec_driver_sql(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            connection.exec_driver_sql(f"PRAGMA cache_size = {previous}")


def _insert(
    session: Session, rows: list[AcceptedRow], *, first_id: int, first_number: int, now: datetime
) -> None:
    """Core executemany inserts: no ORM objects, ids given, so child rows need no round trip."""
    customers: list[dict[str, object]] = []
    addresses: list[dict[str, object]] = []
    phones: list[dict[str, object]] = []
    emails: list[dict[str, object]] = []
    tags: list[dict[str, object]] = []
    for offset, row in enumerate(rows):
        form = row.checked.form
        customer_id = first_id + offset
        number = first_number + offset
        record: dict[str, object] = {name: getattr(form, name) for name in SCALAR_FIELDS}
        record.update(
            id=customer_id,
            number=number,
            started_on=row.checked.started_on,
            ended_on=row.checked.ended_on,
            identity_code="",
            restricted=False,
            restriction_reason="",
            restricted_on=None,
            created_at=now,
            updated_at=now,
            sort_name=fold(display_name(form.first_name, form.last_name, form.organisation)),
            search_text=build_search_text(
                customer_number=number,
                names=[form.first_name, form.last_name, form.organisation],
                emails=[e.address for e in form.emails],
                phones=[p.number for p in form.phones],
                addresses=[f"{a.street} {a.postal_code} {a.post_office}" for a in form.addresses],
            ),
        )
        customers.append(record)
        addresses += [
            {
                "customer_id": customer_id,
                "kind": a.kind,
                "street": a.street,
                "postal_code": a.postal_code,
                "post_office": a.post_office,
                "country": a.country,
                "source": a.source,
            }
            for a in form.addresses
        ]
        phones += [
            {"customer_id": customer_id, "kind": p.kind, "number": p.number, "source": p.source}
            for p in form.phones
        ]
        emails += [
            {"customer_id": customer_id, "kind": e.kind, "address": e.address, "source": e.source}
            for e in form.emails
        ]
        tags += [{"customer_id": customer_id, "name": name} for name in form.tags]
    session.execute(_insert_into(Customer), customers)
    for model, values in ((Address, addresses), (Phone, phones), (Email, emails), (Tag, tags)):
        if values:
            session.execute(_insert_into(model), values)


def _insert_into(model: type[Base]) -> Insert:
    """A Core INSERT into the model's table: one statement for many rows, no ORM objects."""
    table = model.__table__  # typed FromClause by DeclarativeBase; a Table for every model here
    assert isinstance(table, TableClause)
    return table.insert()


def write_rejected_report(plan: ImportPlan, path: Path, translate: Translate = _identity) -> int:
    """The rejected rows with their original columns and a "Virhe / Error" column, as a CSV that
    Finnish Excel opens directly (UTF-8 with BOM, semicolons). Fix the rows and import the file
    again: the error column is not mapped to any field. Returns the number of rows written."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    width = len(plan.headers)
    writer.writerow([*plan.headers, REPORT_ERROR_HEADER])
    for row in plan.rejected:
        values = (row.values + [""] * width)[:width]
        writer.writerow([*values, plan.problem_text(row, translate)])
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))
    return len(plan.rejected)
