"""The editor's values and the register description, both ways. Pure Python: tested without Qt
widgets, and the editor keeps every language here while it shows one."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.register_description import (
    LANGUAGES,
    PRIMARY,
    TEXT_FIELDS,
    ExtraSection,
    Recipient,
    RegisterDescription,
)


@dataclass
class EditorValues:
    texts: dict[tuple[str, str], str] = field(default_factory=dict)  # (lang, field or heading.X)
    recipients: list[dict[str, str]] = field(default_factory=list)  # "function.sv" for others
    extras: list[dict[str, tuple[str, str]]] = field(default_factory=list)  # lang → heading, text


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
        values.recipients.append(row)
    for extra in description.extra_sections:
        values.extras.append(
            {lang: (extra.heading.get(lang, ""), extra.text.get(lang, "")) for lang in LANGUAGES}
        )
    return values


def to_description(values: EditorValues) -> RegisterDescription:
    flat = {name: values.texts.get((PRIMARY, name), "").strip() for name in TEXT_FIELDS}
    translations = {
        f"{lang}.{name}": text.strip()
        for (lang, name), text in sorted(values.texts.items())
        if text.strip() and (lang != PRIMARY or name.startswith("heading."))
    }
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
        )
        for row in values.recipients
        if any(value.strip() for value in row.values())  # a row left empty is no recipient
    )
    extras = tuple(
        ExtraSection(
            heading={lang: h for lang, (h, _) in extra.items() if h},
            text={lang: t for lang, (_, t) in extra.items() if t},
        )
        for extra in values.extras
        if any(h or t for h, t in extra.values())
    )
    return RegisterDescription(
        **flat, recipients=recipients, translations=translations, extra_sections=extras
    )
