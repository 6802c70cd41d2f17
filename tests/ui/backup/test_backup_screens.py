"""Screenshots of the backup dialog and the restore wizard's pages in Finnish, for a look by eye
(written only when KIRJURI_SCREENSHOTS names a folder); the test also checks the pages fit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.ui import i18n
from desktop.ui.backup.dialog import BackupDialog
from desktop.ui.backup.restore_wizard import RestoreWizard
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORDS


def _save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("KIRJURI_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def finnish(window: MainWindow):  # type: ignore[no-untyped-def]
    i18n.install("fi")
    yield
    i18n.install("en")


@pytest.mark.slow
def test_screens(qtbot, window: MainWindow, tmp_path: Path, finnish: None) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "USB-MUISTI"
    stick.mkdir()
    admin = window.page_list[-1]
    window.nav.setCurrentRow(len(window.page_list) - 1)
    admin.tabs.setCurrentWidget(admin.settings)
    admin.settings.refresh()
    _save(window, "settings-backups")
    window.nav.setCurrentRow(0)
    window.page_list[0].refresh()
    assert window.page_list[0].backup_age.text().startswith("Varmuuskopiota ei ole vielä tehty.")
    _save(window, "dashboard-no-backup")
    dialog = BackupDialog(window.services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _save(dialog, "backup-1-choose")
    dialog.choose_folder(stick)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
    qtbot.waitUntil(dialog.close_button.isEnabled)
    assert dialog.status.text().startswith("Valmis.")
    _save(dialog, "backup-2-done")
    dialog.close()
    window.page_list[0].refresh()
    assert window.page_list[0].backup_age.text() == "Viimeisin varmuuskopio tänään."
    _save(window, "dashboard-backed-up")
    from desktop.store.register import RegisterFiles
    from desktop.ui.setup.wizard import SetupWizard

    setup = SetupWizard(RegisterFiles(tmp_path / "new" / "register.kirjuri"))
    qtbot.addWidget(setup)
    setup.show()
    _save(setup, "setup-welcome")
    setup.close()

    wizard = RestoreWizard(window.services.gate.register.files, window.services.gate.close, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.add_folder(stick)
    _save(wizard, "restore-1-choose")
    wizard.next()
    wizard.unlock.username.setCurrentText("maija")
    _save(wizard, "restore-2-unlock")
    wizard.unlock.password.setText("väärä salasana")
    wizard.next()
    _save(wizard, "restore-2b-wrong-password")
    wizard.unlock.password.setText(PASSWORDS["maija"])
    wizard.next()
    _save(wizard, "restore-3-confirm")
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    _save(wizard, "restore-4-done")
    window.register_replaced = True
    window.close()
