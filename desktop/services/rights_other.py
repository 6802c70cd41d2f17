"""Rectification (GDPR Art. 16) through a request: the requested changes go through the same
checks and the same code as an edit in the customer editor, and each changed field is kept in
the request's record with its old and new value."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm, PhoneForm
from desktop.errors import ValidationError
from desktop.services.customers import SCALAR_FIELDS
from desktop.services.rights_base import NOT_RECTIFIABLE
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
