"""PAdES signatures checked by an independent tool, poppler's pdfsig: the signature is valid and
covers the whole document; a changed byte breaks it. (The test CA is self-signed, so pdfsig calls
the certificate untrusted: that line is not what is asserted.)"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.core.register_description import default_description
from desktop.documents.pades import BadCertificate, NotAPdf, certificate_info, sign_pdf
from desktop.documents.statement import build_statement
from desktop.documents.statement_pdf import statement_pdf
from tests.documents.certs import PASSPHRASE, make_pkcs12


def pdfsig(pdf: bytes, folder: Path) -> str:
    path = folder / "signed.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def pkcs12_file() -> bytes:
    return make_pkcs12()


@pytest.fixture(scope="module")
def statement() -> bytes:
    description = default_description("Kahvila Meikäläinen")
    return statement_pdf(build_statement(description, "fi", date(2026, 11, 24)))


def test_signature_is_valid_and_covers_the_document(
    pkcs12_file: bytes, statement: bytes, tmp_path: Path
) -> None:
    signed = sign_pdf(
        statement,
        pkcs12_file,
        PASSPHRASE,
        reason="Vastaus tietopyyntöön",
        location="Helsinki",
        signer_name="Maija Meikäläinen",
    )
    assert signed.startswith(statement)  # an incremental update: the original bytes stay
    report = pdfsig(signed, tmp_path)
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    assert "Signer Certificate Common Name: Kahvila Meikäläinen" in report
    assert "ETSI.CAdES.detached" in report  # the PAdES subfilter

    # One changed byte in the signed part: pdfsig says the document was modified.
    at = (
        signed.index(b"Tietosuojaseloste")
        if b"Tietosuojaseloste" in signed
        else len(statement) // 2
    )
    tampered = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :]
    assert "Signature is Valid." not in pdfsig(tampered, tmp_path)


def test_wrong_passphrase_or_file_is_a_plain_error(pkcs12_file: bytes, statement: bytes) -> None:
    with pytest.raises(BadCertificate):
        sign_pdf(statement, pkcs12_file, b"wrong", reason="", location="", signer_name="")
    with pytest.raises(BadCertificate):
        certificate_info(b"not a certificate", PASSPHRASE)
    with pytest.raises(NotAPdf):
        sign_pdf(b"not a pdf", pkcs12_file, PASSPHRASE, reason="", location="", signer_name="")
    info = certificate_info(pkcs12_file, PASSPHRASE)
    assert "Kahvila Meikäläinen" in info.subject and "Kirjuri Test CA" in info.issuer
