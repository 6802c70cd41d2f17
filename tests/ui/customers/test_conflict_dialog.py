"""Two clerks on one customer, in the editor: the second to save is asked, calmly, whether to
reload, compare or keep editing; nothing typed is lost unless they choose "Reload"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from desktop.services.container import Services
from desktop.ui.customers.conflict import ConflictDialog
from desktop.ui.customers.editor import CustomerEditor
from tests.ui.conftest import login
from tests.ui.customers.conftest import in_next_dialog


def _opened(qtbot, services: Services) -> CustomerEditor:  # type: ignore[no-untyped-def]
    from desktop.services.customers.search import CustomerQuery

    rows = services.customer_queries.page(CustomerQuery(text="Meikäläinen Maija"))
    detail = services.customers.get(next(row.id for row in rows))
    editor = CustomerEditor(services, detail)
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    editor.show()
    return editor


def _saved_by_maija(maija: Services, customer_id: int) -> None:
    now = maija.customers.get(customer_id)
    changed = replace(now.form, municipality="Vantaa", title="Toimitusjohtaja")
    maija.customers.update(customer_id, changed, opened=now)


def test_compare_then_keep_editing_keeps_the_typing_and_takes_theirs(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    ville, maija = login(gate, "ville"), login(gate, "maija")
    editor = _opened(qtbot, ville)
    assert editor.detail is not None
    editor.relationship.notes.setPlainText("Soita iltaisin")
    editor.person.edits["title"].setText("Hallituksen puheenjohtaja")
    _saved_by_maija(maija, editor.detail.id)
    seen: dict[str, object] = {}

    def compare_and_keep(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        seen["message"] = dialog.message.text()
        assert dialog.table.isHidden()
        message = dialog.message  # the wrapped message whole, not cut off at the bottom
        assert message.height() >= message.heightForWidth(message.width())
        dialog.compare_button.click()
        table = dialog.table
        seen["rows"] = {
            table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())
        }
        seen["reload"] = dialog.reload_button.text()
        dialog.keep_button.click()

    in_next_dialog(compare_and_keep)
    editor.save()
    assert "Maija Meikäläinen changed this customer at" in str(seen["message"])
    assert "Changed since you opened it: Title, Municipality." in str(seen["message"])
    assert seen["reload"] == "Reload (your changes are lost)"
    assert seen["rows"] == {
        "Title": ("Hallituksen puheenjohtaja", "Toimitusjohtaja"),
        "Municipality": ("Helsinki", "Vantaa"),
        "Notes": ("Soita iltaisin", ""),
    }
    # Her municipality is in the form, his title and note are still there, nothing saved yet.
    assert editor.person.edits["municipality"].text() == "Vantaa"
    assert editor.person.edits["title"].text() == "Hallituksen puheenjohtaja"
    assert editor.relationship.notes.toPlainText() == "Soita iltaisin"
    assert "You both changed Title" in editor.saved_label.text()
    assert editor.has_unsaved_changes()
    stored = maija.customers.get(editor.detail.id, record_view=False)
    assert (stored.form.title, stored.form.notes) == ("Toimitusjohtaja", "")

    editor.save()  # now against her version: his decision, made with the difference shown
    assert editor.saved_label.text() == "Saved."
    stored = maija.customers.get(editor.detail.id, record_view=False)
    assert (stored.form.title, stored.form.municipality, stored.form.notes) == (
        "Hallituksen puheenjohtaja",
        "Vantaa",
        "Soita iltaisin",
    )


def test_reload_shows_theirs_and_drops_the_typing(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    ville, maija = login(gate, "ville"), login(gate, "maija")
    editor = _opened(qtbot, ville)
    assert editor.detail is not None
    editor.relationship.notes.setPlainText("Soita iltaisin")
    _saved_by_maija(maija, editor.detail.id)

    def reload(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        dialog.reload_button.click()

    assert in_next_dialog(reload) is not None
    editor.save()
    assert editor.person.edits["municipality"].text() == "Vantaa"
    assert editor.relationship.notes.toPlainText() == ""
    assert not editor.has_unsaved_changes()
    assert editor.saved_label.text() == "Reloaded: the customer as it is saved now."
