"""A workstation's connection to the register's PostgreSQL server: TLS always, and only to the
server whose certificate the main user confirmed (issue 18).

Pinning, and why this way: the main user confirms the SHA-256 fingerprint of the server's
certificate once (the administrator reads it on the server). Kirjuri fetches the certificate the
server presents (`fetch_certificate`), refuses it unless it has exactly that fingerprint, and
writes it, 0600, as the connection's only trusted root (`pin_certificate`). Every connection then
runs with libpq's `sslmode=verify-ca` against that one file, so libpq itself refuses any other
certificate during the handshake, before a password exchange starts. The alternative, reading
the peer certificate after connecting and comparing fingerprints, is not available: psycopg 3
exposes no peer certificate (its PGconn has `ssl_in_use` and nothing more), and such a check would
come only after authentication. Host names are not checked (verify-full): the pin binds the
exact certificate, and offices reach their server by an address the certificate seldom names.
The pinned file's own fingerprint is checked again on each connection, so a replaced file is
noticed, and `ssl_in_use` is checked after connecting: libpq ignores sslmode on a Unix socket,
which would otherwise be a plain connection.

The pin suits a self-signed server certificate (Debian's default, ssl-cert-snakeoil). A
certificate issued by a CA is not a root OpenSSL accepts on its own: there the administrator
gives the office CA's certificate, confirmed by its fingerprint the same way.
"""

from __future__ import annotations

import hashlib
import socket
import ssl
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError
from desktop.private_files import create_file
from desktop.store import dialect

SSL_REQUEST = struct.pack("!II", 8, 80877103)  # PostgreSQL's "let us speak TLS" message
CONNECT_TIMEOUT = 10  # seconds


class ServerNotEncrypted(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {server} does not offer an encrypted connection (TLS), so Kirjuri does not "
        "connect to it. Ask the server's administrator to switch TLS on.",
    )


class ServerCertificateMismatch(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {server} is not the one confirmed for this workstation: its certificate's "
        "fingerprint is {found}, the confirmed one is {expected}. Kirjuri did not connect. Ask "
        "the server's administrator whether the certificate was renewed before confirming a "
        "new one.",
    )


class ServerUnreachable(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The server {server} cannot be reached. Check the address and the network connection.",
    )


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class PinnedCertificate:
    fingerprint: str  # as fingerprint_of writes it
    path: Path  # the certificate (PEM), readable by its owner only


def fingerprint_of(der: bytes) -> str:
    """SHA-256 of the certificate, written as `openssl x509 -fingerprint -sha256` writes it."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _normalised(fingerprint: str) -> str:
    """What people paste: any case, colons, spaces or a "SHA256 Fingerprint=" in front."""
    text = fingerprint.split("=")[-1]
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


def same_fingerprint(a: str, b: str) -> bool:
    return len(_normalised(a)) == 64 and _normalised(a) == _normalised(b)


def fetch_certificate(host: str, port: int, *, timeout: float = CONNECT_TIMEOUT) -> bytes:
    """The certificate (DER) the server presents, not verified: for showing its fingerprint
    and for comparing it with the confirmed one. Nothing is sent after the handshake."""
    server = f"{host}:{port}"
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(SSL_REQUEST)
            answer = raw.recv(1)
            if answer != b"S":
                raise ServerNotEncrypted(server=server)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # only read here; libpq verifies (verify-ca)
            with context.wrap_socket(raw, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError):
        raise ServerUnreachable(server=server) from None
    if not der:
        raise ServerNotEncrypted(server=server)
    return der


def pin_certificate(address: ServerAddress, confirmed: str, path: Path) -> PinnedCertificate:
    """Fetch the server's certificate and keep it at `path` (0600), only if its fingerprint is
    the one the main user confirmed."""
    der = fetch_certificate(address.host, address.port)
    found = fingerprint_of(der)
    if not same_fingerprint(found, confirmed):
        raise ServerCertificateMismatch(server=str(address), found=found, expected=confirmed)
    path.unlink(missing_ok=True)
    with create_file(path) as out:
        out.write(ssl.DER_cert_to_PEM_cert(der).encode("ascii"))
    return PinnedCertificate(found, path)


def _check_pinned_file(address: ServerAddress, pinned: PinnedCertificate) -> None:
    try:
        der = ssl.PEM_cert_to_DER_cert(pinned.path.read_text(encoding="ascii"))
    except (OSError, ValueError, UnicodeDecodeError):
        der = b""
    if not same_fingerprint(fingerprint_of(der), pinned.fingerprint):
        raise ServerCertificateMismatch(
            server=str(address), found=fingerprint_of(der), expected=pinned.fingerprint
        )


def _explain_failure(address: ServerAddress, pinned: PinnedCertificate) -> None:
    """After libpq refused: was it the certificate or TLS? Raises the clear error if so."""
    found = fingerprint_of(fetch_certificate(address.host, address.port))
    if not same_fingerprint(found, pinned.fingerprint):
        raise ServerCertificateMismatch(
            server=str(address), found=found, expected=pinned.fingerprint
        )


def connect(
    address: ServerAddress, user: str, password: str, pinned: PinnedCertificate, **options: Any
) -> Any:
    """A psycopg connection over verified TLS, or a UserError saying why not."""
    import psycopg

    if not address.host or address.host.startswith("/"):  # a Unix socket: never TLS
        raise ServerNotEncrypted(server=str(address))
    _check_pinned_file(address, pinned)
    try:
        connection = psycopg.connect(
            host=address.host,
            port=address.port,
            dbname=address.database,
            user=user,
            password=password,
            sslmode="verify-ca",
            sslrootcert=str(pinned.path),
            connect_timeout=CONNECT_TIMEOUT,
            **options,
        )
    except psycopg.OperationalError as exc:
        reason = str(exc).lower()
        if "does not support ssl" in reason:
            raise ServerNotEncrypted(server=str(address)) from None
        if "certificate" in reason or "ssl" in reason:
            _explain_failure(address, pinned)
        raise
    if not connection.pgconn.ssl_in_use:  # the belt to verify-ca's braces
        connection.close()
        raise ServerNotEncrypted(server=str(address))
    return connection


def make_engine(
    address: ServerAddress, user: str, password: str, pinned: PinnedCertificate
) -> Engine:
    """The register's engine on the server, every pooled connection made by `connect`."""
    url = URL.create(dialect.DRIVER, username=user, host=address.host, port=address.port).set(
        database=address.database
    )
    return dialect.make_server_engine(url, creator=lambda: connect(address, user, password, pinned))
