"""Issue 17, item 6: the restore finds the folder just backed up to, opens the restored register
in the same window (no restart), the dashboard knows its verified backup, and the restored files
are private."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.core.customer_form import CustomerForm
from desktop.services.customers.search import CustomerQuery
from desktop.ui.backup.dialog import BackupDialog
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORDS
from tests.ui.customers.conftest import in_next_dialog


def _back_up_through_the_dialog(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(window.services, window, window.preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_folder(folder)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
    qtbot.waitUntil(dialog.close_button.isEnabled)
    dialog.close()


def test_restore_reopens_in_place_and_remembers(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    window.services.customers.create(CustomerForm(first_name="Anna", last_name="Ennen"))
    _back_up_through_the_dialog(qtbot, window, stick)
    assert window.preferences.last_backup_folder() == stick
    window.services.customers.create(CustomerForm(first_name="Anna", last_name="Jälkeen"))
    files = window.services.gate.files

    wizard = window.restore_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    # The folder just backed up to is listed without choosing it again, its backup chosen.
    assert wizard.choose.list.count() == 1
    assert wizard.choose.chosen() is not None and wizard.choose.chosen().parent == stick
    wizard.next()
    wizard.unlock.username.setCurrentText("maija")
    wizard.unlock.password.setText(PASSWORDS["maija"])
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page and window.register_replaced
    wizard.close()

    if sys.platform != "win32":
        for path in (files.db, files.keys):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path

    def log_in(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        assert "restored" in dialog.form.heading.text()
        dialog.form.username.setCurrentText("maija")
        dialog.form.password.setText(PASSWORDS["maija"])
        qtbot.mouseClick(dialog.form.login_button, Qt.MouseButton.LeftButton)

    seen = in_next_dialog(log_in)
    window.reopen_after_restore()
    assert seen["done"]
    assert window.isVisible() and not window.register_replaced
    services = window.services
    assert services.customer_queries.count(CustomerQuery()) == 1
    dashboard = window.page_list[0]
    assert isinstance(dashboard, DashboardPage)
    window.nav.setCurrentRow(0)
    assert dashboard.backup_age.text() == "Last backup today.", dashboard.backup_age.text()
    if sys.platform != "win32":
        for path in (files.db, files.keys):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_restore_then_no_login_closes_the_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.register_replaced = True
    window.services.gate.close()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.reject()

    in_next_dialog(cancel)
    window.reopen_after_restore()
    assert not window.isVisible()


def test_saving_the_settings_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    admin = window.page_list[-1]
    window.nav.setCurrentRow(len(window.page_list) - 1)
    tab = admin.settings  # type: ignore[attr-defined]
    admin.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    tab.refresh()
    tab.backups_to_keep.setValue(4)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "The settings were saved."
