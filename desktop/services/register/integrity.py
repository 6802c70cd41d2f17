"""`kirjuri check`: is the register whole? SQLite's and SQLCipher's checks, the audit chain, the
schema version and any restore left half done, each problem reported on its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.store import audit, restore_journal, schema, trust
from desktop.store.dialect import is_postgres
from desktop.store.engine import classify
from desktop.store.register import Register

T = TypeVar("T")
MAX_ROWS = 20


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    schema_revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _attempt(register: Register, report: CheckReport, what: str, step: Callable[[], T]) -> T | None:
    """Run one check; a damaged file makes SQLite raise, which is a finding, not a crash."""
    try:
        return step()
    except Exception as exc:
        if classify(exc, register.files.db) is None:  # not the file's fault: a bug
            raise
        # SQLite's own error text ("database disk image is malformed"): no register content.
        report.problems.append(f"{what}: {exc.orig if isinstance(exc, DBAPIError) else exc}")
        return None


def _pragma(register: Register, name: str) -> list[str]:
    with register.engine.connect() as connection:
        return [str(row[0]) for row in connection.execute(text(f"PRAGMA {name}"))]


def _check_file(register: Register, report: CheckReport) -> None:
    # cipher_integrity_check checks each page's HMAC: tampering shows up here. It comes first
    # because SQLite's own check stops at the first page it cannot decrypt.
    cipher_rows = _attempt(
        register,
        report,
        "cipher_integrity_check",
        lambda: _pragma(register, "cipher_integrity_check"),
    )
    report.problems += [f"cipher_integrity_check: {row}" for row in (cipher_rows or [])[:MAX_ROWS]]
    rows = _attempt(
        register, report, "integrity_check", lambda: _pragma(register, "integrity_check")
    )
    if rows is not None and rows != ["ok"]:
        report.problems += [f"integrity_check: {row}" for row in rows[:MAX_ROWS]]


def check_register(register: Register) -> CheckReport:
    report = CheckReport()
    if not is_postgres(register.engine):  # the server checks its own pages
        _check_file(register, report)
    status = _attempt(register, report, "schema version", lambda: schema.status(register.engine))
    if status is not None:
        report.schema_revision = status.current
        if not status.up_to_date:
            report.problems.append(
                f"schema version {status.current} differs from this program's {status.head}"
            )

    def verify_chain() -> audit.ChainResult:
        with Session(register.engine) as session:
            return audit.verify(session)

    chain = _attempt(register, report, "audit chain", verify_chain)
    if chain is not None:
        report.audit_entries = chain.entries
        if not chain.ok:
            report.problems.append(
                f"audit chain broken at entry {chain.first_broken_id}: {chain.reason}"
            )
    # Tamper evidence (store/trust.py): the anchors outside the database, as opening found
    # them, and the signature of every user row.
    report.problems += register.trust_findings

    def users_signed() -> list[str]:
        with Session(register.engine) as session:
            public_key = register.keyslots.public_key
            return trust.unsigned_users(session, public_key, register.register_id)

    report.problems += _attempt(register, report, "user signatures", users_signed) or []
    journal = restore_journal.journal_path(register.files.db)
    if journal.exists():  # opening settles every journal it can; this one it could not
        report.problems.append(
            f"an interrupted restore could neither be finished nor undone: {journal} is kept"
        )
    return report
