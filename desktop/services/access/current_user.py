"""The person logged in, and the role check every service makes before it acts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.roles import PERMISSION_LABELS, Permission, Role, can
from desktop.errors import CONTEXT, PermissionDenied, Translate
from desktop.store.actor import Actor


class RoleRefused(PermissionDenied):
    """Carries the permission so the message can name it in the user's language."""

    def __init__(self, permission: Permission) -> None:
        super().__init__(action=PERMISSION_LABELS[permission])
        self.permission = permission

    def text(self, translate: Translate = lambda context, source: source) -> str:
        action = translate("Roles", PERMISSION_LABELS[self.permission])
        return translate(CONTEXT, self.message).format(action=action)


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    full_name: str
    role: Role

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.username)

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise RoleRefused(permission)
