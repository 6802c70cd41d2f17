"""The recovery-key sheet: printed and saved from the wizard's page, made in memory only."""

from __future__ import annotations

import io
import os
import tempfile
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop.documents.recovery_sheet import RecoverySheet, recovery_sheet_pdf
from desktop.store.crypto import new_recovery_key
from desktop.ui import file_dialogs, printing
from desktop.ui.setup.wizard import RecoveryKeyPage


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def files_under(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _, names in os.walk(folder) for name in names}


@pytest.mark.parametrize(
    ("lang", "word"), [("fi", "kassakaapissa"), ("sv", "kassaskåp"), ("en", "safe")]
)
def test_sheet_holds_the_key_in_groups_and_the_instructions(lang: str, word: str) -> None:
    key = new_recovery_key()
    sheet = RecoverySheet(
        "Kahvila Meikäläinen", "register.kirjuri", "abc-123", key, date(2026, 11, 24), lang
    )
    pdf = recovery_sheet_pdf(sheet)
    text = text_of(pdf)
    groups = key.split("-")
    assert all(group in text for group in groups)
    assert "Kahvila Meikäläinen" in text and "24.11.2026" in text and word in text
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    fonts = {
        f["/BaseFont"]
        for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
        for f in p["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in str(name) for name in fonts)  # embedded, nothing else


def test_print_and_save_from_the_wizard_page_leave_no_file_behind(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english
) -> None:  # type: ignore[no-untyped-def]
    key = new_recovery_key()
    page = RecoveryKeyPage()
    qtbot.addWidget(page)
    page.show_key(
        key, RecoverySheet("Kahvila Meikäläinen", "register.kirjuri", "id", key, date.today(), "en")
    )
    temp = Path(tempfile.gettempdir())
    before = files_under(temp)

    # The printer is the one thing a test cannot reach: a PDF "printer" in tmp_path stands in.
    printed = tmp_path / "printer" / "out.pdf"
    printed.parent.mkdir()

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setFullPage(True)
        return printer

    monkeypatch.setattr(printing, "new_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    page.print_button.click()
    # "Print to file": the sheet written as the PDF it is (issue 17, item 9), not painted pages.
    assert printed.read_bytes().startswith(b"%PDF") and printed.stat().st_size > 1_000
    assert len(pypdf.PdfReader(printed).pages) == 1

    target = tmp_path / "usb" / "recovery"
    target.parent.mkdir()
    monkeypatch.setattr(
        file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    page.save_button.click()
    saved = target.with_name("recovery.pdf")
    assert all(group in text_of(saved.read_bytes()) for group in key.split("-"))

    # Nothing else was written: not in the temp folder, not beside the chosen file.
    assert files_under(temp) - before - files_under(tmp_path) == set()
    assert sorted(p.name for p in files_under(tmp_path / "usb")) == ["recovery.pdf"]
