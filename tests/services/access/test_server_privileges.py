"""Kirjuri's roles on the server (desktop/store/server_roles.py), checked by the server itself:
each user connects with their own login role over verified TLS, as psql would, and tries what
their Kirjuri role does not allow. The session's throwaway cluster; one secured database for the
module (Argon2id makes each login's secret). Here beside the service tests, to share their
session's cluster and template register (tests/services/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Engine, create_engine, text

from desktop.core.customer_form import CustomerForm, PhoneForm
from desktop.core.roles import Role
from desktop.services.access.gate import Gate
from desktop.services.access.users import NewUser, UserService
from desktop.services.container import Services
from desktop.services.customers.records import CustomerChangedMeanwhile
from desktop.store import server_grants, server_roles
from desktop.store.register import RegisterFiles
from desktop.store.server_connection import (
    PinnedCertificate,
    ServerAddress,
    connect,
    fingerprint_of,
    pin_certificate,
)
from desktop.store.server_roles import role_prefix
from tests.pg_cluster import Cluster
from tests.registers import PASSWORDS, ServerTemplate, copy_server_register

pytestmark = pytest.mark.pg


@dataclass
class Secured:
    cluster: Cluster
    database: str
    prefix: str
    address: ServerAddress
    pinned: PinnedCertificate
    customer_id: int
    admin_engine: Engine  # the administrator's (the tests' superuser, through the socket)
    secrets: dict[str, str]

    def connect(self, username: str) -> Any:
        login = server_roles.login(self.prefix, username)
        return connect(self.address, login, self.secrets[username], self.pinned)


@pytest.fixture(scope="module")
def secured(
    pg_cluster: Cluster,
    pg_register_template: ServerTemplate,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Secured]:
    folder = tmp_path_factory.mktemp("secured")
    files, database = copy_server_register(pg_cluster, pg_register_template, folder / "reg")
    gate = Gate(files)
    try:
        maija = Services.for_user(gate, gate.login("maija", PASSWORDS["maija"]).user)
        customer = maija.customers.create(
            CustomerForm(
                first_name="Aino", last_name="Asiakas", phones=(PhoneForm("040 765 4321"),)
            )
        )
    finally:
        gate.close()
    secrets = {
        name: server_roles.login_secret(server_roles.login(role_prefix(database), name), password)
        for name, password in PASSWORDS.items()
    }
    admin_engine = create_engine(pg_cluster.url(database))
    with admin_engine.begin() as connection:
        prefix = server_roles.install(connection)
        for username, role in (
            ("maija", Role.ADMIN),
            ("ville", Role.CLERK),
            ("lukija", Role.READER),
        ):
            server_roles.create_login(connection, prefix, username, role, secrets[username])
    address = ServerAddress(pg_cluster.host, pg_cluster.port, database)
    pinned = pin_certificate(address, fingerprint_of(_der(pg_cluster)), folder / "server.pem")
    yield Secured(pg_cluster, database, prefix, address, pinned, customer.id, admin_engine, secrets)
    admin_engine.dispose()
    for name in ("maija", "ville", "lukija", "uusi"):
        pg_cluster.execute(f'DROP ROLE IF EXISTS "{server_roles.login(prefix, name)}"')
    pg_cluster.drop_database(database)
    for role in Role:
        pg_cluster.execute(f'DROP ROLE IF EXISTS "{server_roles.group(prefix, role)}"')


def _der(cluster: Cluster) -> bytes:
    import ssl

    return ssl.PEM_cert_to_DER_cert(cluster.certificate.read_text())


def _refused(secured: Secured, username: str, statement: str) -> BaseException:
    """Run `statement` as the user in its own transaction, committed; the server's error."""
    with (
        secured.connect(username) as connection,
        pytest.raises(psycopg.Error) as refused,
        connection.transaction(),
    ):
        connection.execute(statement.encode())
    return refused.value


AUDIT_TAMPERING = [
    "UPDATE audit_log SET action = 'nothing_here' WHERE id = 1",
    "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete",
]

CLERK_REFUSED = [
    *AUDIT_TAMPERING,
    "SELECT * FROM audit_log",
    "SELECT username, action, entity_id FROM audit_log",
    "COPY audit_log TO STDOUT",
    "COPY customers TO '/tmp/kirjuri-export.csv'",  # a file on the server: no one's business
    "SELECT * FROM pg_read_file('pg_hba.conf')",
    "UPDATE users SET role = 'admin' WHERE username = 'ville'",
    "UPDATE users SET active = false",
    "DELETE FROM users WHERE username = 'lukija'",
    "INSERT INTO users (username, full_name, role, created_at, password_changed_at) "
    "VALUES ('oma', 'Oma', 'admin', now(), now())",
    "UPDATE settings SET value = '1'",
    "UPDATE business SET name = 'Toinen Oy'",
    "DELETE FROM requests",
    "CREATE TABLE stash (x text)",
    "SELECT kirjuri_set_login_role('ville', 'admin')",
    "SELECT kirjuri_create_login('oma', 'admin', 'SCRAM-SHA-256$4096:x')",
    "SELECT kirjuri_drop_login('maija')",
    "SELECT kirjuri_set_login_password('maija', 'SCRAM-SHA-256$4096:x')",
    # An entry on someone else's name, or on nobody's.
    "INSERT INTO audit_log (at, user_id, username, action, prev_hash, hash) VALUES "
    "(now(), (SELECT id FROM users WHERE username = 'maija'), 'maija', 'x', '', '')",
    "INSERT INTO audit_log (at, username, action, prev_hash, hash) "
    "VALUES (now(), 'system', 'x', '', '')",
]


@pytest.mark.parametrize("statement", CLERK_REFUSED)
def test_a_clerk_with_psql_is_refused_by_the_server(secured: Secured, statement: str) -> None:
    error = _refused(secured, "ville", statement)
    assert isinstance(error, errors.InsufficientPrivilege), error


@pytest.mark.parametrize(
    "statement",
    [
        'GRANT "{p}_admin" TO "{p}.ville"',
        'SET ROLE "{p}_admin"',
        'ALTER ROLE "{p}.ville" CREATEROLE',
        'ALTER ROLE "{p}.lukija" PASSWORD NULL',
        'CREATE ROLE "{p}.oma" LOGIN',
    ],
)
def test_a_clerk_cannot_change_roles_on_the_server(secured: Secured, statement: str) -> None:
    error = _refused(secured, "ville", statement.format(p=secured.prefix))
    assert isinstance(error, errors.InsufficientPrivilege), error


def test_a_clerk_cannot_remove_a_customer_unless_a_merge_is_audited(secured: Secured) -> None:
    error = _refused(secured, "ville", f"DELETE FROM customers WHERE id = {secured.customer_id}")
    assert isinstance(error, errors.InsufficientPrivilege)
    assert "merge" in str(error)
    with secured.admin_engine.connect() as connection:
        assert (
            connection.execute(
                text("SELECT count(*) FROM customers WHERE id = :id"), {"id": secured.customer_id}
            ).scalar()
            == 1
        )


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO customers DEFAULT VALUES",
        "UPDATE customers SET notes = 'x'",
        "DELETE FROM customer_phones",
        "SELECT * FROM suppression_hashes",
        "SELECT * FROM audit_log",
    ],
)
def test_a_reader_may_not_change_or_read_beyond_viewing(secured: Secured, statement: str) -> None:
    error = _refused(secured, "lukija", statement)
    assert isinstance(error, errors.InsufficientPrivilege), error


@pytest.mark.parametrize("statement", AUDIT_TAMPERING)
def test_not_even_the_main_users_role_changes_the_audit_log(
    secured: Secured, statement: str
) -> None:
    error = _refused(secured, "maija", statement)
    assert isinstance(error, errors.InsufficientPrivilege), error


@pytest.mark.parametrize("statement", AUDIT_TAMPERING[:4])
def test_the_tables_owner_is_stopped_by_the_trigger_even_as_a_replica(
    secured: Secured, statement: str
) -> None:
    with secured.admin_engine.connect() as connection:
        connection.exec_driver_sql("SET session_replication_role = replica")
        with pytest.raises(Exception, match="append-only"):
            connection.exec_driver_sql(statement)
        connection.rollback()


def test_what_each_role_needs_still_works(secured: Secured) -> None:
    customer = str(secured.customer_id)
    with secured.connect("ville") as clerk:
        head = clerk.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        assert head is not None and len(head[1]) == 64
        history = clerk.execute(
            "SELECT action FROM kirjuri_audit_of(%s, 50, %s)", (customer, "")
        ).fetchall()
        assert ("customer_created",) in history
        clerk.execute("UPDATE customers SET notes = 'soitettu' WHERE id = %s", (customer,))
        clerk.execute(
            "INSERT INTO audit_log (at, user_id, username, action, prev_hash, hash) "
            "VALUES (now(), (SELECT id FROM users WHERE username = 'ville'), 'ville', 'probe', "
            "%s, %s)",
            (head[1], "0" * 64),
        )
        clerk.rollback()  # what was possible is shown; the chain stays as it was
    with secured.connect("lukija") as reader:
        assert reader.execute("SELECT count(*) FROM customers").fetchone() == (1,)
    with secured.connect("maija") as main_user:
        assert main_user.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 3


def test_every_table_has_rules_and_kirjuri_roles_own_nothing(secured: Secured) -> None:
    with secured.admin_engine.connect() as connection:
        tables = set(
            connection.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).scalars()
        )
        owners = set(
            connection.exec_driver_sql(
                "SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"
            ).scalars()
        )
        logins = connection.execute(
            text(
                "SELECT rolname, rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, "
                "left(rolpassword, 14) FROM pg_authid WHERE rolname LIKE :p ORDER BY rolname"
            ),
            {"p": secured.prefix + ".%"},
        ).all()
    assert tables == set(server_grants.TABLES)
    assert not any(owner.startswith(secured.prefix) for owner in owners)
    assert [row[0] for row in logins] == [
        server_roles.login(secured.prefix, name) for name in ("lukija", "maija", "ville")
    ]
    assert all(row[1:] == (True, False, False, False, "SCRAM-SHA-256$") for row in logins)


def test_managing_users_keeps_their_login_roles_in_step(secured: Secured) -> None:
    files_url = secured.cluster.url(secured.database)
    login = server_roles.login(secured.prefix, "uusi")

    def groups_of_login() -> list[str]:
        with secured.admin_engine.connect() as connection:
            return list(
                connection.execute(
                    text(
                        "SELECT g.rolname FROM pg_auth_members m "
                        "JOIN pg_roles g ON g.oid = m.roleid "
                        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :login"
                    ),
                    {"login": login},
                ).scalars()
            )

    from desktop.store.register import RegisterFiles

    reg_folder = Path(secured.pinned.path).parent / "reg"
    files = RegisterFiles(reg_folder / "register.kirjuri", server=files_url)
    gate = Gate(files)
    try:
        maija = gate.login("maija", PASSWORDS["maija"]).user
        assert gate.register is not None
        users = UserService(gate.register, maija)
        added = users.add_user(NewUser("uusi", "Uusi Käyttäjä", Role.CLERK), "uuden salasana")
        assert groups_of_login() == [server_roles.group(secured.prefix, Role.CLERK)]
        secret = server_roles.login_secret(login, "uuden salasana")
        with connect(secured.address, login, secret, secured.pinned) as connection:
            assert connection.execute("SELECT current_user").fetchone() == (login,)
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            connect(secured.address, login, "uuden salasana", secured.pinned)  # not the secret

        users.update_user(added.id, full_name="Uusi Käyttäjä", title="", role=Role.READER)
        assert groups_of_login() == [server_roles.group(secured.prefix, Role.READER)]
        users.reset_password(added.id, "vaihdettu salasana")
        new_secret = server_roles.login_secret(login, "vaihdettu salasana")
        connect(secured.address, login, new_secret, secured.pinned).close()
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            connect(secured.address, login, secret, secured.pinned)

        users.remove_user(added.id)
        with secured.admin_engine.connect() as connection:
            assert (
                connection.execute(
                    text("SELECT count(*) FROM pg_roles WHERE rolname = :login"), {"login": login}
                ).scalar()
                == 0
            )
    finally:
        gate.close()


def _own_login_files(secured: Secured, username: str, folder: Path) -> RegisterFiles:
    """The register as a workstation opens it: the user's own login, TLS verified."""
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql+psycopg",
        username=server_roles.login(secured.prefix, username),
        password=secured.secrets[username],
        host=secured.address.host,
        port=secured.address.port,
        database=secured.database,
        query={"sslmode": "verify-ca", "sslrootcert": str(secured.pinned.path)},
    )
    source = Path(secured.pinned.path).parent / "reg" / "register.kirjuri"
    folder.mkdir()
    files = RegisterFiles(folder / "register.kirjuri", server=url.render_as_string(False))
    shutil.copy2(source.with_name(source.name + ".keys"), files.keys)
    return files


@pytest.mark.parametrize("username", ["ville", "lukija", "maija"])
def test_the_services_work_with_each_users_own_login(
    secured: Secured, username: str, tmp_path: Path
) -> None:
    """The grants are not tighter than the services: each user works in Kirjuri as their own
    login role. The reader changes her own password (the login's too); the clerk creates,
    changes and merges customers (the merge's deletion passes
    the server's guard because the audit log records it), a stale save is told who changed the
    customer (the history function); everyone sees a customer's history."""
    gate = Gate(_own_login_files(secured, username, tmp_path / "reg"))
    try:
        services = Services.for_user(gate, gate.login(username, PASSWORDS[username]).user)
        detail = services.customers.get(secured.customer_id)
        assert detail.id == secured.customer_id
        history = services.customers.history(secured.customer_id)
        assert "customer_created" in [row.action for row in history]
        if username == "lukija":  # changes her own password, and so her login's
            services.users.change_own_password(PASSWORDS["lukija"], "lukijan uusi salasana")
            login = server_roles.login(secured.prefix, "lukija")
            secured.secrets["lukija"] = server_roles.login_secret(login, "lukijan uusi salasana")
            secured.connect("lukija").close()
            return
        form = CustomerForm(
            first_name="Kaksi", last_name=username, phones=(PhoneForm("040 765 4322"),)
        )
        first = services.customers.create(form)
        second = services.customers.create(replace(form, notes="toinen"))
        services.customers.update(first.id, replace(form, notes="muutettu"))
        with pytest.raises(CustomerChangedMeanwhile) as stale:
            services.customers.update(
                first.id, replace(form, notes="vanha"), opened_version=first.version
            )
        assert (
            stale.value.params["name"]
            == {"ville": "Ville Virtanen", "maija": "Maija Meikäläinen"}[username]
        )
        kept = services.merge.merge(keep_id=first.id, remove_id=second.id)
        assert kept.id == first.id
        with secured.admin_engine.connect() as connection:
            assert (
                connection.execute(
                    text("SELECT count(*) FROM customers WHERE id = :id"), {"id": second.id}
                ).scalar()
                == 0
            )
    finally:
        gate.close()
