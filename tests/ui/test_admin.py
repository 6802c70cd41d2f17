"""Administration: managing users and the business's details through the real dialogs."""

from __future__ import annotations

from desktop.core.roles import Role
from desktop.services.access.gate import Gate
from desktop.ui.admin.user_dialog import NewPasswordDialog, UserDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog


def _admin(window: MainWindow):  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(5)
    return window.page_list[5]


def test_add_user_checks_fields_then_saves(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = UserDialog(window.services.users, parent=window)
    qtbot.addWidget(dialog)
    dialog.username.setText("X")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.save()
    assert "at least 10 characters" in dialog.form.errors["password"].text()

    dialog.password.setText("long enough now")
    dialog.repeat.setText("long enough now")
    dialog.save()
    assert "user name" in dialog.form.errors["username"].text().lower()
    assert "required" in dialog.form.errors["full_name"].text()

    dialog.username.setText("kalle")
    dialog.full_name.setText("Kalle Kirjanpitäjä")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CLERK))
    dialog.save()
    assert dialog.result() == UserDialog.DialogCode.Accepted

    admin = _admin(window)
    admin.refresh()
    names = [row.full_name for row in admin.users.model.rows]
    assert "Kalle Kirjanpitäjä" in names
    gate = Gate(window.services.gate.register.files)
    gate.register = window.services.gate.register
    assert gate.login("kalle", "long enough now").user.role is Role.CLERK


def test_new_password_for_a_user(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ville = next(u for u in window.services.users.list_users() if u.username == "ville")
    dialog = NewPasswordDialog(window.services.users, ville, parent=window)
    qtbot.addWidget(dialog)
    dialog.password.setText("uusi salasana")
    dialog.repeat.setText("uusi salasana")
    dialog.save()
    assert dialog.result() == NewPasswordDialog.DialogCode.Accepted
    window.services.gate.register.check_password("ville", "uusi salasana")


def test_remove_user_after_confirmation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(window)
    rows = admin.users.model.rows
    admin.users.table.selectRow(next(i for i, r in enumerate(rows) if r.username == "liisa"))
    seen = answer_next_dialog("Remove user")
    admin.users.remove_user()
    assert seen()
    assert "liisa" not in [row.username for row in admin.users.model.rows]
    assert "liisa" not in window.services.gate.register.keyslots.usernames()


def test_last_main_user_cannot_be_removed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(window)
    rows = admin.users.model.rows
    admin.users.table.selectRow(next(i for i, r in enumerate(rows) if r.username == "maija"))
    confirm_seen = answer_next_dialog("Remove user")
    refusal_seen = answer_next_dialog("OK", after=confirm_seen)
    admin.users.remove_user()
    assert confirm_seen() and refusal_seen()
    assert "maija" in window.services.gate.register.keyslots.usernames()


def test_business_details_are_checked_at_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = _admin(window).business
    assert tab.edits["phone"].text() == "040 1234567"  # shown in national format
    tab.edits["business_id"].setText("1234567-2")
    assert tab.has_unsaved_changes()
    tab.save()
    assert tab.form.errors["business_id"].isVisibleTo(tab)
    tab.edits["business_id"].setText("0737546-2")
    tab.edits["post_office"].setText("Espoo")
    tab.save()
    assert window.services.business.get().post_office == "Espoo"
    assert not tab.has_unsaved_changes()
