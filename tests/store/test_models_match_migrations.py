"""The SQLAlchemy models and the Alembic migrations describe the same database.

A register is made the way Kirjuri makes one (a keyed SQLCipher file, brought to the newest
revision by the migrations), then Alembic's autogenerate comparison — what `alembic revision
--autogenerate` would propose — is run against the models' metadata: tables, columns, types,
nullability, indexes, unique constraints and foreign keys with their ON DELETE. Primary keys,
which Alembic does not compare, and the objects the migrations make with raw SQL (the FTS5 search
index, triggers) are checked here too. What differs on purpose is listed below with the reason.

Types are compared the way SQLite stores them: by affinity (INTEGER, TEXT, BLOB, REAL, NUMERIC),
and for the NUMERIC-affinity types SQLAlchemy writes in a shape of their own (DATE, DATETIME,
BOOLEAN, JSON) by name too. Lengths (VARCHAR(40) against VARCHAR(60)) are not compared: SQLite
does not enforce them, and changing one would mean rebuilding the table, which on `customers`
would drop the triggers that keep its search index current.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeEngine

# Importing a models module puts its tables on Base.metadata (migrations/env.py does the same).
from desktop.store import (  # noqa: F401 - the *_models modules are imported for their tables
    crypto,
    customer_models,
    description_models,
    disclosure_models,
    letter_models,
    request_models,
    schema,
    statement_models,
)
from desktop.store.engine import make_engine
from desktop.store.keyslots import KeySlotFile
from desktop.store.models import Base, Setting
from desktop.store.register import Register, RegisterFiles, create_register, open_register

# Tables in the database that no model maps, on purpose.
NOT_IN_MODELS = {
    "customer_search": "the FTS5 trigram index of customers.search_text (0002, raw SQL); "
    "searched with MATCH in raw SQL, never through the ORM",
    "customer_search_config": "FTS5's own shadow table of customer_search",
    "customer_search_data": "FTS5's own shadow table of customer_search",
    "customer_search_docsize": "FTS5's own shadow table of customer_search",
    "customer_search_idx": "FTS5's own shadow table of customer_search",
}
# What the migrations make with raw SQL, which neither the models nor Alembic's comparison see.
RAW_SQL_OBJECTS = {
    ("table", "customer_search"): "CREATE VIRTUAL TABLE ... USING fts5 (0002)",
    ("trigger", "audit_log_no_update"): "the audit log is append-only (0001)",
    ("trigger", "audit_log_no_delete"): "the audit log is append-only (0001)",
    ("trigger", "customers_search_insert"): "keeps customer_search current (0002)",
    ("trigger", "customers_search_delete"): "keeps customer_search current (0002)",
    ("trigger", "customers_search_update"): "keeps customer_search current (0002)",
}
# SQLAlchemy writes these in a shape of their own ('2026-11-24', '2026-11-24 10:15:00.000000',
# 0/1, JSON text), though SQLite gives them all NUMERIC affinity: a DATE must stay a DATE.
OWN_SHAPE_TYPES = {"DATE", "DATETIME", "TIME", "TIMESTAMP", "BOOLEAN", "JSON"}


# --- comparing ------------------------------------------------------------------------------------
def sqlite_affinity(declared: str) -> str:
    """The column affinity SQLite derives from a declared type (datatype3.html, section 3.1)."""
    name = declared.upper()
    if "INT" in name:
        return "INTEGER"
    if any(part in name for part in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in name or not name.strip():
        return "BLOB"
    if any(part in name for part in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def type_kind(declared: str) -> tuple[str, str]:
    """What matters of a declared type in SQLite: its affinity, and the name of an own-shape type."""
    name = declared.split("(")[0].strip().upper()
    return sqlite_affinity(name), name if name in OWN_SHAPE_TYPES else ""


def declared_type(type_: TypeEngine[Any]) -> str:
    return type_.compile(dialect=sqlite.dialect())


def types_differ(
    _context: MigrationContext,
    _inspected_column: Column[Any],
    _metadata_column: Column[Any],
    inspected_type: TypeEngine[Any],
    metadata_type: TypeEngine[Any],
) -> bool:
    """Alembic's compare_type hook: True when the types differ in a way SQLite notices."""
    return type_kind(declared_type(inspected_type)) != type_kind(declared_type(metadata_type))


def _not_deliberate(name: str | None, type_: str, _parent: Any) -> bool:
    return not (type_ == "table" and name in NOT_IN_MODELS)


def _columns(item: Index | UniqueConstraint) -> str:
    return ", ".join(column.name for column in item.columns)


def describe(diff: Any) -> str:
    """One of Alembic's differences in words. "add" means the models have it and the database
    does not (a migration would add it); "remove", the other way round."""
    if isinstance(diff, list):  # modify_nullable, modify_type, ...: one entry per column
        return "; ".join(describe(part) for part in diff)
    kind = diff[0]
    where = {"add": "only in the models", "remove": "only in the database"}.get(
        kind.split("_")[0], kind
    )
    if kind.startswith("modify_"):
        _kind, _schema, table, column, _existing, database, models = diff
        if kind == "modify_type":
            database, models = declared_type(database), declared_type(models)
        return f"{table}.{column}: {kind[7:]} is {database!r} in the database, {models!r} in the models"
    item = diff[-1]
    if kind.endswith("_table"):
        return f"table {item.name}: {where}"
    if kind.endswith("_column"):
        return f"column {diff[2]}.{item.name}: {where}"
    if kind.endswith("_index"):
        unique = "unique " if item.unique else ""
        return f"{unique}index {item.name} on {item.table.name} ({_columns(item)}): {where}"
    if kind.endswith("_constraint") and isinstance(item, UniqueConstraint):
        return f"unique constraint {item.name} on {item.table.name} ({_columns(item)}): {where}"
    if kind.endswith("_fk"):
        ondelete = f" ON DELETE {item.ondelete}" if item.ondelete else ""
        source = ", ".join(item.column_keys)
        return f"foreign key {item.parent.name}({source}) → {item.referred_table.name}{ondelete}: {where}"
    return f"{kind}: {item!r}"


def differences(connection: Connection, metadata: MetaData) -> list[str]:
    """Everything in which the database and the models differ, in words; [] when they match."""
    context = MigrationContext.configure(
        connection, opts={"compare_type": types_differ, "include_name": _not_deliberate}
    )
    found = [describe(diff) for diff in compare_metadata(context, metadata)]
    inspector = inspect(connection)
    in_database = set(inspector.get_table_names())
    for table in metadata.sorted_tables:
        if table.name not in in_database:
            continue  # said above
        database = inspector.get_pk_constraint(table.name)["constrained_columns"]
        models = [column.name for column in table.primary_key.columns]
        if database != models:
            found.append(
                f"{table.name}: primary key {database} in the database, {models} in the models"
            )
    return found


# --- the database the migrations make -------------------------------------------------------------
@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    """A new register, made as Kirjuri makes one: SQLCipher, every migration up to the newest."""
    files = RegisterFiles(tmp_path_factory.mktemp("fresh") / "register.kirjuri")
    made, _recovery_key = create_register(files)
    yield made
    made.close()


def test_a_fresh_register_matches_the_models(register: Register) -> None:
    with register.engine.connect() as connection:
        assert differences(connection, Base.metadata) == []


def test_only_the_listed_tables_are_not_in_the_models(register: Register) -> None:
    tables = set(inspect(register.engine).get_table_names()) - {"alembic_version"}
    assert tables - set(Base.metadata.tables) == set(NOT_IN_MODELS)


def test_the_objects_made_by_raw_sql_are_the_listed_ones(register: Register) -> None:
    """A trigger, view or virtual table a migration adds must be listed here with its reason."""
    with register.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                "OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%')"
            )
        )
        assert {(kind, name) for kind, name in rows} == set(RAW_SQL_OBJECTS)


def test_sqlite_affinity_follows_sqlites_rules() -> None:
    assert [
        sqlite_affinity(declared)
        for declared in ("INTEGER", "BIGINT", "VARCHAR(40)", "TEXT", "BLOB", "", "FLOAT", "DATE")
    ] == ["INTEGER", "INTEGER", "TEXT", "TEXT", "BLOB", "BLOB", "REAL", "NUMERIC"]
    assert type_kind("VARCHAR(40)") == type_kind("TEXT")
    assert type_kind("DATE") != type_kind("DATETIME")


# --- the comparison finds what it is for ----------------------------------------------------------
def _copy_of_the_models() -> MetaData:
    copy = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(copy)
    return copy


def _signatures_set_null(models: MetaData) -> None:
    models.remove(models.tables["user_signatures"])
    Table(
        "user_signatures",
        models,
        Column("user_id", Integer, ForeignKey("users.id", ondelete="SET NULL"), primary_key=True),
        Column("image", LargeBinary, nullable=False),
        Column("updated_at", DateTime, nullable=False),
    )


def _descriptions_keyed_by_version(models: MetaData) -> None:
    descriptions = models.tables["register_descriptions"]
    models.remove(descriptions)
    Table(
        "register_descriptions",
        models,
        *(
            Column(column.name, column.type, primary_key=column.name == "version")
            for column in descriptions.columns
        ),
    )


CHANGES: dict[str, tuple[Callable[[MetaData], object], str]] = {
    "a table": (
        lambda m: Table("nicknames", m, Column("id", Integer, primary_key=True)),
        "table nicknames: only in the models",
    ),
    "a column": (
        lambda m: m.tables["users"].append_column(Column("nickname", String(40), nullable=False)),
        "column users.nickname: only in the models",
    ),
    "nullability": (
        lambda m: setattr(m.tables["users"].c.title, "nullable", True),
        "users.title: nullable is False in the database, True in the models",
    ),
    "affinity": (
        lambda m: setattr(m.tables["orders"].c.amount_cents, "type", String(20)),
        "orders.amount_cents: type is 'INTEGER' in the database, 'VARCHAR(20)' in the models",
    ),
    "an own-shape type": (
        lambda m: setattr(m.tables["requests"].c.due_on, "type", DateTime()),
        "requests.due_on: type is 'DATE' in the database, 'DATETIME' in the models",
    ),
    "an index": (
        lambda m: Index("ix_users_role", m.tables["users"].c.role),
        "index ix_users_role on users (role): only in the models",
    ),
    "a unique constraint": (
        lambda m: m.tables["business"].append_constraint(
            UniqueConstraint("business_id", name="uq_business_id")
        ),
        "unique constraint uq_business_id on business (business_id): only in the models",
    ),
    "on delete": (
        _signatures_set_null,
        "foreign key user_signatures(user_id) → users ON DELETE SET NULL: only in the models",
    ),
    "a primary key": (
        _descriptions_keyed_by_version,
        "register_descriptions: primary key ['id'] in the database, ['version'] in the models",
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_the_comparison_finds_a_difference(register: Register, change: str) -> None:
    models = _copy_of_the_models()
    make, said = CHANGES[change]
    make(models)
    with register.engine.connect() as connection:
        found = differences(connection, models)
    assert said in found, found


def test_a_length_alone_is_no_difference(register: Register) -> None:
    models = _copy_of_the_models()
    models.tables["users"].c.username.type = String(60)
    with register.engine.connect() as connection:
        assert differences(connection, models) == []


# --- a register of the previous revision ----------------------------------------------------------
BEFORE_0007 = "0006"


def _register_at(files: RegisterFiles, revision: str, recovery_key: str) -> Engine:
    """A register as an older Kirjuri left it: key slots, and the schema of `revision`."""
    data_key = crypto.new_data_key()
    slots = KeySlotFile(register_id=str(uuid.uuid4()))
    slots.set_recovery(recovery_key, data_key)
    slots.save(files.keys)
    engine = make_engine(files.db, data_key)
    config = schema.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO register_info (register_id, created_at, created_by_version) "
                "VALUES (:id, :now, '0.1.0')"
            ),
            {"id": slots.register_id, "now": datetime(2026, 11, 24, 9, 0)},
        )
        # Before 0007 the table allowed a NULL value (written by hand, or by an older tool).
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('by_hand', NULL)"))
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('auto_lock', '15')"))
        connection.execute(
            text(
                "INSERT INTO customers (number, first_name, last_name, search_text, created_at, "
                "updated_at) VALUES (1, 'Aino', 'Korhonen', 'aino korhonen', :now, :now)"
            ),
            {"now": datetime(2026, 11, 24, 9, 0)},
        )
    return engine


def test_a_register_of_the_previous_revision_upgrades_to_match_the_models(
    tmp_path: Path,
) -> None:
    files = RegisterFiles(tmp_path / "old" / "register.kirjuri")
    files.db.parent.mkdir()
    recovery_key = crypto.new_recovery_key()
    old = _register_at(files, BEFORE_0007, recovery_key)
    with old.connect() as connection:
        before = differences(connection, Base.metadata)
    old.dispose()
    assert "settings.value: nullable is True in the database, False in the models" in before

    register = open_register(files, lambda slots: slots.unwrap_with_recovery(recovery_key))
    try:
        assert schema.current_revision(register.engine) == schema.head_revision()
        assert register.upgraded_from_copy is not None and register.upgraded_from_copy.exists()
        with register.engine.connect() as connection:
            assert differences(connection, Base.metadata) == []
            # The customers table was not rebuilt: its search triggers are still there and work.
            connection.execute(
                text("UPDATE customers SET search_text = 'aino korhonen-laine' WHERE number = 1")
            )
            found = connection.execute(
                text("SELECT rowid FROM customer_search WHERE customer_search MATCH 'laine'")
            ).all()
            assert len(found) == 1
        with register.read() as session:
            values = {
                key: value for key, value in session.execute(select(Setting.key, Setting.value))
            }
        assert values == {"by_hand": None, "auto_lock": 15}
    finally:
        register.close()
