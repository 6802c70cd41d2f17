"""Moving a register to the office's PostgreSQL server, and exporting it back into a file.

Both ways run the same steps in one transaction on the target: the target must be empty, the
migrations create the schema, every table is copied (register_copy), the sequences are moved
past the ids, every table, stored file hash and the audit chain are checked, `prepare` may add
what the target needs besides (the server's roles and grants), and the caller's `after` adds
its audit entry. Any failure — a check, a full disk, a connection cut mid-way —
rolls all of it back: the server database stays empty, a new file is never put in place, and the
register being copied is only read.

The key slots travel beside: the target's key-slot file is a copy of the source's (the same
passwords, recovery key and data key open it) with the anchor moved to the copy's chain head.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import RegisterExists, UserError
from desktop.private_files import make_folder, temp_folder
from desktop.store import schema, server_roles, trust
from desktop.store.atomic import fsync_directory
from desktop.store.engine import make_engine, translated_errors
from desktop.store.keyslots import KeySlotFile, database_salt
from desktop.store.models import Setting
from desktop.store.register_copy import (
    CopyReport,
    Progress,
    compare,
    copy_tables,
    refuse_unknown_tables,
    refuse_unless_empty,
)
from desktop.store.register_files import INIT_KIND, RegisterFiles, settle_interrupted_init
from desktop.store.server_admin import (
    AdminAddress,
    admin_engine,
    unreachable_as_user_error,
)

DML = ("INSERT", "UPDATE", "DELETE")
MOVED_KEY = "register_moved"  # settings row of a file register whose data now lives on a server
After = Callable[[Session], None]  # adds the audit entry on the target, in its transaction


@dataclass(frozen=True)
class MovedTo:
    address: str  # without any password
    at: datetime
    by: str


class RegisterMoved(UserError):
    """A write to a file register whose data now lives on the server: it is kept read-only."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This register was moved to the office server ({address}) on {date} and is kept here "
        "read-only. Make changes in the register on the server.",
    )
    exit_code = 13

    @classmethod
    def of(cls, moved: MovedTo) -> RegisterMoved:
        day = f"{moved.at.day}.{moved.at.month}.{moved.at.year}" if moved.at.year > 1 else "-"
        return cls(address=moved.address, date=day)


@dataclass(frozen=True)
class Copied:
    files: RegisterFiles  # the new register: on the server, or the new file
    report: CopyReport


def moved_to(session: Session) -> MovedTo | None:
    value = session.scalar(select(Setting.value).where(Setting.key == MOVED_KEY))
    if not isinstance(value, dict):
        return None
    try:
        return MovedTo(str(value["address"]), datetime.fromisoformat(value["at"]), str(value["by"]))
    except (KeyError, TypeError, ValueError):
        return MovedTo(str(value.get("address", "")), datetime.min, "")


def only_audit_entries(session: Session, refusal: UserError) -> None:
    """Let this session add audit entries and nothing else (a register moved to the server)."""
    from sqlalchemy import event
    from sqlalchemy.orm import ORMExecuteState
    from sqlalchemy.sql.elements import TextClause

    from desktop.store.models import AuditEntry

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        changed = [*session.new, *session.dirty, *session.deleted]
        if any(not isinstance(item, AuditEntry) for item in changed) or session.deleted:
            raise refusal

    def statement(state: ORMExecuteState) -> None:
        sql = state.statement
        written = isinstance(sql, TextClause) and str(sql).lstrip()[:6].upper() in DML
        if state.is_insert or state.is_update or state.is_delete or written:
            raise refusal

    event.listen(session, "before_flush", before_flush)
    event.listen(session, "do_orm_execute", statement)


def mark_moved(session: Session, address: str, by: str) -> None:
    at = datetime.now().isoformat(timespec="seconds")
    session.merge(Setting(key=MOVED_KEY, value={"address": address, "at": at, "by": by}))


# --- the one transaction ------------------------------------------------------------------------
@contextlib.contextmanager
def _source(engine: Engine) -> Iterator[Connection]:
    """The source read in one transaction (SQLite: holding the write lock, so nothing changes
    underneath; PostgreSQL: one repeatable-read snapshot)."""
    if engine.dialect.name == "postgresql":
        reading = engine.execution_options(isolation_level="REPEATABLE READ")
    else:
        reading = engine.execution_options(immediate=True)
    with reading.connect() as connection, connection.begin():
        yield connection


def _copy(
    source_engine: Engine,
    target: Connection,
    shown: str,
    progress: Progress | None,
    after: After,
    prepare: Callable[[Connection], object] | None = None,
) -> tuple[CopyReport, trust.Anchor | None]:
    refuse_unless_empty(target, shown)
    with _source(source_engine) as source:
        refuse_unknown_tables(source)
        schema.upgrade_on(target)
        copy_tables(source, target, progress)
        report = compare(source, target)
    if prepare is not None:  # the server's roles and grants, in the same transaction
        prepare(target)
    session = Session(bind=target)
    try:
        after(session)
        session.flush()
        head = trust.head(session)
    finally:
        session.close()
    return report, head


def _key_slots(
    source_keys: Path,
    head: trust.Anchor | None,
    signing_key: Ed25519PrivateKey | None,
    db_salt: str | None,
) -> KeySlotFile:
    slots = KeySlotFile.load(source_keys)
    slots.db_salt = db_salt
    slots.anchor = head
    if head is not None and signing_key is not None:
        slots.signed_anchor = head.signed(signing_key, slots.register_id)
    return slots


def copy_to_server(
    source: Engine,
    source_keys: Path,
    address: AdminAddress,
    server_place: Path,
    *,
    after: After,
    signing_key: Ed25519PrivateKey | None = None,
    progress: Progress | None = None,
) -> Copied:
    """The whole register into the empty database at `address`; its key slots at
    `server_place`.keys (the place a workstation opens the server register from)."""
    files = RegisterFiles(server_place, server=address.without_password())
    if files.keys.exists():
        raise RegisterExists(path=str(files.keys))
    engine = admin_engine(address)
    try:
        with (
            unreachable_as_user_error(address),
            engine.connect() as target,
            target.begin(),
        ):
            # Kirjuri's groups, grants, audit guards and login functions in the same
            # transaction: a server register is never left open to every login role.
            report, head = _copy(
                source, target, address.shown(), progress, after, prepare=server_roles.install
            )
            # The key slots before the commit: a register on the server that no key file
            # opens must never be left behind.
            make_folder(server_place.parent, own=False)
            _key_slots(source_keys, head, signing_key, None).save(files.keys)
        _gather_statistics(engine)
    except BaseException:
        files.keys.unlink(missing_ok=True)  # ours: it did not exist before
        raise
    finally:
        engine.dispose()
    return Copied(files, report)


def _gather_statistics(engine: Engine) -> None:
    """ANALYZE the copied tables at once: until autovacuum gets to them, the planner has no
    statistics and picks sequential scans (the customer list's e-mail and phone look-ups by
    customer id took 10-15 ms each instead of 1-2 ms in the first minute after a move). The
    copy is committed already, so a failure here only leaves it to autovacuum."""
    with contextlib.suppress(SQLAlchemyError), engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()


def copy_to_file(
    source: Engine,
    source_keys: Path,
    data_key: bytes,
    out: Path,
    *,
    after: After,
    signing_key: Ed25519PrivateKey | None = None,
    progress: Progress | None = None,
) -> Copied:
    """The whole register into a new SQLCipher file at `out`, keyed with the same data key.
    Built in a private folder beside it and renamed into place only when whole (the key slots
    first, the database last, as a new register is: settle_interrupted_init finishes or removes
    what a killed run left)."""
    files = RegisterFiles(out)
    settle_interrupted_init(files)
    if files.exists():
        raise RegisterExists(path=str(out))
    make_folder(out.parent, own=False)
    folder = temp_folder(out.parent, kind=INIT_KIND)
    built = RegisterFiles(folder / out.name)
    try:
        engine = make_engine(built.db, data_key)
        try:
            with translated_errors(built.db), engine.connect() as target, target.begin():
                report, head = _copy(source, target, str(out), progress, after)
        finally:
            engine.dispose()  # the last connection folds the write-ahead log into the file
        _key_slots(source_keys, head, signing_key, database_salt(built.db)).save(built.keys)
        if files.exists():
            raise RegisterExists(path=str(out))
        os.replace(built.keys, files.keys)
        os.replace(built.db, files.db)
        fsync_directory(out.parent)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Copied(files, report)
