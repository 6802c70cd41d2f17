"""'Back up now' in the window of a workstation on the office server (issue 18): a clerk and a
main user each make a verified backup with their own server login. The session's real TLS
cluster (tests/pg_cluster.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.paths import Paths
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.container import Services
from desktop.store import server_profile
from desktop.store.backup import check_backup
from desktop.store.backup_format import backups_in
from desktop.ui.backup.dialog import BackupDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences
from tests.office_server import OfficeServer, office_server  # noqa: F401 - fixtures
from tests.registers import PASSWORDS, pg_cluster, pg_register_template  # noqa: F401

pytestmark = pytest.mark.pg


@pytest.mark.parametrize("username", ["ville", "maija"])
def test_back_up_now_on_a_server_register(  # type: ignore[no-untyped-def]
    qtbot,
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    english,
    username: str,
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    stick = tmp_path / "stick"
    stick.mkdir()
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "log", tmp_path / "r.kirjuri")
    profile = server_profile.connect_first_time(
        paths.config_dir, office_server.address, office_server.fingerprint
    )
    gate = Gate(profile.files(), server=profile)
    seen: list[str] = []

    def drive(ticks: list[int]) -> None:
        """The dialog as the user clicks it: the folder, Start, and Close once it is done."""
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not isinstance(dialog, BackupDialog):
            seen.append(f"refused: {dialog.windowTitle()}")  # e.g. a message instead
            dialog.close()
            return
        if dialog is None:
            QTimer.singleShot(50, lambda: drive(ticks))
            return
        if not ticks:
            dialog.choose_folder(stick)
            dialog.start_button.click()
        ticks.append(1)
        if dialog.close_button.isEnabled() or len(ticks) > 600:  # 60 s at most
            seen.append(dialog.status.text())
            dialog.close_button.click()
            return
        QTimer.singleShot(100, lambda: drive(ticks))

    try:
        result = gate.login(username, PASSWORDS[username])
        window = MainWindow(
            Services.for_user(gate, result.user),
            Preferences(paths.settings_file),
            RememberedLogins(gate.register_id()),
        )
        qtbot.addWidget(window)
        window.show()
        QTimer.singleShot(0, lambda: drive([]))
        window.back_up()
        assert seen and seen[0].startswith("Done. The backup was made and checked"), seen
        assert gate.register is not None
        key = gate.register.backup_key()
        window.close()
    finally:
        gate.close()
    [backup] = backups_in(stick)
    checked = check_backup(backup, key)
    assert checked.ok and checked.full, checked.reasons()
    assert checked.manifest is not None and checked.manifest.from_server
    assert list(temp.iterdir()) == []


def test_restoring_over_the_server_register_is_explained(  # type: ignore[no-untyped-def]
    qtbot,
    office_server: OfficeServer,  # noqa: F811
    tmp_path: Path,
    english,
) -> None:
    """Restoring stays the server's side's (or a file register's): said plainly, nothing done."""
    from PySide6.QtWidgets import QMessageBox

    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "log", tmp_path / "r.kirjuri")
    profile = server_profile.connect_first_time(
        paths.config_dir, office_server.address, office_server.fingerprint
    )
    gate = Gate(profile.files(), server=profile)
    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, read_and_close)
            return
        said.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
        box.close()

    try:
        result = gate.login("maija", PASSWORDS["maija"])
        window = MainWindow(
            Services.for_user(gate, result.user),
            Preferences(paths.settings_file),
            RememberedLogins(gate.register_id()),
        )
        qtbot.addWidget(window)
        window.show()
        QTimer.singleShot(0, read_and_close)
        window.restore_backup()
        assert not window.register_replaced
        window.close()
    finally:
        gate.close()
    assert said and "new, empty database on the server" in said[0], said
    assert '"Register file on this computer"' in said[0]
