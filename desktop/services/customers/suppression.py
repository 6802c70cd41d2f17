"""Remembering who must not be added back, without keeping who they were.

When a person bans direct marketing or has their data erased, Kirjuri keeps only keyed hashes
(HMAC-SHA256 with a secret that lives inside this register) of their normalised email addresses
and phone numbers. An import or a new customer is checked against them; the values themselves are
gone, and the hashes are useless outside this register.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import validation
from desktop.store.customer_models import SuppressionHash
from desktop.store.models import RegisterInfo

MARKETING_BAN = "marketing_ban"
ERASED = "erased"


def _normal(kind: str, value: str) -> str:
    if kind == "phone":
        if value.startswith("+") and value[1:].isdigit():
            return value  # already E.164, as stored: skip the slow parse (imports check many)
        checked = validation.phone(value)
        return checked.value if checked.ok else "".join(ch for ch in value if ch.isdigit())
    return value.strip().casefold()


def register_key(session: Session) -> bytes:
    key = session.scalar(select(RegisterInfo.suppression_key))
    assert key, "the register has no suppression key (schema 0002 makes one)"
    return bytes.fromhex(key)


def digest(key: bytes, kind: str, value: str) -> str:
    return hmac.new(key, f"{kind}:{_normal(kind, value)}".encode(), hashlib.sha256).hexdigest()


def remember(session: Session, *, emails: Iterable[str], phones: Iterable[str], reason: str) -> int:
    """Store hashes for these contacts (once each per reason). Returns how many were new."""
    key = register_key(session)
    added = 0
    for kind, values in (("email", emails), ("phone", phones)):
        for value in values:
            if not value:
                continue
            value_digest = digest(key, kind, value)
            exists = session.scalar(
                select(SuppressionHash.id).where(
                    SuppressionHash.digest == value_digest, SuppressionHash.reason == reason
                )
            )
            if exists is None:
                session.add(
                    SuppressionHash(
                        kind=kind, digest=value_digest, reason=reason, recorded_on=date.today()
                    )
                )
                added += 1
    return added


@dataclass(frozen=True)
class SuppressionHit:
    kind: str  # email / phone
    value: str  # what the user or the import file gave: theirs to see, not ours to keep
    reason: str  # marketing_ban / erased


class SuppressionChecker:
    """Loads the digests once, so checking 100 000 import rows stays fast."""

    def __init__(self, session: Session) -> None:
        self._key = register_key(session)
        self._reasons: dict[str, set[str]] = {}
        for value_digest, reason in session.execute(
            select(SuppressionHash.digest, SuppressionHash.reason)
        ):
            self._reasons.setdefault(value_digest, set()).add(reason)

    def check(self, *, emails: Iterable[str], phones: Iterable[str]) -> list[SuppressionHit]:
        hits = []
        for kind, values in (("email", emails), ("phone", phones)):
            for value in values:
                if not value:
                    continue
                for reason in sorted(self._reasons.get(digest(self._key, kind, value), ())):
                    hits.append(SuppressionHit(kind, value, reason))
        return hits
