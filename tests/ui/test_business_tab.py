"""Administration → Business: the contact person for data protection and the web site are shown,
changed and saved with the business's other details."""

from __future__ import annotations

from desktop.services.access.gate import Gate
from desktop.ui.admin.business_tab import BusinessTab
from tests.ui.conftest import login


def test_contact_person_and_web_site_are_edited_and_saved(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    tab = BusinessTab(services)
    qtbot.addWidget(tab)
    tab.refresh()
    privacy = tab.privacy
    assert privacy.has_website.isChecked() and privacy.website.text() == "www.kahvila.example"
    assert not tab.has_unsaved_changes()

    privacy.contact_person.setText("Maija Meikäläinen")
    privacy.contact_email.setText("maija@")
    assert tab.has_unsaved_changes()
    tab.save()
    assert "email" in tab.form.errors["contact_email"].text()

    privacy.contact_email.setText("maija@kahvila.example")
    privacy.no_website.click()
    assert not privacy.website.isEnabled()
    tab.save()
    saved = services.business.get()
    assert saved.contact_person == "Maija Meikäläinen"
    assert saved.contact_email == "maija@kahvila.example"
    assert not saved.has_website and saved.website == ""
    assert not tab.has_unsaved_changes()


def test_a_reader_cannot_change_them(qtbot, gate: Gate, english) -> None:  # type: ignore[no-untyped-def]
    tab = BusinessTab(login(gate, "liisa"))
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.privacy.contact_person.isReadOnly()
    assert not tab.privacy.has_website.isEnabled()
