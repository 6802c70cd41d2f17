"""Two people editing one customer: which fields differ, and what "keep editing" keeps.

The customer form is compared field by field (an address list, the phones, the segments and the
custom fields each count as one field, as the audit log names them). Pure: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from desktop.core.customer_form import CustomerForm

FIELD_NAMES = tuple(f.name for f in fields(CustomerForm))


def differing_fields(one: CustomerForm, other: CustomerForm) -> tuple[str, ...]:
    """The names of the fields whose values differ, in the form's order."""
    return tuple(name for name in FIELD_NAMES if getattr(one, name) != getattr(other, name))


@dataclass(frozen=True)
class Merged:
    form: CustomerForm  # what the editor shows after "keep editing"
    both_changed: tuple[str, ...]  # fields both people changed differently: the user's stays


def keep_editing(opened: CustomerForm, mine: CustomerForm, theirs: CustomerForm) -> Merged:
    """Field by field: a field only the other person changed takes their value; a field only
    this user changed keeps what they typed; where both changed it differently the typed value
    stays (nothing the user typed is dropped) and the field is named, so they look at it."""
    taken: dict[str, object] = {}
    both: list[str] = []
    for name in FIELD_NAMES:
        base, my, their = getattr(opened, name), getattr(mine, name), getattr(theirs, name)
        if my == base and their != base:
            taken[name] = their
        elif my != base and their != base and my != their:
            both.append(name)
    return Merged(replace(mine, **taken), tuple(both))  # type: ignore[arg-type]
