"""The letter's distribution list ("Jakelu"): edited in the Letters tab, kept with the letter,
printed under its heading between the enclosures and the copies, left out when empty."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.letter_text import DISTRIBUTION_MARK
from desktop.core.requests import IdentityMethod, RequestKind
from desktop.services.container import Services
from desktop.services.letters.rows import LetterEdit
from desktop.store.letter_models import Letter
from tests.services.rights.letter_checks import pdf_text
from tests.ui.requests.conftest import log_request, open_dialog

RECEIVED = datetime(2026, 11, 20, 10, 15)
# KIRJURI_SCREENSHOTS=folder keeps them to look at; else the test run's own temporary folder.
SHOTS = Path(os.environ.get("KIRJURI_SCREENSHOTS") or Path(os.environ["TMPDIR"]) / "kirjuri-shots")


def test_distribution_is_saved_and_printed(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int
) -> None:
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    dialog = open_dialog(qtbot, services, request_id)
    dialog.resize(1100, 900)
    tab = dialog.letters
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.current is not None
    letter_id = tab.current.row.id
    assert tab.distribution.toPlainText() == ""
    first = services.letters.preview(letter_id)
    assert "Jakelu" not in pdf_text(first)  # an empty list prints no heading

    tab.enclosures.setPlainText("Tietoliite")
    tab.distribution.setPlainText("Kirjanpitäjä Aino Laskija\n\n  Hallitus  \n")
    tab.copies.setPlainText("Arkisto")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    detail = services.letters.get(letter_id)
    assert detail.distribution == "Kirjanpitäjä Aino Laskija\nHallitus"
    assert detail.copies == "Arkisto" and detail.enclosures == "Tietoliite"
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "letter-distribution.png"))

    text = pdf_text(services.letters.preview(letter_id))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    jakelu = next(i for i, line in enumerate(lines) if line.startswith("Jakelu"))
    assert "Kirjanpitäjä Aino Laskija" in lines[jakelu]
    assert lines[jakelu + 1] == "Hallitus"
    liitteet = next(i for i, line in enumerate(lines) if line.startswith("Liitteet"))
    tiedoksi = next(i for i, line in enumerate(lines) if line.startswith("Tiedoksi"))
    assert liitteet < jakelu < tiedoksi and "Arkisto" in lines[tiedoksi]

    # Shown again after reopening; an emptied list prints no heading again.
    tab._show_letter(services.letters.get(letter_id))
    assert tab.distribution.toPlainText() == "Kirjanpitäjä Aino Laskija\nHallitus"
    tab.distribution.setPlainText("")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert services.letters.get(letter_id).distribution == ""
    text = pdf_text(services.letters.preview(letter_id))
    assert "Jakelu" not in text and "Tiedoksi" in text


def test_swedish_and_english_headings(  # type: ignore[no-untyped-def]
    services: Services, customer_id: int
) -> None:
    from desktop.core.letters import LetterKind

    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    letter = services.letters.create(request_id, LetterKind.ACCESS)
    edit = LetterEdit(letter.text, letter.recipient, distribution="Aino Laskija")
    services.letters.update(letter.row.id, edit)
    for language, heading in (("sv", "Sändlista"), ("en", "Distribution"), ("fi", "Jakelu")):
        with services.gate.register.write() as session:
            session.get(Letter, letter.row.id).language = language
        text = pdf_text(services.letters.preview(letter.row.id))
        assert any(
            line.strip().startswith(heading) and "Aino Laskija" in line
            for line in text.splitlines()
        ), (language, text)


def test_a_typed_mark_cannot_mix_the_lists(services: Services, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.letters import LetterKind

    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    letter = services.letters.create(request_id, LetterKind.ACCESS)
    edit = LetterEdit(
        letter.text, letter.recipient, copies=f"A{DISTRIBUTION_MARK}B", distribution="C"
    )
    detail = services.letters.update(letter.row.id, edit)
    assert (detail.copies, detail.distribution) == ("AB", "C")
