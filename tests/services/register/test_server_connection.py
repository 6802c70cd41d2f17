"""A workstation's connection to the server (desktop/store/server_connection.py): TLS verified
against the pinned certificate, against the session's real cluster. Plain connections and other
certificates are refused with a clear, translated message. Beside the service tests to share
their session's cluster."""

from __future__ import annotations

import socket
import ssl
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.store.server_connection import (
    PinnedCertificate,
    ServerAddress,
    ServerCertificateMismatch,
    ServerNotEncrypted,
    connect,
    fetch_certificate,
    fingerprint_of,
    make_engine,
    pin_certificate,
    same_fingerprint,
)
from tests.pg_cluster import Cluster
from tests.tls_certificates import self_signed

pytestmark = pytest.mark.pg
ROOT = Path(__file__).resolve().parents[3]
PROBE, PROBE_PASSWORD = "tls_probe", "probe password"


@pytest.fixture(scope="module")
def server(pg_cluster: Cluster) -> Iterator[tuple[ServerAddress, str]]:
    """The cluster's TLS address and its certificate's fingerprint (as read on the server)."""
    pg_cluster.execute(f"CREATE ROLE {PROBE} LOGIN PASSWORD '{PROBE_PASSWORD}'")
    der = ssl.PEM_cert_to_DER_cert(pg_cluster.certificate.read_text())
    yield ServerAddress(pg_cluster.host, pg_cluster.port, "postgres"), fingerprint_of(der)
    pg_cluster.execute(f"DROP ROLE {PROBE}")


def _finnish(error: Exception) -> str:
    assert isinstance(error, ServerNotEncrypted | ServerCertificateMismatch)
    found = {}
    for message in ET.parse(ROOT / "translations" / "kirjuri_fi.ts").getroot().iter("message"):
        found[message.findtext("source")] = message.findtext("translation") or ""
    return error.text(lambda _context, source: found.get(source) or source)


def test_the_confirmed_certificate_is_pinned_and_accepted(
    server: tuple[ServerAddress, str], tmp_path: Path
) -> None:
    address, fingerprint = server
    assert fingerprint_of(fetch_certificate(address.host, address.port)) == fingerprint
    # Pasted as openssl prints it, in lower case without colons: the same fingerprint.
    typed = "sha256 Fingerprint=" + fingerprint.replace(":", "").lower()
    pinned = pin_certificate(address, typed, tmp_path / "server.pem")
    assert (pinned.path.stat().st_mode & 0o777) == 0o600
    with connect(address, PROBE, PROBE_PASSWORD, pinned) as connection:
        assert connection.pgconn.ssl_in_use
        row = connection.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (True,)
    engine = make_engine(address, PROBE, PROBE_PASSWORD, pinned)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT current_user")).scalar() == PROBE
    finally:
        engine.dispose()


def test_a_certificate_with_another_fingerprint_is_not_pinned(
    server: tuple[ServerAddress, str], tmp_path: Path
) -> None:
    address, real = server
    other = fingerprint_of(self_signed("localhost", "127.0.0.1").certificate_der)
    with pytest.raises(ServerCertificateMismatch) as refused:
        pin_certificate(address, other, tmp_path / "server.pem")
    assert not (tmp_path / "server.pem").exists()
    assert real in refused.value.text() and other in refused.value.text()
    assert "ei ole se" in _finnish(refused.value)


def test_a_server_showing_another_certificate_is_refused(
    server: tuple[ServerAddress, str], tmp_path: Path
) -> None:
    """What a workstation sees when someone stands between it and the server, or the server's
    certificate was changed: libpq refuses the handshake against the pinned file."""
    address, real = server
    made = self_signed("localhost", "127.0.0.1")
    path = tmp_path / "pinned.pem"
    path.write_bytes(made.certificate_pem)
    pinned = PinnedCertificate(fingerprint_of(made.certificate_der), path)
    with pytest.raises(ServerCertificateMismatch) as refused:
        connect(address, PROBE, PROBE_PASSWORD, pinned)
    assert refused.value.params["found"] == real


def test_a_replaced_pinned_file_is_noticed(
    server: tuple[ServerAddress, str], tmp_path: Path
) -> None:
    address, real = server
    pinned = pin_certificate(address, real, tmp_path / "server.pem")
    pinned.path.write_bytes(self_signed("localhost", "127.0.0.1").certificate_pem)
    with pytest.raises(ServerCertificateMismatch):
        connect(address, PROBE, PROBE_PASSWORD, pinned)


def test_a_plain_connection_is_refused(
    server: tuple[ServerAddress, str],
    pg_cluster: Cluster,
    tmp_path: Path,
) -> None:
    address, real = server
    pinned = pin_certificate(address, real, tmp_path / "server.pem")
    # The cluster's Unix socket: libpq ignores sslmode there, so it would be plain.
    on_socket = ServerAddress(str(pg_cluster.folder), pg_cluster.port, "postgres")
    with pytest.raises(ServerNotEncrypted) as refused:
        connect(on_socket, "kirjuri_test", "", pinned)
    assert "TLS" in _finnish(refused.value) and "salattua" in _finnish(refused.value)


@pytest.fixture
def plain_only_server() -> Iterator[ServerAddress]:
    """A server that answers PostgreSQL's TLS request with "N" (no TLS), as one with ssl=off
    does, on a free loopback port."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)

    def answer() -> None:
        for _ in range(2):  # the probe and libpq
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with client:
                client.recv(8)
                client.sendall(b"N")

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    yield ServerAddress("127.0.0.1", listener.getsockname()[1], "postgres")
    listener.close()
    thread.join(timeout=5)


def test_a_server_without_tls_is_refused(
    plain_only_server: ServerAddress, server: tuple[ServerAddress, str], tmp_path: Path
) -> None:
    address, real = server
    pinned = pin_certificate(address, real, tmp_path / "server.pem")
    with pytest.raises(ServerNotEncrypted):
        fetch_certificate(plain_only_server.host, plain_only_server.port)
    with pytest.raises(ServerNotEncrypted):
        connect(plain_only_server, PROBE, PROBE_PASSWORD, pinned)


def test_fingerprints_compare_as_people_type_them() -> None:
    digest = "AB:" * 31 + "CD"
    assert same_fingerprint(digest, digest.replace(":", "").lower())
    assert same_fingerprint(digest, "SHA256 Fingerprint=" + digest)
    assert not same_fingerprint(digest, digest[:-2] + "CE")
    assert not same_fingerprint("", "")  # nothing confirmed is no pin
