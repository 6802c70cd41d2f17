"""Several workstations writing at once, with real connections: 8 writers logging requests get
unique, consecutive diary numbers, and 8 writers appending to the audit log leave one chain that
verifies. On PostgreSQL each write transaction waits for the register's write lock (as SQLite's
BEGIN IMMEDIATE does on the file); without it both would fork."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from desktop.core.requests import RequestChannel, RequestKind
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.requests.log import RequestForm
from desktop.store import audit

WRITERS = 8
ROUNDS = 3


def _all_at_once(work: Callable[[int], None]) -> None:
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def run(writer: int) -> None:
        start.wait()
        try:
            for _round in range(ROUNDS):
                work(writer)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []


def test_diary_numbers_stay_unique_and_consecutive(gate: Gate, passwords: dict[str, str]) -> None:
    clerk = Services.for_user(gate, gate.login("ville", passwords["ville"]).user)
    numbers: list[str] = []

    def log(writer: int) -> None:
        form = RequestForm(
            received_at=datetime(2026, 11, 24, 9, writer),
            channel=RequestChannel.EMAIL,
            kinds=(RequestKind.ACCESS,),
            requester_name=f"Kirjoittaja {writer}",
        )
        numbers.append(clerk.requests.log(form, today=datetime(2026, 11, 24).date()).diary_number)

    _all_at_once(log)
    expected = [f"2026-{n:03d}" for n in range(1, WRITERS * ROUNDS + 1)]
    assert sorted(numbers) == expected


def test_concurrent_audit_appends_stay_one_chain(gate: Gate, passwords: dict[str, str]) -> None:
    user = gate.login("maija", passwords["maija"]).user
    register = gate.register
    assert register is not None

    def append(writer: int) -> None:
        with register.write() as session:
            audit.append(session, user.actor, "test_entry", entity="writer", entity_id=writer)

    _all_at_once(append)
    with register.read() as session:
        chain = audit.verify(session)
    assert chain.ok, chain
    assert chain.entries >= WRITERS * ROUNDS
