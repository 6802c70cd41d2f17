"""Password policy. Long passphrases beat complexity rules, so length is the one rule."""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
# Field message; the form fills {minimum} in.
TOO_SHORT = QT_TRANSLATE_NOOP(
    "Validation", "The password must be at least {minimum} characters long."
)


def is_long_enough(password: str) -> bool:
    return len(password) >= MIN_LENGTH
