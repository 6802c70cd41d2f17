"""Building (once, cached under benchmarks/.cache/) the demo registers the benchmarks read.

- `demo.kirjuri`: the encrypted register, 100 000 customers and about a million contact events;
- `demo-plain.db`: the same data unencrypted, made with SQLCipher's own sqlcipher_export;
- `empty.kirjuri` and `empty-plain.db`: an empty register and its plain copy, for the import.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.demo.fill import (
    DEMO_PASSWORD,
    DEMO_USERNAME,
    create_demo_register,
    fill_with_demo_data,
)
from desktop.store import schema
from desktop.store.engine import open_connection
from desktop.store.keyslots import KeySlotFile
from desktop.store.register import Register, RegisterFiles, remove_register_files

CACHE = Path(__file__).resolve().parent / ".cache"


@dataclass(frozen=True)
class Built:
    encrypted: RegisterFiles
    plain: Path
    empty: RegisterFiles
    empty_plain: Path


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def data_key(files: RegisterFiles) -> bytes:
    return KeySlotFile.load(files.keys).unwrap_with_password(DEMO_USERNAME, DEMO_PASSWORD)


def export_plain(files: RegisterFiles, target: Path) -> None:
    """SQLCipher's documented way to decrypt: attach a database with an empty key and export."""
    target.unlink(missing_ok=True)
    connection = open_connection(files.db, data_key(files))
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
        connection.execute("SELECT sqlcipher_export('plaintext')")
        connection.execute("DETACH DATABASE plaintext")
    finally:
        connection.close()


def _make(files: RegisterFiles, customers: int, events_per_customer: float) -> None:
    remove_register_files(files)
    created = create_demo_register(files)
    try:
        if customers:
            began = time.perf_counter()

            def progress(done: int, total: int) -> None:
                if done % 20_000 == 0 or done == total:
                    say(f"  {done:>7} / {total} customers, {time.perf_counter() - began:.0f} s")

            stats = fill_with_demo_data(
                created.register,
                created.admin,
                customers=customers,
                events_per_customer=events_per_customer,
                progress=progress,
            )
            say(
                f"  filled: {stats.customers} customers, {stats.contact_events} contact events, "
                f"{stats.consent_entries} consents, {stats.orders} orders in {stats.seconds:.1f} s"
            )
    finally:
        created.register.close()


def build(customers: int, events_per_customer: float, *, rebuild: bool = False) -> Built:
    CACHE.mkdir(exist_ok=True)
    built = Built(
        RegisterFiles(CACHE / "demo.kirjuri"),
        CACHE / "demo-plain.db",
        RegisterFiles(CACHE / "empty.kirjuri"),
        CACHE / "empty-plain.db",
    )
    wanted = {
        "customers": customers,
        "events_per_customer": events_per_customer,
        "schema": schema.head_revision(),
    }
    stamp = CACHE / "built.json"
    have = json.loads(stamp.read_text()) if stamp.exists() else None
    if not rebuild and have == wanted and built.plain.exists() and built.empty_plain.exists():
        say(f"using the cached registers in {CACHE}")
        return built
    stamp.unlink(missing_ok=True)
    say(f"building a {customers}-customer demo register in {CACHE} (once; cached after)")
    _make(built.encrypted, customers, events_per_customer)
    _make(built.empty, 0, 0)
    say("  exporting plain copies with sqlcipher_export")
    export_plain(built.encrypted, built.plain)
    export_plain(built.empty, built.empty_plain)
    stamp.write_text(json.dumps(wanted))
    return built


def copy_register(files: RegisterFiles, directory: Path) -> RegisterFiles:
    directory.mkdir(parents=True, exist_ok=True)
    target = RegisterFiles(directory / files.db.name)
    remove_register_files(target)
    shutil.copy2(files.db, target.db)
    shutil.copy2(files.keys, target.keys)
    return target


# --- opening ------------------------------------------------------------------------------------
def login(files: RegisterFiles) -> tuple[Gate, CurrentUser]:
    gate = Gate(files)
    return gate, gate.login(DEMO_USERNAME, DEMO_PASSWORD).user


def plain_engine(path: Path) -> Engine:
    """Like desktop.store.engine.make_engine, but the same SQLite build without a key."""

    def connect() -> Any:
        connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in (
            "temp_store = MEMORY",
            "journal_mode = WAL",
            "foreign_keys = ON",
            "busy_timeout = 10000",
            "synchronous = NORMAL",
        ):
            connection.execute(f"PRAGMA {pragma}")
        return connection

    engine = create_engine(
        "sqlite://", module=sqlcipher3, creator=connect, poolclass=QueuePool, pool_size=4
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(
            "BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN"
        )

    return engine


def plain_register(path: Path, like: RegisterFiles) -> Register:
    """A Register whose engine reads the plain copy: the same services run on it unchanged."""
    return Register(RegisterFiles(path), KeySlotFile.load(like.keys), b"", plain_engine(path))
