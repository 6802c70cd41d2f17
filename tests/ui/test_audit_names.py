"""Every action and field name the code writes to the audit log has a human, translated name.

The names are collected from the source (the literal actions and fields of every audit call, and
the variables an action is chosen into) and from the tables the services build their field lists
from (business details, settings, retention categories, orders, contacts, the register
description, import and export columns, erasure counts); then from the rows a scripted session
writes into a real encrypted register.
"""

from __future__ import annotations

import ast
import os
from dataclasses import fields, replace
from pathlib import Path

from desktop.core.customer_form import CustomerForm
from desktop.core.importing.mapping import FIELD_BY_KEY
from desktop.core.register_description import RegisterDescription
from desktop.core.retention_rules import Category
from desktop.core.roles import Role
from desktop.core.settings import BY_KEY
from desktop.services.access.users import NewUser
from desktop.services.container import Services
from desktop.services.customers.contact_history import EVENT_FIELDS
from desktop.services.customers.exporting import COLUMNS
from desktop.services.customers.orders import ORDER_FIELDS
from desktop.services.register.audit_view import AuditFilter, AuditLine
from desktop.services.register.business import BusinessDetails
from desktop.services.retention.rules import Mode
from desktop.services.rights.erasure import DELETED_LABELS
from desktop.ui import i18n
from desktop.ui.models.audit_model import AuditModel, action_text
from desktop.ui.models.audit_names import field_text, has_label
from tests.ui.conftest import login

SOURCE = Path(__file__).resolve().parents[2] / "desktop"
# KIRJURI_SCREENSHOTS=folder keeps them to look at; else the test run's own temporary folder.
SHOTS = Path(os.environ.get("KIRJURI_SCREENSHOTS") or Path(os.environ["TMPDIR"]) / "kirjuri-shots")
AUDIT_CALLS = {"append": 2, "_audit": 1, "audit": 1}  # the action's position among the arguments
FIELDS_AT = {
    "_audit": 4,
    "audit": 4,
}  # rights' and retention's helpers also take fields positionally


def _strings(node: ast.AST) -> set[str]:
    return {
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def _values(node: ast.AST) -> set[str]:
    """The strings an expression can evaluate to: both arms of `a if test else b`."""
    if isinstance(node, ast.IfExp):
        return _values(node.body) | _values(node.orelse)
    return _strings(node)


def _assigned(function: ast.AST, name: str) -> set[str]:
    """Strings an action variable can hold: its assignments and its parameter's default."""
    found: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            found |= _values(node.value)
        if isinstance(node, ast.arguments):
            positional = node.posonlyargs + node.args
            for arg, default in zip(positional[-len(node.defaults) :], node.defaults, strict=False):
                if arg.arg == name:
                    found |= _strings(default)
    return found


def written_names() -> tuple[set[str], set[str]]:
    actions: set[str] = set()
    names: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if "ui" in path.relative_to(SOURCE).parts:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for function in functions:
            for node in ast.walk(function):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                call = node.func.attr
                owner = node.func.value
                if call == "append" and not (isinstance(owner, ast.Name) and owner.id == "audit"):
                    continue
                if call not in AUDIT_CALLS or len(node.args) <= AUDIT_CALLS[call]:
                    continue
                action = node.args[AUDIT_CALLS[call]]
                if isinstance(action, ast.Name):
                    actions |= _assigned(function, action.id)
                else:
                    actions |= _strings(action)
                for keyword in node.keywords:
                    if keyword.arg == "fields":
                        names |= _strings(keyword.value)
                if call in FIELDS_AT and len(node.args) > FIELDS_AT[call]:
                    names |= _strings(node.args[FIELDS_AT[call]])
    return actions - {"action"}, names - {"records:"}


def dynamic_names() -> set[str]:
    """The tables the services compute their `fields=` lists from."""
    return (
        {f.name for f in fields(BusinessDetails)}
        | {f.name for f in fields(RegisterDescription)}
        | {f.name for f in fields(CustomerForm)}
        | set(BY_KEY)
        | {category.value for category in Category}
        | {mode.value for mode in Mode}
        | {key for key, _label in COLUMNS}
        | set(FIELD_BY_KEY)
        | set(DELETED_LABELS)
        | set(EVENT_FIELDS)
        | set(ORDER_FIELDS)
        | {"full_name", "title", "role", "records:12"}
    )


def test_the_collector_finds_what_it_should() -> None:
    actions, names = written_names()
    assert {
        "login",
        "unlock",
        "customer_erased",
        "retention_anonymised",
        "letter_signed",
    } <= actions
    assert {"full_name", "restriction_reason", "statement_handout", "kinds"} <= names
    assert len(actions) > 50


def test_every_written_action_has_a_name(english) -> None:  # type: ignore[no-untyped-def]
    actions, _names = written_names()
    missing = sorted(a for a in actions if action_text(a) == a)
    assert not missing, f"audit actions without a label: {missing}"


def test_every_written_field_has_a_name(english) -> None:  # type: ignore[no-untyped-def]
    _actions, names = written_names()
    missing = sorted(n for n in names | dynamic_names() if not has_label(n))
    assert not missing, f"audit field names without a label: {missing}"


def test_user_and_business_fields_in_finnish(qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.install("fi")
    try:
        assert field_text("full_name") == "Koko nimi"
        assert field_text("business_id") == "Y-tunnus"
        assert field_text("records:12") == "12 tietuetta"
    finally:
        i18n.install("en")


def test_a_scripted_session_writes_only_named_things(  # type: ignore[no-untyped-def]
    qtbot, gate, english
) -> None:
    """Users, the business, settings, retention and customers changed through the services:
    every action and field in the rows they write is shown in words, none as a raw name."""
    services: Services = login(gate, "maija")
    user = services.users.add_user(
        NewUser(username="aino", full_name="Aino Laskija", role=Role.CLERK), "Salasana-2026!x"
    )
    services.users.update_user(
        user.id, full_name="Aino Kirjuri", title="Kirjanpitäjä", role=Role.READER
    )
    details = services.business.get()
    services.business.update(replace(details, name="Kahvila Aurinko", phone="040 7654321"))
    rules = services.retention.rules()
    rules[Category.CHATS] = replace(rules[Category.CHATS], amount=2)
    services.retention.save_rules(rules)
    customer = services.customers.create(CustomerForm(first_name="Olli", last_name="Vanha"))
    services.customers.get(customer.id)
    model = AuditModel(services.audit_log)
    model.set_filter(AuditFilter())
    assert model.rowCount() >= 4
    for row in range(model.rowCount()):
        line = model.lines[row]
        assert action_text(line.action) != line.action, line.action
        for name in line.fields:
            assert has_label(name), (line.action, name)
        shown = model.text(line, 4)
        for name in line.fields:
            if "_" in name:
                assert name not in shown.split(", "), (line.action, shown)


def test_screenshot_of_the_log_in_finnish(qtbot, gate) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.admin.audit_tab import AuditView

    services = login(gate, "maija")
    services.users.add_user(
        NewUser(username="aino", full_name="Aino Laskija", role=Role.CLERK), "Salasana-2026!x"
    )
    details = services.business.get()
    services.business.update(replace(details, business_id="0737546-2", phone="040 7654321"))
    i18n.install("fi")
    try:
        view = AuditView(services)
        qtbot.addWidget(view)
        view.resize(1100, 500)
        view.refresh()
        view.show()
        qtbot.waitUntil(lambda: view.model.rowCount() >= 2)
        shown = [view.model.text(line, 4) for line in view.model.lines]
        assert any("Y-tunnus" in text for text in shown), shown
        assert any("Koko nimi" in text for text in shown), shown
        assert not any("full_name" in text or "business_id" in text for text in shown)
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / "audit-log-fi.png"))
    finally:
        i18n.install("en")


def _keyword_strings(keyword: str) -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call):
                for item in node.keywords:
                    if item.arg == keyword:
                        found |= _strings(item.value)
    return found


def _gate_records() -> set[str]:
    """Actions the window writes through the gate (lock, logout)."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "gate"
                and len(node.args) == 2
            ):
                found |= _strings(node.args[1])
    return found


def test_lock_and_logout_written_by_the_window_have_names(english) -> None:  # type: ignore[no-untyped-def]
    actions = _gate_records()
    assert {"lock", "logout"} <= actions
    assert not [a for a in actions if action_text(a) == a]


def _line(entity: str) -> AuditLine:
    from datetime import datetime

    return AuditLine(
        id=1,
        at=datetime(2026, 1, 2),
        username="maija",
        action="x",
        entity=entity,
        entity_id="1",
        customer_number=None,
        fields=(),
    )


def test_every_record_kind_has_a_name(english) -> None:  # type: ignore[no-untyped-def]
    """'register_description 1' read as an internal name: every entity the services write is
    shown in words."""
    from desktop.ui.models.audit_model import record_text

    entities = _keyword_strings("entity") - {"customer"}
    assert {"register_description", "backup", "settings"} <= entities
    for entity in entities:
        line = _line(entity)
        shown = record_text(line)
        assert entity not in shown, shown
    assert record_text(_line("register_description")) == "Register description, version 1"
