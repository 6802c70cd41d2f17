"""Eight workstations at once, each with its own engine and connections (and its own copy of the
key slots, as each desk has): the same customer saved by all eight from one opened version goes
in once and is refused, with who changed it, seven times; requests logged at once get unique,
consecutive diary numbers; the audit chain stays one chain. On PostgreSQL the write lock is the
server's advisory lock; on the file it is BEGIN IMMEDIATE across connection pools."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import select

from desktop.core.customer_form import CustomerForm
from desktop.core.requests import RequestChannel, RequestKind
from desktop.core.roles import Role
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.customers.records import CustomerChangedMeanwhile, CustomerService
from desktop.services.requests.log import RequestForm, RequestService
from desktop.store import audit
from desktop.store.keyslots import KeySlotFile
from desktop.store.models import User
from desktop.store.register import Register, make_register_engine

DESKS = 8
_Result = TypeVar("_Result")


@pytest.fixture
def desks(gate: Gate, passwords: dict[str, str], tmp_path: Path) -> Iterator[list[Register]]:
    """The logged-in register and seven more opened beside it, each on its own engine."""
    gate.login("maija", passwords["maija"])
    first = gate.register
    assert first is not None
    opened = [first]
    for desk in range(1, DESKS):
        keys = tmp_path / f"desk{desk}" / first.files.keys.name
        keys.parent.mkdir()
        shutil.copy2(first.files.keys, keys)
        key = first.backup_key()
        register = Register(
            first.files, KeySlotFile.load(keys), key, make_register_engine(first.files, key)
        )
        register.audit_offset = first.audit_offset
        opened.append(register)
    yield opened
    for register in opened[1:]:
        register.engine.dispose()


def at_once(desks: list[Register], work: Callable[[int, Register], _Result]) -> list[object]:
    """Run work(n, register) on every desk in its own thread, started together; the results
    (or the UserErrors raised) in desk order."""
    start = threading.Barrier(len(desks))
    results: list[object] = [None] * len(desks)

    def run(n: int) -> None:
        start.wait()
        try:
            results[n] = work(n, desks[n])
        except Exception as exc:  # noqa: BLE001 - the test looks at each
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(desks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def _clerk(register: Register) -> CurrentUser:
    with register.read() as session:
        row = session.scalars(select(User).where(User.username == "ville")).one()
        return CurrentUser(row.id, row.username, row.full_name, Role(row.role))


def test_one_customer_saved_at_eight_desks_goes_in_once(desks: list[Register]) -> None:
    clerk = _clerk(desks[0])
    made = CustomerService(desks[0], clerk).create(CustomerForm(last_name="Asiakas"))
    opened = CustomerService(desks[0], clerk).get(made.id)

    def save(n: int, register: Register) -> object:
        form = replace(opened.form, notes=f"työpiste {n}")
        return CustomerService(register, clerk).update(made.id, form, opened=opened)

    results = at_once(desks, save)
    saved = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, CustomerChangedMeanwhile)]
    assert (len(saved), len(refused)) == (1, DESKS - 1), results
    stored = CustomerService(desks[0], clerk).get(made.id, record_view=False)
    assert stored.form.notes == saved[0].form.notes  # type: ignore[attr-defined]
    for conflict in refused:
        assert conflict.names == ("Ville Virtanen",) and conflict.fields == ("notes",)
    with desks[0].read() as session:
        assert audit.verify(session).ok


def test_requests_logged_at_eight_desks_number_consecutively(desks: list[Register]) -> None:
    clerk = _clerk(desks[0])

    def log(n: int, register: Register) -> str:
        form = RequestForm(
            received_at=datetime(2026, 11, 24, 9, n),
            channel=RequestChannel.EMAIL,
            kinds=(RequestKind.ACCESS,),
            requester_name=f"Pyytäjä {n}",
        )
        service = RequestService(register, clerk)
        return "".join(
            service.log(form, today=date(2026, 11, 24)).diary_number + " " for _ in range(3)
        )

    results = at_once(desks, log)
    assert all(isinstance(r, str) for r in results), results
    numbers = sorted(" ".join(str(r) for r in results).split())
    assert numbers == [f"2026-{n:03d}" for n in range(1, 3 * DESKS + 1)]
    with desks[0].read() as session:
        chain = audit.verify(session)
    assert chain.ok, chain
