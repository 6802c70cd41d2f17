"""Creating a new register: the business, its first main user and the recovery key.

Everything is checked before anything is written, and a failure part-way removes what was made,
so the user can simply try again.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.roles import Role
from desktop.errors import ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.services.access.users import NewUser, check_new_user, insert_user
from desktop.services.register.business import BusinessDetails, check_business, save_business
from desktop.store import audit
from desktop.store.register import (
    Register,
    build_aside,
    create_register,
    discard_aside,
    put_in_place,
)
from desktop.store.register import RegisterFiles as RegisterFiles  # where the register is made


@dataclass(frozen=True)
class NewRegister:
    register: Register
    admin: CurrentUser
    recovery_key: str  # shown once; Kirjuri keeps only a slot wrapped under it
    admin_kek: bytes

    @property
    def register_id(self) -> str:
        """Printed on the recovery sheet."""
        return self.register.register_id


def create_new_register(
    files: RegisterFiles,
    business: BusinessDetails,
    admin: NewUser,
    password: str,
    *,
    is_demo: bool = False,
    require_business_id: bool = True,
) -> NewRegister:
    problems: dict[str, str] = {}
    params: dict[str, object] = {}
    try:
        business = check_business(business, require_business_id=require_business_id)
    except ValidationError as exc:
        problems.update({f"business.{k}": v for k, v in exc.fields.items()})
    try:
        admin = check_new_user(
            NewUser(admin.username, admin.full_name, Role.ADMIN, admin.title), password
        )
    except ValidationError as exc:
        problems.update({f"admin.{k}": v for k, v in exc.fields.items()})
        params.update(exc.params)
    if problems:
        raise ValidationError(problems, **params)

    aside = build_aside(files)  # built aside, put in place last (issue 15 item 14)
    try:
        register, recovery_key = create_register(aside, is_demo=is_demo)
    except BaseException:
        discard_aside(aside)
        raise
    try:
        with register.write() as session:
            audit.append(
                session,
                audit.SYSTEM,
                "register_created",
                entity="register",
                entity_id=register.register_id,
            )
            user = insert_user(session, audit.SYSTEM, admin)
            register.sign_user(user)
            save_business(session, audit.Actor(user.id, user.username), business)
            current = CurrentUser(user.id, user.username, user.full_name, Role.ADMIN)
            kek = register.set_password(user.username, password, main_user=True)
        register = put_in_place(register, files)
    except BaseException:
        register.close()
        discard_aside(aside)
        raise
    return NewRegister(register, current, recovery_key, kek)
