"""In pseudo-translation (every text ~40 % longer, desktop/ui/pseudo.py) no label, button, check
box, radio button, group box title or tab text is cut off on the main pages and dialogs, at the
main window's default size.

Set KIRJURI_SCREENSHOTS=/some/folder to keep a PNG of each page and dialog.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QWidget,
    QWizard,
)

from desktop.core.customer_form import CustomerForm, EmailForm
from desktop.core.requests import RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.services.requests.log import RequestForm
from desktop.store.register import RegisterFiles
from desktop.ui import i18n, pseudo
from desktop.ui.admin.user_dialog import UserDialog
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.customers.export_dialog import ExportDialog
from desktop.ui.customers.import_dialog import ImportDialog
from desktop.ui.dialogs.about import AboutDialog
from desktop.ui.dialogs.change_password import ChangePasswordDialog
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.main_window import NAV_ITEM_PADDING, MainWindow
from desktop.ui.preferences import Preferences
from desktop.ui.requests.detail_dialog import RequestDialog
from desktop.ui.requests.log_dialog import LogRequestDialog
from desktop.ui.setup.wizard import SetupWizard
from tests.ui.conftest import login

DEFAULT_SIZE = (1100, 720)  # MainWindow's own resize()
SLACK = 1  # px: rounding in font metrics


def test_pseudo_text_keeps_what_code_reads() -> None:
    text = "&Save {count} customer(s) of %n — <b>bold</b> &amp; https://example.fi/x"
    grown = pseudo.pseudo(text)
    for kept in ("&S", "{count}", "%n", "<b>", "</b>", "&amp;", "https://example.fi/x"):
        assert kept in grown
    assert len(grown) > len(text)
    plain = "Customers and their requests"
    assert len(pseudo.pseudo(plain)) >= len(plain) * 1.35


@pytest.fixture
def pseudo_finnish(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Finnish, lengthened: the longest texts Kirjuri shows."""
    monkeypatch.setenv(pseudo.ENVIRONMENT, "1")
    assert i18n.install("fi"), "the Finnish .qm is missing: run tools/translations.py build"
    yield
    monkeypatch.delenv(pseudo.ENVIRONMENT)
    i18n.install("en")


def _visible_text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text.replace("&&", "\0").replace("&", ""))


def clipped(root: QWidget) -> list[str]:
    """Texts on `root` wider than the room their widget has."""
    found: list[str] = []

    def report(widget: QWidget, text: str, need: int, have: int) -> None:
        name = widget.objectName() or type(widget).__name__
        found.append(f"{type(widget).__name__} {name!r} {text!r}: needs {need} px, has {have} px")

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            pixmap = widget.pixmap()
            if (
                widget.wordWrap()
                or not widget.text()
                or (pixmap is not None and not pixmap.isNull())
            ):
                continue
            need = widget.sizeHint().width()
            if widget.width() + SLACK < need:
                report(widget, widget.text(), need, widget.width())
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            button: QAbstractButton = widget
            need = button.sizeHint().width()
            if button.text() and button.width() + SLACK < need:
                report(button, button.text(), need, button.width())
        elif isinstance(widget, QGroupBox) and widget.title():
            need = _visible_text_width(widget, widget.title()) + 16
            if widget.width() + SLACK < need:
                report(widget, widget.title(), need, widget.width())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                rect = widget.tabRect(index)
                need = _visible_text_width(widget, widget.tabText(index)) + 8
                if rect.width() + SLACK < need or rect.right() > widget.width() + SLACK:
                    report(widget, widget.tabText(index), need, rect.width())
    return found


def _screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("KIRJURI_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"pseudo-{name}.png"))


def _each_tab(root: QWidget) -> Iterator[str]:
    """Show every tab of every tab widget in turn (the first level is enough here)."""
    yield ""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        for index in range(1, tabs.count()):
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield tabs.tabText(index)
        tabs.setCurrentIndex(0)


def check_shown(widget: QWidget, name: str) -> list[str]:
    problems: list[str] = []
    widget.show()
    QApplication.processEvents()
    for tab in _each_tab(widget):
        where = f"{name}" + (f" / {tab}" if tab else "")
        problems += [f"{where}: {problem}" for problem in clipped(widget)]
        _screenshot(widget, where.replace(" / ", "-").replace(" ", "_").replace("/", "_"))
    return problems


@pytest.fixture
def services(gate: Gate, pseudo_finnish: None) -> Services:
    services = login(gate, "maija")
    services.customers.create(
        CustomerForm(
            first_name="Maija",
            last_name="Meikäläinen",
            emails=(EmailForm("maija@example.fi"),),
        )
    )
    return services


@pytest.fixture
def request_id(services: Services) -> int:
    customer_id = services.customer_queries.page(CustomerQuery())[0].id
    return services.requests.log(
        RequestForm(
            received_at=datetime(2026, 11, 20, 10, 0),
            channel=RequestChannel.LETTER,
            kinds=(RequestKind.ACCESS, RequestKind.ERASURE),
            customer_id=customer_id,
            signed_by_hand=True,
        )
    ).id


def test_main_pages_show_whole_texts(qtbot, services: Services, preferences: Preferences) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, preferences, RememberedLogins(services.gate.register.register_id))
    qtbot.addWidget(window)
    window.resize(*DEFAULT_SIZE)
    window.show()
    QApplication.processEvents()
    problems: list[str] = []
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
        QApplication.processEvents()
        page = window.page_list[index]
        problems += check_shown(page, f"page {index + 1} {window.nav.item(index).text()}")
        _screenshot(window, f"window-{index + 1}")
    # Each navigation entry fits the fixed-width list.
    for index in range(window.nav.count()):
        item = window.nav.item(index)
        need = window.nav.fontMetrics().horizontalAdvance(item.text()) + 2 * NAV_ITEM_PADDING
        if need > window.nav.viewport().width():
            problems.append(f"navigation {item.text()!r}: needs {need} px")
    assert (window.width(), window.height()) == DEFAULT_SIZE, (
        f"the pages need a bigger window than the default: {window.width()}×{window.height()}"
    )
    assert not problems, "cut-off texts in pseudo-translation:\n" + "\n".join(problems)


def test_dialogs_show_whole_texts(  # type: ignore[no-untyped-def]
    qtbot,
    services: Services,
    request_id: int,
    preferences: Preferences,
    gate: Gate,
    tmp_path: Path,
) -> None:
    customer_id = services.customer_queries.page(CustomerQuery())[0].id
    dialogs: list[tuple[str, QWidget]] = [
        ("login", LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)),
        ("setup-wizard", SetupWizard(RegisterFiles(tmp_path / "new" / "register.kirjuri"))),
        ("customer-new", CustomerEditor(services, None)),
        ("customer-edit", CustomerEditor(services, services.customers.get(customer_id))),
        ("log-request", LogRequestDialog(services)),
        ("user", UserDialog(services.users)),
        ("change-password", ChangePasswordDialog(services.users, lambda _key: None)),
        ("import", ImportDialog(services)),
        ("export", ExportDialog(services, CustomerQuery())),
        ("about", AboutDialog(str(services.gate.register.files.db))),
        ("request", RequestDialog(services, request_id)),
    ]
    problems: list[str] = []
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        problems += check_shown(dialog, name)
        if isinstance(dialog, QWizard):  # every page, each shown as the first one
            for page_id in dialog.pageIds()[1:]:
                dialog.setStartId(page_id)
                dialog.restart()
                problems += check_shown(dialog, f"{name}-{page_id}")
        dialog.close()
    assert not problems, "cut-off texts in pseudo-translation:\n" + "\n".join(problems)
