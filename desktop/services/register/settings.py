"""Register-wide settings: anyone may read them, only the main user may change them."""

from __future__ import annotations

from typing import TypeVar

from desktop.core.roles import Permission
from desktop.core.settings import BY_KEY, SettingSpec
from desktop.services.access.current_user import CurrentUser
from desktop.store import audit
from desktop.store.models import Setting
from desktop.store.register import Register

T = TypeVar("T")


def read_setting(register: Register, spec: SettingSpec[T]) -> T:
    """Also used before anyone is logged in (the auto-lock timer, remember-me policy)."""
    with register.read() as session:
        row = session.get(Setting, spec.key)
        return spec.initial() if row is None else spec.coerce(row.value)


class SettingsService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def get(self, spec: SettingSpec[T]) -> T:
        self.current.require(Permission.VIEW)
        return read_setting(self.register, spec)

    def update(self, values: dict[str, object]) -> None:
        self.current.require(Permission.MANAGE_SETTINGS)
        with self.register.write() as session:
            changed = []
            for key, raw in values.items():
                spec = BY_KEY[key]
                value = spec.coerce(raw)
                row = session.get(Setting, key)
                current = spec.initial() if row is None else spec.coerce(row.value)
                if current == value:
                    continue
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
                changed.append(key)
            if changed:
                audit.append(
                    session,
                    self.current.actor,
                    "settings_changed",
                    entity="settings",
                    fields=changed,
                )
