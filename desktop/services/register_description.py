"""The register description, kept in versions. Until the business saves its own, the template
for a sole trader's customer register (in Finnish) stands in, with the business's name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.register_description import (
    RegisterDescription,
    changed_fields,
    default_description,
    from_json,
    to_json,
)
from desktop.core.roles import Permission
from desktop.services.current_user import CurrentUser
from desktop.store import audit
from desktop.store.description_models import RegisterDescriptionRow
from desktop.store.models import Business
from desktop.store.register import Register


def _controller_contact(business: Business | None) -> str:
    if business is None:
        return ""
    place = " ".join(part for part in (business.postal_code, business.post_office) if part)
    lines = [business.name, business.business_id, business.street, place, business.phone]
    return "\n".join(line for line in [*lines, business.email] if line)


def latest(session: Session) -> RegisterDescription | None:
    document = session.scalar(
        select(RegisterDescriptionRow.document)
        .order_by(RegisterDescriptionRow.version.desc())
        .limit(1)
    )
    return from_json(document) if document is not None else None


def current_description(session: Session, lang: str = "fi") -> RegisterDescription:
    """The latest saved version, or the template filled with the business's details."""
    saved = latest(session)
    if saved is not None:
        return saved
    business = session.scalar(select(Business))
    template = default_description(business.name if business else "", lang)
    return replace(template, controller_contact=_controller_contact(business))


class RegisterDescriptionService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.user = current  # not `self.current`: that name is the method below

    def current(self) -> RegisterDescription:
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            return current_description(session)

    def save(self, description: RegisterDescription) -> int:
        """A new version (the old ones stay); returns its number."""
        self.user.require(Permission.EDIT_DESCRIPTION)
        with self.register.write() as session:
            changed = changed_fields(latest(session), description)
            version = (session.scalar(select(func.max(RegisterDescriptionRow.version))) or 0) + 1
            row = RegisterDescriptionRow(
                version=version,
                updated_on=date.today(),
                saved_by=self.user.username,
                document=to_json(description),
            )
            session.add(row)
            session.flush()
            audit.append(
                session,
                self.user.actor,
                "register_description_saved",
                entity="register_description",
                entity_id=version,
                fields=changed,
            )
            return version

    def versions(self) -> list[tuple[int, date, str]]:
        """(version, updated_on, saved_by), newest first."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            rows = session.execute(
                select(
                    RegisterDescriptionRow.version,
                    RegisterDescriptionRow.updated_on,
                    RegisterDescriptionRow.saved_by,
                ).order_by(RegisterDescriptionRow.version.desc())
            )
            return [(version, updated_on, saved_by) for version, updated_on, saved_by in rows]
