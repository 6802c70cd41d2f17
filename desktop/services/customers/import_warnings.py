"""What an import plan warns about: rows that look like customers already in the register (or
earlier in the same file), and rows of people who earlier banned direct marketing or whose data
was erased. Made in bulk (the register's emails, phones and name+address keys loaded once), and
made twice: when the plan is made, and again under the write lock when it is run, so that rows
another import added in between are not added a second time unseen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.customer_form import CheckedCustomer, display_name
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.search_text import fold
from desktop.services.customers.duplicates import (
    SAME_EMAIL,
    SAME_NAME_AND_ADDRESS,
    SAME_PHONE,
    DuplicateHit,
)
from desktop.services.customers.suppression import (
    ERASED,
    MARKETING_BAN,
    SuppressionChecker,
    SuppressionHit,
)
from desktop.store.customer_models import Address, Customer, Email, Phone, SuppressionHash

# A row with nothing but a name (a company card, a LinkedIn contact without email): its name is
# all there is to compare, and it would otherwise be added again on every import unseen.
SAME_NAME_ONLY = QT_TRANSLATE_NOOP("Duplicates", "same name, and nothing else to compare")

SUPPRESSION_REASONS = {
    MARKETING_BAN: QT_TRANSLATE_NOOP("Import", "earlier banned direct marketing"),
    ERASED: QT_TRANSLATE_NOOP("Import", "earlier erased"),
}


@dataclass(frozen=True)
class DuplicateWarning:
    row_number: int
    in_register: tuple[DuplicateHit, ...]
    same_as_rows: tuple[int, ...]  # earlier rows of the same file
    reasons: tuple[str, ...]  # untranslated, context "Duplicates"


@dataclass(frozen=True)
class SuppressionWarning:
    row_number: int
    hits: tuple[SuppressionHit, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """Untranslated, context "Import"."""
        return tuple(dict.fromkeys(SUPPRESSION_REASONS[h.reason] for h in self.hits))


Flag = tuple[int, str]  # (column, what the cell holds: untranslated, context "Import")


@dataclass(frozen=True)
class AcceptedRow:
    row_number: int
    checked: CheckedCustomer


class _Existing:
    """The register's emails, phones and name+address keys, loaded once per plan."""

    def __init__(self, session: Session) -> None:
        self.emails: dict[str, set[int]] = {}
        for customer_id, address in session.execute(select(Email.customer_id, Email.address)):
            self.emails.setdefault(address.casefold(), set()).add(customer_id)
        self.phones: dict[str, set[int]] = {}
        for customer_id, number in session.execute(select(Phone.customer_id, Phone.number)):
            self.phones.setdefault(number, set()).add(customer_id)
        self.places: dict[tuple[str, str, str], set[int]] = {}
        rows = session.execute(
            select(Customer.id, Customer.sort_name, Address.street, Address.postal_code).join(
                Address, Address.customer_id == Customer.id
            )
        )
        for customer_id, sort_name, street, postal_code in rows:
            key = (sort_name, street.strip().lower(), postal_code)
            self.places.setdefault(key, set()).add(customer_id)
        self.names: dict[str, set[int]] = {}
        for customer_id, sort_name in session.execute(select(Customer.id, Customer.sort_name)):
            self.names.setdefault(sort_name, set()).add(customer_id)


def _keys(checked: CheckedCustomer) -> list[tuple[str, object]]:
    """What makes two customers look like the same person (as find_duplicates decides)."""
    form = checked.form
    keys: list[tuple[str, object]] = [(SAME_EMAIL, e.address.casefold()) for e in form.emails]
    keys += [(SAME_PHONE, p.number) for p in form.phones]
    name = fold(display_name(form.first_name, form.last_name, form.organisation))
    keys += [
        (SAME_NAME_AND_ADDRESS, (name, a.street.strip().lower(), a.postal_code))
        for a in form.addresses
        if name and a.street
    ]
    if name and not (form.emails or form.phones or form.addresses):
        keys.append((SAME_NAME_ONLY, name))
    return keys


def warnings(
    session: Session, accepted: Sequence[AcceptedRow]
) -> tuple[dict[int, DuplicateWarning], dict[int, SuppressionWarning]]:
    """Possible duplicates (in the register and earlier in the file) and earlier bans or
    erasures, for the accepted rows, as the register stands in `session`."""
    # No hashes kept yet: nothing can match, so skip hashing every contact of the file.
    any_hashes = session.scalar(select(SuppressionHash.id).limit(1)) is not None
    checker = SuppressionChecker(session) if any_hashes else None
    existing = _Existing(session)
    pools: dict[str, dict[Any, set[int]]] = {
        SAME_EMAIL: existing.emails,
        SAME_PHONE: existing.phones,
        SAME_NAME_AND_ADDRESS: existing.places,
        SAME_NAME_ONLY: existing.names,
    }
    duplicates: dict[int, DuplicateWarning] = {}
    suppressed: dict[int, SuppressionWarning] = {}
    seen: dict[tuple[str, object], int] = {}  # key → first row number in the file
    register_hits: dict[int, dict[int, list[str]]] = {}  # row → customer id → reasons
    for row in accepted:
        number, form = row.row_number, row.checked.form
        hits = checker and checker.check(
            emails=[e.address for e in form.emails], phones=[p.number for p in form.phones]
        )
        if hits:
            suppressed[number] = SuppressionWarning(number, tuple(hits))
        reasons: list[str] = []
        earlier: list[int] = []
        found: dict[int, list[str]] = {}
        for reason, key in _keys(row.checked):
            for customer_id in pools[reason].get(key, ()):
                found.setdefault(customer_id, [])
                if reason not in found[customer_id]:
                    found[customer_id].append(reason)
                if reason not in reasons:
                    reasons.append(reason)
            first = seen.setdefault((reason, key), number)
            if first != number:
                if first not in earlier:
                    earlier.append(first)
                if reason not in reasons:
                    reasons.append(reason)
        if found:
            register_hits[number] = found
        if reasons:
            duplicates[number] = DuplicateWarning(number, (), tuple(earlier), tuple(reasons))
    _name_register_hits(session, duplicates, register_hits)
    return duplicates, suppressed


def _name_register_hits(
    session: Session, duplicates: dict[int, DuplicateWarning], hits: dict[int, dict[int, list[str]]]
) -> None:
    ids = sorted({customer_id for found in hits.values() for customer_id in found})
    names: dict[int, tuple[int, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for customer in session.execute(
            select(
                Customer.id,
                Customer.number,
                Customer.first_name,
                Customer.last_name,
                Customer.organisation,
            ).where(Customer.id.in_(chunk))
        ):
            names[customer.id] = (
                customer.number,
                display_name(customer.first_name, customer.last_name, customer.organisation),
            )
    for number, found in hits.items():
        warning = duplicates[number]
        in_register = tuple(
            DuplicateHit(customer_id, *names[customer_id], tuple(reasons))
            for customer_id, reasons in found.items()
            if customer_id in names
        )
        duplicates[number] = DuplicateWarning(
            number, in_register, warning.same_as_rows, warning.reasons
        )


def fingerprint(
    duplicates: dict[int, DuplicateWarning], suppressed: dict[int, SuppressionWarning]
) -> tuple[dict[int, frozenset[int]], dict[int, frozenset[str]]]:
    """What the user decided on: which rows match which customers, which are banned/erased."""
    return (
        {n: frozenset(hit.customer_id for hit in w.in_register) for n, w in duplicates.items()},
        {n: frozenset(w.reasons) for n, w in suppressed.items()},
    )
