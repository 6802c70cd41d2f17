"""The register description (rekisteriseloste / tietosuojaseloste): what the register holds, why,
for how long and to whom it goes. The Art. 13/14 privacy statement and the Art. 15 part of an
access reply are both taken from it.

Its texts are document texts in the register's own words, not UI strings: the templates are in
desktop.core.description_templates, one per language. Stored as JSON by
desktop.core.description_json; checked before a save by desktop.core.description_validation.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from desktop.core.description_templates import TEMPLATES

LANGUAGES = ("fi", "sv", "en")
PRIMARY = "fi"  # the flat text fields hold the Finnish texts; sv and en are in `translations`


def source_mark(text: str) -> str:
    """A short fingerprint of the Finnish text a translation was made from (or checked against):
    when the Finnish changes, the mark no longer matches and the translation is out of date."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def unique_topics(topics: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The topics in order, each once, without the empty one."""
    return tuple(dict.fromkeys(topic for topic in topics if topic))


class Currency:
    """How a translation stands against its Finnish text."""

    CURRENT = "current"  # translates the Finnish text as it is now (or both are empty)
    MISSING = "missing"  # Finnish text, no translation
    STALE = "stale"  # the Finnish changed (or was cleared) after the translation was made


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
    # source_mark of the Finnish function and safeguard the sv / en ones translate
    source_sv: str = ""
    source_en: str = ""

    def finnish(self) -> str:
        return self.function.strip() + "\n" + self.safeguard.strip()

    def currency(self, lang: str) -> str:
        translated = (
            getattr(self, f"function_{lang}", "") + getattr(self, f"safeguard_{lang}", "")
        ).strip()
        if not translated:
            return Currency.MISSING if self.finnish().strip() else Currency.CURRENT
        if getattr(self, f"source_{lang}", "") == source_mark(self.finnish()):
            return Currency.CURRENT
        return Currency.STALE

    def localized(self, lang: str) -> Recipient:
        """The function and safeguard in `lang`, the Finnish ones where not translated or where
        the translation is older than the Finnish text."""
        if lang == PRIMARY or self.currency(lang) != Currency.CURRENT:
            return self
        function = getattr(self, f"function_{lang}", "") or self.function
        safeguard = getattr(self, f"safeguard_{lang}", "") or self.safeguard
        return replace(self, function=function, safeguard=safeguard)


@dataclass(frozen=True)
class ExtraSection:
    """A section of the business's own (analytics, changes to the statement, ...), by language."""

    heading: dict[str, str] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)
    topic: str = ""  # a standard section's key ("purposes", ...) the section is about, or ""
    translated_from: dict[str, str] = field(default_factory=dict)  # lang → source_mark
    # lang → the Finnish text itself (finnish()) that translation was made from: the editor shows
    # an out-of-date translation beside what changed in the Finnish since
    source_text: dict[str, str] = field(default_factory=dict)
    # further topics it covers: a merged section keeps those of both (the checklist, validation)
    also: tuple[str, ...] = ()

    def topics(self) -> tuple[str, ...]:
        return unique_topics((self.topic, *self.also))

    def finnish(self) -> str:
        return self.heading.get(PRIMARY, "").strip() + "\n" + self.text.get(PRIMARY, "").strip()

    def currency(self, lang: str) -> str:
        translated = (self.heading.get(lang, "") + self.text.get(lang, "")).strip()
        if not translated:
            return Currency.CURRENT if not self.finnish().strip() else Currency.MISSING
        if self.translated_from.get(lang) == source_mark(self.finnish()):
            return Currency.CURRENT
        return Currency.STALE

    def in_language(self, lang: str) -> tuple[str, str]:
        """Heading and text in `lang` when that translation is current, else the Finnish."""
        if lang != PRIMARY and self.currency(lang) == Currency.CURRENT:
            heading = self.heading.get(lang) or self.heading.get(PRIMARY, "")
            return heading, self.text.get(lang) or self.text.get(PRIMARY, "")
        return self.heading.get(PRIMARY, ""), self.text.get(PRIMARY, "")


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
    title: str = ""  # the statement's own title; "" for the standard one
    date_line: str = ""  # "Laadittu 6.11.2017, päivitetty 25.5.2018"; "" for the save date
    # "sv.purposes" → the Swedish text of a field; "fi.heading.purposes" → a heading of one's own
    translations: dict[str, str] = field(default_factory=dict)
    extra_sections: tuple[ExtraSection, ...] = ()
    # "sv.purposes" → source_mark of the Finnish text that translation was made from
    translated_from: dict[str, str] = field(default_factory=dict)
    # The order of the sections: standard section keys ("purposes") and "extra.N"; those not
    # named follow in the standard order, the own sections last.
    order: tuple[str, ...] = ()
    # Print the Finnish text (marked as Finnish) for sections not translated or out of date,
    # instead of refusing to make the Swedish or English statement.
    finnish_fallback: bool = False
    # "sv.purposes" → the Finnish text itself that translation was made from (the mark above is
    # only a fingerprint); older versions have none, and then no comparison can be shown
    translated_source: dict[str, str] = field(default_factory=dict)
    # a standard section's further topics, after a merge: "controller_contact" → ("contact_person",)
    also_topics: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def topics_of(self, key: str) -> tuple[str, ...]:
        """The topics a section ("purposes", "extra.N") covers: its own, and any merged in."""
        if key.startswith("extra."):
            return self.extra_sections[int(key.split(".")[1])].topics()
        return unique_topics((key, *self.also_topics.get(key, ())))

    def finnish(self, name: str) -> str:
        """The Finnish text a translation key's name ("purposes", "heading.purposes") stands for."""
        if name.startswith("heading."):
            return self.translations.get(f"{PRIMARY}.{name}", "")
        return str(getattr(self, name))

    def currency(self, lang: str, name: str) -> str:
        """Whether the `lang` text of a field or heading translates its Finnish text as it is now."""
        source = self.finnish(name).strip()
        translated = self.translations.get(f"{lang}.{name}", "").strip()
        if not translated:
            return Currency.MISSING if source else Currency.CURRENT
        if self.translated_from.get(f"{lang}.{name}") == source_mark(source):
            return Currency.CURRENT
        return Currency.STALE

    def text(self, name: str, lang: str = PRIMARY) -> str:
        """A field in `lang`; the Finnish text where that language has no current translation
        (an out-of-date translation would describe what the business no longer does)."""
        if lang != PRIMARY and self.currency(lang, name) == Currency.CURRENT:
            translated = self.translations.get(f"{lang}.{name}", "")
            if translated.strip():
                return translated
        return str(getattr(self, name))

    def heading(self, section: str, lang: str) -> str:
        """The business's own heading for a section in `lang`, or "" for the standard one (also
        where the Finnish heading changed after the translation was made)."""
        if lang != PRIMARY and self.currency(lang, f"heading.{section}") == Currency.STALE:
            return ""
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
        return [name for name in TEXT_FIELDS if self.currency(lang, name) == Currency.MISSING]

    def translation_keys(self) -> list[str]:
        """Every translatable name: the text fields, the own headings, "extra.N"."""
        headings = sorted(
            {
                key.partition(".")[2]
                for key in self.translations
                if key.partition(".")[2].startswith("heading.")
            }
        )
        extras = [f"extra.{index}" for index in range(len(self.extra_sections))]
        recipients = [f"recipient.{index}" for index in range(len(self.recipients))]
        return [*TEXT_FIELDS, *headings, *extras, *recipients]

    def currency_of(self, lang: str, key: str) -> str:
        if key.startswith("extra."):
            return self.extra_sections[int(key.split(".")[1])].currency(lang)
        if key.startswith("recipient."):
            return self.recipients[int(key.split(".")[1])].currency(lang)
        return self.currency(lang, key)

    def translation_status(self, lang: str) -> dict[str, list[str]]:
        """Currency.MISSING and Currency.STALE → the names (see translation_keys) in that state."""
        status: dict[str, list[str]] = {Currency.MISSING: [], Currency.STALE: []}
        for key in self.translation_keys():
            state = self.currency_of(lang, key)
            if state != Currency.CURRENT:
                status[state].append(key)
        return status

    def mark_checked(self, lang: str) -> RegisterDescription:
        """Every `lang` text taken as translating the Finnish text as it is now (the user has read
        them all); the missing ones stay missing."""
        marks = dict(self.translated_from)
        sources = dict(self.translated_source)
        for key in self.translation_keys():
            if key.startswith(("extra.", "recipient.")):
                continue
            # a translation of a Finnish text since emptied translates nothing: it stays out
            # of date (marked, the template's text would be printed for an empty section)
            finnish = self.finnish(key).strip()
            if self.translations.get(f"{lang}.{key}", "").strip() and finnish:
                marks[f"{lang}.{key}"] = source_mark(self.finnish(key))
                sources[f"{lang}.{key}"] = self.finnish(key)
        extras = tuple(
            replace(
                e,
                translated_from={**e.translated_from, lang: source_mark(e.finnish())},
                source_text={**e.source_text, lang: e.finnish()},
            )
            if (e.heading.get(lang, "") + e.text.get(lang, "")).strip() and e.finnish().strip()
            else e
            for e in self.extra_sections
        )
        recipients = tuple(
            replace(r, **{f"source_{lang}": source_mark(r.finnish())})
            if r.currency(lang) == Currency.STALE
            else r
            for r in self.recipients
        )
        return replace(
            self,
            translated_from=marks,
            translated_source=sources,
            extra_sections=extras,
            recipients=recipients,
        )

    def clear_stale(self, lang: str) -> RegisterDescription:
        """The out-of-date `lang` texts removed: they become untranslated."""
        translations = dict(self.translations)
        marks = dict(self.translated_from)
        sources = dict(self.translated_source)
        for key in self.translation_keys():
            if key.startswith(("extra.", "recipient.")):
                continue
            if self.currency(lang, key) == Currency.STALE:
                translations.pop(f"{lang}.{key}", None)
                marks.pop(f"{lang}.{key}", None)
                sources.pop(f"{lang}.{key}", None)
        extras = tuple(
            replace(
                e,
                heading={k: v for k, v in e.heading.items() if k != lang},
                text={k: v for k, v in e.text.items() if k != lang},
                translated_from={k: v for k, v in e.translated_from.items() if k != lang},
                source_text={k: v for k, v in e.source_text.items() if k != lang},
            )
            if e.currency(lang) == Currency.STALE
            else e
            for e in self.extra_sections
        )
        recipients = tuple(
            replace(r, **{f"function_{lang}": "", f"safeguard_{lang}": "", f"source_{lang}": ""})
            if r.currency(lang) == Currency.STALE
            else r
            for r in self.recipients
        )
        return replace(
            self,
            translations=translations,
            translated_from=marks,
            translated_source=sources,
            extra_sections=extras,
            recipients=recipients,
        )


# The statement's standard sections in their default order, and the fields each is made of.
SECTION_KEYS = (
    "controller_contact",
    "contact_person",
    "dpo",
    "register_name",
    "purposes",
    "legal_bases",
    "data_categories",
    "sources",
    "recipients",
    "transfers_outside_eea",
    "retention",
    "security",
    "cookies",
    "automated_decisions",
    "rights",
    "how_to_use_rights",
)
SECTION_FIELDS = {"recipients": ("disclosures",), "security": ("security", "security_manual")}


def section_fields(key: str) -> tuple[str, ...]:
    return SECTION_FIELDS.get(key, (key,))


def section_order(description: RegisterDescription) -> list[str]:
    """The statement's sections in the business's order: the keys in `order` that exist, then the
    standard sections not named there, then own sections not named there ("extra.N")."""
    extras = [f"extra.{index}" for index in range(len(description.extra_sections))]
    known = set(SECTION_KEYS) | set(extras)
    ordered: list[str] = []
    for key in description.order:
        if key in known and key not in ordered:
            ordered.append(key)
    ordered += [key for key in SECTION_KEYS if key not in ordered]
    ordered += [key for key in extras if key not in ordered]
    return ordered


_NOT_TEXT = {
    "recipients",
    "translations",
    "extra_sections",
    "translated_from",
    "order",
    "finnish_fallback",
    "translated_source",
    "also_topics",
}
TEXT_FIELDS = tuple(f.name for f in fields(RegisterDescription) if f.name not in _NOT_TEXT)
# Published in the statement and translated; the register name and the addresses are proper names
# but may still be written differently per language, so all text fields take translations.


def default_description(
    business_name: str, lang: str = "fi", *, address: str = "", website: str | None = None
) -> RegisterDescription:
    """A template for a sole trader's customer register, to be checked and completed.

    The texts of `lang` fill the fields; the other two languages go into `translations`, so the
    template gives all three. `address` is where requests can be sent by post or brought.
    `website` is the address of the business's web site ("" when it has one but gave no address);
    None means it has none, and then there is no cookies section."""
    lang = lang if lang in TEMPLATES else PRIMARY

    def filled(language: str) -> dict[str, str]:
        texts = dict(TEMPLATES[language])
        if website is None:
            texts["cookies"] = ""
        where = address or business_name
        return {
            name: re.sub(
                " {2,}",
                " ",
                texts.get(name, "").format(
                    business=business_name, address=where, website=website or ""
                ),
            )
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
    # The template's translations translate the template's Finnish, and only that: once the
    # business changes a Finnish text, its Swedish and English are out of date. (Asked for in
    # another language, the flat fields hold that language, as the letters before a save use it.)
    marks = {
        key: source_mark(values[key.partition(".")[2]])
        for key in translations
        if key.partition(".")[2] in values
    }
    sources = {key: values[key.partition(".")[2]] for key in marks}
    return RegisterDescription(
        recipients=(),
        translations=translations,
        translated_from=marks,
        translated_source=sources,
        **values,
    )


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
