"""Getting back in with the recovery key when a main user's password is lost."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from desktop.core.roles import Role
from desktop.errors import UserDisabled
from desktop.services.gate import Gate, LoginResult
from desktop.services.users import require_password_length
from desktop.store import audit
from desktop.store.models import User


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
        register.set_password(username, new_password)
    return gate.login(username, new_password)
