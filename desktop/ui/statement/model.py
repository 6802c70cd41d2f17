"""The editor's values and the register description, both ways. Pure Python: tested without Qt
widgets, and the editor keeps every language here while it shows one."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from desktop.core.register_description import (
    LANGUAGES,
    PRIMARY,
    TEXT_FIELDS,
    ExtraSection,
    Recipient,
    RegisterDescription,
    section_order,
    source_mark,
)


@dataclass
class EditorValues:
    texts: dict[tuple[str, str], str] = field(default_factory=dict)  # (lang, field or heading.X)
    recipients: list[dict[str, str]] = field(default_factory=list)  # "function.sv" for others
    extras: list[ExtraSection] = field(default_factory=list)
    # "sv.purposes" → the source_mark of the Finnish text that translation was made from
    marks: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # section keys and "extra.N"
    finnish_fallback: bool = False
    # "sv.purposes" → the Finnish text itself that translation was made from
    sources: dict[str, str] = field(default_factory=dict)
    # a standard section's further topics after a merge (RegisterDescription.also_topics)
    also_topics: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def translated(self, lang: str, name: str, text: str) -> None:
        """`text` was typed as the `lang` translation of `name`: it translates the Finnish text as
        it is now."""
        if lang == PRIMARY or text == self.texts.get((lang, name), ""):
            return
        self.texts[(lang, name)] = text
        finnish = self.texts.get((PRIMARY, name), "")
        self.marks[f"{lang}.{name}"] = source_mark(finnish)
        self.sources[f"{lang}.{name}"] = finnish


def from_description(description: RegisterDescription) -> EditorValues:
    values = EditorValues()
    for name in TEXT_FIELDS:
        values.texts[(PRIMARY, name)] = str(getattr(description, name))
    for key, text in description.translations.items():
        lang, _, name = key.partition(".")
        if lang in LANGUAGES and name:
            values.texts[(lang, name)] = text
    for recipient in description.recipients:
        row = {
            "name": recipient.name,
            "country": recipient.country,
            "function": recipient.function,
            "safeguard": recipient.safeguard,
            "updated": recipient.updated,
        }
        for lang in LANGUAGES[1:]:
            row[f"function.{lang}"] = getattr(recipient, f"function_{lang}")
            row[f"safeguard.{lang}"] = getattr(recipient, f"safeguard_{lang}")
            row[f"source.{lang}"] = getattr(recipient, f"source_{lang}")
        values.recipients.append(row)
    values.extras = list(description.extra_sections)
    values.marks = dict(description.translated_from)
    values.sources = dict(description.translated_source)
    values.order = section_order(description)
    values.finnish_fallback = description.finnish_fallback
    values.also_topics = dict(description.also_topics)
    return values


def to_description(values: EditorValues) -> RegisterDescription:
    flat: dict[str, Any] = {
        name: values.texts.get((PRIMARY, name), "").strip() for name in TEXT_FIELDS
    }
    translations = {
        f"{lang}.{name}": text.strip()
        for (lang, name), text in sorted(values.texts.items())
        if text.strip() and (lang != PRIMARY or name.startswith("heading."))
    }
    marks = {key: mark for key, mark in values.marks.items() if key in translations}
    sources = {key: text for key, text in values.sources.items() if key in marks}
    recipients = tuple(
        Recipient(
            name=row.get("name", "").strip(),
            country=row.get("country", "").strip().upper(),
            function=row.get("function", "").strip(),
            safeguard=row.get("safeguard", "").strip(),
            updated=row.get("updated", "").strip(),
            function_sv=row.get("function.sv", "").strip(),
            function_en=row.get("function.en", "").strip(),
            safeguard_sv=row.get("safeguard.sv", "").strip(),
            safeguard_en=row.get("safeguard.en", "").strip(),
            source_sv=row.get("source.sv", ""),
            source_en=row.get("source.en", ""),
        )
        for row in values.recipients
        if any(
            value.strip() for key, value in row.items() if not key.startswith("source.")
        )  # a row left empty is no recipient
    )
    # An own section left empty in every language is dropped, and the order renumbered.
    kept: list[int] = []
    for index, extra in enumerate(values.extras):
        if any(t.strip() for t in (*extra.heading.values(), *extra.text.values())):
            kept.append(index)
    renumber = {f"extra.{old}": f"extra.{new}" for new, old in enumerate(kept)}
    order = tuple(
        renumber.get(key, key)
        for key in values.order
        if not key.startswith("extra.") or key in renumber
    )
    description = RegisterDescription(
        **flat,
        recipients=recipients,
        translations=translations,
        extra_sections=tuple(values.extras[index] for index in kept),
        translated_from=marks,
        translated_source=sources,
        finnish_fallback=values.finnish_fallback,
        also_topics=dict(values.also_topics),
    )
    if list(order) == section_order(description):
        return description  # the standard order is kept as no order at all
    return replace(description, order=order)


def same_order(description: RegisterDescription) -> RegisterDescription:
    """`description` with every section named in its order, for comparing: one saved with only
    some named (an import) or none (the standard order) is the same statement as the editor's."""
    return replace(description, order=tuple(section_order(description)))
