"""Managing the people who may use the register. Main user only, except one's own password."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import validation
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.passwords import MIN_LENGTH, TOO_SHORT, is_long_enough
from desktop.core.roles import Permission, Role
from desktop.errors import PasswordTooShort, UserError, ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.store import audit, server_roles
from desktop.store.models import User
from desktop.store.register import Register


class LastMainUser(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The register must keep at least one main user. Make someone else main user first.",
    )


class UsernameTaken(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The user name {username} is already in use.")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    title: str
    role: Role
    active: bool
    created_at: datetime
    password_changed_at: datetime


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    role: Role
    title: str = ""


def check_new_user(form: NewUser, password: str) -> NewUser:
    """Validate every field at once so the form can show all problems together."""
    problems: dict[str, str] = {}
    name = validation.username(form.username)
    if not name.ok:
        problems["username"] = name.problem or ""
    full_name = validation.required(form.full_name)
    if not full_name.ok:
        problems["full_name"] = full_name.problem or ""
    if not is_long_enough(password):
        problems["password"] = TOO_SHORT
    if problems:
        raise ValidationError(problems, minimum=MIN_LENGTH)
    return NewUser(name.value, full_name.value, form.role, form.title.strip())


def require_password_length(password: str) -> None:
    if not is_long_enough(password):
        raise PasswordTooShort(minimum=MIN_LENGTH)


def _row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.username,
        user.full_name,
        user.title,
        Role(user.role),
        user.active,
        user.created_at,
        user.password_changed_at,
    )


def insert_user(session: Session, actor: audit.Actor, form: NewUser) -> User:
    """Shared by set-up (the first main user) and by user management."""
    if session.scalar(select(User.id).where(User.username == form.username)) is not None:
        raise UsernameTaken(username=form.username)
    now = datetime.now()
    user = User(
        username=form.username,
        full_name=form.full_name,
        title=form.title,
        role=form.role.value,
        active=True,
        created_at=now,
        password_changed_at=now,
    )
    session.add(user)
    session.flush()
    audit.append(
        session,
        actor,
        "user_created",
        entity="user",
        entity_id=user.id,
        fields=("username", "full_name", "title", "role"),
    )
    return user


class UserService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def list_users(self, *, include_removed: bool = False) -> list[UserRow]:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            query = select(User).order_by(User.full_name)
            if not include_removed:
                query = query.where(User.active.is_(True))
            return [_row(user) for user in session.scalars(query)]

    def get(self, user_id: int) -> UserRow:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            return _row(session.get_one(User, user_id))

    def add_user(self, form: NewUser, password: str) -> UserRow:
        self.current.require(Permission.MANAGE_USERS)
        form = check_new_user(form, password)
        with self.register.write() as session:
            user = insert_user(session, self.current.actor, form)
            self.register.sign_user(user)
            # The slot is written inside the transaction: if it fails, the user row rolls back.
            # On a server, the user's own login role too (nothing on a file register).
            server_roles.user_added(session, user.username, form.role, password)
            main_user = form.role == Role.ADMIN
            self.register.set_password(user.username, password, main_user=main_user)
            return _row(user)

    def update_user(self, user_id: int, *, full_name: str, title: str, role: Role) -> UserRow:
        self.current.require(Permission.MANAGE_USERS)
        checked = validation.required(full_name)
        if not checked.ok:
            raise ValidationError({"full_name": checked.problem or ""})
        with self.register.write() as session:
            user = session.get_one(User, user_id)
            changed: list[str] = []
            if user.full_name != checked.value:
                user.full_name, changed = checked.value, [*changed, "full_name"]
            if user.title != title.strip():
                user.title, changed = title.strip(), [*changed, "title"]
            if user.role != role.value:
                if user.role == Role.ADMIN and self._main_users(session) <= 1:
                    raise LastMainUser()
                user.role, changed = role.value, [*changed, "role"]
            if "role" in changed:
                server_roles.user_role_changed(session, user.username, role)
                self.register.sign_user(user)
                if user.role != Role.ADMIN.value:  # no longer a main user: no signing key
                    self.register.drop_signing_key(user.username)
            if changed:
                audit.append(
                    session,
                    self.current.actor,
                    "user_updated",
                    entity="user",
                    entity_id=user.id,
                    fields=changed,
                )
            return _row(user)

    def reset_password(self, user_id: int, new_password: str) -> None:
        """The main user gives someone a new password (they forgot theirs)."""
        self.current.require(Permission.MANAGE_USERS)
        require_password_length(new_password)
        with self.register.write() as session:
            user = session.get_one(User, user_id)
            user.password_changed_at = datetime.now()
            audit.append(
                session,
                self.current.actor,
                "user_password_reset",
                entity="user",
                entity_id=user.id,
                fields=("password",),
            )
            server_roles.user_password_changed(
                session, user.username, Role(user.role), new_password
            )
            main_user = user.role == Role.ADMIN.value
            self.register.set_password(user.username, new_password, main_user=main_user)

    def remove_user(self, user_id: int) -> None:
        """The row stays (the audit log names it); the key slot goes, so they cannot log in."""
        self.current.require(Permission.MANAGE_USERS)
        with self.register.write() as session:
            user = session.get_one(User, user_id)
            if user.role == Role.ADMIN and self._main_users(session) <= 1:
                raise LastMainUser()
            user.active = False
            user.removed_at = datetime.now()
            self.register.sign_user(user)
            audit.append(
                session,
                self.current.actor,
                "user_removed",
                entity="user",
                entity_id=user.id,
                fields=("active",),
            )
            server_roles.user_removed(session, user.username)
            self.register.remove_slot(user.username)

    def change_own_password(self, old_password: str, new_password: str) -> bytes:
        """Anyone may change their own password; it rewraps only their own slot. On a server
        register a main user's session puts the whole key-slot document there afterwards
        (Register._publish_slots); a clerk's or reader's own slot goes there in this
        transaction, with their login's new secret (server_login.publish_own_slot)."""
        self.register.check_password(self.current.username, old_password)
        require_password_length(new_password)
        main_user = self.current.role == Role.ADMIN
        own_slot_to_server = self.register.slots_on_server and not main_user
        with self.register.write() as session:
            if own_slot_to_server:
                from desktop.store.server_login import OwnPasswordOnServer, has_key_slots

                # Before the slot here changes: the server must have the key slots and the
                # function (roles installed by an earlier Kirjuri lack it until reinstalled).
                own_slot = "kirjuri_set_own_key_slot(text, integer, integer, integer, text, text)"
                if not has_key_slots(session) or not server_roles.has_function(session, own_slot):
                    raise OwnPasswordOnServer()
            user = session.get_one(User, self.current.id)
            user.password_changed_at = datetime.now()
            audit.append(
                session,
                self.current.actor,
                "password_changed",
                entity="user",
                entity_id=user.id,
                fields=("password",),
            )
            server_roles.user_password_changed(
                session, user.username, self.current.role, new_password
            )
            kek = self.register.set_password(user.username, new_password, main_user=main_user)
            if own_slot_to_server:
                from desktop.store.server_login import publish_own_slot

                publish_own_slot(session, self.register.keyslots, user.username)
            return kek

    @staticmethod
    def _main_users(session: Session) -> int:
        return (
            session.scalar(
                select(func.count(User.id)).where(
                    User.role == Role.ADMIN.value, User.active.is_(True)
                )
            )
            or 0
        )
