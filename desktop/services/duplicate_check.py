"""Before a new customer is saved: is this person already in the register?"""

from __future__ import annotations

from desktop.core.customer_form import CustomerForm, check_customer
from desktop.core.roles import Permission
from desktop.services.current_user import CurrentUser
from desktop.services.duplicates import DuplicateHit, find_duplicates
from desktop.store.register import Register


class DuplicateCheck:
    """Read-only: anyone who may view the register may ask. Raises ValidationError on a bad form,
    so the caller shows the field problems before any duplicate question."""

    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def for_form(self, form: CustomerForm, exclude_id: int | None = None) -> list[DuplicateHit]:
        self.current.require(Permission.VIEW)
        checked = check_customer(form)
        with self.register.read() as session:
            return find_duplicates(session, checked.form, exclude_id=exclude_id)
