"""The PostgreSQL column (issue 18): the same service code on a register moved to a throwaway
PostgreSQL cluster (tests/pg_cluster.py: initdb in a temporary folder, TLS on 127.0.0.1, fsync
off as for the tests), filled with `server move`'s own copy path from a scratch copy of the cached
100 000-customer register. The moved register is opened as `server move` leaves it on the
main user's workstation: through the address given to the move (here the cluster's Unix socket,
as its superuser), not over TLS as a login role; the queries and the service code are the same.

The cluster is started on first use and stopped at the end of the run; `--no-pg` leaves it out.
Nothing of it is cached: the moved register's key slots and address name the cluster's port,
which is new every run.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import build
from desktop.services.server.moving import AdminAddress, ServerMove
from desktop.store.register import RegisterFiles


class PgUnavailable(Exception):
    """No PostgreSQL here (the reason is the message)."""


@dataclass
class Server:
    """The cluster and the registers moved into it, each moved once on first use."""

    cluster: Any  # tests.pg_cluster.Cluster
    scratch: Path
    moved: dict[str, RegisterFiles] = field(default_factory=dict)
    move_seconds: dict[str, float] = field(default_factory=dict)

    def register(self, name: str, source: RegisterFiles) -> RegisterFiles:
        """`source` (copied first: a move marks its file moved, read-only) moved into a new
        database; the moved register's files, from which a Gate logs in over TLS."""
        if name not in self.moved:
            build.say(f"  moving a copy of {source.db.name} to PostgreSQL (server move)")
            files = build.copy_register(source, self.scratch / f"pg-{name}")
            gate, user = build.login(files)
            assert gate.register is not None
            database = self.cluster.new_database()
            began = time.perf_counter()
            result = ServerMove(gate.register, user).move(AdminAddress(self.cluster.url(database)))
            self.move_seconds[name] = time.perf_counter() - began
            gate.close()
            build.say(
                f"  moved {result.report.rows} rows in {self.move_seconds[name]:.1f} s "
                f"(checks {result.report.seconds:.1f} s)"
            )
            self.moved[name] = result.files
        return self.moved[name]


class LazyServer:
    """Starts the cluster only when a PostgreSQL measurement asks for it."""

    def __init__(self, scratch: Path, enabled: bool) -> None:
        self.scratch = scratch
        self.enabled = enabled
        self.why_not = "" if enabled else "left out (--no-pg)"
        self._stack = contextlib.ExitStack()
        self._server: Server | None = None

    def get(self) -> Server | None:
        if self._server is None and not self.why_not:
            try:
                from tests.pg_cluster import Unavailable, running_cluster
            except ImportError as missing:  # tests/ is not shipped with an installed build
                self.why_not = f"tests.pg_cluster cannot be imported: {missing}"
                return None
            build.say("starting a throwaway PostgreSQL cluster")
            try:
                cluster = self._stack.enter_context(running_cluster())
            except Unavailable as exc:
                self.why_not = str(exc)
                build.say(f"  no PostgreSQL: {exc}")
                return None
            self._server = Server(cluster, self.scratch)
        return self._server

    @property
    def moved_in(self) -> str:
        """How long each `server move` into the cluster took, for the table's footer."""
        if self._server is None:
            return ""
        return ", ".join(
            f"{name} register moved in {seconds:.1f} s (server move, with its checks)"
            for name, seconds in self._server.move_seconds.items()
        )

    def close(self) -> None:
        self._stack.close()
