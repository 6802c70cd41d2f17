"""The Art. 13 checklist beside the statement editor: for each item of GDPR Art. 13(1)(a)–(f),
13(2)(a)–(f) and 14(2)(f), which sections cover it or that it is missing; and warnings for texts
that would be false if left in (template texts the business was never asked about, facts that
contradict each other). Law as data: one table, read by the code and walked by the tests."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.description_templates import TEMPLATES, UNASKED_COOKIES
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import (
    PRIMARY,
    SECTION_KEYS,
    RegisterDescription,
    section_fields,
)
from desktop.core.statement_contradictions import contradictions, transfers_denied

COVERED = "covered"
MISSING = "missing"
OPTIONAL = "optional"  # not needed in every statement (a DPO, automated decisions)
WARNING = "warning"


@dataclass(frozen=True)
class Requirement:
    article: str
    label: str  # untranslated, context "Checklist"
    topics: tuple[str, ...]  # section keys that can cover it
    words: tuple[str, ...] = ()  # and, if given, one of these must appear in them (lower case)
    optional: bool = False


REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement(
        "13(1)(a)",
        QT_TRANSLATE_NOOP("Checklist", "Who the controller is, and how to reach them"),
        ("controller_contact",),
    ),
    Requirement(
        "13(1)(b)",
        QT_TRANSLATE_NOOP("Checklist", "The data protection officer's contact details"),
        ("dpo",),
        optional=True,
    ),
    Requirement(
        "13(1)(c)",
        QT_TRANSLATE_NOOP("Checklist", "The purposes of processing"),
        ("purposes",),
    ),
    Requirement(
        "13(1)(c)",
        QT_TRANSLATE_NOOP("Checklist", "The legal basis of processing"),
        ("legal_bases", "purposes"),
        ("peruste", "sopimus", "suostumu", "oikeutettu etu", "lakisääte"),
    ),
    Requirement(  # applies where a basis is the legitimate interest: then it is to be named
        "13(1)(d)",
        QT_TRANSLATE_NOOP("Checklist", "The legitimate interests pursued"),
        ("legal_bases", "purposes"),
        ("oikeutettu etu", "oikeutetun edun", "oikeutettuun etuun", "oikeutetun etu"),
        optional=True,
    ),
    Requirement(
        "13(1)(e)",
        QT_TRANSLATE_NOOP("Checklist", "The recipients of the data"),
        ("recipients",),
    ),
    Requirement(
        "13(1)(f)",
        QT_TRANSLATE_NOOP("Checklist", "Transfers outside the EU/EEA"),
        ("transfers_outside_eea", "recipients"),
        ("ulkopuol", "eta", "eu:n", "kolmansiin maihin"),
    ),
    Requirement(
        "13(2)(a)",
        QT_TRANSLATE_NOOP("Checklist", "How long the data is kept"),
        ("retention",),
    ),
    Requirement(
        "13(2)(b)",
        QT_TRANSLATE_NOOP("Checklist", "The data subject's rights"),
        ("rights", "how_to_use_rights"),
    ),
    Requirement(
        "13(2)(c)",
        QT_TRANSLATE_NOOP("Checklist", "The right to withdraw consent"),
        ("rights", "how_to_use_rights", "legal_bases"),
        ("peru", "suostumu"),
    ),
    Requirement(
        "13(2)(d)",
        QT_TRANSLATE_NOOP("Checklist", "The right to complain to the supervisory authority"),
        ("rights", "how_to_use_rights"),
        ("valvontaviranomai", "tietosuojavaltuutet", "tietosuoja.fi"),
    ),
    Requirement(
        "13(2)(e)",
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Whether giving the data is required by law or contract, and what follows if not",
        ),
        ("legal_bases", "data_categories", "purposes", "sources"),
        ("vapaaehtoi", "pakollinen", "pakollisia", "edellytys", "ilman niitä", "ei voida"),
    ),
    Requirement(
        "13(2)(f)",
        QT_TRANSLATE_NOOP("Checklist", "Automated decisions and profiling"),
        ("automated_decisions",),
        optional=True,
    ),
    Requirement(  # where the data is not all collected from the person (Art. 14)
        "14(1)(d)",
        QT_TRANSLATE_NOOP("Checklist", "The categories of personal data"),
        ("data_categories",),
    ),
    Requirement(
        "14(2)(f)",
        QT_TRANSLATE_NOOP("Checklist", "Where the data comes from"),
        ("sources",),
    ),
)

TEMPLATE_COOKIES = QT_TRANSLATE_NOOP(
    "Checklist",
    "The cookies section is the template's text. Say whether the business has a web site and "
    "what it uses there, or empty the section.",
)
ADDRESS_WITHOUT_STREET = QT_TRANSLATE_NOOP(
    "Checklist",
    "The address where requests can be made in person has no street address: write it in "
    '"How to use the rights".',
)
CONTACT_IS_BUSINESS = QT_TRANSLATE_NOOP(
    "Checklist",
    "The contact person is the business itself: name a person or a role, and how to reach them.",
)
NO_TRANSFERS_BUT_ABROAD = QT_TRANSLATE_NOOP(
    "Checklist",
    "A recipient is outside the EU/EEA ({countries}), but the statement says that no data is "
    "transferred there.",
)
TRACKING_DENIED = QT_TRANSLATE_NOOP(
    "Checklist",
    'Analytics or tracking is named in "{named}", but "{denied}" says there is none. Make the '
    "sections agree.",
)
SHORT_RETENTION = QT_TRANSLATE_NOOP(
    "Checklist",
    '"{section}" keeps order, invoice or accounting data for {period}: less than the Accounting '
    "Act requires (vouchers 6 years, the books 10 years; KPL 2:10).",
)


@dataclass(frozen=True)
class CheckItem:
    article: str
    label: str  # untranslated, context "Checklist"
    state: str  # COVERED, MISSING, OPTIONAL or WARNING
    # the sections that cover it: an own heading (Finnish), or a standard section's key
    where: tuple[str, ...] = ()
    params: tuple[tuple[str, str], ...] = ()  # for the label's {placeholders}


def _sections(description: RegisterDescription) -> dict[str, list[tuple[str, str]]]:
    """Topic → (heading, Finnish text) of every section on it, fields and own sections alike."""
    found: dict[str, list[tuple[str, str]]] = {}
    for key in SECTION_KEYS:
        text = "\n".join(str(getattr(description, name)) for name in section_fields(key)).strip()
        if key == "recipients" and description.recipients:
            text += "\n" + "\n".join(f"{r.name} {r.country}" for r in description.recipients)
        if text.strip():
            heading = description.heading(key, PRIMARY) or key
            for topic in description.topics_of(key):  # and those merged into it
                found.setdefault(topic, []).append((heading, text))
    for extra in description.extra_sections:
        text = extra.text.get(PRIMARY, "").strip()
        for topic in extra.topics() if text else ():
            found.setdefault(topic, []).append((extra.heading.get(PRIMARY, ""), text))
    return found


def checklist(description: RegisterDescription) -> list[CheckItem]:
    sections = _sections(description)
    items: list[CheckItem] = []
    for requirement in REQUIREMENTS:
        where = [
            heading
            for topic in requirement.topics
            for heading, text in sections.get(topic, [])
            if not requirement.words or any(word in text.lower() for word in requirement.words)
        ]
        says_none = requirement.topics == ("recipients",) and "recipients" not in sections
        # no recipients: the statement says there are none, which covers the item
        state = OPTIONAL if requirement.optional else MISSING
        state = COVERED if where or says_none else state
        items.append(CheckItem(requirement.article, requirement.label, state, tuple(where)))
    return items + warnings(description)


def _same(text: str, template: str) -> bool:
    return " ".join(text.split()) == " ".join(template.split())


def template_cookies(text: str) -> bool:
    """True for the template's cookies text (with any web site address in it) or the "only
    necessary cookies" text of earlier versions: the business has not yet described its cookies."""
    folded = " ".join(text.split())
    if any(_same(folded, old) for old in UNASKED_COOKIES):
        return True
    before, _, after = " ".join(TEMPLATES[PRIMARY]["cookies"].split()).partition("{website}")
    return folded.startswith(before.strip()) and folded.endswith(after.strip())


def warnings(description: RegisterDescription) -> list[CheckItem]:
    """Texts that would be false if left in, and texts that contradict each other or the
    Accounting Act (desktop.core.statement_contradictions)."""
    found: list[CheckItem] = []
    template = TEMPLATES[PRIMARY]
    if description.cookies.strip() and template_cookies(description.cookies):
        found.append(CheckItem("13(1)(c)", TEMPLATE_COOKIES, WARNING))
    before = template["how_to_use_rights"].split("{address}")[0].split(".")[-1].strip()
    text = description.how_to_use_rights
    if before and before in text:
        address = text.split(before, 1)[1].split(". ")[0]
        if not re.search(r"\d", address):
            found.append(CheckItem("13(2)(b)", ADDRESS_WITHOUT_STREET, WARNING))
    contact = description.contact_person.strip()
    if contact and (
        contact == description.controller_contact.strip()
        or contact == template["contact_person"].strip()
    ):
        found.append(CheckItem("13(1)(a)", CONTACT_IS_BUSINESS, WARNING))
    abroad = transfers_denied(description)
    if abroad:
        found.append(
            CheckItem(
                "13(1)(f)",
                NO_TRANSFERS_BUT_ABROAD,
                WARNING,
                params=(("countries", ", ".join(abroad)),),
            )
        )
    tracking, retention = contradictions(description)
    if tracking:
        named, denied = tracking
        params = (("named", named), ("denied", denied))
        found.append(CheckItem("13(1)(c)", TRACKING_DENIED, WARNING, params=params))
    if retention:
        section, period = retention
        params = (("section", section), ("period", period))
        found.append(CheckItem("13(2)(a)", SHORT_RETENTION, WARNING, params=params))
    return found
