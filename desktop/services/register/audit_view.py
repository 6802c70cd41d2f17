"""Reading the audit log (main user only): the chain check, filtered pages, "who viewed this
customer", and a CSV export of the filtered view.

The log holds who did what to which record and which fields, never the values; the export holds
nothing more (record ids shown as customer numbers where the customer still exists).
"""

from __future__ import annotations

import csv
import errno
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, func, select

from desktop.core.roles import Permission
from desktop.errors import DiskFull, ExportNotWritten, ReadOnlyLocation, UserError
from desktop.services.access.current_user import CurrentUser
from desktop.store import audit, trust
from desktop.store.atomic import atomic_write_bytes
from desktop.store.audit import ChainResult as ChainResult  # what verify returns
from desktop.store.customer_models import Customer
from desktop.store.models import AuditEntry, User
from desktop.store.register import Register

PAGE_SIZE = 200
ANCHOR_MARK = "kirjuri-audit-anchor"  # the first cell of the export's last row
VIEWED = "customer_viewed"


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    action: str | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    customer_number: int | None  # for entries about a customer that still exists
    fields: tuple[str, ...]


@dataclass(frozen=True)
class UserChoice:
    id: int
    username: str
    full_name: str


def _conditions(where: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.user_id is not None:
        conditions.append(AuditEntry.user_id == where.user_id)
    if where.since is not None:
        conditions.append(AuditEntry.at >= datetime.combine(where.since, time()))
    if where.until is not None:
        conditions.append(AuditEntry.at < datetime.combine(where.until + timedelta(days=1), time()))
    if where.action:
        conditions.append(AuditEntry.action == where.action)
    if where.customer_id is not None:
        conditions.append(AuditEntry.entity == "customer")
        conditions.append(AuditEntry.entity_id == str(where.customer_id))
    return conditions


class AuditViewer:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def verify(self) -> ChainResult:
        self.current.require(Permission.VIEW_AUDIT)
        with self.register.read() as session:
            return audit.verify(session)

    def users(self) -> list[UserChoice]:
        self.current.require(Permission.VIEW_AUDIT)
        with self.register.read() as session:
            rows = session.execute(
                select(User.id, User.username, User.full_name).order_by(User.username)
            )
            return [UserChoice(*row) for row in rows]

    def actions(self) -> list[str]:
        """The actions that occur, read through the action index (not the whole table)."""
        self.current.require(Permission.VIEW_AUDIT)
        with self.register.read() as session:
            return list(
                session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
            )

    def customer_id_of(self, number: int) -> int | None:
        """The record id of a customer number, for filtering by what the user knows."""
        self.current.require(Permission.VIEW_AUDIT)
        with self.register.read() as session:
            return session.scalar(select(Customer.id).where(Customer.number == number))

    def count(self, where: AuditFilter) -> int:
        self.current.require(Permission.VIEW_AUDIT)
        with self.register.read() as session:
            query = select(func.count(AuditEntry.id)).where(*_conditions(where))
            return int(session.scalar(query) or 0)

    def page(
        self, where: AuditFilter, before_id: int | None = None, limit: int = PAGE_SIZE
    ) -> list[AuditLine]:
        """Newest first; the next page continues before the last id shown (keyset)."""
        self.current.require(Permission.VIEW_AUDIT)
        with self.register.read() as session:
            statement = select(AuditEntry).where(*_conditions(where))
            if before_id is not None:
                statement = statement.where(AuditEntry.id < before_id)
            entries = session.scalars(statement.order_by(AuditEntry.id.desc()).limit(limit)).all()
            ids = {
                int(e.entity_id)
                for e in entries
                if e.entity == "customer" and e.entity_id.isdigit()
            }
            numbers: dict[int, int] = {}
            if ids:
                found = session.execute(
                    select(Customer.id, Customer.number).where(Customer.id.in_(ids))
                )
                numbers = {row.id: row.number for row in found}
            return [
                AuditLine(
                    id=e.id,
                    at=e.at,
                    username=e.username,
                    action=e.action,
                    entity=e.entity,
                    entity_id=e.entity_id,
                    customer_number=(
                        numbers.get(int(e.entity_id))
                        if e.entity == "customer" and e.entity_id.isdigit()
                        else None
                    ),
                    fields=tuple(f for f in e.fields.split(",") if f),
                )
                for e in entries
            ]

    def viewers_of(self, customer_id: int) -> list[AuditLine]:
        """Who opened this customer's record, newest first."""
        return self.page(AuditFilter(customer_id=customer_id, action=VIEWED), limit=1000)

    def export_csv(
        self,
        where: AuditFilter,
        target: Path,
        headers: Sequence[str],
        action_label: Callable[[str], str] = lambda action: action,
    ) -> int:
        """Write the filtered view as CSV (UTF-8 with BOM for Excel, semicolons as a Finnish
        Excel expects); returns how many entries. The export itself is audited."""
        self.current.require(Permission.VIEW_AUDIT)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        count = 0
        before: int | None = None
        while True:
            lines = self.page(where, before, PAGE_SIZE)
            for line in lines:
                writer.writerow(
                    [
                        line.at.isoformat(sep=" ", timespec="seconds"),
                        line.username,
                        action_label(line.action),
                        line.action,
                        line.entity,
                        line.entity_id,
                        "" if line.customer_number is None else line.customer_number,
                        ", ".join(line.fields),
                    ]
                )
            count += len(lines)
            if len(lines) < PAGE_SIZE:
                break
            before = lines[-1].id
        writer.writerow(self._anchor_row())
        try:
            atomic_write_bytes(target, buffer.getvalue().encode("utf-8-sig"))
        except OSError as exc:
            raise _write_error(exc, target) from exc
        used = [name for name, value in vars(where).items() if value not in (None, "")]
        with self.register.write() as session:
            audit.append(session, self.current.actor, "audit_exported", entity="audit", fields=used)
        return count

    def _anchor_row(self) -> list[object]:
        """The last row: the whole chain's head when exported (entries, newest id and hash),
        signed with the main users' key, so a later copy of the register can be held against
        this paper trail (issue 15 item 6; store/trust.py)."""
        with self.register.read() as session:
            anchor = trust.head(session)
        if anchor is None:
            return [ANCHOR_MARK, 0, 0, "", ""]
        key = self.register.signing_key
        signed = anchor.signed(key, self.register.register_id) if key is not None else anchor
        return [ANCHOR_MARK, signed.entries, signed.last_id, signed.hash, signed.signature or ""]


def _write_error(exc: OSError, target: Path) -> UserError:
    if exc.errno == errno.ENOSPC:
        return DiskFull()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyLocation(path=str(target.parent))
    return ExportNotWritten(path=str(target.parent))
