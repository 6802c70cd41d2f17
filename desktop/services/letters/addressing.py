"""Who a letter is from and to: the sender's rows, the business's contact line, the person's name
as on an envelope and the recipient's address rows in Posti's order."""

from __future__ import annotations

from desktop.core.customer_form import display_name
from desktop.core.postal import PostalAddress, address_lines, fit_rows
from desktop.core.validation import phone_for_display
from desktop.services.letters.templates import texts
from desktop.store.customer_models import Customer
from desktop.store.models import Business
from desktop.store.request_models import Request


def sender_lines(business: Business | None, lang: str) -> list[str]:
    if business is None:
        return []
    place = " ".join(p for p in (business.postal_code, business.post_office) if p)
    phone = (
        f"{texts(lang)['common']['phone']} {phone_for_display(business.phone)}"
        if business.phone
        else ""
    )
    business_id = f"{'FO-nummer' if lang == 'sv' else 'Y-tunnus'} {business.business_id}"
    lines = [business.name, business.street, place, phone, business.email]
    if business.business_id:
        lines.append(business_id if lang != "en" else f"Business ID {business.business_id}")
    return [line for line in lines if line]


def business_contact(business: Business | None, lang: str) -> str:
    if business is None:
        return ""
    phone = (
        f"{texts(lang)['common']['phone']} {phone_for_display(business.phone)}"
        if business.phone
        else ""
    )
    return ", ".join(part for part in (phone, business.email) if part)


def person_name(request: Request, customer: Customer | None) -> str:
    """First name first, as on an envelope ("Anna Asiakas", not the list's "Asiakas Anna")."""
    if customer is not None:
        name = f"{customer.first_name} {customer.last_name}".strip()
        return name or display_name(customer.first_name, customer.last_name, customer.organisation)
    return request.requester_name


def recipient_rows(request: Request, customer: Customer | None, lang: str) -> list[str]:
    """Posti's order (desktop.core.postal), at most five rows: addressee, supplement (the
    organisation of a person, when the letter goes to them there), street or P.O. box, postal
    code and post office, and a foreign country last, named in the letter's language."""
    name = request.representative_name or person_name(request, customer)
    if customer is not None and customer.addresses:
        first = customer.addresses[0]
        supplement = customer.organisation if customer.organisation and customer.first_name else ""
        address = PostalAddress(
            name, supplement, first.street, first.postal_code, first.post_office, first.country
        )
        return address_lines(address, lang, person_first=True)
    # Typed on the request, or kept there from an erased customer: the last row is the postal
    # code row (or a country), kept whole.
    typed = [_postal_line(line.strip()) for line in request.requester_address.splitlines()]
    typed = [line for line in typed if line]
    return fit_rows(name, "", typed[:-1], typed[-1:])


def _postal_line(line: str) -> str:
    """ "00100 Helsinki" → "00100 HELSINKI", as Posti prints the post office."""
    code, _, office = line.partition(" ")
    return f"{code} {office.upper()}" if len(code) == 5 and code.isdigit() and office else line
