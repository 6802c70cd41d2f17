"""A workstation whose connection to the server is cut: the next save connects anew and goes
in (the pool pings first); a save cut in the middle is refused whole with a translated message
(the server rolls it back: no half-saved customer, no audit entry without its change)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from desktop.core.customer_form import CustomerForm
from desktop.errors import ServerUnreachable
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store import audit
from desktop.store.register import RegisterFiles
from tests.pg_cluster import Cluster


def _server(files: RegisterFiles) -> None:
    if not files.on_server:
        pytest.skip("a file register has no connection to a server to lose")


@pytest.fixture
def clerk(gate: Gate, passwords: dict[str, str]) -> Services:
    _server(gate.files)
    return Services.for_user(gate, gate.login("ville", passwords["ville"]).user)


def terminate(cluster: Cluster, pids: str) -> None:
    """Cut backends as the server's administrator would (or as a lost network ends them)."""
    cluster.execute(f"SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE {pids}")


class Cutter:
    """Once armed, the next flush's own backend is terminated right after the flush, before
    the commit: the connection is lost in the middle of a save."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.armed = False
        self.cut: list[int] = []

    def after_flush(self, session: Session, _context: Any) -> None:
        if self.armed:
            self.armed = False
            pid = int(session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
            self.cut.append(pid)
            terminate(self.cluster, f"pid = {pid}")


@pytest.fixture
def cutter(pg_cluster: Cluster) -> Iterator[Cutter]:
    cutter = Cutter(pg_cluster)
    event.listen(Session, "after_flush", cutter.after_flush)
    yield cutter
    event.remove(Session, "after_flush", cutter.after_flush)


def test_the_next_save_after_a_cut_connects_again(clerk: Services, pg_cluster: Cluster) -> None:
    opened = clerk.customers.get(clerk.customers.create(CustomerForm(last_name="Asiakas")).id)
    # Every connection the workstation holds is cut while it sits idle (Wi-Fi away, back).
    database = clerk.gate.files.server.rsplit("/", 1)[1].split("?")[0]  # type: ignore[union-attr]
    terminate(pg_cluster, f"datname = '{database}' AND pid <> pg_backend_pid()")
    saved = clerk.customers.update(
        opened.id, replace(opened.form, notes="Soita iltaisin"), opened=opened
    )
    assert saved.form.notes == "Soita iltaisin"


def test_a_save_cut_in_the_middle_is_refused_whole(clerk: Services, cutter: Cutter) -> None:
    register = clerk.gate.register
    assert register is not None
    opened = clerk.customers.get(clerk.customers.create(CustomerForm(last_name="Asiakas")).id)
    with register.read() as session:
        entries_before = session.scalar(text("SELECT count(*) FROM audit_log"))

    typed = replace(opened.form, notes="Soita iltaisin", municipality="Espoo")
    cutter.armed = True
    with pytest.raises(ServerUnreachable) as lost:
        clerk.customers.update(opened.id, typed, opened=opened)
    assert len(cutter.cut) == 1
    assert "connection to the office's server was lost" in lost.value.text()
    assert lost.value.exit_code == 7

    # Nothing of it is stored, the chain is whole, and the same save then goes in.
    stored = clerk.customers.get(opened.id, record_view=False)
    assert (stored.form.notes, stored.form.municipality, stored.version) == ("", "", opened.version)
    with register.read() as session:
        assert session.scalar(text("SELECT count(*) FROM audit_log")) == entries_before
        assert audit.verify(session).ok
    again = clerk.customers.update(opened.id, typed, opened=opened)
    assert (again.form.notes, again.form.municipality) == ("Soita iltaisin", "Espoo")
