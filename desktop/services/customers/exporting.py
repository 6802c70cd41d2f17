"""Exporting a filtered customer list to CSV or XLSX: main user only, and always audited.

Customers whose processing is restricted (GDPR Art. 18) are left out unless the user chooses to
include them. The list is read page by page (never the whole register in memory) into a temp file
beside the target, which is renamed over the target only when it is complete: a failed export
leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.customer_fields import STATUS_LABELS, Status
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.core.validation import phone_for_display
from desktop.errors import DiskFull, ReadOnlyLocation, Translate
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.search import CustomerQuery, conditions
from desktop.store import audit
from desktop.store.atomic import fsync_directory
from desktop.store.customer_models import Address, Customer, Email, Phone, Tag
from desktop.store.register import Register

PAGE = 1000
Format = Literal["csv", "xlsx"]

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


def export_rows(
    session: Session, query: CustomerQuery, translate: Translate = _identity
) -> Iterator[list[str]]:
    """The customers the query finds, ordered by customer number, a page at a time."""
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
        emails = _grouped(session, (Email.customer_id, Email.address), ids)
        phones = _grouped(session, (Phone.customer_id, Phone.number), ids)
        tags = _grouped(session, (Tag.customer_id, Tag.name), ids)
        addresses = _grouped(
            session,
            (
                Address.customer_id,
                Address.street,
                Address.postal_code,
                Address.post_office,
                Address.country,
            ),
            ids,
        )
        for c in page:
            street, postal_code, post_office, country = (addresses.get(c.id) or [("",) * 4])[0]
            status = STATUS_LABELS.get(Status(c.status)) if c.status in set(Status) else None
            yield [
                str(c.number),
                c.last_name,
                c.first_name,
                c.organisation,
                c.organisation_id,
                ", ".join(emails.get(c.id, [])),
                ", ".join(phone_for_display(p) for p in phones.get(c.id, [])),
                street,
                postal_code,
                post_office,
                country,
                c.municipality,
                translate("CustomerFields", status) if status else c.status,
                ", ".join(tags.get(c.id, [])),
            ]
        last = page[-1].number
        session.expunge_all()


def _write_csv(path: Path, header: list[str], rows: Iterator[list[str]]) -> int:
    count = 0
    # UTF-8 with BOM and semicolons: what Finnish Excel opens directly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
        handle.flush()
        os.fsync(handle.fileno())
    return count


def _write_xlsx(path: Path, header: list[str], rows: Iterator[list[str]]) -> int:
    from openpyxl import Workbook
    from openpyxl.worksheet import _writer

    # Write-only mode streams the sheet through a temp file of openpyxl's own. It removes it
    # after saving, but after a failure only when Kirjuri exits: remove it here at once.
    before = set(_writer.ALL_TEMP_FILES)
    try:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append(header)
        count = 0
        for row in rows:
            # Only the number is a number: 00100 and 040 123 4567 stay text, zeros kept.
            sheet.append([int(row[0]), *row[1:]])
            count += 1
        workbook.save(path)
    finally:
        for leftover in set(_writer.ALL_TEMP_FILES) - before:
            with contextlib.suppress(OSError, ValueError):
                os.remove(leftover)
                _writer.ALL_TEMP_FILES.remove(leftover)
    return count


@contextlib.contextmanager
def _file_errors(folder: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation(path=str(folder)) from exc
        raise


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
    ) -> int:
        """Write the customers `query` finds to `path`; returns how many were written."""
        self.current.require(Permission.EXPORT)
        if not include_restricted:
            query = replace(query, include_restricted=False, restricted=None)
        header = [translate("Export", label) for _, label in COLUMNS]
        writer = _write_xlsx if fmt == "xlsx" else _write_csv
        folder = path.parent
        with _file_errors(folder):
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
            os.close(fd)
        tmp = Path(name)
        try:
            with self.register.read() as session, _file_errors(folder):
                rows = export_rows(session, query, translate)
                if progress is not None:
                    rows = _counting(rows, progress)
                count = writer(tmp, header, rows)
            with self.register.write() as session, _file_errors(folder):
                audit.append(
                    session,
                    self.current.actor,
                    "customers_exported",
                    entity="export",
                    entity_id=count,
                    fields=[key for key, _ in COLUMNS],
                )
                os.replace(tmp, path)  # inside the transaction: no file without its audit entry
            with contextlib.suppress(OSError):
                fsync_directory(folder)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return count


def _counting(rows: Iterator[list[str]], progress: Callable[[int], None]) -> Iterator[list[str]]:
    for count, row in enumerate(rows, start=1):
        yield row
        if count % PAGE == 0:
            progress(count)
