"""Issue 17: no page, page tab or everyday dialog scrolls sideways in Finnish or Swedish on the
screens offices have (run by tests/ui/test_screen_layout.py once per screen, beside
screen_cases.py; collected only with KIRJURI_SCREEN_CASES set).

The real catalogues, not the pseudo-translation: what a clerk sees. Long names are in the data
(a hyphenated double name, a company), since a name is what widens a heading or a column.
Set KIRJURI_SCREENSHOTS=/some/folder to keep a PNG of each state.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabWidget, QWidget

from desktop.core.customer_form import CustomerForm, EmailForm
from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.services.requests.log import RequestForm
from desktop.ui import i18n
from desktop.ui.admin.user_dialog import UserDialog
from desktop.ui.backup.dialog import BackupDialog
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.customers.export_dialog import ExportDialog
from desktop.ui.customers.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.requests.detail_dialog import RequestDialog
from desktop.ui.requests.log_dialog import LogRequestDialog
from tests.ui.conftest import login

SCREEN = os.environ.get("KIRJURI_SCREEN_CASES", "")
pytestmark = pytest.mark.skipif(not SCREEN, reason="run by tests/ui/test_screen_layout.py")


@pytest.fixture(params=["fi", "sv"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert i18n.install(request.param), "the .qm files are missing: tools/translations.py build"
    yield str(request.param)
    i18n.install("en")


@pytest.fixture
def filled(gate: Gate) -> tuple[Services, int, int]:
    """A customer with a long name, and a request with a letter drafted: (services, customer
    id, request id)."""
    services = login(gate, "maija")
    services.customers.create(
        CustomerForm(
            first_name="Maija-Liisa",
            last_name="Virtanen-Meikäläinen",
            organisation="Osakeyhtiö Pitkänimi Oy",
            emails=(EmailForm("maija-liisa.virtanen-meikalainen@example.fi"),),
        )
    )
    customer_id = services.customer_queries.page(CustomerQuery())[0].id
    request_id = services.requests.log(
        RequestForm(
            received_at=datetime(2026, 11, 20, 10, 0),
            channel=RequestChannel.LETTER,
            kinds=(RequestKind.ACCESS, RequestKind.ERASURE),
            customer_id=customer_id,
            signed_by_hand=True,
        )
    ).id
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    services.letters.create(request_id, LetterKind.ACCESS)
    return services, customer_id, request_id


def sideways(window: QWidget) -> list[str]:
    """The scroll areas in `window` that scroll sideways now."""
    found: list[str] = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(window):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            found.append(
                f"{type(area).__name__} {area.objectName()!r}: {bar.maximum()} px more than "
                f"its {area.viewport().width()} px"
            )
    return found


def _states(window: QWidget, name: str) -> Iterator[str]:
    """`window` as it is, then with each tab of each tab widget in front."""
    yield name
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{name}-tab-{index + 1}"


def _look(window: QWidget, name: str) -> list[str]:
    QApplication.processEvents()
    QApplication.processEvents()
    if folder := os.environ.get("KIRJURI_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}.png"))
    return [f"{SCREEN} {name}: {problem}" for problem in sideways(window)]


def test_pages_do_not_scroll_sideways(  # type: ignore[no-untyped-def]
    qtbot, language: str, filled: tuple[Services, int, int], preferences: Preferences
) -> None:
    services = filled[0]
    window = MainWindow(services, preferences, RememberedLogins(services.gate.register_id()))
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
        page = window.page_list[index]
        for state in _states(page, f"{language}-page-{index + 1}"):
            problems += _look(window, state)
    assert not problems, "\n".join(problems)


def test_dialogs_do_not_scroll_sideways(  # type: ignore[no-untyped-def]
    qtbot, language: str, filled: tuple[Services, int, int], preferences: Preferences
) -> None:
    services, customer_id, request_id = filled
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("customer-new", lambda: CustomerEditor(services, None)),
        ("customer", lambda: CustomerEditor(services, services.customers.get(customer_id))),
        ("log-request", lambda: LogRequestDialog(services)),
        ("request", lambda: RequestDialog(services, request_id)),
        ("import", lambda: ImportDialog(services)),
        ("export", lambda: ExportDialog(services, CustomerQuery())),
        ("backup", lambda: BackupDialog(services, None, preferences)),
        ("user", lambda: UserDialog(services.users)),
    ]
    problems: list[str] = []
    for name, make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, RequestDialog):  # the drafted letter chosen: its buttons show
            QApplication.processEvents()
            dialog.letters.table.selectRow(0)
        for state in _states(dialog, f"{language}-{name}"):
            problems += _look(dialog, state)
        dialog.close()
    assert not problems, "\n".join(problems)
