"""The business's signing certificate: kept encrypted in the register, its passphrase in the OS
keyring only; no safe keyring means no signing (fails closed)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.errors import PermissionDenied
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.register.signing import NoSafeKeyring, NotConfigured
from desktop.store.models import Setting
from tests.documents.certs import PASSPHRASE, make_pkcs12
from tests.registers import PASSWORDS


def services_for(gate: Gate, username: str) -> Services:
    return Services.for_user(gate, gate.login(username, PASSWORDS[username]).user)


def test_without_a_safe_keyring_signing_is_not_offered(gate: Gate) -> None:
    maija = services_for(gate, "maija")  # the tests' default keyring is the "fail" backend
    status = maija.signing.status()
    assert not status.available and not status.ready
    with pytest.raises(NoSafeKeyring):
        maija.signing.configure(make_pkcs12(), PASSPHRASE)
    with gate.register.read() as session:
        assert session.get(Setting, "signing.certificate") is None
    with pytest.raises(NotConfigured):
        maija.signing.sign_pdf_for_email(b"%PDF-1.4")


def test_configure_then_sign_for_email(gate: Gate, file_keyring, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    maija = services_for(gate, "maija")
    assert maija.signing.status().available
    info = maija.signing.configure(make_pkcs12(), PASSPHRASE)
    assert "Kahvila Meikäläinen" in info.subject
    status = maija.signing.status()
    assert status.ready and "Kahvila" in status.subject and status.valid_until is not None
    # The passphrase is in the keyring, never in the register.
    with gate.register.read() as session:
        stored = session.get(Setting, "signing.certificate").value
    assert PASSPHRASE.decode() not in str(stored)
    assert (
        file_keyring.get_password(
            f"Kirjuri register {gate.register.register_id} signing", "pkcs12-passphrase"
        )
        == PASSPHRASE.decode()
    )

    pdf = maija.descriptions.statement("fi", "pdf")
    signed = maija.signing.sign_pdf_for_email(pdf, reason="Tietosuojaseloste", location="Helsinki")
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in report

    clerk = services_for(gate, "ville")
    assert clerk.signing.sign_pdf_for_email(pdf).startswith(pdf)  # clerks sign letters too
    with pytest.raises(PermissionDenied):
        clerk.signing.configure(make_pkcs12(), PASSPHRASE)

    maija.signing.remove()
    assert not maija.signing.status().configured
    with pytest.raises(NotConfigured):
        maija.signing.sign_pdf_for_email(pdf)
