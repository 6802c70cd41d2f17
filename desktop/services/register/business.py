"""The business that keeps the register (rekisterinpitäjä): its name, Y-tunnus and contacts."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import validation
from desktop.core.roles import Permission
from desktop.errors import ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.store import audit
from desktop.store.models import Business
from desktop.store.register import Register


@dataclass(frozen=True)
class BusinessDetails:
    name: str
    business_id: str
    street: str = ""
    postal_code: str = ""
    post_office: str = ""
    phone: str = ""
    email: str = ""
    # Who answers data-protection questions when not the business itself (all optional).
    contact_person: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    has_website: bool = False
    website: str = ""  # its address, e.g. www.example.fi


def check_business(form: BusinessDetails, *, require_business_id: bool = True) -> BusinessDetails:
    """Every field checked at once; values come back in their stored form.

    The Y-tunnus is required unless the caller says otherwise (the command line may create a
    register without one; the set-up wizard and the settings form always ask for it)."""
    name = validation.required(form.name)
    if name.ok:  # one line, no control characters: it heads every letter and statement
        name = validation.plain_text(name.value, limit=200)
    checks = {
        "name": name,
        "business_id": validation.business_id(form.business_id, optional=not require_business_id),
        "street": validation.plain_text(form.street, limit=200, lines=True),
        "postal_code": validation.postal_code(form.postal_code),
        "post_office": validation.plain_text(form.post_office, limit=100),
        "phone": validation.phone(form.phone),
        "email": validation.email(form.email),
        "contact_person": validation.plain_text(form.contact_person, limit=200),
        "contact_email": validation.email(form.contact_email),
        "contact_phone": validation.phone(form.contact_phone),
        "website": validation.plain_text(form.website if form.has_website else "", limit=200),
    }
    problems = {name: check.problem for name, check in checks.items() if check.problem}
    if problems:
        raise ValidationError(problems)
    values = {name: check.value for name, check in checks.items()}
    return BusinessDetails(has_website=bool(form.has_website), **values)


def _details(row: Business) -> BusinessDetails:
    return BusinessDetails(**{f.name: getattr(row, f.name) for f in fields(BusinessDetails)})


def save_business(session: Session, actor: audit.Actor, form: BusinessDetails) -> None:
    row = session.scalar(select(Business))
    changed = [f.name for f in fields(BusinessDetails)]
    if row is None:
        row = Business(**{name: getattr(form, name) for name in changed})
        session.add(row)
        session.flush()
        audit.append(
            session, actor, "business_created", entity="business", entity_id=row.id, fields=changed
        )
        return
    changed = [name for name in changed if getattr(row, name) != getattr(form, name)]
    for name in changed:
        setattr(row, name, getattr(form, name))
    if changed:
        audit.append(
            session, actor, "business_updated", entity="business", entity_id=row.id, fields=changed
        )


class BusinessService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def get(self) -> BusinessDetails:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            row = session.scalar(select(Business))
            return _details(row) if row else BusinessDetails("", "")

    def update(self, form: BusinessDetails) -> BusinessDetails:
        self.current.require(Permission.MANAGE_SETTINGS)
        checked = check_business(form)
        with self.register.write() as session:
            save_business(session, self.current.actor, checked)
        return checked
