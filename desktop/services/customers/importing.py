"""Importing customers: check every row first (the plan), then add them all in one transaction.

The plan says which rows would be added, which are rejected and why, which look like people
already in the register (or earlier in the same file), and which belong to people who earlier
banned direct marketing or whose data was erased. Every row of the file that holds anything is
counted as accepted or rejected: a row the reader could not read is rejected with its reason,
never dropped. Nothing is written until `run`, and `run` adds every row or none: a cancel or a
failure part-way rolls the whole import back. `run` takes the register's write lock and checks
the warnings again under it (import_warnings), so two imports at once cannot add the same people
twice unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.customer_form import display_name
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.importing.column_contents import LOOKS_LIKE, SAMPLE, looks_like
from desktop.core.importing.flags import row_flags
from desktop.core.importing.mapping import (
    FIELD_BY_KEY,
    RowProblem,
    check_row_flagged,
    mapped_fields,
    recognise,
)
from desktop.core.importing.table import Table
from desktop.core.roles import Permission
from desktop.core.search_text import build_search_text, fold
from desktop.core.spreadsheets import csv_bytes
from desktop.errors import Translate, UserError, writing_to
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.import_warnings import (
    AcceptedRow,
    DuplicateWarning,
    SuppressionWarning,
    fingerprint,
    warnings,
)
from desktop.services.customers.records import SCALAR_FIELDS, next_number
from desktop.store import audit
from desktop.store.atomic import atomic_write_bytes
from desktop.store.customer_models import Address, Customer, Email, Phone, Tag
from desktop.store.dialect import bigger_page_cache, move_sequences_past_ids
from desktop.store.partial_files import PartialFiles
from desktop.store.register import Register

BATCH = 2000
# 256 MiB of SQLCipher page cache at most, only while importing: the indexes (the FTS5 trigrams
# above all) change all over, and every page evicted early is encrypted and decrypted again.
IMPORT_CACHE_KIB = 262144
REPORT_ERROR_HEADER = "Virhe / Error"
Progress = Callable[[int, int], None]


def _identity(context: str, text: str) -> str:
    return text


class ImportCancelled(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The import was cancelled. No customers were added.")


class ImportOutdated(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Customers were added or changed while this import waited, so some rows now look "
        "different (possible duplicates, earlier bans or erasures). Nothing was imported. Press "
        "Check again to see the rows as they are now.",
    )


class NothingToImport(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "No column is set to a customer field, so there is nothing to import."
    )


@dataclass(frozen=True)
class RejectedRow:
    row_number: int
    values: list[str]
    problems: tuple[RowProblem, ...]


Flag = tuple[int, str]  # (column, what the cell holds: untranslated, context "Import")


@dataclass
class ImportPlan:
    headers: list[str]
    mapping: dict[int, str]
    accepted: list[AcceptedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    duplicates: dict[int, DuplicateWarning] = field(default_factory=dict)
    suppressed: dict[int, SuppressionWarning] = field(default_factory=dict)
    # Row number → cells of mapped columns worth a look (a line break, a control character,
    # separators); the row may still be accepted.
    flagged: dict[int, tuple[Flag, ...]] = field(default_factory=dict)
    data_rows: int = 0  # rows of the file that hold anything: accepted + rejected, always
    unreadable: set[int] = field(default_factory=set)  # rows (cards) the reader could not read
    program: str | None = None  # the address book that wrote the file, when Kirjuri knows it
    # Headers of columns left unmapped that hold something: said before import, never dropped
    # without a word.
    not_imported: list[str] = field(default_factory=list)
    # Unmapped columns whose values look like emails or phone numbers: column → the field key
    # they would fill (said in the preview, one click maps them).
    looks_like: dict[int, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Every contact of the file, once: imported (with or without a flagged value),
        rejected with a reason, or unreadable. contacts = imported + rejected + unreadable."""
        accepted = {row.row_number for row in self.accepted}
        return {
            "contacts": self.data_rows,
            "imported": len(accepted),
            "flagged": len(accepted & set(self.flagged)),
            "rejected": len(self.rejected) - len(self.unreadable),
            "unreadable": len(self.unreadable),
        }

    def flag_text(self, number: int, translate: Translate = _identity) -> str:
        """ "Lisätiedot: holds a line break | ..." in the user's language."""
        parts = []
        for column, flag in self.flagged.get(number, ()):
            where = self.headers[column].strip() if column < len(self.headers) else ""
            what = translate("Import", flag)
            parts.append(f"{where}: {what}" if where else what)
        return " | ".join(parts)

    def looks_like_lines(self, translate: Translate = _identity) -> list[str]:
        """ "Column Sähköposti 2 looks like email addresses and is not imported." """
        return [
            translate("Import", LOOKS_LIKE[key]).format(column=self._column_name(column))
            for column, key in sorted(self.looks_like.items())
        ]

    def _column_name(self, column: int) -> str:
        header = self.headers[column].strip() if column < len(self.headers) else ""
        return header or str(column + 1)

    def with_suggested_columns(self) -> dict[int, str]:
        """The mapping with the columns that look like emails or phones mapped to them."""
        return {**self.mapping, **self.looks_like}

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


class CustomerImporter:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    # --- checking ------------------------------------------------------------------------------
    def plan(
        self, table: Table, mapping: dict[int, str], *, progress: Progress | None = None
    ) -> ImportPlan:
        self.current.require(Permission.EDIT_CUSTOMERS)
        readable = any(
            i not in table.broken and not table.is_blank(i) for i in range(len(table.rows))
        )
        # A file whose every card is unreadable has no columns to map: its cards are still
        # counted (and reported unreadable), not refused as having nothing to import.
        if not mapping and readable:
            raise NothingToImport()
        plan = ImportPlan(list(table.headers), dict(mapping), data_rows=table.data_rows)
        plan.program = table.program or recognise(table.headers)
        unmapped_with_values: set[int] = set()
        samples: dict[int, list[str]] = {}
        columns = sorted(mapping)
        delimiter = table.delimiter or ";"
        total = len(table.rows)
        for index, row in enumerate(table.rows):
            if progress is not None and index % BATCH == 0:
                progress(index, total)
            if table.is_blank(index):
                continue
            number = table.row_number(index)
            flags = row_flags(row, columns, delimiter)
            for column, cell in enumerate(row):
                if column not in mapping and cell.strip():
                    unmapped_with_values.add(column)
                    sample = samples.setdefault(column, [])
                    if len(sample) < SAMPLE:
                        sample.append(cell)
            unread = table.broken.get(index)
            if unread is not None:  # the reader could not read it: rejected, never lost
                if flags:
                    plan.flagged[number] = tuple(flags)
                problem = RowProblem("", None, unread)
                plan.rejected.append(RejectedRow(number, list(row), (problem,)))
                plan.unreadable.add(number)
                continue
            checked, problems, kept = check_row_flagged(row, mapping)
            flags += kept
            if flags:
                plan.flagged[number] = tuple(flags)
            if checked is None:
                plan.rejected.append(RejectedRow(number, list(row), tuple(problems)))
                continue
            plan.accepted.append(AcceptedRow(number, checked))
        plan.not_imported = [
            table.headers[column] if column < len(table.headers) else str(column + 1)
            for column in sorted(unmapped_with_values)
        ]
        plan.looks_like = {
            column: key
            for column, sample in samples.items()
            if (key := looks_like(sample)) is not None
        }
        with self.register.read() as session:
            plan.duplicates, plan.suppressed = warnings(session, plan.accepted)
        if progress is not None:
            progress(total, total)
        return plan

    def write_rejected_report(
        self, plan: ImportPlan, path: Path, translate: Translate = _identity
    ) -> int:
        """The report of rejected rows (personal data: its temp file is listed for removal
        should the process be killed while writing)."""
        with writing_to(path.parent):
            return write_rejected_report(plan, path, translate, partial=self.register.partial_files)

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
        with self.register.write() as session, bigger_page_cache(session, IMPORT_CACHE_KIB):
            # Checked again under the write lock: another import (another window, the command
            # line) may have added the same people since the plan was made.
            if fingerprint(*warnings(session, plan.accepted)) != fingerprint(
                plan.duplicates, plan.suppressed
            ):
                raise ImportOutdated()
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
            move_sequences_past_ids(session, "customers")
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
    session.execute(cast(SqlTable, Customer.__table__).insert(), customers)
    for model, values in ((Address, addresses), (Phone, phones), (Email, emails), (Tag, tags)):
        if values:
            session.execute(cast(SqlTable, model.__table__).insert(), values)


def rejected_report_bytes(plan: ImportPlan, translate: Translate = _identity) -> bytes:
    """The rejected rows with their original columns and a "Virhe / Error" column, as a CSV that
    Finnish Excel opens directly (UTF-8 with BOM, semicolons; formula-like values neutralised).
    Fix the rows and import the file again: the error column is not mapped to any field."""
    width = len(plan.headers)
    rows = [
        [*(row.values + [""] * width)[:width], plan.problem_text(row, translate)]
        for row in plan.rejected
    ]
    return csv_bytes([[*plan.headers, REPORT_ERROR_HEADER], *rows])


def write_rejected_report(
    plan: ImportPlan,
    path: Path,
    translate: Translate = _identity,
    *,
    partial: PartialFiles | None = None,
) -> int:
    """Writes `rejected_report_bytes` to `path`; returns the number of rows written."""
    atomic_write_bytes(path, rejected_report_bytes(plan, translate), partial=partial)
    return len(plan.rejected)
