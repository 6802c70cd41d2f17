"""What a register description must hold before it is saved: the fields the statement cannot do
without, recipients named with their country and (outside the EU/EEA) their transfer safeguard,
own sections with a heading and text. Messages are untranslated (context "Validation")."""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import (
    PRIMARY,
    SECTION_KEYS,
    RegisterDescription,
    section_fields,
)

# Fields the statement cannot do without (GDPR Art. 13(1)(a), (c), 13(2)(a), (b)).
REQUIRED_FIELDS = (
    "register_name",
    "controller_contact",
    "purposes",
    "legal_bases",
    "data_categories",
    "retention",
    "rights",
)
EEA = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)
REQUIRED = QT_TRANSLATE_NOOP("Validation", "This is needed in the privacy statement.")
RECIPIENT_NAME = QT_TRANSLATE_NOOP("Validation", "Give the recipient's name.")
RECIPIENT_COUNTRY = QT_TRANSLATE_NOOP(
    "Validation", "Give the country as its two-letter code, for example FI, SE or US."
)
RECIPIENT_FUNCTION = QT_TRANSLATE_NOOP("Validation", "Say what the recipient does with the data.")
RECIPIENT_SAFEGUARD = QT_TRANSLATE_NOOP(
    "Validation",
    "The country is outside the EU/EEA: name the transfer safeguard (adequacy decision, standard "
    "contractual clauses, ...).",
)
EXTRA_HEADING = QT_TRANSLATE_NOOP("Validation", "Give the section a heading.")
EXTRA_TEXT = QT_TRANSLATE_NOOP("Validation", "Write the section's text, or remove the section.")


def outside_eea(country: str) -> bool:
    return country.strip().upper() not in EEA


def validate(description: RegisterDescription) -> dict[str, str]:
    """Field name → an untranslated message (context "Validation"); empty when all is well.
    Recipients are "recipients.N.name" etc., own sections "extra.N.heading"."""
    covered = {  # a section of one's own on the topic covers it as well as the field
        topic
        for extra in description.extra_sections
        if extra.text.get(PRIMARY, "").strip()
        for topic in extra.topics()
    }
    covered |= {  # and so does a standard section another was merged into
        topic
        for key, topics in description.also_topics.items()
        if key in SECTION_KEYS
        and any(str(getattr(description, name)).strip() for name in section_fields(key))
        for topic in topics
    }
    problems = {
        name: REQUIRED
        for name in REQUIRED_FIELDS
        if not str(getattr(description, name)).strip() and name not in covered
    }
    for index, recipient in enumerate(description.recipients):
        prefix = f"recipients.{index}."
        country = recipient.country.strip()
        if not recipient.name.strip():
            problems[prefix + "name"] = RECIPIENT_NAME
        if len(country) != 2 or not country.isascii() or not country.isalpha():
            problems[prefix + "country"] = RECIPIENT_COUNTRY
        elif outside_eea(country) and not recipient.safeguard.strip():
            problems[prefix + "safeguard"] = RECIPIENT_SAFEGUARD
        if not recipient.function.strip():
            problems[prefix + "function"] = RECIPIENT_FUNCTION
    for index, extra in enumerate(description.extra_sections):
        heading, text = extra.in_language(PRIMARY)
        if not heading.strip():
            problems[f"extra.{index}.heading"] = EXTRA_HEADING
        if not text.strip():
            problems[f"extra.{index}.text"] = EXTRA_TEXT
    return problems
