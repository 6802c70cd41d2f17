"""The register description (rekisteriseloste / tietosuojaseloste): what the register holds, why,
for how long and to whom it goes. The Art. 13/14 privacy statement and the Art. 15 part of an
access reply are both taken from it.

Its texts are document texts in the register's own words, not UI strings: the templates are in
desktop.core.description_templates, one per language.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from desktop.core.description_templates import TEMPLATES
from desktop.core.i18n import QT_TRANSLATE_NOOP

LANGUAGES = ("fi", "sv", "en")
PRIMARY = "fi"  # the flat text fields hold the Finnish texts; sv and en are in `translations`


@dataclass(frozen=True)
class Recipient:
    """Someone the data goes to: a processor (accounting firm, mail house) or a third party."""

    name: str
    country: str  # ISO 3166 two letters: "FI"
    function: str  # what they do with the data
    safeguard: str = ""  # for a transfer outside the EEA: adequacy decision, SCCs, ...
    updated: str = ""  # when this entry was last checked, as typed
    function_sv: str = ""
    function_en: str = ""
    safeguard_sv: str = ""
    safeguard_en: str = ""

    def localized(self, lang: str) -> Recipient:
        """The function and safeguard in `lang`, the Finnish ones where not translated."""
        if lang == PRIMARY:
            return self
        function = getattr(self, f"function_{lang}", "") or self.function
        safeguard = getattr(self, f"safeguard_{lang}", "") or self.safeguard
        return replace(self, function=function, safeguard=safeguard)


@dataclass(frozen=True)
class ExtraSection:
    """A section of the business's own (analytics, changes to the statement, ...), by language."""

    heading: dict[str, str] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)

    def in_language(self, lang: str) -> tuple[str, str]:
        heading = self.heading.get(lang) or self.heading.get(PRIMARY, "")
        return heading, self.text.get(lang) or self.text.get(PRIMARY, "")


@dataclass(frozen=True)
class RegisterDescription:
    register_name: str
    controller_contact: str
    dpo: str  # data protection officer; a sole trader usually has none: ""
    purposes: str
    legal_bases: str
    data_categories: str
    sources: str
    recipients: tuple[Recipient, ...]
    transfers_outside_eea: str
    retention: str
    security: str
    automated_decisions: str
    rights: str
    # Added with the statement editor; older saved versions read them as empty.
    contact_person: str = ""
    security_manual: str = ""  # `security` is the electronic material
    cookies: str = ""  # cookies and web analytics
    how_to_use_rights: str = ""  # how a request can be sent: suggested ways, never a required form
    introduction: str = ""  # under the title, before section 1 (optional)
    disclosures: str = ""  # about regular disclosures, before the recipients table (optional)
    # "sv.purposes" → the Swedish text of a field; "fi.heading.purposes" → a heading of one's own
    translations: dict[str, str] = field(default_factory=dict)
    extra_sections: tuple[ExtraSection, ...] = ()

    def text(self, name: str, lang: str = PRIMARY) -> str:
        """A field in `lang`; the Finnish text where that language has none."""
        if lang != PRIMARY:
            translated = self.translations.get(f"{lang}.{name}", "")
            if translated.strip():
                return translated
        return str(getattr(self, name))

    def heading(self, section: str, lang: str) -> str:
        """The business's own heading for a section in `lang`, or "" for the standard one."""
        return self.translations.get(f"{lang}.heading.{section}", "").strip()

    def in_language(self, lang: str) -> RegisterDescription:
        """A copy whose text fields and recipients are in `lang` (Finnish where untranslated)."""
        if lang == PRIMARY:
            return self
        # Any: mypy cannot tie each name in TEXT_FIELDS to its (str) field in **values.
        values: dict[str, Any] = {name: self.text(name, lang) for name in TEXT_FIELDS}
        recipients = tuple(r.localized(lang) for r in self.recipients)
        return replace(self, recipients=recipients, **values)

    def missing_translations(self, lang: str) -> list[str]:
        """Fields with Finnish text but no text in `lang` (they would be printed in Finnish)."""
        return [
            name
            for name in TEXT_FIELDS
            if str(getattr(self, name)).strip()
            and not self.translations.get(f"{lang}.{name}", "").strip()
        ]


_NOT_TEXT = {"recipients", "translations", "extra_sections"}
TEXT_FIELDS = tuple(f.name for f in fields(RegisterDescription) if f.name not in _NOT_TEXT)
# Published in the statement and translated; the register name and the addresses are proper names
# but may still be written differently per language, so all text fields take translations.


def default_description(
    business_name: str, lang: str = "fi", *, address: str = ""
) -> RegisterDescription:
    """A template for a sole trader's customer register, to be checked and completed.

    The texts of `lang` fill the fields; the other two languages go into `translations`, so the
    template gives all three. `address` is where requests can be sent by post or brought."""
    lang = lang if lang in TEMPLATES else PRIMARY

    def filled(language: str) -> dict[str, str]:
        texts = TEMPLATES[language]
        where = address or business_name
        return {
            name: texts.get(name, "").format(business=business_name, address=where)
            for name in TEXT_FIELDS
        }

    values: dict[str, Any] = filled(lang)  # the TEXT_FIELDS, all str (see in_language)
    translations = {
        f"{other}.{name}": text
        for other in LANGUAGES
        if other != lang
        for name, text in filled(other).items()
        if text
    }
    return RegisterDescription(recipients=(), translations=translations, **values)


def no_recipients_text(lang: str = "fi") -> str:
    return TEMPLATES.get(lang, TEMPLATES["fi"])["no_recipients"]


def format_recipients(description: RegisterDescription, lang: str = "fi") -> str:
    """One line per recipient, or the template's "no regular disclosures" sentence."""
    if not description.recipients:
        return no_recipients_text(lang)
    lines = []
    for recipient in (r.localized(lang) for r in description.recipients):
        line = f"{recipient.name} ({recipient.country}): {recipient.function}"
        if recipient.safeguard:
            line += f"; {recipient.safeguard}"
        lines.append(line)
    return "\n".join(lines)


def to_json(description: RegisterDescription) -> str:
    return json.dumps(asdict(description), ensure_ascii=False, indent=1, sort_keys=True)


def from_json(text: str) -> RegisterDescription:
    """Unknown keys (from a newer version) are ignored; missing ones are left empty."""
    data = json.loads(text)
    recipient_names = {f.name for f in fields(Recipient)}
    recipients = tuple(
        Recipient(**{k: str(v) for k, v in item.items() if k in recipient_names})
        for item in data.get("recipients", ())
    )
    values = {name: str(data.get(name, "")) for name in TEXT_FIELDS}
    translations = {str(k): str(v) for k, v in dict(data.get("translations") or {}).items()}
    extras = tuple(
        ExtraSection(
            heading={str(k): str(v) for k, v in dict(item.get("heading") or {}).items()},
            text={str(k): str(v) for k, v in dict(item.get("text") or {}).items()},
        )
        for item in data.get("extra_sections", ())
    )
    return RegisterDescription(
        recipients=recipients, translations=translations, extra_sections=extras, **values
    )


def changed_fields(old: RegisterDescription | None, new: RegisterDescription) -> list[str]:
    if old is None:
        return [f.name for f in fields(RegisterDescription)]
    return [
        f.name for f in fields(RegisterDescription) if getattr(old, f.name) != getattr(new, f.name)
    ]


# --- validation -----------------------------------------------------------------------------
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
    problems = {
        name: REQUIRED for name in REQUIRED_FIELDS if not str(getattr(description, name)).strip()
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
