"""Schema versions through Alembic: create, upgrade after keeping a copy, refuse newer files.

Alembic is imported inside the functions, when a register is opened or created: not at the
program's start, before the login window is on screen (tests/test_start_imports.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

from desktop.errors import NewerRegister, SchemaStampMismatch
from desktop.private_files import copy_file
from desktop.store.dialect import is_postgres

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))
STAMP_MISMATCH_SIGNS = ("duplicate column", "already exists")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def head_revision() -> str:
    """The newest migration's revision. Alembic reads every migration script to know it, so it
    is read once per process and folder of scripts (each login asked again: ~15 ms of every
    unlock)."""
    return _head_in(SCRIPT_LOCATION)


@cache
def _head_in(location: str) -> str:
    from alembic.script import ScriptDirectory

    config = alembic_config()
    config.set_main_option("script_location", location)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def status(engine: Engine) -> SchemaStatus:
    return SchemaStatus(current_revision(engine), head_revision())


def upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def upgrade_on(connection: Connection) -> None:
    """The migrations inside the caller's transaction (a register being copied in whole)."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def copy_before_upgrade(engine: Engine, db_path: Path, keys_path: Path, revision: str) -> Path:
    """Keep the register as it was (still encrypted) before changing its schema."""
    with engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = db_path.with_name(f"{db_path.stem}.before-upgrade-{revision}-{stamp}{db_path.suffix}")
    copy_file(db_path, copy, keep_times=True)
    copy_file(keys_path, copy.with_name(copy.name + ".keys"), keep_times=True)
    return copy


def ensure_current(engine: Engine, db_path: Path, keys_path: Path) -> Path | None:
    """Bring an opened register to the current schema. Returns the copy made, if any."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    if current is not None and current not in known_revisions():
        raise NewerRegister()
    copy = None
    # A file register is copied as it was; a server's database is the server's own backups'.
    if current is not None and not is_postgres(engine):
        copy = copy_before_upgrade(engine, db_path, keys_path, current)
    try:
        upgrade(engine)
    except OperationalError as exc:
        # A stamp older than the tables (an edited or half-copied file): a step finds its own
        # work already done. The upgrade ran in one transaction, rolled back whole, so nothing
        # changed and the copy is not needed (issue 15 item 11).
        if not any(sign in str(exc.orig).lower() for sign in STAMP_MISMATCH_SIGNS):
            raise
        if copy is not None:
            for made in (copy, copy.with_name(copy.name + ".keys")):
                made.unlink(missing_ok=True)
        raise SchemaStampMismatch(revision=current) from None
    return copy
