"""The customer editor: validation at the fields, duplicates, restriction, consents, contacts,
orders, attachments and the record's history; screenshots of the page and the editor."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from desktop.core.customer_fields import ConsentKind, ConsentState
from desktop.services.container import Services
from desktop.ui.customers.consents_tab import ConsentDialog
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.customers.page import CustomersPage
from desktop.ui.customers.restriction import RestrictDialog
from tests.ui.conftest import answer_next_dialog, login
from tests.ui.customers.conftest import RESTRICTION_REASON, in_next_dialog, names

# KIRJURI_SCREENSHOTS=folder keeps them to look at; else the test run's own temporary folder.
SHOTS = Path(os.environ.get("KIRJURI_SCREENSHOTS") or Path(os.environ["TMPDIR"]) / "kirjuri-shots")


def _editor(qtbot, services: Services, customer_id: int | None = None) -> CustomerEditor:  # type: ignore[no-untyped-def]
    detail = services.customers.get(customer_id) if customer_id is not None else None
    editor = CustomerEditor(services, detail)
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    editor.show()
    return editor


def _id_of(services: Services, name: str) -> int:
    from desktop.services.customers.search import CustomerQuery

    rows = services.customer_queries.page(CustomerQuery(text=name))
    return next(row.id for row in rows if row.name == name)


def _field(rows, index: int, name: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    widget = rows.rows[index].fields[name]
    assert isinstance(widget, QLineEdit)
    return widget


def _error(rows, index: int, name: str) -> str:  # type: ignore[no-untyped-def]
    label = rows.rows[index].errors[name]
    return "" if label.isHidden() else label.text()


def test_invalid_fields_are_shown_at_the_fields_then_saved(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "ville")
    editor = _editor(qtbot, services)
    person, contact, relationship = editor.person, editor.contact, editor.relationship
    person.edits["first_name"].setText("Sanna")
    person.edits["last_name"].insert("Sähkö")  # insert: keyClicks cannot type "ä"
    person.edits["organisation_id"].setText("1234567-8")
    _field(contact.emails, 0, "address").setText("sanna@")
    _field(contact.phones, 0, "number").setText("12")
    _field(contact.addresses, 0, "street").setText("Kauppakatu 3")
    _field(contact.addresses, 0, "postal_code").setText("4010")
    contact.emails.add_row()
    _field(contact.emails, 1, "address").setText("sanna@example.fi")
    relationship.started_on.setText("31.2.2026")
    editor.tabs.setCurrentWidget(relationship)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.isVisible() and editor.detail is None, "nothing was saved"
    assert editor.tabs.currentWidget() is person, "the first tab with a problem comes forward"
    assert "business ID" in person.form.errors["organisation_id"].text()
    assert person.form.errors["organisation_id"].isVisible()
    assert "email address" in _error(contact.emails, 0, "address")
    assert _error(contact.emails, 1, "address") == ""
    assert "phone number" in _error(contact.phones, 0, "number")
    assert "five digits" in _error(contact.addresses, 0, "postal_code")
    assert "d.m.yyyy" in relationship.form.errors["started_on"].text()
    assert person.edits["last_name"].text() == "Sähkö", "what was typed stays"
    assert _field(contact.emails, 1, "address").text() == "sanna@example.fi"

    person.edits["organisation_id"].setText("0737546-2")
    _field(contact.emails, 0, "address").setText("sanna.sahko@example.fi")
    _field(contact.phones, 0, "number").setText("044 987 6543")
    _field(contact.addresses, 0, "postal_code").setText("40100")
    relationship.started_on.setText("1.2.2026")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(
        editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )

    assert editor.detail is not None
    assert editor.saved_label.text() == "Saved."
    assert not person.form.errors["organisation_id"].isVisible()
    stored = services.customers.get(editor.detail.id).form
    assert stored.phones[0].number == "+358449876543"
    assert [e.address for e in stored.emails] == ["sanna.sahko@example.fi", "sanna@example.fi"]
    assert stored.started_on == "1.2.2026"
    assert _field(contact.phones, 0, "number").text() == "044 9876543"
    assert editor.relationship.number.text() == str(editor.detail.number)
    assert editor.tabs.count() == 9, "the record tabs appear once the customer is saved"
    assert not editor.has_unsaved_changes()


def test_a_possible_duplicate_is_asked_about(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    editor = _editor(qtbot, services)
    editor.person.edits["first_name"].setText("Maija")
    _field(editor.contact.emails, 0, "address").setText("Maija.Meikalainen@example.fi")
    seen: dict[str, str] = {}

    def open_existing(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.informativeText()
        next(b for b in box.buttons() if b.text() == "Open existing").click()

    in_next_dialog(open_existing)
    editor.save()
    assert "Meikäläinen Maija" in seen["text"] and "same email address" in seen["text"]
    assert editor.open_instead == _id_of(services, "Meikäläinen Maija")
    assert not editor.isVisible()

    again = _editor(qtbot, services)
    again.person.edits["first_name"].setText("Maija")
    _field(again.contact.emails, 0, "address").setText("maija.meikalainen@example.fi")
    clicked = answer_next_dialog("Create anyway")
    again.save()
    assert clicked() and again.detail is not None


def test_restricted_customer_shows_the_banner(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    editor = _editor(qtbot, services, _id_of(services, "Rajoitettu Rauni"))
    assert editor.banner.isVisible()
    assert editor.banner.text().startswith("Processing restricted since ")
    assert editor.banner.text().endswith(RESTRICTION_REASON)
    assert editor.lift_button.isVisible() and not editor.restrict_button.isVisible()
    clicked = answer_next_dialog("Lift restriction")
    editor.lift_button.click()
    assert clicked() and not editor.banner.isVisible()
    assert editor.restrict_button.isVisible()


def test_restrict_processing_asks_for_the_reason(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "ville")
    maija = _id_of(services, "Meikäläinen Maija")
    editor = _editor(qtbot, services, maija)
    assert not editor.banner.isVisible()
    errors: list[str] = []

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, RestrictDialog)
        dialog.findChild(QWidget, "confirmRestriction").click()  # type: ignore[union-attr]
        errors.append(dialog.form.errors["reason"].text())
        dialog.reason.setPlainText("Asked in request 3/2026")
        dialog.findChild(QWidget, "confirmRestriction").click()  # type: ignore[union-attr]

    in_next_dialog(give_reason)
    editor.restrict_button.click()
    assert errors == ["Write down why processing is restricted."]
    assert editor.banner.isVisible() and "Asked in request 3/2026" in editor.banner.text()
    assert services.customers.get(maija).restricted


def test_changing_a_consent_adds_a_history_row(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "ville")
    editor = _editor(qtbot, services, _id_of(services, "Meikäläinen Maija"))
    tab = editor.record_tabs[0]
    editor.tabs.setCurrentWidget(tab)
    kind = ConsentKind.MARKETING_EMAIL
    assert tab.states[kind].text() == "Not asked"  # type: ignore[attr-defined]
    assert tab.history.rowCount() == 0  # type: ignore[attr-defined]

    def grant(dialog: QWidget) -> None:
        assert isinstance(dialog, ConsentDialog)
        dialog.state.setCurrentIndex(dialog.state.findData(ConsentState.GRANTED.value))
        dialog.evidence.setText("Web form 12.1.2026")
        dialog.save()

    in_next_dialog(grant)
    tab.change_buttons[kind].click()  # type: ignore[attr-defined]
    assert tab.history.rowCount() == 1  # type: ignore[attr-defined]
    assert tab.history.item(0, 2).text() == "Allowed"  # type: ignore[attr-defined]
    assert tab.history.item(0, 5).text() == "Web form 12.1.2026"  # type: ignore[attr-defined]
    assert tab.states[kind].text().startswith("Allowed")  # type: ignore[attr-defined]
    assert tab.allowed[kind].text() == "may be used"  # type: ignore[attr-defined]


def test_contacts_orders_and_history(qtbot, gate, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "ville")
    maija = _id_of(services, "Meikäläinen Maija")
    editor = _editor(qtbot, services, maija)
    contacts, orders, attachments, _disclosures, history = editor.record_tabs[1:]

    def describe(dialog: QWidget) -> None:
        dialog.summary.setPlainText("Asked about the lunch menu")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    in_next_dialog(describe)
    contacts.add_button.click()  # type: ignore[attr-defined]
    assert contacts.table.item(0, 2).text() == "Asked about the lunch menu"  # type: ignore[attr-defined]
    assert contacts.table.item(0, 3).text() == "Ville Virtanen"  # type: ignore[attr-defined]

    editor.tabs.setCurrentWidget(orders)
    problems: list[str] = []

    def order(dialog: QWidget) -> None:
        dialog.ordered_on.setText("3.2.2026")  # type: ignore[attr-defined]
        dialog.description.setText("Catering")  # type: ignore[attr-defined]
        dialog.amount.setText("12,5x")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]
        problems.append(dialog.form.errors["amount"].text())  # type: ignore[attr-defined]
        dialog.amount.setText("1 234,50")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]

    in_next_dialog(order)
    orders.add_button.click()  # type: ignore[attr-defined]
    assert problems and "euros" in problems[0]
    assert orders.table.item(0, 2).text() == "1\u00a0234,50\u00a0€"  # type: ignore[attr-defined]

    document = tmp_path / "letter.txt"
    document.write_text("Kirje", encoding="utf-8")
    editor.tabs.setCurrentWidget(attachments)
    attachments.add_file(document, "Signed letter")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: attachments.table.rowCount() == 1)  # type: ignore[attr-defined]
    assert attachments.table.item(0, 1).text() == "Signed letter"  # type: ignore[attr-defined]

    editor.tabs.setCurrentWidget(history)
    actions = [history.table.item(r, 2).text() for r in range(history.table.rowCount())]  # type: ignore[attr-defined]
    assert actions[:4] == ["Attachment added", "Order added", "Contact added", "Opened"]
    assert actions[-1] == "Created"


def test_read_only_user_cannot_change_anything(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "liisa")
    editor = _editor(qtbot, services, _id_of(services, "Meikäläinen Maija"))
    assert editor.save_button.isHidden()
    assert editor.person.edits["first_name"].isReadOnly()
    assert not editor.relationship.status.isEnabled()
    assert editor.contact.emails.add_button.isHidden()
    assert not editor.restrict_button.isVisible()
    assert editor.record_tabs[0].change_buttons[ConsentKind.NEWSLETTER].isHidden()  # type: ignore[attr-defined]
    assert not editor.has_unsaved_changes()


def test_screenshots(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.resize(1100, 640)
    assert names(page)
    qtbot.wait(50)
    page.grab().save(str(SHOTS / "customers-page.png"))
    services = page.services
    editor = _editor(qtbot, services, _id_of(services, "Rajoitettu Rauni"))
    qtbot.wait(50)
    editor.grab().save(str(SHOTS / "customer-editor-person.png"))
    maija = _editor(qtbot, services, _id_of(services, "Meikäläinen Maija"))
    maija.tabs.setCurrentWidget(maija.contact)
    qtbot.wait(50)  # let the layouts settle
    maija.grab().save(str(SHOTS / "customer-editor-contact.png"))
    maija.tabs.setCurrentWidget(maija.record_tabs[0])
    qtbot.wait(50)
    maija.grab().save(str(SHOTS / "customer-editor-consents.png"))
    assert (SHOTS / "customers-page.png").stat().st_size > 0


def test_a_landline_is_a_landline_and_a_companys_address_is_work(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    """The kinds follow what is typed until the user picks one themselves."""
    from desktop.core.customer_fields import ContactKind

    editor = _editor(qtbot, login(gate, "maija"))
    phones, addresses = editor.contact.phones, editor.contact.addresses
    qtbot.keyClicks(_field(phones, 0, "number"), "09 123 4567")
    assert phones.rows[0].values()["kind"] == ContactKind.LANDLINE
    _field(phones, 0, "number").clear()
    qtbot.keyClicks(_field(phones, 0, "number"), "040 123 4567")
    assert phones.rows[0].values()["kind"] == ContactKind.MOBILE
    assert addresses.rows[0].values()["kind"] == ContactKind.HOME
    qtbot.keyClicks(editor.person.edits["organisation"], "Kahvila Aurinko Oy")
    assert addresses.rows[0].values()["kind"] == ContactKind.WORK
    addresses.add_button.click()
    assert addresses.rows[1].values()["kind"] == ContactKind.WORK
    qtbot.keyClicks(editor.person.edits["last_name"], "Virtanen")  # a person at a company
    assert addresses.rows[0].values()["kind"] == ContactKind.HOME
    # Picked by the user: stays as picked.
    combo = phones.rows[0].fields["kind"]
    combo.setCurrentIndex(combo.findData(ContactKind.WORK.value))
    combo.activated.emit(combo.currentIndex())
    qtbot.keyClicks(_field(phones, 0, "number"), "9")
    assert phones.rows[0].values()["kind"] == ContactKind.WORK


def test_the_postcode_field_shows_its_whole_name(qtbot, gate) -> None:  # type: ignore[no-untyped-def]
    """Issue 17 item 8: the postcode field showed "Posti…" at 1366×768."""
    from desktop.ui import i18n

    i18n.install("fi")
    try:
        editor = _editor(qtbot, login(gate, "maija"))
        editor.resize(900, 640)
        editor.tabs.setCurrentIndex(1)
        for name in ("street", "postal_code", "post_office"):
            field = _field(editor.contact.addresses, 0, name)
            text = field.placeholderText()
            assert field.width() >= field.fontMetrics().horizontalAdvance(text) + 8, (name, text)
    finally:
        i18n.install("en")
