"""An office server as a workstation meets it (issue 18): a register database on the session's
TLS cluster with Kirjuri's roles installed, a login per user, and the key slots published by the
main user's workstation (the one the register was moved from). Workstations then connect over
127.0.0.1 with TLS, each with its own empty settings folder."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from desktop.core.roles import Role
from desktop.store import server_roles
from desktop.store.keyslots import KeySlotFile
from desktop.store.server_connection import ServerAddress, fingerprint_of
from desktop.store.server_login import publish_key_slots
from tests.pg_cluster import Cluster
from tests.registers import PASSWORDS, ServerTemplate, copy_server_register

ROLES = {"maija": Role.ADMIN, "ville": Role.CLERK, "lukija": Role.READER}


@dataclass(frozen=True)
class OfficeServer:
    cluster: Cluster
    address: ServerAddress
    fingerprint: str  # as the administrator reads it on the server


@pytest.fixture(scope="module")
def office_server(
    pg_cluster: Cluster,
    pg_register_template: ServerTemplate,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[OfficeServer]:
    folder = tmp_path_factory.mktemp("office")
    files, database = copy_server_register(pg_cluster, pg_register_template, folder / "reg")
    admin = create_engine(pg_cluster.url(database))
    with admin.begin() as connection:
        prefix = server_roles.install(connection)
        for username, role in ROLES.items():
            login = server_roles.login(prefix, username)
            secret = server_roles.login_secret(login, PASSWORDS[username])
            server_roles.create_login(connection, prefix, username, role, secret)
    with Session(admin) as session, session.begin():
        publish_key_slots(session, KeySlotFile.load(files.keys))
    admin.dispose()
    der = ssl.PEM_cert_to_DER_cert(pg_cluster.certificate.read_text())
    address = ServerAddress(pg_cluster.host, pg_cluster.port, database)
    yield OfficeServer(pg_cluster, address, fingerprint_of(der))
    pg_cluster.drop_database(database)
    for name in ROLES:
        pg_cluster.execute(f'DROP ROLE IF EXISTS "{server_roles.login(prefix, name)}"')
    for role in Role:
        pg_cluster.execute(f'DROP ROLE IF EXISTS "{server_roles.group(prefix, role)}"')
