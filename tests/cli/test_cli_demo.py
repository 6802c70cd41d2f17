"""`kirjuri demo`: a new demo register filled with made-up customers, or an empty one filled."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services.access.gate import Gate
from desktop.services.customers.search import CustomerQueries, CustomerQuery
from desktop.store.customer_models import ContactEvent
from desktop.store.register import RegisterFiles
from tests.cli.test_cli_main import run

PASSWORD = "demo-kirjuri"


def demo_args(db: Path, *extra: str) -> list[str]:
    return ["demo", "--customers", "50", "--db", str(db), "--password-stdin", *extra]


def test_demo_creates_and_fills_a_new_register(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo" / "demo.kirjuri"
    code, out, err = run(monkeypatch, capsys, demo_args(db), PASSWORD + "\n")
    assert code == 0, err
    assert "Main user: demo" in out and "demo register" in out and "Recovery key" in out
    assert "Added 50 made-up customers" in out
    assert "Demo data: 100 % (50 of 50 customers)" in err

    gate = Gate(RegisterFiles(db))
    try:
        user = gate.login("demo", PASSWORD).user
        register = gate.register
        assert register is not None
        assert register.is_demo()
        assert CustomerQueries(register, user).count(CustomerQuery()) == 50
        with register.read() as session:
            assert (session.scalar(select(func.count(ContactEvent.id))) or 0) > 100
    finally:
        gate.close()

    # A register that has customers is never filled again.
    code, _, err = run(monkeypatch, capsys, demo_args(db), PASSWORD + "\n")
    assert code == 2 and "already has customers" in err


def test_demo_fills_an_existing_empty_register(
    files: RegisterFiles,
    passwords: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(monkeypatch, capsys, demo_args(files.db), passwords["maija"] + "\n")
    assert code == 2 and "--user" in err
    args = demo_args(files.db, "--user", "maija", "--events-per-customer", "2")
    code, out, err = run(monkeypatch, capsys, args, passwords["maija"] + "\n")
    assert code == 0, err
    assert "Recovery key" not in out and "Added 50 made-up customers" in out
