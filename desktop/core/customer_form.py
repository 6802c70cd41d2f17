"""What a user fills in for a customer, and the checks each field must pass.

`check_customer` returns the form with every value in its stored form, or raises ValidationError
whose keys name the field: "first_name", "emails.1.address", "addresses.0.postal_code", ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from desktop.core import validation
from desktop.core.customer_fields import ContactKind, Language, Source, Status
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.identity_code import check_identity_code
from desktop.errors import ValidationError

NEEDS_A_NAME = QT_TRANSLATE_NOOP(
    "Validation", "Enter a first or last name, or the organisation's name."
)
BAD_DATE = QT_TRANSLATE_NOOP("Validation", "Enter the date as d.m.yyyy, for example 24.11.2026.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end date is before the start date.")
BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation", "Write the country as a two-letter code, for example FI or SE."
)
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
BAD_WEB_ADDRESS = QT_TRANSLATE_NOOP(
    "Validation", "Enter a web address such as www.example.fi or https://example.fi."
)


@dataclass(frozen=True)
class AddressForm:
    street: str = ""
    postal_code: str = ""
    post_office: str = ""
    country: str = "FI"
    kind: str = ContactKind.HOME.value
    source: str = Source.CUSTOMER.value

    def is_empty(self) -> bool:
        return not (self.street.strip() or self.postal_code.strip() or self.post_office.strip())


@dataclass(frozen=True)
class PhoneForm:
    number: str = ""
    kind: str = ContactKind.MOBILE.value
    source: str = Source.CUSTOMER.value


@dataclass(frozen=True)
class EmailForm:
    address: str = ""
    kind: str = ContactKind.HOME.value
    source: str = Source.CUSTOMER.value


@dataclass(frozen=True)
class CustomerForm:
    first_name: str = ""
    last_name: str = ""
    title: str = ""
    organisation: str = ""
    organisation_id: str = ""
    language: str = Language.FI.value
    municipality: str = ""
    web_address: str = ""
    status: str = Status.ACTIVE.value
    level: str = ""
    started_on: str = ""  # as typed: d.m.yyyy
    ended_on: str = ""
    source: str = Source.CUSTOMER.value
    feedback: str = ""
    notes: str = ""
    addresses: tuple[AddressForm, ...] = ()
    phones: tuple[PhoneForm, ...] = ()
    emails: tuple[EmailForm, ...] = ()
    tags: tuple[str, ...] = ()
    custom: dict[str, str] = field(default_factory=dict)
    identity_code: str = ""  # only when the main user has turned it on (the service checks)


def parse_date(text: str) -> date | None:
    """d.m.yyyy as Finns type it (also d.m.yy and ISO). Raises ValueError on nonsense."""
    value = text.strip()
    if not value:
        return None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


def format_date(value: date | None) -> str:
    return f"{value.day}.{value.month}.{value.year}" if value else ""


def _web_address(text: str) -> validation.Checked:
    checked = validation.plain_text(text, limit=300)
    value = checked.value
    if not value or not checked.ok:
        return checked
    if " " in value or "." not in value:
        return validation.Checked(value, BAD_WEB_ADDRESS)
    return validation.Checked(value)


@dataclass(frozen=True)
class CheckedCustomer:
    form: CustomerForm
    started_on: date | None
    ended_on: date | None


def check_customer(form: CustomerForm) -> CheckedCustomer:
    problems: dict[str, str] = {}

    def take(name: str, checked: validation.Checked) -> str:
        if checked.problem:
            problems[name] = checked.problem
        return checked.value

    def line(name: str, limit: int) -> str:
        return take(name, validation.plain_text(getattr(form, name), limit=limit))

    def lines(name: str) -> str:
        text = getattr(form, name)
        return take(name, validation.plain_text(text, limit=validation.LONG_TEXT, lines=True))

    first = line("first_name", 100)
    last = line("last_name", 100)
    organisation = line("organisation", 200)
    if not (first or last or organisation):
        problems["last_name"] = NEEDS_A_NAME
    title, municipality, level = line("title", 100), line("municipality", 100), line("level", 60)
    notes, feedback = lines("notes"), lines("feedback")
    organisation_id = take(
        "organisation_id", validation.business_id(form.organisation_id, optional=True)
    )
    web = take("web_address", _web_address(form.web_address))
    identity_code = take("identity_code", check_identity_code(form.identity_code))

    dates: dict[str, date | None] = {}
    for name in ("started_on", "ended_on"):
        try:
            dates[name] = parse_date(getattr(form, name))
        except ValueError:
            problems[name] = BAD_DATE
            dates[name] = None
    if dates["started_on"] and dates["ended_on"] and dates["ended_on"] < dates["started_on"]:
        problems["ended_on"] = END_BEFORE_START

    addresses = []
    for index, address in enumerate(form.addresses):
        if address.is_empty():
            continue
        country = (address.country or "FI").strip().upper()[:2]
        if not _COUNTRY_CODE.match(country):
            problems[f"addresses.{index}.country"] = BAD_COUNTRY
        code = take(
            f"addresses.{index}.postal_code",
            validation.postal_code(address.postal_code, country=country),
        )
        # A street may take two rows (a c/o line, a flat or a building), as Posti's address does.
        street = take(
            f"addresses.{index}.street",
            validation.plain_text(address.street, limit=200, lines=True),
        )
        post_office = take(
            f"addresses.{index}.post_office", validation.plain_text(address.post_office, limit=100)
        )
        addresses.append(
            replace(
                address,
                street=street,
                postal_code=code,
                post_office=post_office,
                country=country,
            )
        )
    phones = []
    for index, phone in enumerate(form.phones):
        if not phone.number.strip():
            continue
        phones.append(
            replace(phone, number=take(f"phones.{index}.number", validation.phone(phone.number)))
        )
    emails = []
    for index, email in enumerate(form.emails):
        if not email.address.strip():
            continue
        emails.append(
            replace(email, address=take(f"emails.{index}.address", validation.email(email.address)))
        )
    tags = tuple(sorted({take("tags", validation.plain_text(tag, limit=60)) for tag in form.tags}))
    custom = {
        key: take(f"custom.{key}", validation.plain_text(value, limit=300))
        for key, value in form.custom.items()
    }
    if problems:
        raise ValidationError(problems)
    cleaned = replace(
        form,
        first_name=first,
        last_name=last,
        title=title,
        organisation=organisation,
        organisation_id=organisation_id,
        municipality=municipality,
        web_address=web,
        level=level,
        feedback=feedback,
        notes=notes,
        addresses=tuple(addresses),
        phones=tuple(phones),
        emails=tuple(emails),
        tags=tuple(tag for tag in tags if tag),
        custom={key: value for key, value in custom.items() if value},
        identity_code=identity_code,
    )
    return CheckedCustomer(cleaned, dates["started_on"], dates["ended_on"])


def display_name(first_name: str, last_name: str, organisation: str = "") -> str:
    """ "Meikäläinen Maija" for lists sorted by surname; the organisation if there is no person."""
    person = " ".join(part for part in (last_name, first_name) if part)
    return person or organisation
