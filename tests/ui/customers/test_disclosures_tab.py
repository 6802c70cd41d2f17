"""Editor → Disclosures: a disclosure recorded through the dialog shows in the tab; a missing
field is shown on the field, nothing is recorded; a reader sees the log but cannot record."""

from __future__ import annotations

from desktop.core.disclosures import Basis
from desktop.ui.customers.disclosures_tab import DisclosureDialog, DisclosuresTab
from tests.ui.conftest import login
from tests.ui.customers.test_customer_editor import _id_of


def test_record_a_disclosure_and_see_it(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    customer_id = _id_of(services, "Meikäläinen Maija")
    dialog = DisclosureDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.save()  # nothing filled in
    qtbot.waitUntil(lambda: dialog.form.errors["recipient"].isVisibleTo(dialog))
    assert services.disclosures.for_customer(customer_id) == []

    dialog.recipient.setCurrentText("Perintä Ab")
    dialog.country.setText("SE")
    assert dialog.language.currentData() == "sv"  # a Swedish recipient's notices in Swedish
    dialog.what.setText("Laskun 2026-88 tiedot")
    dialog.basis.setCurrentIndex(dialog.basis.findData(Basis.CONTRACT.value))
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    [row] = services.disclosures.for_customer(customer_id)
    assert (row.recipient, row.country, row.language, row.basis) == (
        "Perintä Ab",
        "SE",
        "sv",
        Basis.CONTRACT,
    )

    tab = DisclosuresTab(services, customer_id)
    qtbot.addWidget(tab)
    tab.load()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    cells = [tab.table.item(0, column).text() for column in range(4)]
    assert cells[1] == "Perintä Ab (SE)" and cells[2] == "Laskun 2026-88 tiedot"
    assert cells[3] == "Contract (Art. 6(1)(b))"


def test_a_reader_sees_but_cannot_record(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "liisa")
    tab = DisclosuresTab(services, _id_of(services, "Meikäläinen Maija"))
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.add_button.isVisible()
