"""Administration → Users → New recovery key, through the real dialog on a real register: the
old key stops opening the register, the new one opens it, earlier backups keep their own key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import WrongRecoveryKey
from desktop.services.access.current_user import RoleRefused
from desktop.services.access.gate import Gate
from desktop.services.access.recovery import replace_recovery_key
from desktop.services.register import restore
from desktop.store import crypto
from desktop.store.backup import create_backup
from desktop.store.models import AuditEntry
from desktop.store.register import RegisterFiles
from desktop.ui.admin.recovery_key_dialog import NewRecoveryKeyDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORDS, login


def _opens_with(files: RegisterFiles, recovery_key: str) -> bool:
    gate = Gate(files)
    try:
        gate.open_with_recovery_key(recovery_key)
    except WrongRecoveryKey:
        return False
    finally:
        gate.close()
    return True


def test_new_recovery_key_replaces_the_old_one(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    register = window.services.gate.register
    old_key = crypto.new_recovery_key()
    register.set_recovery_key(old_key)
    stick = tmp_path / "stick"
    stick.mkdir()
    earlier_backup = create_backup(register, stick).path

    window.nav.setCurrentRow(5)
    users_tab = window.page_list[5].users
    assert users_tab.recovery_button.isVisible()
    dialog = NewRecoveryKeyDialog(window.services, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.make_button.click()
    assert "Type your password" in dialog.form.errors["password"].text()
    dialog.password.setText("not my password")
    dialog.make_button.click()
    assert "not right" in dialog.form.errors["password"].text()
    assert dialog.recovery_key is None
    register.check_recovery_key(old_key)  # nothing changed

    dialog.password.setText(PASSWORDS["maija"])
    dialog.make_button.click()
    new_key = dialog.recovery_key
    assert new_key is not None and new_key != old_key
    assert dialog.panel.key_label.text() == new_key
    assert dialog.pages.currentWidget() is dialog.panel
    assert dialog.panel.sheet is not None and dialog.panel.sheet.key == new_key
    assert dialog.panel.print_button.isEnabled()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Escape before the key is written down does not close it
    assert dialog.isVisible()
    if shots := os.environ.get("KIRJURI_SCREENSHOTS"):
        Path(shots).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(shots) / "new-recovery-key.png"))
    dialog.panel.confirm.setChecked(True)
    assert dialog.close_button.isEnabled()
    dialog.close_button.click()
    assert dialog.result() == NewRecoveryKeyDialog.DialogCode.Accepted

    files = register.files
    with pytest.raises(WrongRecoveryKey):
        register.check_recovery_key(old_key)
    window.close()
    window.services.gate.close()
    assert _opens_with(files, new_key)
    assert not _opens_with(files, old_key)
    # The backup made before carries the key slots of its day.
    assert restore.unlock_with_recovery_key(earlier_backup, old_key).data_key
    with pytest.raises(WrongRecoveryKey):
        restore.unlock_with_recovery_key(earlier_backup, new_key)

    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    with gate.register.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "recovery_key_replaced")
        ).all()
    gate.close()
    assert len(entries) == 1
    assert new_key not in repr(entries[0].__dict__)  # the key is never written down here


def test_only_the_main_user_may_make_a_new_recovery_key(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, preferences, english
) -> None:
    from desktop.services.access.remember import RememberedLogins

    services = login(gate, "ville")
    window = MainWindow(services, preferences, RememberedLogins(gate.register_id()))
    qtbot.addWidget(window)
    window.show()
    admin_pages = [page for page in window.page_list if hasattr(page, "users")]
    for page in admin_pages:
        assert not page.users.recovery_button.isVisible()
    with pytest.raises(RoleRefused):
        replace_recovery_key(services.gate.register, services.user, PASSWORDS["ville"])
