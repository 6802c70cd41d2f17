"""Kirjuri's roles on a PostgreSQL server (issue 18): a group role per Kirjuri role, a LOGIN role
(SCRAM-SHA-256) per Kirjuri user, and the grants of server_grants.py.

Names: roles are the whole cluster's, so they carry the register's prefix (from its database's
name): groups `<prefix>_admin`, `_clerk`, `_reader`; a user's login `<prefix>.<username>` (a
user name has no dot-free collision with a group: groups have no dot).

`install` runs once with an administrator's connection (superuser, or owner of the schema with
CREATEROLE), after the schema is made or upgraded; it may run again (after a migration) and
changes nothing that is already right. It also makes four SECURITY DEFINER functions, owned by
that administrator, through which Kirjuri manages its own logins: the main user's role gets no
CREATEROLE (on PostgreSQL 15 that could grant itself pg_execute_server_program); the functions
only ever touch `<prefix>.*` roles and only grant the three groups.

The audit log: the grants give nobody UPDATE, DELETE or TRUNCATE, and migration 0001's triggers
refuse them even for the table's owner (here set to fire ALWAYS, also under
session_replication_role = replica). Kirjuri's roles own nothing, so none can disable a trigger.
There is no maintenance path that changes audit entries: their retention is forbidden, and
the administrator's only way past the triggers is DDL on the table
(ALTER TABLE audit_log DISABLE TRIGGER ...), and any entry then changed or removed breaks the
hash chain or its anchors kept outside the database (`kirjuri check` reports it).
An entry written through a Kirjuri login must name that login's user (a trigger): a clerk with
psql cannot write entries on someone else's name.

A login's password is not the Kirjuri password itself: the server keeps a SCRAM verifier
(PBKDF2, 4096 rounds) that anyone with the server's catalog could attack faster than the
Argon2id of the key slots. So the login secret is Argon2id of the password (salted by the login
name), and the verifier is computed here: the server never sees either.
"""

from __future__ import annotations

import base64
import hashlib
import re

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.core.roles import Role
from desktop.store import server_grants
from desktop.store.crypto import KdfParams, b64, derive_kek
from desktop.store.dialect import is_postgres

PREFIX_LENGTH = 30  # + "." + a 32-character user name = PostgreSQL's 63
_SIMPLE = re.compile(r"^[a-z0-9_]+$")
USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{1,31}$"  # desktop.core.validation.USERNAME_RE


class NotInstalled(Exception):
    """The register's database has no Kirjuri roles yet (install was not run)."""


def role_prefix(database: str) -> str:
    """The register's role prefix, from its database's name: readable when the name is short
    and simple, else shortened with a hash so that two databases never share one."""
    if _SIMPLE.match(database) and len(database) <= PREFIX_LENGTH:
        return database
    cleaned = re.sub(r"[^a-z0-9_]", "_", database.lower())[:21]
    return f"{cleaned}_{hashlib.sha256(database.encode()).hexdigest()[:8]}"


def group(prefix: str, role: Role) -> str:
    return f"{prefix}_{role.value}"


def login(prefix: str, username: str) -> str:
    return f"{prefix}.{username}"


def login_secret(login_name: str, password: str) -> str:
    """What a workstation sends as the login's password (see the module's comment)."""
    salt = hashlib.sha256(b"kirjuri-server-login\0" + login_name.encode()).digest()[:16]
    return base64.urlsafe_b64encode(derive_kek(password, KdfParams(salt=b64(salt)))).decode()


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _schema_tables(connection: Connection) -> set[str]:
    rows = connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    )
    return {str(name) for (name,) in rows}


def install(connection: Connection) -> str:
    """Groups, grants, guards and the login functions; returns the prefix. The caller commits."""
    database = str(connection.exec_driver_sql("SELECT current_database()").scalar())
    prefix = role_prefix(database)
    tables = _schema_tables(connection)
    unruled = tables - set(server_grants.TABLES)
    if unruled:
        raise ValueError(f"tables without server grants: {sorted(unruled)}")

    def q(name: str) -> str:
        return _quote(connection, name)

    groups = {role: q(group(prefix, role)) for role in Role}
    connection.exec_driver_sql("SELECT 1")  # the transaction begun on the driver's connection
    raw = connection.connection.driver_connection
    assert raw is not None

    def run(statement: str) -> None:
        # psycopg's own execute without parameters: the %I and %L of format() stay as they are.
        raw.execute(statement)

    for role in Role:
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group(prefix, role)}
        ).scalar()
        if not exists:
            run(f"CREATE ROLE {groups[role]} NOLOGIN")
    everyone = ", ".join(groups.values())
    run(f"REVOKE ALL ON DATABASE {q(database)} FROM PUBLIC")
    run(f"GRANT CONNECT ON DATABASE {q(database)} TO {everyone}")
    run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    for table in sorted(tables):
        run(f"REVOKE ALL ON {q(table)} FROM PUBLIC, {everyone}")
        for role in Role:
            granted = server_grants.privileges(table, role)
            if granted:
                run(f"GRANT {granted} ON {q(table)} TO {groups[role]}")
    for granted, table in server_grants.EVERYONE_COLUMNS:
        if table in tables:
            run(f"GRANT {granted} ON {q(table)} TO {everyone}")
    run("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    from desktop.store import server_functions

    for statement in server_functions.statements(prefix, groups):
        run(statement)
    return prefix


def installed_prefix(session: Session) -> str | None:
    """The prefix when this register's server has Kirjuri's roles; None on a file register or
    a server database where install has not run (then there are no logins to keep in step)."""
    if not is_postgres(session):
        return None
    found = session.execute(text("SELECT to_regprocedure('kirjuri_role_prefix()')")).scalar()
    if found is None:
        return None
    return str(session.execute(text("SELECT kirjuri_role_prefix()")).scalar())


def _verifier(connection: Connection, login_name: str, secret: str) -> str:
    """The SCRAM-SHA-256 verifier of the login secret, computed by libpq on this side."""
    pgconn = connection.connection.driver_connection.pgconn  # type: ignore[union-attr]
    return bytes(
        pgconn.encrypt_password(secret.encode(), login_name.encode(), b"scram-sha-256")
    ).decode()


def create_login(
    connection: Connection, prefix: str, username: str, role: Role, secret: str
) -> None:
    """`secret`: login_secret(login(prefix, username), password)."""
    verifier = _verifier(connection, login(prefix, username), secret)
    connection.execute(
        text("SELECT kirjuri_create_login(:username, :role, :verifier)"),
        {"username": username, "role": role.value, "verifier": verifier},
    )


# --- kept in step with user management (services/access/users.py) ----------------------------
def user_added(session: Session, username: str, role: Role, password: str) -> None:
    prefix = installed_prefix(session)
    if prefix is not None:
        secret = login_secret(login(prefix, username), password)
        create_login(session.connection(), prefix, username, role, secret)


def user_role_changed(session: Session, username: str, role: Role) -> None:
    if installed_prefix(session) is not None:
        session.execute(
            text("SELECT kirjuri_set_login_role(:username, :role)"),
            {"username": username, "role": role.value},
        )


def user_password_changed(session: Session, username: str, role: Role, password: str) -> None:
    """A new password; a user who had no login yet (added before install) gets one now."""
    prefix = installed_prefix(session)
    if prefix is None:
        return
    secret = login_secret(login(prefix, username), password)
    verifier = _verifier(session.connection(), login(prefix, username), secret)
    had_login = session.execute(
        text("SELECT kirjuri_set_login_password(:username, :verifier)"),
        {"username": username, "verifier": verifier},
    ).scalar()
    if not had_login:
        create_login(session.connection(), prefix, username, role, secret)


def user_removed(session: Session, username: str) -> None:
    if installed_prefix(session) is not None:
        session.execute(text("SELECT kirjuri_drop_login(:username)"), {"username": username})


def backup_made(session: Session, made_at: str) -> bool:
    """A backup's time into the settings on a server with Kirjuri's roles, where a clerk's own
    login may not write settings (server_functions' kirjuri_backup_made); False elsewhere."""
    if installed_prefix(session) is None or not has_function(session, "kirjuri_backup_made(text)"):
        return False  # a main user's login writes the row itself (roles installed before it)
    session.execute(text("SELECT kirjuri_backup_made(:made_at)"), {"made_at": made_at})
    return True


def has_function(session: Session, signature: str) -> bool:
    """Whether this server's install has one of Kirjuri's functions: a server installed by an
    earlier Kirjuri lacks the newer ones until install runs again (after an upgrade)."""
    found = session.execute(text("SELECT to_regprocedure(:f)"), {"f": signature}).scalar()
    return found is not None
