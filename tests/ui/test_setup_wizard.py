"""The first-run wizard, driven through its real widgets."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.services.access.gate import Gate
from desktop.services.register.business import BusinessService
from desktop.store.register import RegisterFiles
from desktop.ui.setup.wizard import SetupWizard, suggest_username


def _next(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage() is wizard.main_user:
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_checks_fields_then_creates_register(qtbot, tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    files = RegisterFiles(tmp_path / "new" / "register.kirjuri")
    wizard = SetupWizard(files)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.business

    page = wizard.business
    page.name.insert("Kahvila Meikäläinen")  # QtTest types ASCII only
    qtbot.keyClicks(page.business_id, "0737546-3")  # wrong check digit
    qtbot.keyClicks(page.postal_code, "001")
    qtbot.keyClicks(page.email, "info@")
    _next(qtbot, wizard)
    assert wizard.currentPage() is page, "bad fields must keep the user on the page"
    errors = page.form.errors
    assert "business ID" in errors["business_id"].text()
    assert errors["business_id"].isVisible()
    assert "five digits" in errors["postal_code"].text()
    assert "email" in errors["email"].text()
    assert not errors["name"].isVisible()

    page.business_id.setText("0737546-2")
    page.postal_code.setText("00100")
    page.email.setText("info@example.fi")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.privacy

    privacy = wizard.privacy.fields
    assert not privacy.website.isEnabled(), "no web site until the user says so"
    qtbot.keyClicks(privacy.contact_person, "Maija Meikalainen")
    qtbot.keyClicks(privacy.contact_email, "maija@")
    privacy.has_website.click()
    assert privacy.website.isEnabled()
    qtbot.keyClicks(privacy.website, "www.kahvila.example")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.privacy
    assert "email" in wizard.privacy.form.errors["contact_email"].text()
    privacy.contact_email.setText("maija@example.fi")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.main_user

    user_page = wizard.main_user
    user_page.full_name.insert("Maija Meikäläinen")
    assert user_page.username.text() == "maija"
    qtbot.keyClicks(user_page.password, "lyhyt")
    qtbot.keyClicks(user_page.repeat, "lyhyt")
    _next(qtbot, wizard)
    assert wizard.currentPage() is user_page
    assert "at least 10 characters" in user_page.form.errors["password"].text()
    assert not files.exists(), "nothing is written while the form has problems"

    user_page.password.setText("kahvia ja pullaa")
    user_page.repeat.setText("kahvia ja pulla")
    _next(qtbot, wizard)
    assert "do not match" in user_page.form.errors["repeat"].text()

    user_page.repeat.setText("kahvia ja pullaa")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.recovery
    key = wizard.recovery.key_label.text()
    assert re.fullmatch(r"([2-9A-Z]{5}-){5}[2-9A-Z]{5}", key)
    sheet = wizard.recovery.sheet  # what "Print…" and "Save as PDF…" lay out
    assert sheet is not None and sheet.key == key and sheet.business == "Kahvila Meikäläinen"
    assert wizard.recovery.print_button.isEnabled() and wizard.recovery.save_button.isEnabled()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "finishing needs the recovery key to be written down"
    wizard.recovery.confirm.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.created is not None
    saved = BusinessService(wizard.created.register, wizard.created.admin).get()
    assert (saved.contact_person, saved.contact_email) == ("Maija Meikalainen", "maija@example.fi")
    assert saved.has_website and saved.website == "www.kahvila.example"
    wizard.created.register.close()

    # The register opens with the password chosen, and with the recovery key shown.
    gate = Gate(files)
    assert gate.login("maija", "kahvia ja pullaa").user.full_name == "Maija Meikäläinen"
    gate.register.check_recovery_key(key)  # type: ignore[union-attr]
    gate.close()


def test_username_suggestion_drops_diacritics() -> None:
    assert suggest_username("Äijä Öhman") == "aija"
    assert suggest_username("  ") == ""
