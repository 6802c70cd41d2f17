"""The request's event log names a letter's kind and the way it was sent in the user's language:
no code such as "access" or "registered" in a Finnish or Swedish screen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from desktop.core.letters import Delivery, LetterKind
from desktop.core.requests import IdentityMethod, RequestKind
from desktop.services.container import Services
from desktop.ui import i18n
from tests.ui.requests.conftest import log_request, open_dialog

SENT = date.today()  # signing stamps today: the letter cannot have left before
RECEIVED = datetime.combine(SENT - timedelta(days=3), time(10, 15))
EXPECTED = {
    "fi": ("Vastaus tarkastuspyyntöön tietoliitteineen", "Kirjattu kirje"),
    "sv": ("Svar på begäran om tillgång med uppgiftsbilaga", "Rekommenderat brev"),
}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_letter_events_say_the_kind_and_delivery_in_words(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, language: str
) -> None:
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    letters = services.letters
    signed = letters.sign(letters.create(request_id, LetterKind.ACCESS, today=SENT).row.id)
    letters.mark_sent(signed.id, SENT, Delivery.REGISTERED, "JJFI123 456", today=SENT)
    try:
        i18n.install(language)
        dialog = open_dialog(qtbot, services, request_id)
        table = dialog.events
        notes = [table.item(row, 3).text() for row in range(table.rowCount())]
    finally:
        i18n.install("en")
    letter_notes = [note for note in notes if note.startswith(EXPECTED[language][0])]
    assert len(letter_notes) == 3, notes  # drafted, signed, sent
    words = {word for note in notes for word in note.split()}
    codes = {kind.value for kind in LetterKind} | {how.value for how in Delivery}
    assert not words & codes, notes
    sent = next(note for note in letter_notes if "JJFI123 456" in note)
    assert EXPECTED[language][1] in sent and f"{SENT.day}.{SENT.month}.{SENT.year}" in sent, sent
