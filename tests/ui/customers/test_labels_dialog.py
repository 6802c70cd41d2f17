"""Customers → Print labels…: counts and reasons, custom sheet checks, print (dialog mocked)
and save as PDF; a screenshot of the dialog and a PNG of a label sheet."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog

from desktop.core.customer_fields import ConsentKind, ConsentState
from desktop.ui.customers import labels_dialog
from desktop.ui.customers.labels_dialog import LabelsDialog
from desktop.ui.customers.page import CustomersPage
from tests.ui.conftest import capture_next_message

# KIRJURI_SCREENSHOTS=folder keeps them to look at; else the test run's own temporary folder.
SHOTS = Path(os.environ.get("KIRJURI_SCREENSHOTS") or Path(os.environ["TMPDIR"]) / "kirjuri-shots")


def _dialog(qtbot, page: CustomersPage) -> LabelsDialog:  # type: ignore[no-untyped-def]
    dialog = LabelsDialog(page.services, page.current_query(), page)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_counts_and_reasons_then_save_as_pdf(qtbot, page: CustomersPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = page.services
    maija = next(r for r in page.model.rows if r.name == "Meikäläinen Maija")
    dialog = _dialog(qtbot, page)
    assert dialog.counts is not None
    total = dialog.counts.in_list
    # Only Maija has a postal address; Rauni is restricted; the rest have none.
    assert dialog.counts.labels == 1 and dialog.counts.restricted == 1
    assert "1 label on 1 sheet." in dialog.summary.text()
    assert f"{total - 1} left out" in dialog.left_out.text()
    assert "1 with processing restricted" in dialog.left_out.text()
    assert f"{total - 2} without a postal address" in dialog.left_out.text()
    target = tmp_path / "tarrat.pdf"
    message = capture_next_message()
    assert dialog.save_pdf(target)
    qtbot.waitUntil(lambda: "text" in message)
    text = _text(target)
    assert "Maija Meikäläinen" in text and "00100 HELSINKI" in text
    assert "Rajoitettu" not in text

    services.consents.record(
        maija.id,
        ConsentKind.MARKETING_POST,
        ConsentState.REFUSED,
        decided_on=date(2026, 1, 12),
        source="customer",
    )
    again = _dialog(qtbot, page)
    assert again.counts is not None and again.counts.labels == 0
    assert "1 banned direct marketing by post" in again.left_out.text()
    assert not again.print_button.isEnabled() and not again.save_button.isEnabled()


def test_custom_sheet_problems_are_shown_at_the_fields(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, page)
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("custom"))
    assert dialog.custom.isVisible()
    dialog.columns.setValue(4)  # 4 × 70 mm is wider than A4
    assert dialog.problems["columns"].isVisible()
    assert "wider than A4" in dialog.problems["columns"].text()
    assert not dialog.print_button.isEnabled()
    dialog.columns.setValue(2)
    assert not dialog.problems["columns"].isVisible()
    assert dialog.print_button.isEnabled()


def test_print_goes_through_the_print_dialog(
    qtbot, page: CustomersPage, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "printed.pdf"
    seen: list[str] = []

    class FakePrintDialog:
        def __init__(self, printer, parent) -> None:  # type: ignore[no-untyped-def]
            self.printer = printer

        def exec(self) -> QDialog.DialogCode:
            seen.append("asked")
            self.printer.setOutputFileName(str(out))  # the "printer" writes a PDF we can read
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(labels_dialog, "QPrintDialog", FakePrintDialog)
    dialog = _dialog(qtbot, page)
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("2x7"))
    assert dialog.print_labels()
    assert seen == ["asked"]
    text = _text(out)
    assert "Maija Meikäläinen" in text and "00100 HELSINKI" in text
    actions = [line.action for line in page.services.audit_log.page(_everything())]
    assert actions.count("labels_printed") == 1


def _everything():  # type: ignore[no-untyped-def]
    from desktop.services.register.audit_view import AuditFilter

    return AuditFilter()


def test_screenshots(qtbot, page: CustomersPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.postal import PostalAddress, address_lines
    from desktop.documents.labels import SHEET_3X8, labels_pdf

    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.labels_button.isVisible()
    dialog = _dialog(qtbot, page)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "labels-dialog.png"))
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("custom"))
    dialog.columns.setValue(4)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "labels-dialog-custom.png"))
    sample = [
        address_lines(
            PostalAddress("Anna Asiakas", "", "Mannerheimintie 1 A 2", "00100", "Helsinki")
        ),
        address_lines(
            PostalAddress("Matti Meikäläinen", "Rakennus Oy", "PL 123", "00101", "Helsinki")
        ),
        address_lines(
            PostalAddress("Sven Svensson", "", "Storgatan 1", "111 22", "Stockholm", "SE")
        ),
    ] * 9
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(labels_pdf(sample, SHEET_3X8))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(SHOTS / "label-sheet"),
        ],
        check=True,
    )
