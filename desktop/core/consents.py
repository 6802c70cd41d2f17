"""What a customer's consents and bans add up to: the latest decision per kind wins.

Entries are never changed, only added, so the current state is computed from the history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.customer_fields import (
    MARKETING_CHANNELS,
    ConsentKind,
    ConsentState,
    marketing_allowed,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP

# Saying no to any of these is a ban on marketing (suoramarkkinointikielto): the person's contacts
# are remembered as hashes so an import cannot quietly add them back.
MARKETING_KINDS = frozenset(
    {
        *MARKETING_CHANNELS,
        ConsentKind.NEWSLETTER,
        ConsentKind.PARTNER_DISCLOSURE,
        ConsentKind.PROFILING,
    }
)
NO_STATES = frozenset({ConsentState.REFUSED, ConsentState.WITHDRAWN})

DECIDED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The decision date cannot be in the future.")


@dataclass(frozen=True)
class ConsentStatus:
    kind: ConsentKind
    state: ConsentState | None  # None: never asked
    decided_on: date | None
    allowed: bool


@dataclass(frozen=True)
class Decision:
    """One stored entry, as much of it as the status needs."""

    id: int
    kind: ConsentKind
    state: ConsentState
    decided_on: date


def is_allowed(kind: ConsentKind, state: ConsentState | None) -> bool:
    """Post and phone marketing are opt-out, email and SMS opt-in (customer_fields); every
    other kind needs a consent that is in force."""
    if kind in MARKETING_CHANNELS:
        return marketing_allowed(kind, state)
    return state is ConsentState.GRANTED


def is_marketing_ban(kind: ConsentKind, state: ConsentState) -> bool:
    return kind in MARKETING_KINDS and state in NO_STATES


def current_statuses(decisions: Iterable[Decision]) -> list[ConsentStatus]:
    """One status per kind, in the enum's order. The entry with the highest id wins, since it
    was recorded last, even if someone typed an earlier decision date for it."""
    latest: dict[ConsentKind, Decision] = {}
    for decision in decisions:
        known = latest.get(decision.kind)
        if known is None or decision.id > known.id:
            latest[decision.kind] = decision
    statuses = []
    for kind in ConsentKind:
        found = latest.get(kind)
        state = found.state if found else None
        statuses.append(
            ConsentStatus(kind, state, found.decided_on if found else None, is_allowed(kind, state))
        )
    return statuses
