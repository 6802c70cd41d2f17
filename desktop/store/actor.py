"""Who did something, as the audit log names them (store/audit.py). Apart from the log itself so
that the login window can know its user without importing SQLAlchemy (issue 19)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """Who did it. `user_id` is None for failed logins by unknown names and for the system."""

    user_id: int | None
    username: str


SYSTEM = Actor(None, "system")
