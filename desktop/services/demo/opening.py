"""Opening the demo register chosen in the set-up wizard: a separate file of made-up customers.

The demo register lives beside the real one (Paths.demo_register) under its own lock. It is made
and filled the first time and reused after that, logged in as the demo user, whose password the
wizard showed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.private_files import make_folder
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.services.demo.fill import (
    DEMO_PASSWORD,
    DEMO_USERNAME,
    create_demo_register,
    fill_with_demo_data,
)
from desktop.store.register import RegisterFiles, RegisterLock

DEMO_CUSTOMERS = 500


@dataclass(frozen=True)
class DemoSession:
    files: RegisterFiles
    lock: RegisterLock  # held; released by whoever holds the session
    gate: Gate  # logged in: gate.register is open
    user: CurrentUser


def open_demo(path: Path, *, customers: int = DEMO_CUSTOMERS) -> DemoSession:
    """Create (or reuse) the demo register at `path`, fill it if empty, and log in as demo."""
    files = RegisterFiles(path)
    make_folder(files.db.parent, own=False)
    lock = RegisterLock(files)
    lock.acquire()
    gate = Gate(files)
    try:
        if files.exists():
            user = gate.login(DEMO_USERNAME, DEMO_PASSWORD).user
        else:
            created = create_demo_register(files)
            gate.register = created.register
            user = created.admin
        assert gate.register is not None
        if not CustomerQueries(gate.register, user).count(CustomerQuery()):
            fill_with_demo_data(gate.register, user, customers=customers)
    except BaseException:
        gate.close()
        lock.release()
        raise
    return DemoSession(files, lock, gate, user)
