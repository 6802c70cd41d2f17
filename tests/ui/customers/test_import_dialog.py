"""The import and export dialogs, driven with file paths instead of file choosers."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from desktop.services.access.gate import Gate
from desktop.services.customers.search import CustomerQuery
from desktop.ui.customers.export_dialog import ExportDialog
from desktop.ui.customers.import_dialog import ImportDialog
from desktop.ui.customers.import_thread import ImportThread
from tests.ui.conftest import login

ROWS = [
    ["Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Postinumero", "Huomio"],
    ["Äijä", "Hämäläinen", "aija@example.fi", "040 987 6543", "00100", "x"],
    ["Öllö", "Mäkelä", "ollo@example.fi", "", "", ""],
    ["Virhe", "Rivi", "virhe(at)example.fi", "", "", ""],
    ["Maija", "Meikäläinen", "MAIJA.MEIKALAINEN@example.fi", "", "", ""],  # already there
]


@pytest.fixture(autouse=True)
def _no_plain_files_left(tmp_path: Path) -> Iterator[None]:
    """The files these tests write hold names in the clear; the session's temp folder is checked
    for such leaks (tests/ui/test_no_plaintext_on_disk.py), so they go when the test ends."""
    yield
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.suffix.lower() in (".csv", ".xlsx", ".vcf", ".pdf", ".tmp"):
            path.unlink()


def write_csv(path: Path) -> Path:
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(ROWS)
    return path


def open_dialog(qtbot, gate: Gate, tmp_path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(login(gate, "maija"), path=write_csv(tmp_path / "asiakkaat.csv"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table is not None)
    return dialog


def test_mapping_check_report_and_import(qtbot, gate: Gate, english: None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    before = services.customer_queries.count(CustomerQuery())
    dialog = open_dialog(qtbot, gate, tmp_path)

    assert dialog.detected.text() == "Encoding: Windows-1252 · Separator: semicolon · Rows: 4"
    combos = dialog._combos
    assert [c.currentData() for c in combos] == [
        "first_name",
        "last_name",
        "email",
        "phone",
        "postal_code",
        None,
    ]
    assert combos[5].currentText() == "— do not import —"
    assert dialog.mapping_table.item(1, 0).text() == "Äijä"
    assert dialog.mapping_table.rowCount() == 1 + 4
    assert not dialog.import_button.isEnabled()

    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.summary.text() == (
        "Rows in the file: 4 = accepted 3 + rejected 1 · To add: 3 · Possible duplicates: 1 · "
        "Earlier banned or erased: 0 · Rows to look at: 0\n"
        "Columns with data that are not imported: Huomio"  # said before import, not dropped
    )
    details = dialog.details.toPlainText()
    assert (
        "Row 4: rejected: Sähköposti: This is not a valid email address "
        "(for example name@example.fi)." in details
    )
    assert "Row 5: possible duplicate (same email address) of customer " in details
    assert "Meikäläinen Maija" in details

    report = tmp_path / "hylatyt.csv"
    dialog.save_report(report)
    assert report.exists()
    assert "Saved 1 rejected rows" in dialog.status.text()
    assert "virhe(at)example.fi" in report.read_text(encoding="utf-8-sig")

    dialog.skip_duplicates.setChecked(True)
    assert " · To add: 2 · " in dialog.summary.text()
    dialog.skip_duplicates.setChecked(False)

    with qtbot.waitSignal(dialog.imported, timeout=20000) as added:
        dialog.import_button.click()
    assert added.args == [3]
    assert dialog.status.text() == "Added 3 customers. Left out: 0. Rejected: 1."
    assert not dialog.import_button.isEnabled()  # not the same rows twice
    assert services.customer_queries.count(CustomerQuery()) == before + 3
    assert services.customer_queries.count(CustomerQuery(text="Hämäläinen Äijä")) == 1


def test_the_dialog_still_tells_how_it_was_closed(qtbot, gate: Gate, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An attribute named `result` once hid QDialog.result(): calling it raised TypeError."""
    dialog = open_dialog(qtbot, gate, tmp_path)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.import_result is None  # nothing was imported


def test_cancel_adds_nobody(qtbot, gate: Gate, english: None, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    original = ImportThread.run

    def wait_for_cancel(thread: ImportThread) -> None:
        thread.cancel_requested.wait(10)
        original(thread)

    monkeypatch.setattr(ImportThread, "run", wait_for_cancel)
    services = login(gate, "maija")
    before = services.customer_queries.count(CustomerQuery())
    dialog = open_dialog(qtbot, gate, tmp_path)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    dialog.import_button.click()
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert dialog.status.text() == "The import was cancelled. No customers were added."
    assert dialog.import_button.isEnabled()
    assert services.customer_queries.count(CustomerQuery()) == before


def test_export_dialog(qtbot, gate: Gate, english: None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = login(gate, "maija")
    everyone = services.customer_queries.count(CustomerQuery())
    dialog = ExportDialog(services, CustomerQuery())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.include_restricted.isChecked()
    dialog.export(tmp_path / "a.csv")
    qtbot.waitUntil(lambda: dialog.count is not None)
    assert dialog.count == everyone - 1  # the restricted customer is left out
    assert dialog.status.text().startswith(f"Exported {everyone - 1} customers")
    dialog.count = None
    dialog.format.setCurrentIndex(1)
    dialog.include_restricted.setChecked(True)
    dialog.export(tmp_path / "a.xlsx")
    qtbot.waitUntil(lambda: dialog.count is not None)
    assert dialog.count == everyone
    assert (tmp_path / "a.xlsx").exists()
    customer_id = services.customer_queries.page(CustomerQuery())[0].id
    assert services.disclosures.for_customer(customer_id) == []  # the file stayed here

    # A file given to a mailing house is a disclosure in each exported customer's log.
    dialog.count = None
    dialog.recipient.setText("Postitus Oy")
    dialog.export(tmp_path / "b.xlsx")
    qtbot.waitUntil(lambda: dialog.count is not None)
    [row] = services.disclosures.for_customer(customer_id)
    assert row.recipient == "Postitus Oy" and row.source.value == "export"


def test_a_clerk_cannot_export(qtbot, gate: Gate, english: None) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(login(gate, "ville"), CustomerQuery())
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "Only a main user may export customer data."


def test_the_preview_marks_cells_worth_a_look_and_the_counts_add_up(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, english: None, tmp_path: Path
) -> None:
    """Issue 15, item 1: a quote left open, a control character and a multi-line note."""
    path = tmp_path / "rikki.csv"
    path.write_text(
        "Etunimi;Sukunimi;Sähköposti;Lisätiedot\r\n"
        'Maija;"Meikäläinen;maija@example.fi;\r\n'  # the quote is never closed
        "Matti;Virtanen;matti@example.fi;\r\n"
        "Liisa;Lah\x1btinen;liisa@example.fi;\r\n"
        'Pekka;Puupää;pekka@example.fi;"Soita\r\nillalla"\r\n',
        encoding="utf-8",
    )
    dialog = ImportDialog(login(gate, "maija"), path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table is not None)
    grid = dialog.mapping_table
    assert dialog.detected.text().endswith("Rows: 4")
    assert grid.item(3, 1).text() == "Lah<ESC>tinen"  # the ESC shown, not swallowed
    assert grid.item(3, 1).toolTip() == "holds a control character"
    assert grid.item(4, 3).text() == "Soita↵illalla"
    assert grid.item(4, 3).toolTip() == "holds a line break"
    assert grid.item(2, 1).toolTip() == ""  # Matti's row came in on its own
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.summary.text().startswith(
        "Rows in the file: 4 = accepted 2 + rejected 2 · To add: 2 · "
    )
    first, unread = dialog.summary.text().splitlines()
    assert first.endswith("Rows to look at: 2")
    assert unread == "Of the rejected, unreadable contacts: 1"  # the row with an open quote
    details = dialog.details.toPlainText()
    assert "Row 2: rejected: A quotation mark on this row is not closed" in details
    assert "Row 4: rejected: Sukunimi: Remove the control characters" in details
    assert "· check: Sukunimi: holds a control character" in details
    assert "Row 5: check: Lisätiedot: holds a line break" in details
    path.unlink()


def test_a_column_of_emails_left_unmapped_is_said_and_mapped_with_one_click(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, english: None, tmp_path: Path
) -> None:
    source = tmp_path / "yhteystiedot.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [
                ["Etunimi", "Sukunimi", "Yhteys"],
                ["Pekka", "Puro", "pekka@example.fi"],
                ["Liisa", "Laine", "liisa@example.fi"],
            ]
        )
    dialog = ImportDialog(login(gate, "maija"), path=source)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table is not None)
    assert dialog._combos[2].currentData() is None
    assert not dialog.suggest_button.isVisible()
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.summary.text().endswith(
        "Columns with data that are not imported: Yhteys\n"
        "Column Yhteys looks like email addresses and is not imported."
    )
    assert dialog.suggest_button.isVisible()
    dialog.suggest_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.plan.not_imported)
    assert dialog._combos[2].currentData() == "email"
    assert not dialog.suggest_button.isVisible()
    assert "looks like" not in dialog.summary.text()


def test_export_dialog_offers_excel_fi(qtbot, gate: Gate, english: None, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    services = login(gate, "maija")
    dialog = ExportDialog(services, CustomerQuery())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "asiakkaat.csv"))
    dialog.format.setCurrentIndex(dialog.format.findData("excel_fi"))
    assert dialog.format.currentText().startswith("Excel (fi)")
    assert dialog.path_edit.text().endswith("asiakkaat.xlsx")  # the suffix follows the profile
    dialog.export()
    qtbot.waitUntil(lambda: dialog.count is not None)
    book = openpyxl.load_workbook(tmp_path / "asiakkaat.xlsx", read_only=True)
    try:
        header = next(book.worksheets[0].iter_rows(max_row=1, values_only=True))
    finally:
        book.close()
    assert header[:3] == ("Asiakasnumero", "Sukunimi", "Etunimi")
    assert dialog.format.findData("excel_fi_csv") > dialog.format.findData("excel_fi")
