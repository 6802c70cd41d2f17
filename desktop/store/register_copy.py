"""Copying a whole register between its two homes: a SQLCipher file and a PostgreSQL database.

The tables come from the models' metadata in dependency order (parents before children), so a
table a later feature adds is copied without anyone remembering to list it; a table the source
holds that the models do not know stops the copy rather than being left behind.

The caller holds both connections in their transactions: the schema, every row, the sequences
and the checks land together or not at all. The checks compare each table's row count and a
digest of every row (a binary column enters as its SHA-256), check every archived PDF's and
attachment's stored SHA-256 against its bytes, and walk the audit chain on the copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, column, func, inspect, select, text
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError
from desktop.store import audit, trust
from desktop.store.dialect import move_all_sequences

# What an engine keeps beside the models' tables: Alembic's stamp, SQLite's own tables, and the
# FTS5 search table with its shadow tables (filled by triggers as the customers are copied).
OWN_TABLES = ("alembic_version",)
OWN_PREFIXES = ("sqlite_", "customer_search")
BATCH = 500
BLOB_BATCH = 50  # rows with PDFs or attachments: a few MB at a time, not the whole table
HASH_COLUMN = "sha256"  # beside a binary column: the SHA-256 of its bytes (letters, attachments)

Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in all


class TargetNotEmpty(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The target {target} already holds tables. A register is moved only into an empty "
        "database (or a new file). Nothing was changed.",
    )
    exit_code = 12


class UnknownTable(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The register holds a table this Kirjuri does not know ({table}). Update Kirjuri "
        "before moving it. Nothing was changed.",
    )
    exit_code = 6


class CopyMismatch(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The copy did not match the register ({table}), so it was not kept. Nothing was changed.",
    )
    exit_code = 5


class StoredFileDamaged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A file kept in the register does not match its stored SHA-256 ({what}): the register "
        "may be damaged or edited. Run kirjuri check. Nothing was changed.",
    )
    exit_code = 5


@dataclass(frozen=True)
class TableCheck:
    name: str
    rows: int
    digest: str


@dataclass(frozen=True)
class CopyReport:
    tables: tuple[TableCheck, ...]
    files_checked: int  # archived PDFs, attachments and signatures whose SHA-256 matched
    audit_entries: int
    audit_head: str
    seconds: float

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)


def model_tables() -> list[Table]:
    """Every table of the models, parents first."""
    import desktop.store.customer_models
    import desktop.store.description_models
    import desktop.store.disclosure_models
    import desktop.store.letter_models
    import desktop.store.request_models
    import desktop.store.statement_models  # noqa: F401 - each registers its tables
    from desktop.store.models import Base

    return list(Base.metadata.sorted_tables)


def _own(name: str) -> bool:
    return name in OWN_TABLES or name.startswith(OWN_PREFIXES)


def existing_tables(connection: Connection) -> list[str]:
    return sorted(inspect(connection).get_table_names())


def refuse_unless_empty(connection: Connection, target: str) -> None:
    if existing_tables(connection):
        raise TargetNotEmpty(target=target)


def refuse_unknown_tables(connection: Connection) -> None:
    known = {table.name for table in model_tables()}
    for name in existing_tables(connection):
        if name not in known and not _own(name):
            raise UnknownTable(table=name)


AUDIT_EXPORT = "kirjuri_audit_export"  # server_functions


def _readable(connection: Connection, table: Table) -> Any:
    """The table as this connection may read it. On the office server a clerk's own login may
    not read the audit log (server_grants); for a backup it reads every entry through
    kirjuri_audit_export(), which only the clerks' and main users' groups may call."""
    if table.name != "audit_log" or connection.dialect.name != "postgresql":
        return table
    if connection.scalar(text("SELECT has_table_privilege('public.audit_log', 'SELECT')")):
        return table
    if connection.scalar(text(f"SELECT to_regprocedure('{AUDIT_EXPORT}()')")) is None:
        # Roles installed by an earlier Kirjuri: the administrator runs install again.
        from desktop.store.server_login import ServerBackupNotAvailable

        raise ServerBackupNotAvailable()
    columns = [column(each.name, each.type) for each in table.columns]
    return getattr(func, AUDIT_EXPORT)().table_valued(*columns)


def _ordered(connection: Connection, table: Table) -> Any:
    source = _readable(connection, table)
    return select(source).order_by(*(source.c[key.name] for key in table.primary_key.columns))


def _batch_size(table: Table) -> int:
    return BLOB_BATCH if _blob_columns(table) else BATCH


def _blob_columns(table: Table) -> list[str]:
    return [column.name for column in table.columns if isinstance(column.type, LargeBinary)]


def _rows(connection: Connection, table: Table) -> Iterator[Any]:
    size = _batch_size(table)
    # Per statement: Connection.execution_options would change the connection itself.
    result = connection.execute(_ordered(connection, table), execution_options={"yield_per": size})
    try:
        for partition in result.partitions(size):
            yield from partition
    finally:
        # PostgreSQL reads through a server-side cursor: closed here also when the copy stops
        # part-way (the connection may be gone then, which closing need not report again).
        with contextlib.suppress(Exception):
            result.close()


def count_rows(connection: Connection, table: Table) -> int:
    source = _readable(connection, table)
    return int(connection.scalar(select(func.count()).select_from(source)) or 0)


def copy_tables(source: Connection, target: Connection, progress: Progress | None = None) -> None:
    """Every row of every table, in batches, ids as they are; then the sequences past them."""
    tables = model_tables()
    total = sum(count_rows(source, table) for table in tables)
    done = 0
    for table in tables:
        size = _batch_size(table)
        batch: list[dict[str, Any]] = []
        for row in _rows(source, table):
            batch.append(dict(row._mapping))
            if len(batch) >= size:
                target.execute(table.insert(), batch)
                done += len(batch)
                batch = []
                if progress is not None:
                    progress(table.name, done, total)
        if batch:
            target.execute(table.insert(), batch)
            done += len(batch)
        if progress is not None:
            progress(table.name, done, total)
    move_all_sequences(target, tables)


# --- the checks ---------------------------------------------------------------------------------
def _canonical(value: Any) -> Any:
    """One form for a value whichever engine read it."""
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def table_check(connection: Connection, table: Table) -> tuple[TableCheck, int]:
    """The table's count and row digest, and how many stored files' SHA-256 matched their
    bytes. A stored hash that does not match its bytes stops the copy (StoredFileDamaged)."""
    digest = hashlib.sha256()
    blobs = _blob_columns(table)
    hashed = HASH_COLUMN in table.columns and len(blobs) == 1
    names = [column.name for column in table.columns]
    rows = files = 0
    for row in _rows(connection, table):
        values = [_canonical(row._mapping[name]) for name in names]
        digest.update(json.dumps(values, ensure_ascii=False, default=str).encode("utf-8"))
        digest.update(b"\n")
        rows += 1
        for name in blobs:
            data = row._mapping[name]
            if data is None:
                continue
            stored = row._mapping[HASH_COLUMN] if hashed else ""
            if stored and hashlib.sha256(bytes(data)).hexdigest() != stored:
                raise StoredFileDamaged(what=f"{table.name} {row._mapping[names[0]]}")
            files += 1
    return TableCheck(table.name, rows, digest.hexdigest()), files


def compare(source: Connection, target: Connection) -> CopyReport:
    """Each table alike on both sides, every stored file's hash true, the chain whole."""
    began = time.perf_counter()
    checks = []
    files = 0
    for table in model_tables():
        theirs, _ = table_check(source, table)
        ours, matched = table_check(target, table)
        if theirs != ours:
            raise CopyMismatch(table=table.name)
        checks.append(ours)
        files += matched
    session = Session(bind=target)
    try:
        chain = audit.verify(session)
        head = trust.head(session)
    finally:
        session.close()
    if not chain.ok:
        raise CopyMismatch(table="audit_log")
    return CopyReport(
        tuple(checks),
        files,
        chain.entries,
        head.hash if head is not None else audit.GENESIS,
        time.perf_counter() - began,
    )
