"""The retention rules in force, read from the register: the ones the main user saved, or the
defaults the register description gives. Kept apart from the review (rules.py) so that the
erasure, which must state the same dates the review acts on, can read them too."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.retention_rules import Category, RetentionRule, default_rules, rules_from_stored
from desktop.services.statement.description import current_description
from desktop.store.models import Setting

SETTING_KEY = "retention_rules"


def stored_rules(session: Session) -> dict[Category, RetentionRule]:
    """The rules in force: the ones saved, or the defaults from the register description."""
    defaults = default_rules(current_description(session).retention)
    row = session.get(Setting, SETTING_KEY)
    return rules_from_stored(row.value if row else None, defaults)
