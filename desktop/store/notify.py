"""Telling the other workstations that something changed (PostgreSQL LISTEN/NOTIFY).

Sending: every flush of a session on the server that inserts, changes or deletes a customer or a
request (or a row belonging to one: an address, a consent, an event) — or a bulk statement on
such a table (an import; then the id is empty: "refresh what you show") — queues
`pg_notify('kirjuri_changes', 'customers:123')` in the same transaction. PostgreSQL delivers
it only when the transaction commits (a rolled-back save tells nobody) and folds repeats within
one transaction into one. The payload is the table and the id, never personal data: a listener
reads what it may see through the services, with its own user's rights.

Listening: ChangeListener holds one connection of its own in a thread, LISTENs, and hands each
(table, id) to a callback; after a lost connection it connects again (a change missed meanwhile
is reported as the table with no id: "refresh everything you show"). The UI turns the callback
into a Qt signal (desktop.ui.live_updates). A file register has one user: nothing is sent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from desktop.store.customer_models import Customer
from desktop.store.request_models import Request

CHANNEL = "kirjuri_changes"
TABLES = {Customer: "customers", Request: "requests"}
# A row that belongs to a customer or a request names its owner by one of these columns.
OWNERS = (("customer_id", "customers"), ("request_id", "requests"))
RECONNECT_SECONDS = 2.0

log = logging.getLogger(__name__)
Callback = Callable[[str, str], None]


def changed_rows(session: Session) -> set[tuple[str, str]]:
    """(table, id) of each customer and request the flush touches. Called after the flush:
    new rows have their ids, and session.new/dirty/deleted still list what was flushed."""
    found: set[tuple[str, str]] = set()
    for instance in (*session.new, *session.dirty, *session.deleted):
        table = TABLES.get(type(instance))
        if table is not None:
            found.add((table, str(instance.id)))
            continue
        for column, owner in OWNERS:
            owner_id = getattr(instance, column, None)
            if isinstance(owner_id, int):
                found.add((owner, str(owner_id)))
    return found


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _send(session: Session, changes: set[tuple[str, str]]) -> None:
    connection = session.connection()
    for table, row_id in sorted(changes):
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": f"{table}:{row_id}"},
        )


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    if _on_server(session):  # a file register's (large) flushes are not even looked at
        _send(session, changed_rows(session))


def _bulk_statement(state: ORMExecuteState) -> None:
    """An INSERT, UPDATE or DELETE run as one statement (an import, the retention's deletion):
    which rows is not known here, so the table as a whole ("refresh what you show")."""
    if not (state.is_insert or state.is_update or state.is_delete) or not _on_server(state.session):
        return
    target = getattr(state.statement, "table", None)
    columns = getattr(target, "c", None)
    name = getattr(target, "name", "")
    if columns is None:
        return
    tables = {name} & set(TABLES.values())
    tables |= {owner for column, owner in OWNERS if column in columns}
    _send(state.session, {(table, "") for table in tables})


_installed = False


def install() -> None:
    """Hook the sessions once (make_server_engine calls it); a no-op on SQLite's sessions."""
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "do_orm_execute", _bulk_statement)
    _installed = True


def parse(payload: str) -> tuple[str, str]:
    table, _, row_id = payload.partition(":")
    return table, row_id


class ChangeListener:
    """A thread that LISTENs on its own connection and calls `callback(table, id)` for each
    change another session committed (its own included: a page refreshed twice is harmless)."""

    def __init__(
        self,
        server: str | URL | Engine,
        callback: Callback,
        *,
        wait: float = 0.5,
        on_connected: Callable[[bool], None] | None = None,
    ) -> None:
        self._server = server
        self._callback = callback
        self._wait = wait
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kirjuri-listen", daemon=True)
        self.connected = False
        self._on_connected = on_connected  # told each time the connection comes or goes

    def start(self) -> None:
        self._thread.start()

    def wait_until_listening(self, timeout: float = 10.0) -> bool:
        return self._listening.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._set_connected(True)
                    self._listening.set()
                    if not first:
                        for table in TABLES.values():  # what was missed while cut off
                            self._deliver(table, "")
                    first = False
                    while not self._stop.is_set():
                        for note in connection.notifies(timeout=self._wait):
                            self._deliver(*parse(note.payload))
            except Exception as exc:  # noqa: BLE001 - the network, TLS, a server restart
                # (psycopg's errors, SQLAlchemy's wrapping of them, the pin's refusals): the
                # updates pause, the window says so, and the listener tries again.
                self._set_connected(False)
                log.info("live updates: connection lost (%s); trying again", type(exc).__name__)
                self._stop.wait(RECONNECT_SECONDS)
        self.connected = False

    def _connect(self) -> Any:
        """A connection of the listener's own: from the register's engine (made the way the
        engine makes its connections: TLS against the pinned certificate, the user's login),
        taken out of its pool for good; or from an address (tests, tools)."""
        import psycopg

        if isinstance(self._server, Engine):
            pooled = self._server.raw_connection()
            connection = pooled.driver_connection
            assert connection is not None  # a live connection was just checked out
            pooled.detach()  # closed by the listener, never handed back to the pool
            try:
                connection.rollback()  # the pool's ping may have begun a transaction
                connection.autocommit = True
            except Exception:
                connection.close()
                raise
            return connection
        # psycopg's own connection string, from SQLAlchemy's URL (host, port, user, database).
        address = make_url(self._server).set(drivername="postgresql")
        return psycopg.connect(address.render_as_string(hide_password=False), autocommit=True)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            if self._on_connected is not None:
                self._on_connected(connected)

    def _deliver(self, table: str, row_id: str) -> None:
        try:
            self._callback(table, row_id)
        except Exception:  # a bug in a callback must not end the updates silently
            log.exception("live updates: the callback failed")
