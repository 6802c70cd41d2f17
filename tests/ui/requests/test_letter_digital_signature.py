"""Save as PDF offers the business's PAdES signature when one is set up on this computer; the
saved file validates with poppler's pdfsig, an independent tool."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestKind
from desktop.services.container import Services
from desktop.ui.documents import actions
from tests.documents.certs import PASSPHRASE, make_pkcs12
from tests.ui.conftest import answer_next_dialog, capture_next_message
from tests.ui.requests.conftest import log_request

RECEIVED = datetime(2026, 11, 20, 10, 15)


def _signed_letter(services: Services, customer_id: int) -> int:
    request_id = log_request(services, RECEIVED, (RequestKind.ACCESS,), customer_id=customer_id)
    services.requests.record_identity_check(request_id, IdentityMethod.SIGNATURE_MATCHES)
    draft = services.letters.create(request_id, LetterKind.ACKNOWLEDGEMENT)
    return services.letters.sign(draft.row.id).id


def test_save_signed_digitally_when_a_certificate_is_set_up(  # type: ignore[no-untyped-def]
    qtbot,
    services: Services,
    customer_id: int,
    file_keyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.signing.configure(make_pkcs12(), PASSPHRASE)
    letter_id = _signed_letter(services, customer_id)
    row = next(
        r for r in services.letters.for_request(services.letters.get(letter_id).row.request_id)
    )
    target = tmp_path / "usb" / "vastaus.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(actions, "ask_save_path", lambda *_args: target)

    answer_next_dialog("Sign digitally")
    message = capture_next_message()
    actions.save_letter(None, services, row)
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    qtbot.waitUntil(lambda: "text" in message, timeout=5000)
    assert "digitally signed" in message["text"]
    signed = target.read_bytes()
    original = services.letters.pdf(letter_id)
    assert signed.startswith(original), "an incremental update: the archived letter is unchanged"
    report = subprocess.run(["pdfsig", str(target)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report


def test_without_a_certificate_the_letter_is_saved_as_archived(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter_id = _signed_letter(services, customer_id)
    row = services.letters.for_request(services.letters.get(letter_id).row.request_id)[0]
    target = tmp_path / "vastaus.pdf"
    monkeypatch.setattr(actions, "ask_save_path", lambda *_args: target)
    message = capture_next_message()
    actions.save_letter(None, services, row)  # no question asked: no certificate here
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    qtbot.waitUntil(lambda: "text" in message, timeout=5000)
    assert target.read_bytes() == services.letters.pdf(letter_id)
