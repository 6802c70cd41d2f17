"""What the window gets in place of the Register: merge, register info and the recovery key as
services of one login, each checking the role and auditing as the functions it wraps do."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.customer_form import CustomerForm, EmailForm
from desktop.errors import PermissionDenied
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store.models import AuditEntry
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS


def _login(gate: Gate, username: str) -> Services:
    return Services.for_user(gate, gate.login(username, PASSWORDS[username]).user)


def _actions(gate: Gate) -> list[str]:
    assert gate.register is not None
    with gate.register.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_merge_through_the_container_checks_the_role_and_audits(gate: Gate) -> None:
    clerk = _login(gate, "ville")
    keep = clerk.customers.create(CustomerForm(first_name="Anna", last_name="Aalto"))
    twin = clerk.customers.create(
        CustomerForm(first_name="Anna", last_name="Aalto", emails=(EmailForm("anna@example.fi"),))
    )
    reader = Services.for_user(gate, gate.login("lukija", PASSWORDS["lukija"]).user)
    with pytest.raises(PermissionDenied):
        reader.merge.merge(keep_id=keep.id, remove_id=twin.id)
    merged = clerk.merge.merge(keep_id=keep.id, remove_id=twin.id)
    assert merged.id == keep.id
    assert [e.address for e in merged.form.emails] == ["anna@example.fi"]
    assert _actions(gate)[-2:] == ["customer_merged", "customer_deleted"]


def test_register_info_tells_what_the_window_shows(gate: Gate, files: RegisterFiles) -> None:
    info = _login(gate, "lukija").register_info
    assert info.is_demo() is False
    assert info.location() == files.db
    assert info.files() == files
    assert info.register_id() == gate.register_id()


def test_only_a_main_user_replaces_the_recovery_key(gate: Gate) -> None:
    with pytest.raises(PermissionDenied):
        _login(gate, "ville").recovery_key.replace(PASSWORDS["ville"])
    key = _login(gate, "maija").recovery_key.replace(PASSWORDS["maija"])
    assert gate.register is not None
    gate.register.check_recovery_key(key)
    assert _actions(gate)[-1] == "recovery_key_replaced"
