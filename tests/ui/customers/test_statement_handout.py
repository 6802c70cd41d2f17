""" "Give privacy statement…" in the customer editor: the PDF saved for the customer, and the
version they got recorded and shown on their card."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.core.handouts import HandoutMethod
from desktop.ui import file_dialogs
from desktop.ui.customers.editor import CustomerEditor
from desktop.ui.customers.statement_handout import HandoutDialog
from tests.ui.conftest import login
from tests.ui.customers.conftest import in_next_dialog
from tests.ui.customers.test_customer_editor import _id_of


def test_statement_saved_for_the_customer_and_the_version_recorded(
    qtbot, gate, english, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    services.descriptions.save(services.descriptions.current())
    version = services.descriptions.save(services.descriptions.current())  # version 2
    customer_id = _id_of(services, "Meikäläinen Maija")
    editor = CustomerEditor(services, services.customers.get(customer_id))
    qtbot.addWidget(editor)
    editor.show()
    assert "not given yet" in editor.statement_label.text()

    target = tmp_path / "usb" / "seloste.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )

    def give(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoutDialog)
        assert f"version {version}" in dialog.findChildren(type(editor.statement_label))[0].text()
        dialog.findChild(type(dialog.print_button), "handoutSave")  # noqa: B018 - exists
        dialog.methods.button(1).setChecked(True)  # mailed
        dialog.save_button.click()

    seen = in_next_dialog(give)
    editor.statement_button.click()
    assert seen["done"]
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Tietosuojaseloste" in text and f"Versio {version}" in text
    rows = services.handouts.for_customer(customer_id)
    assert [(r.description_version, r.method, r.language) for r in rows] == [
        (version, HandoutMethod.MAILED, "fi")
    ]
    assert f"version {version} (Finnish), mailed" in editor.statement_label.text()
    # The statement the customer got is kept as it was saved for them.
    kept = services.published.published()
    assert [(r.description_version, r.language, r.how) for r in kept] == [(version, "fi", "saved")]
    assert services.published.content(kept[0].id) == target.read_bytes()


def test_cancelled_save_records_nothing(
    qtbot, gate, english, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    customer_id = _id_of(services, "Meikäläinen Maija")
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = HandoutDialog(services, customer_id, "sv")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "sv"
    dialog.save_button.click()
    assert services.handouts.for_customer(customer_id) == []
    assert services.published.published() == []


def test_a_reader_sees_the_record_but_cannot_give(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "liisa")
    customer_id = _id_of(services, "Meikäläinen Maija")
    editor = CustomerEditor(services, services.customers.get(customer_id))
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.statement_button.isVisible() and editor.statement_label.isVisible()


def test_an_out_of_date_swedish_statement_is_not_given(
    qtbot, gate, english, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    services = login(gate, "maija")
    current = services.descriptions.current()
    services.descriptions.save(replace(current, cookies="Käytämme Google Analyticsia."))
    customer_id = _id_of(services, "Meikäläinen Maija")
    asked: list[str] = []
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("x") or ("", "")
    )
    dialog = HandoutDialog(services, customer_id, "sv")
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert asked == [] and services.handouts.for_customer(customer_id) == []
    assert "cannot be made" in dialog.error.text()
