"""PAdES digital signatures (baseline B-B) on PDFs sent by email, with the business's PKCS#12
certificate, through pyHanko. Bytes in, bytes out: nothing touches the disk.

B-B is the plain baseline: the signed document, the signer's certificate and the signing time in
the signed attributes. No timestamp server is contacted (B-T would need one on the network)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import Name
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError

FIELD_NAME = "KirjuriSignature"


class BadCertificate(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate file could not be opened: it is not a PKCS#12 file (.p12 or .pfx), or "
        "the passphrase is wrong.",
    )
    exit_code = 2


class NotAPdf(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The document to sign is not a readable PDF.")
    exit_code = 2


@dataclass(frozen=True)
class CertificateInfo:
    subject: str
    issuer: str
    valid_until: datetime


def _common_name(name: Name) -> str:
    """The name a person reads ("Kahvila Meikäläinen"), else the whole distinguished name."""
    names = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else name.rfc4514_string()


def certificate_info(pkcs12_data: bytes, passphrase: bytes) -> CertificateInfo:
    """Who the certificate names, and until when; BadCertificate if it cannot be opened."""
    try:
        key, certificate, _ = pkcs12.load_key_and_certificates(pkcs12_data, passphrase or None)
    except (ValueError, TypeError) as exc:
        raise BadCertificate() from exc
    if key is None or certificate is None:
        raise BadCertificate()
    return CertificateInfo(
        subject=_common_name(certificate.subject),
        issuer=_common_name(certificate.issuer),
        valid_until=certificate.not_valid_after_utc,
    )


def _signer(pkcs12_data: bytes, passphrase: bytes) -> signers.SimpleSigner:
    certificate_info(pkcs12_data, passphrase)  # a clear error before pyHanko's own
    signer = signers.SimpleSigner.load_pkcs12_data(pkcs12_data, (), passphrase=passphrase or None)
    if not isinstance(signer, signers.SimpleSigner):  # None: no usable key (pyHanko is untyped)
        raise BadCertificate()
    return signer


def sign_pdf(
    pdf: bytes,
    pkcs12: bytes,
    passphrase: bytes,
    *,
    reason: str,
    location: str,
    signer_name: str,
) -> bytes:
    """The PDF with an invisible PAdES B-B signature appended as an incremental update."""
    signer = _signer(pkcs12, passphrase)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except Exception as exc:  # pyHanko raises several kinds for a broken file
        raise NotAPdf() from exc
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        name=signer_name or None,
    )
    out = signers.sign_pdf(writer, metadata, signer=signer, in_place=False)
    return bytes(out.getvalue())


def signer_certificate(pkcs12_data: bytes, passphrase: bytes) -> x509.Certificate:
    return _signer(pkcs12_data, passphrase).signing_cert
