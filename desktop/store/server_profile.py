"""A workstation's remembered connection to the office server (issue 18): the server's address,
its database, and the certificate the main user confirmed, kept in Kirjuri's settings folder
(platformdirs' config dir) as `server.json`, 0600. Never a password: the user types it at each
login, or "remember me" keeps the login's secret in a secure keyring (services/access/remember).

Beside the profile, in the same folder: the pinned certificate (`server-<name>.pem`, 0600) and
the register's local files (`server-<name>.kirjuri.keys` and `.lock`: this workstation's copy of
the key slots with its own audit anchors, and the one-Kirjuri-per-workstation lock).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError
from desktop.private_files import make_folder
from desktop.store.atomic import atomic_write_bytes
from desktop.store.register_files import RegisterFiles

if TYPE_CHECKING:
    from desktop.store.server_connection import PinnedCertificate, ServerAddress

# The login window reads the profile before anything else: SQLAlchemy and the TLS code are
# imported by the functions that connect (issue 19: a light cold start).

PROFILE_NAME = "server.json"
FORMAT = "kirjuri-server-profile"
DEFAULT_PORT = 5432


class NotAServerAddress(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "“{address}” is not a server address Kirjuri understands. Give the server's name or IP "
        "address, the port (usually 5432) and the database's name.",
    )


@dataclass(frozen=True)
class ServerProfile:
    host: str
    port: int
    database: str
    certificate: Path  # the pinned certificate (PEM, 0600)
    fingerprint: str  # SHA-256, as server_connection.fingerprint_of writes it
    # Where the register's local files go (default: beside the certificate); not saved.
    home: Path | None = field(default=None, compare=False)

    @property
    def address(self) -> ServerAddress:
        from desktop.store.server_connection import ServerAddress

        return ServerAddress(self.host, self.port, self.database)

    @property
    def pinned(self) -> PinnedCertificate:
        from desktop.store.server_connection import PinnedCertificate

        return PinnedCertificate(self.fingerprint, self.certificate)

    @property
    def shown(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"

    @property
    def url(self) -> str:
        """postgresql://host:port/database: shown to people, never with a user or password."""
        return f"postgresql://{self.host}:{self.port}/{self.database}"

    def files(self) -> RegisterFiles:
        """Where this workstation keeps the server register's key slots and lock."""
        stem = _stem(self.host, self.port, self.database)
        home = self.home or self.certificate.parent
        return RegisterFiles(home / f"{stem}.kirjuri", self.url)

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "certificate": str(self.certificate),
            "fingerprint": self.fingerprint,
        }


def _stem(host: str, port: int, database: str) -> str:
    """A file name for one server's database: readable, and distinct for each address."""
    digest = hashlib.sha256(f"{host}:{port}/{database}".encode())
    safe = "".join(ch if ch.isalnum() else "-" for ch in database)[:24]
    return f"server-{safe}-{digest.hexdigest()[:8]}"


def parse_address(host: str, port: str | int, database: str) -> ServerAddress:
    """What the user typed, checked: a host without spaces, a port number, a database name."""
    host, database = host.strip(), database.strip()
    from desktop.store.server_connection import ServerAddress

    shown = f"{host}:{port}/{database}"
    try:
        number = int(str(port).strip() or DEFAULT_PORT)
    except ValueError:
        raise NotAServerAddress(address=shown) from None
    if (
        not host
        or not database
        or any(ch.isspace() or ch in "/@?#" for ch in host + database)
        or not 0 < number < 65536
    ):
        raise NotAServerAddress(address=shown)
    return ServerAddress(host, number, database)


def parse_url(url: str) -> ServerAddress:
    """postgresql://host[:port]/database (a user or password in it is not used: each Kirjuri
    user logs in as themselves)."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        raise NotAServerAddress(address=url) from None
    if parsed.get_backend_name() != "postgresql":
        raise NotAServerAddress(address=url)
    return parse_address(parsed.host or "", parsed.port or DEFAULT_PORT, parsed.database or "")


def load(folder: Path) -> ServerProfile | None:
    """The remembered profile, or None (none yet, or a file Kirjuri cannot read: then the user
    connects again, which writes a new one)."""
    try:
        raw = json.loads((folder / PROFILE_NAME).read_bytes())
        if raw.get("format") != FORMAT:
            return None
        return ServerProfile(
            host=str(raw["host"]),
            port=int(raw["port"]),
            database=str(raw["database"]),
            certificate=Path(str(raw["certificate"])),
            fingerprint=str(raw["fingerprint"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save(folder: Path, profile: ServerProfile) -> None:
    make_folder(folder)
    data = json.dumps(profile.to_json(), indent=2).encode("utf-8")
    atomic_write_bytes(folder / PROFILE_NAME, data)


def forget(folder: Path) -> None:
    (folder / PROFILE_NAME).unlink(missing_ok=True)


def connect_first_time(folder: Path, address: ServerAddress, confirmed: str) -> ServerProfile:
    """Pin the server's certificate when its fingerprint is the confirmed one, and remember the
    profile. Raises ServerCertificateMismatch, ServerNotEncrypted or ServerUnreachable."""
    from desktop.store.server_connection import pin_certificate

    make_folder(folder)
    certificate = folder / f"{_stem(address.host, address.port, address.database)}.pem"
    pinned = pin_certificate(address, confirmed, certificate)
    profile = ServerProfile(
        address.host, address.port, address.database, pinned.path, pinned.fingerprint
    )
    save(folder, profile)
    return profile
