"""`kirjuri check`: is the register whole? SQLite's and SQLCipher's checks, the audit chain and
the schema version, each problem reported on its own."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from desktop.store import audit, schema
from desktop.store.register import Register


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    schema_revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_register(register: Register) -> CheckReport:
    report = CheckReport()
    with register.engine.connect() as connection:
        rows = [r[0] for r in connection.execute(text("PRAGMA integrity_check"))]
        if rows != ["ok"]:
            report.problems += [f"integrity_check: {row}" for row in rows[:20]]
        # cipher_integrity_check checks each page's HMAC: tampering shows up here.
        cipher_rows = [r[0] for r in connection.execute(text("PRAGMA cipher_integrity_check"))]
        report.problems += [f"cipher_integrity_check: {row}" for row in cipher_rows[:20]]
    status = schema.status(register.engine)
    report.schema_revision = status.current
    if not status.up_to_date:
        report.problems.append(
            f"schema version {status.current} differs from this program's {status.head}"
        )
    with register.read() as session:
        chain = audit.verify(session)
    report.audit_entries = chain.entries
    if not chain.ok:
        report.problems.append(
            f"audit chain broken at entry {chain.first_broken_id}: {chain.reason}"
        )
    return report
