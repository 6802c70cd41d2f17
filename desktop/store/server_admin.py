"""The one place the administrator's connection for moving a register is made.

Moving a register to the server (and exporting it back) connects once with the credentials the
main user gives: the server's address and a PostgreSQL administrator's user name and password.
A workstation's own connection (TLS against the pinned certificate) is server_connection.py's;
the copying code never builds a connection itself, so the pinned TLS connection plugs in here
(admin_engine) without touching it. The password is never printed, logged or kept: what is
shown of the address is `shown()`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import ServerUnreachable, UserError
from desktop.store.dialect import server_url


class NotAServerAddress(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "{address} is not a PostgreSQL address. Give it as postgresql://server/database.",
    )
    exit_code = 2


class ServerConnectionFailed(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Could not connect to the server {address}, or the connection was cut. Check the "
        "address, the user name and the password, and that the server is running. Nothing was "
        "changed.",
    )
    exit_code = 11


@dataclass(frozen=True)
class AdminAddress:
    """Where the register goes or comes from, and who connects: the URL may carry the user (and
    libpq then finds the password in PGPASSWORD or ~/.pgpass); `user`/`password` override it."""

    url: str
    user: str | None = None
    password: str | None = None

    def sqlalchemy_url(self) -> URL:
        try:
            url = server_url(self.url)
        except Exception:
            raise NotAServerAddress(address=self.shown()) from None
        if self.user:
            url = url.set(username=self.user)
        if self.password:
            url = url.set(password=self.password)
        return url

    def shown(self) -> str:
        """The address without any password, for messages, the audit trail and the marker."""
        try:
            url = server_url(self.url)
        except Exception:
            return self.url.split("@")[-1]
        if self.user:
            url = url.set(username=self.user)
        return url.set(drivername="postgresql").render_as_string(hide_password=True)

    def with_credentials(self) -> str:
        """The address with the user and password given, for this run's connections only."""
        return self.sqlalchemy_url().render_as_string(hide_password=False)

    def without_password(self) -> str:
        """The address a workstation keeps (RegisterFiles.server): never the password."""
        url = self.sqlalchemy_url().set(password=None)
        return url.render_as_string(hide_password=False)


def admin_engine(address: AdminAddress) -> Engine:
    """An engine for one long transaction: no pool, no advisory lock (the database is new)."""
    return create_engine(address.sqlalchemy_url(), poolclass=NullPool)


@contextlib.contextmanager
def unreachable_as_user_error(address: AdminAddress) -> Iterator[None]:
    """A refused connection, a wrong password or a connection cut mid-way: one plain message
    (psycopg's own text may quote the address with the password, so it is not shown)."""
    try:
        yield
    except ServerUnreachable as exc:
        # The register's own session already said "lost" in its everyday words (the typing is
        # kept, it tries again); a move, export or backup says what happened to it instead.
        raise ServerConnectionFailed(address=address.shown()) from exc
    except OperationalError as exc:
        raise ServerConnectionFailed(address=address.shown()) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise ServerConnectionFailed(address=address.shown()) from exc
        raise
