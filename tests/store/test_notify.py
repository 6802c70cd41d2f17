"""LISTEN/NOTIFY on a register on the server: a committed change to a customer or a request
reaches another connection as its table and id (no personal data); a rolled-back one reaches
nobody; a listener whose connection is cut connects again and says "refresh everything"."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop.core.customer_form import CustomerForm, EmailForm
from desktop.core.requests import RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.requests.log import RequestForm
from desktop.store.customer_models import Customer
from desktop.store.notify import CHANNEL, ChangeListener
from tests.pg_cluster import Cluster
from tests.registers import (  # noqa: F401 - fixtures pytest finds by name
    PASSWORDS,
    ServerTemplate,
    copy_server_register,
    pg_register_template,
)

pytestmark = pytest.mark.pg
WAIT = 5.0  # seconds a change may take to arrive; it takes milliseconds


@pytest.fixture
def server(
    pg_cluster: Cluster,  # noqa: F811 - the imported fixture
    pg_register_template: ServerTemplate,  # noqa: F811
    tmp_path: Path,
) -> Iterator[tuple[Services, str]]:
    files, database = copy_server_register(pg_cluster, pg_register_template, tmp_path / "reg")
    gate = Gate(files)
    services = Services.for_user(gate, gate.login("maija", PASSWORDS["maija"]).user)
    assert files.server is not None
    yield services, files.server
    gate.close()
    pg_cluster.drop_database(database)


@pytest.fixture
def heard(server: tuple[Services, str]) -> Iterator[queue.Queue[tuple[str, str]]]:
    received: queue.Queue[tuple[str, str]] = queue.Queue()
    listener = ChangeListener(server[1], lambda table, row: received.put((table, row)))
    listener.start()
    assert listener.wait_until_listening()
    yield received
    listener.stop()


def _next(received: queue.Queue[tuple[str, str]]) -> tuple[str, str]:
    return received.get(timeout=WAIT)


def test_a_committed_change_reaches_another_connection(
    server: tuple[Services, str], heard: queue.Queue[tuple[str, str]]
) -> None:
    services, _url = server
    form = CustomerForm(first_name="Anna", last_name="Asiakas", emails=(EmailForm("a@ex.fi"),))
    anna = services.customers.create(form)
    assert _next(heard) == ("customers", str(anna.id))
    services.customers.update(anna.id, CustomerForm(first_name="Anna", last_name="Uusi"))
    assert _next(heard) == ("customers", str(anna.id))  # one per commit, repeats folded

    logged = services.requests.log(
        RequestForm(
            received_at=datetime(2026, 11, 24, 9, 0),
            channel=RequestChannel.EMAIL,
            kinds=(RequestKind.ACCESS,),
            requester_name="Anna Asiakas",
            customer_id=anna.id,
        ),
        today=date(2026, 11, 24),
    )
    got = {_next(heard)}
    while True:  # the request's events and its customer may come too; all by id only
        try:
            got.add(heard.get(timeout=0.5))
        except queue.Empty:
            break
    assert ("requests", str(logged.id)) in got
    assert all(table in ("customers", "requests") and row.isdigit() for table, row in got)


def test_a_rolled_back_change_tells_nobody(
    server: tuple[Services, str], heard: queue.Queue[tuple[str, str]]
) -> None:
    services, _url = server
    anna = services.customers.create(CustomerForm(first_name="Anna", last_name="Asiakas"))
    assert _next(heard) == ("customers", str(anna.id))
    register = services.gate.register
    assert register is not None
    with pytest.raises(RuntimeError), register.write() as session:
        customer = session.get(Customer, anna.id)
        assert customer is not None
        customer.notes = "ei tallennu"
        session.flush()  # the NOTIFY is queued in the transaction ...
        raise RuntimeError("the save fails after the flush")
    with pytest.raises(queue.Empty):  # ... and dropped with it
        heard.get(timeout=1.0)


def test_a_cut_listener_connects_again_and_asks_for_a_full_refresh(
    server: tuple[Services, str], heard: queue.Queue[tuple[str, str]], pg_cluster: Cluster
) -> None:
    services, _url = server
    pg_cluster.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE query = 'LISTEN {CHANNEL}' AND pid <> pg_backend_pid()"
    )
    assert {_next(heard), _next(heard)} == {("customers", ""), ("requests", "")}
    anna = services.customers.create(CustomerForm(first_name="Anna", last_name="Asiakas"))
    assert _next(heard) == ("customers", str(anna.id))


def test_a_statement_over_many_rows_names_the_table(
    server: tuple[Services, str], heard: queue.Queue[tuple[str, str]]
) -> None:
    """An import or a retention run writes many rows in one statement: "refresh the table"."""
    services, _url = server
    register = services.gate.register
    assert register is not None
    with register.write() as session:
        session.execute(update(Customer).values(level="B"))
        session.execute(select(Customer.id))  # a read says nothing
    assert _next(heard) == ("customers", "")
    with pytest.raises(queue.Empty):
        heard.get(timeout=0.5)
