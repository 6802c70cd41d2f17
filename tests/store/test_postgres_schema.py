"""The same migrations make the models' schema on PostgreSQL: tables, columns with their types
(compared the way PostgreSQL keeps them), nullability, indexes, unique constraints and foreign
keys; the audit log refuses UPDATE, DELETE and TRUNCATE there too; and the register opens again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from desktop.store import schema
from desktop.store.dialect import is_postgres
from desktop.store.models import Base
from desktop.store.register import Register, RegisterFiles, create_register, open_register
from tests.pg_cluster import Cluster
from tests.store.test_models_match_migrations import describe

pytestmark = pytest.mark.pg

# In the database on purpose, not in the models.
DELIBERATE_INDEXES = {
    "ix_customers_search_trgm": "pg_trgm GIN index of customers.search_text (0002, raw SQL)",
}


@pytest.fixture(scope="module")
def made(
    pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Register, RegisterFiles, str]]:
    database = pg_cluster.new_database()
    files = RegisterFiles(
        tmp_path_factory.mktemp("pg") / "register.kirjuri", server=pg_cluster.url(database)
    )
    register, recovery_key = create_register(files)
    yield register, files, recovery_key
    register.close()
    pg_cluster.drop_database(database)


def _included(name: str | None, type_: str, _parent: Any) -> bool:
    return not (type_ == "index" and name in DELIBERATE_INDEXES)


def test_a_fresh_server_register_matches_the_models(
    made: tuple[Register, RegisterFiles, str],
) -> None:
    register, _files, _key = made
    assert is_postgres(register.engine)
    with register.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _included}
        )
        found = [describe(diff) for diff in compare_metadata(context, Base.metadata)]
    assert found == []
    names = {index["name"] for index in inspect(register.engine).get_indexes("customers")}
    assert set(DELIBERATE_INDEXES) <= names


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET action = 'x'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ],
)
def test_the_audit_log_is_append_only_on_the_server(
    made: tuple[Register, RegisterFiles, str], statement: str
) -> None:
    register, _files, _key = made
    with register.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_log (at, username, action, prev_hash, hash) "
                "VALUES (now(), 'test', 'probe', '', '')"
            )
        )
    with pytest.raises(DBAPIError, match="append-only"), register.engine.begin() as connection:
        connection.execute(text(statement))


def test_a_server_register_opens_at_head_without_a_file(
    made: tuple[Register, RegisterFiles, str],
) -> None:
    _register, files, recovery_key = made
    again = open_register(files, lambda slots: slots.unwrap_with_recovery(recovery_key))
    try:
        assert schema.current_revision(again.engine) == schema.head_revision()
        assert again.upgraded_from_copy is None
        assert files.keys.exists()
        assert not files.db.exists(), "the data is on the server, no database file beside"
    finally:
        again.close()
