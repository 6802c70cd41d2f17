"""A workstation on the office server, through the real windows (issue 18): the connection
dialog with the fingerprint compared, the login to the server, the main window on the server's
register. The session's real TLS cluster (tests/pg_cluster.py)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.customer_form import CustomerForm, PhoneForm
from desktop.paths import Paths
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.store import server_profile
from desktop.ui import i18n
from desktop.ui.customers.page import CustomersPage
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.dialogs.server_connect import ServerConnectDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from tests.office_server import OfficeServer, office_server  # noqa: F401 - fixtures
from tests.registers import PASSWORDS, pg_cluster, pg_register_template  # noqa: F401

pytestmark = pytest.mark.pg
WRONG = "12:" * 31 + "12"


@pytest.fixture
def finnish(qapp: QApplication):  # type: ignore[no-untyped-def]
    i18n.install("fi")
    yield
    i18n.install("en")


def _fill(qtbot, dialog: ServerConnectDialog, office: OfficeServer, fingerprint: str) -> None:  # type: ignore[no-untyped-def]
    for field, value in (
        (dialog.host, office.address.host),
        (dialog.port, str(office.address.port)),
        (dialog.database, office.address.database),
        (dialog.confirmed, fingerprint),
    ):
        field.clear()
        qtbot.keyClicks(field, value)


def test_first_connection_confirms_the_fingerprint_and_remembers_the_profile(  # type: ignore[no-untyped-def]
    qtbot,
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
    finnish,
) -> None:
    folder = tmp_path / "config"
    dialog = ServerConnectDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, office_server, WRONG)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.shown.text() == office_server.fingerprint
    # Another fingerprint than the server's: refused calmly, in Finnish, the typed values kept.
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.profile is None and dialog.isVisible()
    assert dialog.message.isVisible()
    assert "ei ole se" in dialog.message.text(), dialog.message.text()
    assert dialog.host.text() == office_server.address.host
    assert dialog.database.text() == office_server.address.database
    assert dialog.confirmed.text() == WRONG
    assert server_profile.load(folder) is None
    # The fingerprint as the administrator read it (openssl's way): connected and remembered.
    dialog.confirmed.clear()
    qtbot.keyClicks(dialog.confirmed, office_server.fingerprint.replace(":", " ").lower())
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.profile is not None
    assert server_profile.load(folder) == dialog.profile
    settings = folder / server_profile.PROFILE_NAME
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    assert stat.S_IMODE(dialog.profile.certificate.stat().st_mode) == 0o600

    # The login that follows, on the server: the clerk's own name and password.
    preferences = Preferences(tmp_path / "prefs.ini")
    gate = Gate(dialog.profile.files(), server=dialog.profile)
    try:
        login = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
        qtbot.addWidget(login)
        login.show()
        assert office_server.address.database in login.form.heading.text()
        assert login.restore_button.isHidden() and login.form.recovery_button.isHidden()
        login.form.username.setCurrentText("ville")
        qtbot.keyClicks(login.form.password, "wrong password")
        qtbot.mouseClick(login.form.login_button, Qt.MouseButton.LeftButton)
        assert login.result_ is None and "salasana" in login.form.message.text().lower()
        assert login.form.username.currentText() == "ville"
        with qtbot.waitSignal(login.form.logged_in):
            qtbot.keyClicks(login.form.password, PASSWORDS["ville"])
            qtbot.mouseClick(login.form.login_button, Qt.MouseButton.LeftButton)
        assert login.result_ is not None and login.result_.user.username == "ville"
    finally:
        gate.close()
    for path in folder.iterdir():  # nothing written here holds a password or a login secret
        data = path.read_bytes()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        assert not any(p.encode() in data for p in PASSWORDS.values()), path.name
        assert login.result_.server_secret.encode() not in data, path.name


def test_the_next_start_goes_to_the_server_login_and_the_clerk_sees_the_customers(  # type: ignore[no-untyped-def]
    qtbot,
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
    english,
) -> None:
    from desktop.app import KirjuriApp

    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "log", tmp_path / "r.kirjuri")
    profile = server_profile.connect_first_time(
        paths.config_dir, office_server.address, office_server.fingerprint
    )
    # The main user adds a customer from another workstation.
    other = Gate(profile.files(), server=profile)
    try:
        maija = Services.for_user(other, other.login("maija", PASSWORDS["maija"]).user)
        maija.customers.create(
            CustomerForm(
                first_name="Onni", last_name="Palvelin", phones=(PhoneForm("040 123 4567"),)
            )
        )
    finally:
        other.close()

    preferences = Preferences(paths.settings_file)
    app = KirjuriApp(paths, preferences)
    assert app.server == profile and app.gate.server == profile
    assert app.files.on_server and not paths.register.exists()
    gate = app.gate
    try:
        login = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
        qtbot.addWidget(login)
        assert "ville" in [
            login.form.username.itemText(i) for i in range(login.form.username.count())
        ]
        assert not login.file_button.isHidden() and login.restore_button.isHidden()
        result = gate.login("ville", PASSWORDS["ville"])
        window = MainWindow(
            Services.for_user(gate, result.user), preferences, RememberedLogins(gate.register_id())
        )
        qtbot.addWidget(window)
        window.show()
        assert "office server" in window.windowTitle()
        page = next(p for p in window.page_list if isinstance(p, CustomersPage))
        window.nav.setCurrentRow(window.page_list.index(page))
        page.refresh()
        qtbot.waitUntil(lambda: any(row.name == "Palvelin Onni" for row in page.model.rows))
        window.close()  # logged out on the server
    finally:
        gate.close()


def test_remember_me_on_the_server_with_a_secure_keyring(  # type: ignore[no-untyped-def]
    qtbot,
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
    english,
    file_keyring,
) -> None:
    profile = server_profile.connect_first_time(
        tmp_path / "config", office_server.address, office_server.fingerprint
    )
    preferences = Preferences(tmp_path / "prefs.ini")
    gate = Gate(profile.files(), server=profile)
    login = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
    qtbot.addWidget(login)
    login.show()
    assert login.form.remember.isVisible()
    login.form.remember.setChecked(True)
    login.form.username.setCurrentText("lukija")
    with qtbot.waitSignal(login.form.logged_in):
        qtbot.keyClicks(login.form.password, PASSWORDS["lukija"])
        qtbot.mouseClick(login.form.login_button, Qt.MouseButton.LeftButton)
    gate.close()
    stored = Path(file_keyring.file_path).read_bytes()
    assert PASSWORDS["lukija"].encode() not in stored
    # The next start: recognised, logged in to the server without a password.
    again = Gate(profile.files(), server=profile)
    try:
        second = LoginDialog(again, RememberedLogins(again.register_id()), preferences)
        qtbot.addWidget(second)
        second.show()
        second.form.username.setCurrentText("lukija")
        assert second.form.remembered_hint.isVisible()
        with qtbot.waitSignal(second.form.logged_in):
            qtbot.mouseClick(second.form.login_button, Qt.MouseButton.LeftButton)
        assert second.result_ is not None and second.result_.user.username == "lukija"
    finally:
        again.close()
    for path in (tmp_path / "config").iterdir():
        assert PASSWORDS["lukija"].encode() not in path.read_bytes()
