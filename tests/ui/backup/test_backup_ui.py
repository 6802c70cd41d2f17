"""The backup dialog, the dashboard's backup line, the settings and the restore wizard, driven
as a user would, on real registers and real folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from desktop.core.customer_form import CustomerForm
from desktop.core.settings import BACKUP_REMIND_DAYS, BACKUPS_TO_KEEP
from desktop.store import crypto
from desktop.store.backup_format import backups_in, verify_backup
from desktop.store.register import RegisterFiles
from desktop.ui.backup.dialog import BackupDialog
from desktop.ui.backup.restore_wizard import RestoreWizard
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORDS


def _back_up(qtbot, window: MainWindow, folder: Path) -> BackupDialog:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(window.services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.start_button.isEnabled()
    dialog.choose_folder(folder)
    assert str(folder) in dialog.target_label.text()
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20_000)
    qtbot.waitUntil(dialog.close_button.isEnabled)
    return dialog


def test_back_up_to_a_folder_then_the_dashboard_says_today(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dashboard = window.page_list[0]
    assert "No backup yet." in dashboard.backup_age.text()
    assert "Time to back up" in dashboard.backup_age.text()
    dialog = _back_up(qtbot, window, tmp_path)
    [backup] = backups_in(tmp_path)
    assert dialog.result_ is not None and dialog.result_.path == backup
    assert dialog.status.text().startswith("Done. The backup was made and checked")
    assert dialog.progress.value() == 100
    assert verify_backup(backup, window.services.gate.register.backup_key()).ok
    dialog.close()
    dashboard.refresh()
    assert dashboard.backup_age.text() == "Last backup today."


def test_backup_to_a_missing_folder_says_so(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(window.services, window)
    qtbot.addWidget(dialog)
    dialog.choose_folder(tmp_path / "pulled-stick")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: "drive was removed" in dialog.status.text(), timeout=20_000)
    assert dialog.result_ is None and not (tmp_path / "pulled-stick").exists()


def test_backup_settings_are_saved(window: MainWindow) -> None:
    admin = window.page_list[-1]
    tab = admin.findChild(object, "backupsToKeep").parent()  # the settings tab
    tab.refresh()
    assert tab.backups_to_keep.value() == 10 and tab.backup_remind_days.value() == 7
    tab.backups_to_keep.setValue(3)
    tab.backup_remind_days.setValue(14)
    tab.save()
    assert window.services.settings.get(BACKUPS_TO_KEEP) == 3
    assert window.services.settings.get(BACKUP_REMIND_DAYS) == 14


def _add_customer(window: MainWindow, last_name: str) -> None:
    window.services.customers.create(CustomerForm(first_name="Anna", last_name=last_name))


def test_restore_from_the_file_menu(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    _add_customer(window, "Ennen")
    window.services.backups.back_up(stick)
    _add_customer(window, "Jälkeen")  # saved after the backup: the restore takes it away
    files = window.services.gate.register.files
    wizard = window.restore_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.add_folder(stick)
    assert (
        wizard.choose.list.count() == 1
        and "1 customers · stick" in wizard.choose.list.item(0).text()
    )
    wizard.next()
    assert wizard.currentPage() is wizard.unlock
    assert wizard.unlock.username.findText("maija") >= 0
    wizard.unlock.username.setCurrentText("ville")  # a clerk may not restore
    wizard.unlock.password.setText(PASSWORDS["ville"])
    wizard.next()
    assert wizard.currentPage() is wizard.unlock
    assert "Only a main user" in wizard.unlock.message.text()
    wizard.unlock.username.setCurrentText("maija")
    wizard.unlock.password.setText("wrong password")
    wizard.next()
    assert "password is wrong" in wizard.unlock.message.text()
    assert not window.register_replaced
    wizard.unlock.password.setText(PASSWORDS["maija"])
    wizard.next()
    assert wizard.currentPage() is wizard.confirm
    assert "kept as a copy" in wizard.confirm.text.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Restore"
    wizard.next()
    assert wizard.currentPage() is wizard.done_page and window.register_replaced
    assert wizard.result_ is not None and wizard.result_.kept_copy is not None
    assert wizard.result_.kept_copy.exists()
    assert "kept at" in wizard.done_page.text.text()

    from desktop.services.access.gate import Gate
    from desktop.services.container import Services
    from desktop.services.customers.search import CustomerQuery

    reopened = Gate(files)
    services = Services.for_user(reopened, reopened.login("maija", PASSWORDS["maija"]).user)
    assert services.customer_queries.count(CustomerQuery()) == 1
    assert services.customer_queries.count(CustomerQuery(text="Ennen")) == 1
    reopened.close()
    window.close()  # quits without writing to the closed register


def test_restore_on_a_new_computer_with_the_recovery_key(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    recovery_key = crypto.new_recovery_key()
    window.services.gate.register.set_recovery_key(recovery_key)
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = window.services.backups.back_up(stick).path
    new_computer = RegisterFiles(tmp_path / "new" / "data" / "register.kirjuri")

    wizard = RestoreWizard(new_computer)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.add_folder(backup)  # the backup folder itself may be chosen
    wizard.next()
    wizard.unlock.with_recovery.setChecked(True)
    assert not wizard.unlock.password.isEnabled()
    wizard.unlock.recovery_key.setText("AAAAA-BBBBB")
    wizard.next()
    assert "recovery key is wrong" in wizard.unlock.message.text()
    wizard.unlock.recovery_key.setText(recovery_key.lower().replace("-", " "))
    wizard.next()
    assert "becomes the register on this computer" in wizard.confirm.text.text()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert wizard.result_ is not None and wizard.result_.kept_copy is None
    assert new_computer.db.exists() and new_computer.keys.exists()

    from desktop.services.access.gate import Gate

    gate = Gate(new_computer)
    assert gate.login("maija", PASSWORDS["maija"]).user.username == "maija"
    gate.close()


def test_damaged_backup_is_refused_on_the_first_page(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    backup = window.services.backups.back_up(tmp_path).path
    with (backup / "register.kirjuri").open("r+b") as handle:
        handle.truncate(4096)
    wizard = RestoreWizard(RegisterFiles(tmp_path / "other" / "register.kirjuri"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.add_folder(tmp_path)
    wizard.next()
    assert wizard.currentPage() is wizard.choose
    assert "is cut short" in wizard.choose.problem.text()


def test_damaged_register_restored_from_the_login_window(
    qtbot, files: RegisterFiles, preferences, tmp_path: Path, english: None
) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.access.gate import Gate
    from desktop.services.access.remember import RememberedLogins
    from desktop.store.backup import create_backup
    from desktop.ui.dialogs.login import LoginDialog

    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    create_backup(gate.register, tmp_path)
    gate.close()
    with files.db.open("r+b") as handle:  # a damaged first page: nothing opens it any more
        handle.seek(200)
        handle.write(b"\0" * 300)

    dialog = LoginDialog(gate, RememberedLogins(gate.register_id()), preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.username.setCurrentText("maija")
    dialog.form.password.setText(PASSWORDS["maija"])
    dialog.form.login_button.click()
    qtbot.waitUntil(lambda: dialog.form.message.isVisible())
    assert "damaged" in dialog.form.message.text()
    assert "Restore from a backup" in dialog.form.message.text()

    wizard = dialog.restore_wizard()  # a child of the dialog: it goes with it
    wizard.show()
    wizard.choose.add_folder(tmp_path)
    wizard.next()
    wizard.unlock.username.setCurrentText("maija")
    wizard.unlock.password.setText(PASSWORDS["maija"])
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    dialog.after_restore(wizard)
    assert not dialog.form.message.isVisible()

    dialog.form.username.setCurrentText("maija")
    dialog.form.password.setText(PASSWORDS["maija"])
    dialog.form.login_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    gate.close()


def test_first_start_on_a_new_computer_restores_then_logs_in(
    qtbot, files: RegisterFiles, tmp_path: Path, english: None, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The first-start wizard's "Restore from a backup…": the app then shows the login, not the
    register set-up."""
    from desktop.app import KirjuriApp
    from desktop.paths import Paths
    from desktop.services.access.gate import Gate
    from desktop.store.backup import create_backup
    from desktop.ui.preferences import Preferences
    from desktop.ui.setup.wizard import SetupWizard

    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    stick = tmp_path / "stick"
    stick.mkdir()
    create_backup(gate.register, stick)
    gate.close()

    def drive(wizard: RestoreWizard) -> int:  # what the user clicks through, page by page
        wizard.show()
        wizard.choose.add_folder(stick)
        wizard.next()
        wizard.unlock.username.setCurrentText("maija")
        wizard.unlock.password.setText(PASSWORDS["maija"])
        wizard.next()
        wizard.next()
        assert wizard.currentPage() is wizard.done_page
        wizard.accept()
        return 1

    def setup_exec(wizard: SetupWizard) -> int:
        wizard.show()
        wizard.welcome.restore_button.click()
        return wizard.result()

    monkeypatch.setattr(RestoreWizard, "exec", drive)
    monkeypatch.setattr(SetupWizard, "exec", setup_exec)
    new = tmp_path / "new-computer"
    paths = Paths(new / "data", new / "config", new / "log", new / "data" / "register.kirjuri")
    app = KirjuriApp(paths, Preferences(paths.settings_file))
    logins: list[bool] = []
    monkeypatch.setattr(app, "_login", lambda: logins.append(True))
    app.files.db.parent.mkdir(parents=True)
    assert app._first_run() is None and logins == [True]
    assert app.files.db.exists() and app.files.keys.exists()
    assert app.gate.usernames() == ["liisa", "maija", "ville"]
    app.shutdown()
