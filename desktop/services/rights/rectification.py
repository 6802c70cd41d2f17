"""Rectification (GDPR Art. 16) through a request: the requested changes go through the same
checks and the same code as an edit in the customer editor, and each changed field is kept in
the request's record with its old and new value."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.core.customer_form import (
    AddressForm,
    CustomerForm,
    EmailForm,
    PhoneForm,
    check_customer,
)
from desktop.core.roles import Permission
from desktop.core.settings import IDENTITY_CODE_ENABLED
from desktop.errors import ValidationError
from desktop.services.customers.records import (
    SCALAR_FIELDS,
    IdentityCodesOff,
    apply_form,
    refresh_search_text,
    to_detail,
)
from desktop.services.register.settings import read_setting
from desktop.services.requests.log import (
    NEEDS_A_REASON,
)
from desktop.services.rights.base import (
    NOT_RECTIFIABLE,
    RightUseCases,
    linked_customer,
    load_request,
)
from desktop.store.customer_models import Customer
from desktop.store.request_models import Rectification

SCALARS = frozenset({*SCALAR_FIELDS, "started_on", "ended_on"})
LISTS: dict[str, tuple[type, frozenset[str]]] = {
    "emails": (EmailForm, frozenset({"address", "kind"})),
    "phones": (PhoneForm, frozenset({"number", "kind"})),
    "addresses": (
        AddressForm,
        frozenset({"street", "postal_code", "post_office", "country", "kind"}),
    ),
}


@dataclass(frozen=True)
class RectificationRow:
    id: int
    field: str
    old_value: str
    new_value: str
    done: bool
    refusal_reason: str
    at: datetime


def to_row(row: Rectification) -> RectificationRow:
    return RectificationRow(
        row.id, row.field, row.old_value, row.new_value, row.done, row.refusal_reason, row.at
    )


def _split(key: str) -> tuple[str, int, str] | None:
    """ "emails.0.address" → ("emails", 0, "address"); None for a scalar field."""
    parts = key.split(".")
    if len(parts) == 1 and key in SCALARS:
        return None
    if (
        len(parts) == 3
        and parts[0] in LISTS
        and parts[1].isdigit()
        and parts[2] in LISTS[parts[0]][1]
    ):
        return parts[0], int(parts[1]), parts[2]
    raise ValidationError({key: NOT_RECTIFIABLE})


def check_rectifiable(key: str) -> None:
    """ValidationError unless `key` names a field a rectification may concern."""
    _split(key)


def value_of(form: CustomerForm, key: str) -> str:
    where = _split(key)
    if where is None:
        return str(getattr(form, key))
    name, index, attribute = where
    items = getattr(form, name)
    return str(getattr(items[index], attribute)) if index < len(items) else ""


def changed_form(form: CustomerForm, changes: dict[str, str]) -> CustomerForm:
    """The form with the requested changes; index len(list) adds a new entry."""
    problems: dict[str, str] = {}
    for key, value in changes.items():
        try:
            where = _split(key)
        except ValidationError as error:
            problems.update(error.fields)
            continue
        if where is None:
            scalar: dict[str, Any] = {key: value}
            form = replace(form, **scalar)
            continue
        name, index, attribute = where
        items = list(getattr(form, name))
        if index > len(items):
            problems[key] = NOT_RECTIFIABLE
            continue
        if index == len(items):
            items.append(LISTS[name][0]())
        items[index] = replace(items[index], **{attribute: value})
        listed: dict[str, Any] = {name: tuple(items)}
        form = replace(form, **listed)
    if problems:
        raise ValidationError(problems)
    return form


class RectificationUseCases(RightUseCases):
    def rectify(self, request_id: int, changes: dict[str, str]) -> list[RectificationRow]:
        """Make the changes as the customer editor would; one Rectification row per changed
        field, with its old and new value (in stored form)."""
        self.current.require(Permission.HANDLE_REQUESTS)
        codes_on = "identity_code" in changes and bool(
            read_setting(self.register, IDENTITY_CODE_ENABLED)
        )
        with self.register.write() as session:
            request = load_request(session, request_id)
            self.require_identity_checked(request)
            customer = linked_customer(session, request)
            before = to_detail(customer).form
            checked = check_customer(changed_form(before, changes))
            code = checked.form.identity_code
            if code and code != customer.identity_code and not codes_on:
                raise IdentityCodesOff()
            changed = apply_form(customer, checked)
            now = datetime.now()
            rows = []
            for key in changes:
                old, new = value_of(before, key), value_of(checked.form, key)
                if old != new:
                    row = Rectification(
                        request_id=request.id, field=key, old_value=old, new_value=new, at=now
                    )
                    session.add(row)
                    rows.append(row)
            if changed:
                customer.updated_at = now
                refresh_search_text(customer)
            session.flush()
            self.event(session, request, "rectified", ", ".join(r.field for r in rows))
            self.audit(session, "customer_rectified", "customer", customer.id, changed)
            return [to_row(row) for row in rows]

    def refuse_rectification(
        self, request_id: int, field: str, requested_value: str, reason: str
    ) -> RectificationRow:
        self.current.require(Permission.HANDLE_REQUESTS)
        if not reason.strip():
            raise ValidationError({"reason": NEEDS_A_REASON})
        with self.register.write() as session:
            request = load_request(session, request_id)
            customer = session.get(Customer, request.customer_id) if request.customer_id else None
            old = ""
            if customer is not None:
                with contextlib.suppress(ValidationError):
                    old = value_of(to_detail(customer).form, field)
            row = Rectification(
                request_id=request.id,
                field=field[:60],
                old_value=old,
                new_value=requested_value,
                done=False,
                refusal_reason=reason.strip(),
                at=datetime.now(),
            )
            session.add(row)
            session.flush()
            self.event(session, request, "rectification_refused", field)
            self.audit(session, "rectification_refused", "request", request.id, (field,))
            return to_row(row)

    def rectifications(self, request_id: int) -> list[RectificationRow]:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            load_request(session, request_id)
            rows = session.scalars(
                select(Rectification)
                .where(Rectification.request_id == request_id)
                .order_by(Rectification.id)
            )
            return [to_row(row) for row in rows]
