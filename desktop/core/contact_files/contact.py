"""One customer as the export profiles see it: every email, phone and address with its kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ContactAddress:
    kind: str  # home / work / billing / other
    street: str
    postal_code: str
    post_office: str
    country: str  # ISO 3166 two letters


@dataclass(frozen=True)
class Contact:
    number: int
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    organisation_id: str = ""
    title: str = ""
    web_address: str = ""
    notes: str = ""
    language: str = "fi"
    municipality: str = ""
    status: str = "active"
    started_on: date | None = None
    emails: tuple[tuple[str, str], ...] = ()  # (kind, address)
    phones: tuple[tuple[str, str], ...] = ()  # (kind, E.164 number)
    addresses: tuple[ContactAddress, ...] = ()
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_organisation(self) -> bool:
        return not (self.first_name or self.last_name) and bool(self.organisation)

    @property
    def full_name(self) -> str:
        person = " ".join(part for part in (self.first_name, self.last_name) if part)
        return person or self.organisation
