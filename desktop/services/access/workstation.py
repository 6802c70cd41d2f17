"""This workstation's connection to the office server, as the windows use it (the UI does not
reach into desktop.store): the fingerprint the server shows, the first connection that pins
it and remembers the profile, and what is not available on a server register yet."""

from __future__ import annotations

from pathlib import Path

from desktop.store import server_profile
from desktop.store.server_login import ServerBackupNotAvailable as ServerBackupNotAvailable
from desktop.store.server_login import ServerRestoreElsewhere as ServerRestoreElsewhere
from desktop.store.server_profile import DEFAULT_PORT as DEFAULT_PORT
from desktop.store.server_profile import ServerProfile as ServerProfile


def server_fingerprint(host: str, port: str, database: str) -> str:
    """The SHA-256 fingerprint of the certificate the server presents (not yet trusted)."""
    from desktop.store.server_connection import fetch_certificate, fingerprint_of

    address = server_profile.parse_address(host, port, database)
    return fingerprint_of(fetch_certificate(address.host, address.port))


def connect_first_time(
    folder: Path, host: str, port: str, database: str, confirmed: str
) -> ServerProfile:
    """Pinned and remembered only when the server's fingerprint is the confirmed one."""
    address = server_profile.parse_address(host, port, database)
    return server_profile.connect_first_time(folder, address, confirmed)
