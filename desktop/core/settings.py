"""Register-wide settings, declared once with type, default and a translatable label.

They live inside the encrypted register (so they travel with backups); per-computer preferences
such as the window size live in desktop/ui/preferences.py and hold nothing personal.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Generic, SupportsIndex, SupportsInt, TypeVar, cast

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.search_text import fold

CUSTOM_FIELD_KEY_LENGTH = 40  # customer_custom_values.field_key

T = TypeVar("T")


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    """One setting; `T` is what reading it gives (int, bool, str or the custom-field list)."""

    key: str
    kind: type[T]
    default: T
    label: str
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: object) -> T:
        """Bring a stored or typed value to the declared type, falling back to the default."""
        try:
            if self.kind is bool:
                result: object = (
                    value
                    if isinstance(value, bool)
                    else str(value).lower()
                    in {
                        "1",
                        "true",
                        "yes",
                    }
                )
            elif self.kind is list:
                result = _custom_field_list(value)
            elif self.kind is int:
                if not isinstance(value, str | bytes | SupportsInt | SupportsIndex):
                    raise TypeError(value)  # None or a list in a damaged row: the default
                number = int(value)
                if self.minimum is not None:
                    number = max(self.minimum, number)
                if self.maximum is not None:
                    number = min(self.maximum, number)
                result = number
            else:
                result = str(value)
        except (TypeError, ValueError):
            return self.initial()
        return cast(T, result)  # each branch above made a `self.kind`

    def initial(self) -> T:
        """The default, copied: a list default must never be shared and changed in place."""
        if isinstance(self.default, list):
            return cast(T, list(self.default))
        return self.default


def _custom_field_list(value: object) -> list[dict[str, str]]:
    """A stored list of {"key", "label"} (or its JSON text) as a fresh list; unusable items are
    dropped rather than failing the whole setting."""
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, list | tuple):
        raise TypeError(value)
    fields: list[dict[str, str]] = []
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, dict):
            continue
        key, label = item.get("key"), item.get("label")
        if isinstance(key, str) and isinstance(label, str) and key and key not in seen:
            seen.add(key)
            fields.append({"key": key, "label": label})
    return fields


def custom_field_key(label: str) -> str:
    """ "Syntymävuosi / ikä" → "syntymavuosi_ika": the stable name a value is stored under."""
    key = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")
    return key[:CUSTOM_FIELD_KEY_LENGTH].rstrip("_")


def custom_fields_from_labels(
    labels: list[str], existing: list[dict[str, str]] | None = None
) -> list[dict[str, str]]:
    """The setting's value from one label per line. A label that is already defined keeps its
    key, so editing the list never orphans the values stored under it."""
    known = {item["label"]: item["key"] for item in existing or []}
    fields: list[dict[str, str]] = []
    used: set[str] = set()
    for raw in labels:
        label = raw.strip()
        if not label:
            continue
        key = known.get(label) or custom_field_key(label) or "field"
        base, number = key, 2
        while key in used:  # two labels that fold alike still get separate keys
            suffix = f"_{number}"
            key = base[: CUSTOM_FIELD_KEY_LENGTH - len(suffix)] + suffix
            number += 1
        used.add(key)
        fields.append({"key": key, "label": label})
    return fields


AUTO_LOCK_MINUTES: SettingSpec[int] = SettingSpec(
    "auto_lock_minutes",
    int,
    10,
    QT_TRANSLATE_NOOP("Settings", "Lock automatically after this many idle minutes"),
    minimum=1,
    maximum=240,
)
ALLOW_REMEMBER_ME: SettingSpec[bool] = SettingSpec(
    "allow_remember_me",
    bool,
    True,
    QT_TRANSLATE_NOOP("Settings", "Allow users to be remembered on this computer"),
)

# The business's own demographic fields: [{"key": "harrastus", "label": "Harrastus"}, ...].
CUSTOM_FIELDS: SettingSpec[list[dict[str, str]]] = SettingSpec(
    "custom_fields",
    list,
    [],
    QT_TRANSLATE_NOOP("Settings", "Own customer fields (one per line)"),
)
# Off by default: a personal identity code is kept only when the main user decides the business
# needs it (data minimisation, GDPR Art. 5 and the Data Protection Act 29 §).
IDENTITY_CODE_ENABLED: SettingSpec[bool] = SettingSpec(
    "identity_code_enabled",
    bool,
    False,
    QT_TRANSLATE_NOOP("Settings", "Keep personal identity codes (shown masked)"),
)

BACKUPS_TO_KEEP: SettingSpec[int] = SettingSpec(
    "backups_to_keep",
    int,
    10,
    QT_TRANSLATE_NOOP("Settings", "Backups to keep on each drive"),
    minimum=1,
    maximum=100,
)
BACKUP_REMIND_DAYS: SettingSpec[int] = SettingSpec(
    "backup_remind_days",
    int,
    7,
    QT_TRANSLATE_NOOP("Settings", "Remind to back up after this many days"),
    minimum=1,
    maximum=365,
)
# Written by each verified backup (ISO time); the dashboard tells its age. Kept in the register,
# so a restored register knows when its own last backup was made.
LAST_BACKUP_AT: SettingSpec[str] = SettingSpec(
    "last_backup_at", str, "", QT_TRANSLATE_NOOP("Settings", "Last backup")
)

# Art. 18(3): how long the notice before lifting a restriction gives the person to answer.
RESTRICTION_NOTICE_DAYS: SettingSpec[int] = SettingSpec(
    "restriction_notice_days",
    int,
    14,
    QT_TRANSLATE_NOOP("Settings", "Days between the notice and lifting a restriction"),
    minimum=1,
    maximum=90,
)

ALL_SETTINGS: tuple[SettingSpec[Any], ...] = (
    AUTO_LOCK_MINUTES,
    ALLOW_REMEMBER_ME,
    CUSTOM_FIELDS,
    IDENTITY_CODE_ENABLED,
    BACKUPS_TO_KEEP,
    BACKUP_REMIND_DAYS,
    LAST_BACKUP_AT,
    RESTRICTION_NOTICE_DAYS,
)
BY_KEY: dict[str, SettingSpec[Any]] = {spec.key: spec for spec in ALL_SETTINGS}
