"""A throwaway PostgreSQL cluster for the test session.

initdb into a new temporary folder, `pg_ctl start` with the server listening on a Unix socket in
that folder and, with TLS only, on 127.0.0.1 (a free port; the same number names the socket, so
parallel sessions never meet), and `pg_ctl stop` plus removal of the folder at the end.
Durability is switched off (fsync, full-page writes, synchronous commit): the cluster lives for
one test run.

TLS: a self-signed certificate made here (tests/tls_certificates.py), as an office's server has
one. pg_hba.conf lets the superuser in through the socket without a password (the fixtures'
way in) and anyone over TCP only through TLS with a SCRAM-SHA-256 password: a plain TCP
connection has no matching line and is refused by the server.

As root (CI containers) the server runs as the `postgres` user that Debian's package creates,
since PostgreSQL refuses to run as root. `./scripts/test` installs the package when it is missing.
Without PostgreSQL the tests that need it are skipped with the reason — except under CI=true,
where they fail: CI must never pass without having run them.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

SUPERUSER = "kirjuri_test"
PREFIX = "kirjuri-pg-"
OWNER_FILE = "owner.pid"  # the pytest process the cluster belongs to
_VERSION_DIR = re.compile(r"/usr/lib/postgresql/(\d+)/bin$")


class Unavailable(Exception):
    """PostgreSQL cannot be started here; the message says why."""


def find_bindir() -> Path:
    """Where initdb and pg_ctl are: $KIRJURI_PG_BINDIR, the PATH, or Debian's newest
    /usr/lib/postgresql/N/bin (which is not on the PATH)."""
    if configured := os.environ.get("KIRJURI_PG_BINDIR"):
        return Path(configured)
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(os.path.realpath(on_path)).parent
    found = []
    for candidate in Path("/usr/lib/postgresql").glob("*/bin"):
        version = _VERSION_DIR.search(str(candidate))
        if version and (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            found.append((int(version.group(1)), candidate))
    if not found:
        raise Unavailable(
            "PostgreSQL is not installed (no initdb/pg_ctl on the PATH or in "
            "/usr/lib/postgresql/*/bin); ./scripts/test installs Debian's postgresql package"
        )
    return max(found)[1]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    folder: Path  # data directory and socket directory
    port: int
    run_as: str | None  # the OS user the server runs as, when we are root
    _counter: int = 0
    host: str = "127.0.0.1"  # the TLS listener; the port is `port`, as for the socket

    @property
    def certificate(self) -> Path:
        """The server's certificate (PEM), as its administrator would show it."""
        return self.folder / "server.crt"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.folder}&port={self.port}"

    def _run(self, *args: str) -> None:
        kwargs: dict[str, Any] = {}
        if self.run_as is not None:  # root's groups are not handed on either
            kwargs.update(user=self.run_as, group=self.run_as, extra_groups=[])
        result = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=self.folder,
            **kwargs,
        )
        if result.returncode != 0:
            raise Unavailable(f"{args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> None:
        self._run(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",  # only the socket in our own 0700 folder listens
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
            "--no-instructions",
        )
        self._tls_files()
        options = " ".join(
            [
                f"-c listen_addresses='{self.host}'",
                "-c ssl=on",
                f"-c ssl_cert_file='{self.certificate}'",
                f"-c ssl_key_file='{self.folder / 'server.key'}'",
                f"-c unix_socket_directories='{self.folder}'",
                "-c fsync=off",
                "-c full_page_writes=off",
                "-c synchronous_commit=off",
                "-c max_connections=200",
                "-c shared_buffers=32MB",
            ]
        )
        self._run(
            "pg_ctl",
            "start",
            "--pgdata",
            str(self.data),
            "--wait",
            "--log",
            str(self.folder / "server.log"),
            "-o",
            f"-p {self.port} {options}",
        )

    def _tls_files(self) -> None:
        """The certificate and key the server presents, and who may come in how."""
        from tests.tls_certificates import self_signed

        made = self_signed("localhost", self.host)
        self.certificate.write_bytes(made.certificate_pem)
        key = self.folder / "server.key"
        key.write_bytes(made.key_pem)
        key.chmod(0o600)  # the server refuses a key others may read
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"  # only the socket in our own 0700 folder
            f"hostssl all all {self.host}/32 scram-sha-256\n"
        )
        if self.run_as is not None:
            entry = pwd.getpwnam(self.run_as)
            for path in (self.certificate, key, self.data / "pg_hba.conf"):
                os.chown(path, entry.pw_uid, entry.pw_gid)

    def stop(self) -> None:
        with contextlib.suppress(Unavailable, OSError, subprocess.SubprocessError):
            self._run("pg_ctl", "stop", "--pgdata", str(self.data), "--mode", "immediate")

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Statements outside a transaction (CREATE/DROP DATABASE), as the superuser."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder),
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
        ) as connection:
            for statement in statements:
                connection.execute(statement.encode())

    def new_database(self, template: str | None = None) -> str:
        """An empty database, or a copy of `template` (which nobody may be connected to)."""
        self._counter += 1
        name = f"kirjuri_{os.getpid()}_{self._counter}"
        # FILE_COPY: a plain copy of the template's files (with fsync off), not WAL-logged block
        # by block; a fifth cheaper in the server's CPU.
        suffix = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.execute(f"CREATE DATABASE {name}{suffix}")
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable(
            "running as root and there is no 'postgres' user to run the server as "
            "(Debian's postgresql package creates it)"
        ) from None
    return "postgres"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop_orphans(parent: Path) -> None:
    """A killed test run cannot stop its server: the next run stops it (by the postmaster's own
    pid from its data folder) and removes the folder. A live run's cluster is left alone."""
    for folder in parent.glob(PREFIX + "*"):
        with contextlib.suppress(OSError, ValueError):
            owner = int((folder / OWNER_FILE).read_text())
            if _alive(owner):
                continue
            postmaster = folder / "data" / "postmaster.pid"
            if postmaster.exists():
                os.kill(int(postmaster.read_text().split()[0]), signal.SIGQUIT)
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    bindir = find_bindir()
    run_as = _server_user()
    # Not under the session's private temp folder: the server's user must reach this one, and
    # the socket's path must stay short (at most 107 bytes).
    parent = Path("/tmp")
    _stop_orphans(parent)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=parent))
    try:
        (folder / OWNER_FILE).write_text(str(os.getpid()))
        if run_as is not None:
            entry = pwd.getpwnam(run_as)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        cluster = Cluster(bindir, folder, _free_port(), run_as)
        started = time.monotonic()
        cluster.start()
        cluster.started_in = time.monotonic() - started  # type: ignore[attr-defined]
        try:
            yield cluster
        finally:
            cluster.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def unavailable(reason: str) -> None:
    """Skip locally; fail under CI, which must run every PostgreSQL test."""
    message = f"PostgreSQL tests cannot run: {reason}"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: they must run)", pytrace=False)
    pytest.skip(message)
