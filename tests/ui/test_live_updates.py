"""Two workstations on one register on the server: a customer saved on one appears in the other's
list within seconds, told by LISTEN/NOTIFY (no polling); a file register listens to nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.customer_form import CustomerForm
from desktop.core.requests import RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.services.requests.log import RequestForm
from desktop.store.notify import CHANNEL
from desktop.store.register import RegisterFiles
from desktop.ui.customers.page import CustomersPage
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.live_updates import LiveUpdates
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.requests.page import RequestsPage
from tests.pg_cluster import Cluster
from tests.registers import (  # noqa: F401 - fixtures pytest finds by name
    PASSWORDS,
    ServerTemplate,
    copy_server_register,
    pg_cluster,
    pg_register_template,
)

WITHIN_MS = 5000  # "within seconds"; it takes well under one


def _services(gate: Gate, username: str) -> Services:
    return Services.for_user(gate, gate.login(username, PASSWORDS[username]).user)


@pytest.fixture
def workstations(
    pg_cluster: Cluster,  # noqa: F811 - the imported fixture
    pg_register_template: ServerTemplate,  # noqa: F811
    tmp_path: Path,
) -> Iterator[tuple[Gate, Gate]]:
    """Two Kirjuris on one server database, each with its own folder, lock and engine."""
    files, database = copy_server_register(pg_cluster, pg_register_template, tmp_path / "one")
    (tmp_path / "two").mkdir()
    other = RegisterFiles(tmp_path / "two" / files.db.name, files.server)
    shutil.copy2(files.keys, other.keys)
    gates = Gate(files), Gate(other)
    yield gates
    for gate in gates:
        gate.close()
    pg_cluster.drop_database(database)


def _names(page: CustomersPage) -> list[str]:
    return [row.name for row in page.model.rows]


@pytest.mark.pg
def test_the_list_follows_a_change_made_on_another_workstation(
    qtbot, workstations, english
) -> None:  # type: ignore[no-untyped-def]
    here, there = workstations
    services = _services(here, "ville")
    page = CustomersPage(services)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert _names(page) == []
    live = LiveUpdates.for_services(services, page)
    assert live is not None
    live.tables_changed.connect(page.changed_elsewhere)
    assert live.listener.wait_until_listening()

    other = _services(there, "maija")
    made = other.customers.create(CustomerForm(first_name="Uusi", last_name="Asiakas"))
    qtbot.waitUntil(lambda: _names(page) == ["Asiakas Uusi"], timeout=WITHIN_MS)
    page.select_customer(made.id)
    other.customers.update(made.id, CustomerForm(first_name="Uusi", last_name="Nimi"))
    qtbot.waitUntil(lambda: _names(page) == ["Nimi Uusi"], timeout=WITHIN_MS)
    assert [row.id for row in page.selected_rows()] == [made.id]  # the selection kept
    live.stop()


@pytest.mark.pg
def test_the_main_window_tells_the_page_on_screen(qtbot, workstations, tmp_path, english) -> None:  # type: ignore[no-untyped-def]
    here, there = workstations
    window = MainWindow(
        _services(here, "maija"), Preferences(tmp_path / "p.ini"), RememberedLogins("x")
    )
    qtbot.addWidget(window)
    window.show()
    assert window.live is not None and window.live.listener.wait_until_listening()
    window.open_page("customers")
    page = window.current_page()
    assert isinstance(page, CustomersPage)
    with qtbot.waitSignal(window.live.tables_changed, timeout=WITHIN_MS) as told:
        _services(there, "ville").customers.create(CustomerForm(last_name="Toinen"))
    assert told.args == [frozenset({"customers"})]
    qtbot.waitUntil(lambda: "Toinen" in _names(page), timeout=WITHIN_MS)

    # The dashboard's lists follow a request logged at the other desk.
    window.nav.setCurrentRow(0)
    dashboard = window.current_page()
    assert isinstance(dashboard, DashboardPage) and dashboard.summary is not None
    before = _requests_on(dashboard)
    _services(there, "ville").requests.log(
        RequestForm(
            received_at=datetime.now(),
            channel=RequestChannel.EMAIL,
            kinds=(RequestKind.ACCESS,),
            requester_name="Pyytäjä Toisaalta",
        )
    )
    qtbot.waitUntil(lambda: _requests_on(dashboard) == before + 1, timeout=WITHIN_MS)

    # And the requests page, when it is the one on screen.
    window.nav.setCurrentRow(
        next(n for n, page in enumerate(window.page_list) if isinstance(page, RequestsPage))
    )
    listed = window.current_page()
    assert isinstance(listed, RequestsPage) and len(listed.model.rows) == 1
    _services(there, "ville").requests.log(
        RequestForm(
            received_at=datetime.now(),
            channel=RequestChannel.LETTER,
            kinds=(RequestKind.ERASURE,),
            requester_name="Kolmas Pyytäjä",
        )
    )
    qtbot.waitUntil(lambda: len(listed.model.rows) == 2, timeout=WITHIN_MS)
    window.live.stop()


@pytest.mark.pg
def test_the_window_says_when_the_server_is_out_of_reach(  # type: ignore[no-untyped-def]
    qtbot,
    workstations,
    pg_cluster,  # noqa: F811 - the imported fixture
    tmp_path,
    english,
) -> None:
    here, _there = workstations
    window = MainWindow(
        _services(here, "maija"), Preferences(tmp_path / "p.ini"), RememberedLogins("x")
    )
    qtbot.addWidget(window)
    window.show()
    assert window.live is not None and window.live.listener.wait_until_listening()
    assert not window.offline_label.isVisible()
    lost = window.live.connected
    with qtbot.waitSignal(lost, timeout=WITHIN_MS, check_params_cb=lambda up: not up) as told:
        pg_cluster.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE query = 'LISTEN {CHANNEL}'"
        )
    assert told.args == [False]
    assert window.offline_label.isVisible()
    assert "No connection to the office's server" in window.offline_label.text()
    qtbot.waitUntil(lambda: not window.offline_label.isVisible(), timeout=WITHIN_MS)
    window.live.stop()


def _requests_on(dashboard: DashboardPage) -> int:
    summary = dashboard.summary
    assert summary is not None
    lists = (summary.overdue, summary.due_within_7_days, summary.due_later)
    return sum(requests.count for requests in lists)


def test_a_file_register_listens_to_nothing(window: MainWindow) -> None:
    assert window.live is None
