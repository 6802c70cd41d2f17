"""The recovery key: getting back in with it when a main user's password is lost, and making a
new one when the sheet in the safe is lost or may have been seen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from desktop.core.roles import Permission, Role
from desktop.errors import UserDisabled
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate, LoginResult
from desktop.services.access.users import require_password_length
from desktop.store import audit, crypto
from desktop.store.models import User
from desktop.store.register import Register


def main_usernames(gate: Gate) -> list[str]:
    assert gate.register is not None
    with gate.register.read() as session:
        return list(
            session.scalars(
                select(User.username)
                .where(User.role == Role.ADMIN.value, User.active.is_(True))
                .order_by(User.username)
            )
        )


def recover_access(gate: Gate, recovery_key: str, username: str, new_password: str) -> LoginResult:
    """Open with the recovery key, give the main user a new password, and log them in."""
    require_password_length(new_password)
    register = gate.open_with_recovery_key(recovery_key)
    with register.write() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None or not user.active or user.role != Role.ADMIN.value:
            raise UserDisabled()
        user.password_changed_at = datetime.now()
        audit.append(
            session,
            audit.Actor(None, "recovery-key"),
            "user_password_reset",
            entity="user",
            entity_id=user.id,
            fields=("password",),
        )
        register.set_password(username, new_password, main_user=True)
    return gate.login(username, new_password)


def replace_recovery_key(register: Register, current: CurrentUser, own_password: str) -> str:
    """A new recovery key for the register; the old one stops opening it at once.

    The main user confirms with their own password: whoever holds the new key can open
    everything. Backups made earlier carry their own key slots, so they still open with the key
    that was valid when they were made. The key is returned to be shown once, never stored.
    """
    current.require(Permission.MANAGE_USERS)
    register.check_password(current.username, own_password)
    recovery_key = crypto.new_recovery_key()
    with register.write() as session:
        audit.append(session, current.actor, "recovery_key_replaced", entity="register")
    # Only after the audit row is in: a key slot replaced by a transaction that then failed
    # would leave a key nobody was shown. If this save fails, the old key stays valid (the
    # key-slot file is replaced atomically) and the user sees the error.
    register.set_recovery_key(recovery_key)
    return recovery_key


class RecoveryKeyService:
    """Administration → New recovery key, for the main user logged in."""

    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def replace(self, own_password: str) -> str:
        return replace_recovery_key(self.register, self.current, own_password)
