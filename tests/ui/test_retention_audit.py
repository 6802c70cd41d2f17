"""Administration → Retention, Due for erasure and Audit log, through the real widgets."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop.core.customer_form import AddressForm, CustomerForm
from desktop.core.retention_rules import Category
from desktop.services.retention.due import DueKind
from desktop.store.customer_models import Customer
from desktop.ui.admin.page import AdminPage
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog, capture_next_message, login

# KIRJURI_SCREENSHOTS=folder keeps them to look at; else the test run's own temporary folder.
SHOTS = Path(os.environ.get("KIRJURI_SCREENSHOTS") or Path(os.environ["TMPDIR"]) / "kirjuri-shots")


def _admin(window: MainWindow) -> AdminPage:
    window.nav.setCurrentRow(5)
    page = window.page_list[5]
    assert isinstance(page, AdminPage)
    return page


def _ended_customers(window: MainWindow) -> dict[str, int]:
    services = window.services
    ids = {}
    for first, ended in (("Olli", date(2015, 3, 31)), ("Pekka", date(2016, 6, 30))):
        form = CustomerForm(
            first_name=first,
            last_name="Vanha",
            addresses=(AddressForm("Kauppakatu 1", "40100", "Jyväskylä"),),
        )
        ids[first] = services.customers.create(form).id
        with services.gate.register.write() as session:
            row = session.get(Customer, ids[first])
            row.status, row.ended_on = "ended", ended
    ids["Heikki"] = services.customers.create(
        CustomerForm(first_name="Heikki", last_name="Pito")
    ).id
    with services.gate.register.write() as session:
        row = session.get(Customer, ids["Heikki"])
        row.status, row.ended_on, row.legal_claim = "ended", date(2015, 1, 31), True
    return ids


def test_retention_rules_are_edited_and_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(window)
    admin.tabs.setCurrentWidget(admin.retention)
    admin.refresh()
    tab = admin.retention
    chats = tab.rows[Category.CHATS]
    assert chats.amount.value() == 3 and chats.unit.currentData() == "months"
    # KPL 2:10 minimum for an order (accounting material): 6 years from the end of the year
    assert tab.rows[Category.ORDERS].amount.minimum() == 6
    chats.amount.setValue(2)
    assert admin.has_unsaved_changes()
    tab.save_button.click()
    assert not admin.has_unsaved_changes()
    assert window.services.retention.rules()[Category.CHATS].amount == 2
    tab.use_defaults()
    assert chats.amount.value() == 3
    tab.discard()
    assert not admin.has_unsaved_changes()


def test_due_list_reviewed_then_erased_in_a_batch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = _ended_customers(window)
    admin = _admin(window)
    assert admin.due is not None
    admin.tabs.setCurrentWidget(admin.due)
    admin.refresh()
    due = admin.due
    assert due.kind.currentText().endswith("(3)")
    model = due.model
    assert model.rowCount() == 3
    held = next(i for i, item in enumerate(model.items) if item.record_id == ids["Heikki"])
    assert not model.flags(model.index(held, 0)) & Qt.ItemFlag.ItemIsEnabled
    assert "legal hold" in model.data(model.index(held, 4))
    assert not due.erase_button.isEnabled()  # nothing ticked: nothing can be erased
    due.select_all.click()
    assert model.checked_ids() == sorted([ids["Olli"], ids["Pekka"]])
    assert due.selected_label.text() == "2 ticked"
    answer_next_dialog("Erase")
    message = capture_next_message()
    qtbot.mouseClick(due.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in message)
    assert "2 deleted" in message["text"]
    assert model.rowCount() == 1 and due.kind.currentText().endswith("(1)")
    actions = [line.action for line in window.services.audit_log.page(_filter())]
    assert actions[:3] == ["retention_batch", "retention_erased", "retention_erased"]


def _filter():  # type: ignore[no-untyped-def]
    from desktop.services.register.audit_view import AuditFilter

    return AuditFilter()


def test_cancelling_the_confirmation_erases_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _ended_customers(window)
    admin = _admin(window)
    admin.refresh()
    assert admin.due is not None
    admin.due.select_all.click()
    answer_next_dialog("Cancel")
    admin.due.erase_button.click()
    assert admin.due.model.rowCount() == 3
    assert window.services.retention.due_counts()[DueKind.CUSTOMERS] == 3


def test_audit_view_filters_and_shows_the_chain(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = _ended_customers(window)
    window.services.customers.get(ids["Olli"])
    admin = _admin(window)
    assert admin.audit is not None
    admin.tabs.setCurrentWidget(admin.audit)
    admin.refresh()
    view = admin.audit
    assert view.chain.property("chainOk") is True
    assert "intact" in view.chain.text()
    assert view.model.rowCount() > 0
    view.action.setCurrentIndex(view.action.findData("customer_viewed"))
    assert {line.action for line in view.model.lines} == {"customer_viewed"}
    assert view.model.data(view.model.index(0, 2)) == "Opened"
    number = view.model.lines[0].customer_number
    view.action.setCurrentIndex(0)
    view.customer.setText(str(number))
    view.apply()
    assert {line.entity_id for line in view.model.lines} == {str(ids["Olli"])}
    assert view.count.text() == f"{len(view.model.lines)} entries"
    view.customer.setText("999999")
    view.apply()
    assert view.customer_problem.isVisible()
    view.customer.setText("")
    ville = view.user.findData(
        next(u.id for u in window.services.audit_log.users() if u.username == "ville")
    )
    view.user.setCurrentIndex(ville)
    assert view.model.rowCount() == 0

    with window.services.gate.register.write() as session:  # someone edits the file behind our back
        session.execute(text("DROP TRIGGER audit_log_no_update"))
        session.execute(text("UPDATE audit_log SET username = 'x' WHERE id = 2"))
    view.refresh()
    assert view.chain.property("chainOk") is False
    assert "breaks at entry 2" in view.chain.text()


def test_audit_export_writes_the_filtered_view(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin = _admin(window)
    admin.refresh()
    assert admin.audit is not None
    message = capture_next_message()
    target = tmp_path / "audit.csv"
    admin.audit.export(target)
    qtbot.waitUntil(lambda: "text" in message)
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("When;Who;What")
    assert lines[-1].startswith("kirjuri-audit-anchor")  # the chain's head, signed (issue 15)
    assert len(lines) - 2 == admin.audit.model.rowCount()


def test_clerk_and_reader_see_neither_due_list_nor_log(qtbot, gate, preferences, english) -> None:  # type: ignore[no-untyped-def]
    for username in ("ville", "liisa"):
        services = login(gate, username)
        page = AdminPage(services, preferences, lambda: None)
        qtbot.addWidget(page)
        assert page.due is None and page.audit is None
        titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        assert "Audit log" not in titles and "Due for erasure" not in titles
        page.retention.refresh()
        assert not page.retention.rows[Category.CHATS].amount.isEnabled()


def test_who_viewed_from_the_customer_editor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.customers.editor import CustomerEditor

    ids = _ended_customers(window)
    login(window.services.gate, "ville").customers.get(ids["Olli"])
    editor = CustomerEditor(window.services, window.services.customers.get(ids["Olli"]))
    qtbot.addWidget(editor)
    history = editor.record_tabs[-1]
    assert not history.viewers_button.isHidden()  # type: ignore[attr-defined]
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dialog = history.viewers_dialog  # type: ignore[attr-defined]
        if dialog is None:
            qtbot.wait(10)
            return
        seen["who"] = [line.username for line in dialog.view.model.lines]
        seen["actions"] = sorted({line.action for line in dialog.view.model.lines})
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "audit-who-viewed.png"))
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, look)
    history.viewers_button.click()  # type: ignore[attr-defined]
    assert seen["actions"] == ["customer_viewed"]
    assert seen["who"] == ["maija", "ville"]


def test_screenshots(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _ended_customers(window)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1200, 720)
    admin = _admin(window)
    admin.refresh()
    for widget, name in (
        (admin.retention, "retention-rules"),
        (admin.due, "due-for-erasure"),
        (admin.audit, "audit-log"),
    ):
        admin.tabs.setCurrentWidget(widget)
        qtbot.wait(50)
        window.grab().save(str(SHOTS / f"{name}.png"))
        assert (SHOTS / f"{name}.png").stat().st_size > 0
