"""The personal identity code: only when the main user keeps them, and only ever shown masked."""

from __future__ import annotations

from desktop.core.settings import IDENTITY_CODE_ENABLED
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.ui.customers.editor import CustomerEditor
from tests.ui.conftest import login

CODE = "131052-308T"


def _editor(qtbot, services: Services, customer_id: int) -> CustomerEditor:  # type: ignore[no-untyped-def]
    editor = CustomerEditor(services, services.customers.get(customer_id))
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    editor.show()
    return editor


def test_identity_code_is_masked_and_only_offered_when_turned_on(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    customer_id = services.customer_queries.page(CustomerQuery())[0].id

    editor = _editor(qtbot, services, customer_id)
    assert editor.person.identity_code is None, "off by default: no field at all"
    editor.close()

    services.settings.update({IDENTITY_CODE_ENABLED.key: True})
    editor = _editor(qtbot, services, customer_id)
    field = editor.person.identity_code
    assert field is not None
    field.setText("131052-308X")  # wrong check character
    editor.save()
    assert "not a valid personal identity code" in editor.person.form.errors["identity_code"].text()
    field.setText(CODE)
    editor.save()
    assert services.customers.get(customer_id, record_view=False).form.identity_code == CODE
    editor.close()

    editor = _editor(qtbot, services, customer_id)
    field = editor.person.identity_code
    assert field is not None
    assert field.text() == "" and field.placeholderText() == "131052-****"
    assert CODE not in [w.text() for w in editor.findChildren(type(field))]
    assert not editor.has_unsaved_changes(), "opening and closing changes nothing"
    editor.person.remove_identity_code.setChecked(True)
    editor.save()
    assert services.customers.get(customer_id, record_view=False).form.identity_code == ""
