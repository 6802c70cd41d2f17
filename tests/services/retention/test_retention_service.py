"""Retention on a real encrypted register: rules stored and audited, what is due and what is
held, and the reviewed batch erasure (all or nothing, audited)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.core.retention import LEGAL_HOLD
from desktop.core.retention_rules import BUILT_IN, Category, RetentionRule, Unit
from desktop.errors import PermissionDenied
from desktop.services.retention.due import (
    OPEN_REQUEST_HOLD,
    ORDERS_STAY_NOTE,
    RESTRICTED_HOLD,
    DueKind,
)
from desktop.services.retention.rules import DueListChanged, Mode, ModeNotPossible
from desktop.services.rights import erasure as rights_erasure
from desktop.store import audit
from desktop.store.customer_models import Attachment, ContactEvent, Customer, Order
from desktop.store.models import AuditEntry
from desktop.store.request_models import Request
from tests.services.retention.conftest import TODAY, World


def _actions(world: World) -> list[tuple[str, str, str]]:
    with world.register.read() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.fields).order_by(
                AuditEntry.id
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_defaults_come_from_the_description_and_saving_is_audited(world: World) -> None:
    service = world.service()
    rules = service.rules()
    assert rules[Category.CHATS] == BUILT_IN[Category.CHATS]
    # An order is accounting material (KPL 2:10): 6 years, not the books' 10.
    assert rules[Category.ORDERS].amount == 6
    rules[Category.CHATS] = RetentionRule(Category.CHATS, 1, Unit.MONTHS)
    rules[Category.ORDERS] = RetentionRule(Category.ORDERS, 2, Unit.YEARS)  # below the law
    saved = service.save_rules(rules)
    assert saved[Category.ORDERS].amount == 6
    assert world.service(world.lukija).rules()[Category.CHATS].amount == 1
    assert _actions(world)[-1][0] == "retention_rules_changed"
    assert _actions(world)[-1][2] == "chats"
    with pytest.raises(PermissionDenied):
        world.service(world.ville).save_rules(rules)


def test_what_is_due_and_what_is_held(world: World) -> None:
    service = world.service()
    counts = service.due_counts(TODAY)
    assert counts == {
        DueKind.CUSTOMERS: 5,
        DueKind.CONTACTS: 3,
        DueKind.ATTACHMENTS: 1,
        DueKind.ORDERS: 1,
    }
    customers = {item.record_id: item for item in service.due_page(DueKind.CUSTOMERS, today=TODAY)}
    assert world.recent not in customers
    assert customers[world.old].selectable and customers[world.old].note == ""
    assert customers[world.with_books].note == ORDERS_STAY_NOTE
    assert customers[world.held].hold == LEGAL_HOLD
    assert customers[world.restricted].hold == RESTRICTED_HOLD
    assert customers[world.asking].hold == OPEN_REQUEST_HOLD
    assert str(customers[world.old].due_on) == "2023-06-01"
    contacts = {i.record_id: i for i in service.due_page(DueKind.CONTACTS, today=TODAY)}
    assert set(contacts) == {world.chat_old, world.call_old, world.visit_old}
    assert contacts[world.chat_old].category is Category.CHATS
    assert contacts[world.call_old].category is Category.CALLS
    assert contacts[world.visit_old].category is Category.CONTACT_EVENTS
    orders = service.due_page(DueKind.ORDERS, today=TODAY)
    assert [o.record_id for o in orders] == [world.old_order]
    assert orders[0].category is Category.INVOICES or orders[0].category is Category.ORDERS


def test_a_disabled_rule_lists_nothing(world: World) -> None:
    service = world.service()
    rules = service.rules()
    rules[Category.CHATS] = replace(rules[Category.CHATS], enabled=False)
    service.save_rules(rules)
    ids = {i.record_id for i in service.due_page(DueKind.CONTACTS, today=TODAY)}
    assert world.chat_old not in ids and world.call_old in ids


def test_paging_walks_the_whole_list_once(world: World) -> None:
    service = world.service()
    seen: list[int] = []
    after = None
    while True:
        page = service.due_page(DueKind.CUSTOMERS, after=after, limit=2, today=TODAY)
        seen.extend(item.record_id for item in page)
        if len(page) < 2:
            break
        after = (page[-1].sort_key, page[-1].record_id)
    assert sorted(seen) == sorted(
        [world.old, world.with_books, world.held, world.restricted, world.asking]
    )


def test_batch_deletes_and_anonymises_with_audit(world: World) -> None:
    service = world.service()
    result = service.erase(DueKind.CUSTOMERS, [world.old, world.with_books], today=TODAY)
    assert (result.deleted, result.anonymised) == (1, 1)
    with world.register.read() as session:
        assert session.get(Customer, world.old) is None
        kept = session.get(Customer, world.with_books)
        assert kept.last_name == rights_erasure.ERASED_NAME and kept.first_name == ""
        assert kept.emails == [] and kept.addresses == []
        assert session.scalar(select(func.count(Order.id)).where(Order.customer_id == kept.id))
        assert audit.verify(session).ok
    actions = _actions(world)
    assert ("retention_erased", str(world.old)) in [(a, e) for a, e, _f in actions]
    assert ("retention_anonymised", str(world.with_books)) in [(a, e) for a, e, _f in actions]
    assert actions[-1][0] == "retention_batch" and "records:2" in actions[-1][2]
    # The anonymised record is not listed again while its orders must stay.
    ids = {i.record_id for i in service.due_page(DueKind.CUSTOMERS, today=TODAY)}
    assert world.with_books not in ids and world.old not in ids


def test_anonymise_keeps_the_row_even_without_orders(world: World) -> None:
    world.service().erase(DueKind.CUSTOMERS, [world.old], Mode.ANONYMISE, today=TODAY)
    with world.register.read() as session:
        assert session.get(Customer, world.old).last_name == rights_erasure.ERASED_NAME
    # Now it is an empty shell with no orders: it comes back to be deleted.
    ids = {i.record_id for i in world.service().due_page(DueKind.CUSTOMERS, today=TODAY)}
    assert world.old in ids


@pytest.mark.parametrize("which", ["held", "restricted", "asking", "recent"])
def test_holds_and_records_not_due_stop_the_whole_batch(world: World, which: str) -> None:
    before = _actions(world)
    with pytest.raises(DueListChanged):
        world.service().erase(DueKind.CUSTOMERS, [world.old, getattr(world, which)], today=TODAY)
    with world.register.read() as session:
        assert session.get(Customer, world.old) is not None
        assert session.get(Customer, getattr(world, which)) is not None
    assert _actions(world) == before


def test_a_failure_mid_batch_leaves_everything_in_place(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real = rights_erasure.erase_customer

    def fail_on_second(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(rights_erasure, "erase_customer", fail_on_second)
    before = _actions(world)
    with pytest.raises(OSError):
        world.service().erase(DueKind.CUSTOMERS, [world.old, world.with_books], today=TODAY)
    with world.register.read() as session:
        olli = session.get(Customer, world.old)
        assert olli is not None and olli.first_name == "Olli" and len(olli.emails) == 1
        assert session.get(Customer, world.with_books).first_name == "Kirsi"
    assert _actions(world) == before


def test_contacts_attachments_and_orders_are_deleted(world: World) -> None:
    service = world.service()
    assert (
        service.erase(DueKind.CONTACTS, [world.chat_old, world.call_old], today=TODAY).deleted == 2
    )
    service.erase(DueKind.ATTACHMENTS, [world.old_attachment], today=TODAY)
    service.erase(DueKind.ORDERS, [world.old_order], today=TODAY)
    with world.register.read() as session:
        assert session.get(ContactEvent, world.chat_old) is None
        assert session.get(ContactEvent, world.chat_new) is not None
        assert session.get(ContactEvent, world.visit_old) is not None
        assert session.get(Attachment, world.old_attachment) is None
        assert session.get(Order, world.old_order) is None
    actions = [a for a, _e, _f in _actions(world)]
    assert actions.count("retention_contact_deleted") == 2
    assert "retention_attachment_deleted" in actions and "retention_order_deleted" in actions
    with pytest.raises(DueListChanged):  # a chat not yet due
        service.erase(DueKind.CONTACTS, [world.chat_new], today=TODAY)
    with pytest.raises(ModeNotPossible):
        service.erase(DueKind.ORDERS, [world.old_order], Mode.ANONYMISE, today=TODAY)


def test_the_request_log_keeps_whom_it_was_about(world: World) -> None:
    # Aino's request is answered and closed; then her record can go, and the log keeps her name.
    with world.register.write() as session:
        request = session.scalars(select(Request)).one()
        request.status = "closed"
    world.service().erase(DueKind.CUSTOMERS, [world.asking], today=TODAY)
    with world.register.read() as session:
        request = session.scalars(select(Request)).one()
        assert request.customer_id is None and request.requester_name == "Aino Asiakas"


@pytest.mark.parametrize("who", ["ville", "lukija"])
def test_only_the_main_user_reviews_and_erases(world: World, who: str) -> None:
    service = world.service(getattr(world, who))
    with pytest.raises(PermissionDenied):
        service.due_counts(TODAY)
    with pytest.raises(PermissionDenied):
        service.due_page(DueKind.CUSTOMERS, today=TODAY)
    with pytest.raises(PermissionDenied):
        service.erase(DueKind.CUSTOMERS, [world.old], today=TODAY)
