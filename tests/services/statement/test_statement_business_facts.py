"""The template statement follows what set-up and Administration → Business were told: the
street address, the contact person for data protection and whether there is a web site."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.statement_checklist import CONTACT_IS_BUSINESS, TEMPLATE_COOKIES, checklist
from desktop.core.validation import phone_for_display
from desktop.documents.statement import fixed_texts
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from tests.registers import PASSWORDS


def _maija(gate: Gate) -> Services:
    return Services.for_user(gate, gate.login("maija", PASSWORDS["maija"]).user)


def test_contact_person_web_site_and_street_address_reach_the_template(gate: Gate) -> None:
    maija = _maija(gate)
    business = maija.business.get()
    assert business.has_website  # tests/registers.py: the test business has one
    maija.business.update(
        replace(
            business,
            street="Kauppakatu 1",
            postal_code="00100",
            post_office="Helsinki",
            contact_person="Maija Meikäläinen",
            contact_email="maija@kahvila.example",
            contact_phone="040 123 4567",
            website="www.kahvila.example",
        )
    )
    template = maija.descriptions.saved().description
    assert template.contact_person.splitlines() == [
        "Maija Meikäläinen",
        "maija@kahvila.example",
        phone_for_display("+358401234567"),
    ]
    assert template.translations["sv.contact_person"] == template.contact_person
    assert "Kauppakatu 1, 00100 Helsinki" in template.how_to_use_rights
    assert "www.kahvila.example" in template.cookies
    warned = {item.label for item in checklist(template) if item.state == "warning"}
    assert TEMPLATE_COOKIES in warned and CONTACT_IS_BUSINESS not in warned
    html = maija.descriptions.statement("sv", "html").decode()
    assert "Kauppakatu 1" in html and "www.kahvila.example" in html


def test_no_web_site_no_cookies_section_and_the_business_is_the_contact(gate: Gate) -> None:
    maija = _maija(gate)
    maija.business.update(replace(maija.business.get(), has_website=False, website="x"))
    saved = maija.business.get()
    assert not saved.has_website and saved.website == "", "no address kept without a site"
    template = maija.descriptions.saved().description
    assert template.cookies == ""
    assert template.contact_person == template.controller_contact
    html = maija.descriptions.statement("fi", "html").decode()
    assert fixed_texts("fi")["headings"]["cookies"] not in html
