"""Register-wide settings, declared once with type, default and a translatable label.

They live inside the encrypted register (so they travel with backups); per-computer preferences
such as the window size live in desktop/ui/preferences.py and hold nothing personal.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: object
    label: str
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: object) -> object:
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
            elif self.kind is int:
                number = int(value)  # type: ignore[call-overload]
                if self.minimum is not None:
                    number = max(self.minimum, number)
                if self.maximum is not None:
                    number = min(self.maximum, number)
                result = number
            else:
                result = str(value)
        except (TypeError, ValueError):
            return self.default
        return result


AUTO_LOCK_MINUTES = SettingSpec(
    "auto_lock_minutes",
    int,
    10,
    QT_TRANSLATE_NOOP("Settings", "Lock automatically after this many idle minutes"),
    minimum=1,
    maximum=240,
)
ALLOW_REMEMBER_ME = SettingSpec(
    "allow_remember_me",
    bool,
    True,
    QT_TRANSLATE_NOOP("Settings", "Allow users to be remembered on this computer"),
)

ALL_SETTINGS: tuple[SettingSpec, ...] = (AUTO_LOCK_MINUTES, ALLOW_REMEMBER_ME)
BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in ALL_SETTINGS}
