"""The privacy statement (tietosuojaseloste) made from the register description: its content as
numbered sections, in one language. statement_pdf and statement_html lay it out.

The fixed texts (title, headings, table columns, country names) are templates in
resources/statement/<lang>.json; the rest is the business's own text from the description.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from desktop.core.register_description import (
    LANGUAGES,
    RegisterDescription,
    no_recipients_text,
)
from desktop.resources import resource

BULLETS = ("-", "•", "*", "–", "—", "·")


@cache
def fixed_texts(lang: str) -> dict[str, Any]:
    if lang not in LANGUAGES:
        raise ValueError(f"no statement texts for language {lang!r}")
    with resource("statement", f"{lang}.json").open(encoding="utf-8") as stream:
        return dict(json.load(stream))


def format_day(day: date) -> str:
    """d.m.yyyy, as Finnish (and Finland-Swedish) dates are written."""
    return f"{day.day}.{day.month}.{day.year}"


@dataclass(frozen=True)
class Block:
    kind: str  # "para", "bullet", "subheading" or "table"
    text: str = ""
    level: int = 0  # bullets: 0 or 1
    rows: tuple[tuple[str, ...], ...] = ()  # tables: the header row first


@dataclass(frozen=True)
class Section:
    number: int
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Statement:
    lang: str
    title: str
    subtitle: str
    updated: str  # "Päivitetty 24.11.2026"
    register_name: str
    page_label: str  # "Sivu {page} ({pages})"
    introduction: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = field(default_factory=tuple)

    def headings(self) -> list[str]:
        return [f"{s.number}. {s.heading}" for s in self.sections]


def text_blocks(text: str) -> list[Block]:
    """Each line a paragraph; lines starting with a dash or a bullet are list items, indented
    ones a level deeper (as the seed statements' "• Osoitetiedot" under "• Yhteystiedot")."""
    blocks = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line[0] in BULLETS and len(line) > 1 and line[1].isspace():
            indent = len(raw) - len(raw.lstrip())
            blocks.append(Block("bullet", line[1:].strip(), level=1 if indent >= 2 else 0))
        else:
            blocks.append(Block("para", line))
    return blocks


def country_name(code: str, lang: str) -> str:
    names: dict[str, str] = fixed_texts(lang)["countries"]
    return names.get(code.strip().upper(), code.strip())


def recipient_rows(description: RegisterDescription, lang: str) -> tuple[tuple[str, ...], ...]:
    table = fixed_texts(lang)["table"]
    header = tuple(table[k] for k in ("name", "country", "function", "safeguard", "updated"))
    rows = [header]
    for recipient in (r.localized(lang) for r in description.recipients):
        rows.append(
            (
                recipient.name,
                country_name(recipient.country, lang),
                recipient.function,
                recipient.safeguard,
                recipient.updated,
            )
        )
    return tuple(rows)


def build_statement(
    description: RegisterDescription, lang: str, updated_on: date, version: int | None = None
) -> Statement:
    fixed = fixed_texts(lang)
    local = description.in_language(lang)
    headings: dict[str, str] = fixed["headings"]
    parts: list[tuple[str, list[Block]]] = []

    def add(key: str, blocks: list[Block]) -> None:
        if blocks:
            parts.append((description.heading(key, lang) or headings[key], blocks))

    add("controller_contact", text_blocks(local.controller_contact))
    add("contact_person", text_blocks(local.contact_person))
    add("dpo", text_blocks(local.dpo))
    add("register_name", text_blocks(local.register_name))
    add("purposes", text_blocks(local.purposes))
    add("legal_bases", text_blocks(local.legal_bases))
    add("data_categories", text_blocks(local.data_categories))
    add("sources", text_blocks(local.sources))
    disclosures = text_blocks(local.disclosures)
    if description.recipients:
        disclosures.append(Block("table", rows=recipient_rows(description, lang)))
    add("recipients", disclosures or [Block("para", no_recipients_text(lang))])
    add("transfers_outside_eea", text_blocks(local.transfers_outside_eea))
    add("retention", text_blocks(local.retention))
    security: list[Block] = []
    for label, text in (
        (fixed["security_electronic"], local.security),
        (fixed["security_manual"], local.security_manual),
    ):
        if text.strip():
            security += [Block("subheading", label), *text_blocks(text)]
    add("security", security)
    add("cookies", text_blocks(local.cookies))
    add("automated_decisions", text_blocks(local.automated_decisions))
    add("rights", text_blocks(local.rights))
    add("how_to_use_rights", text_blocks(local.how_to_use_rights))
    for extra in description.extra_sections:
        heading, text = extra.in_language(lang)
        if heading.strip() and text.strip():
            parts.append((heading.strip(), text_blocks(text)))
    updated = fixed["updated"].format(date=format_day(updated_on))
    if version:
        updated += " · " + fixed["version"].format(version=version)
    return Statement(
        lang=lang,
        title=fixed["title"],
        subtitle=fixed["subtitle"],
        updated=updated,
        register_name=local.register_name.strip(),
        page_label=fixed["page"],
        introduction=tuple(text_blocks(local.introduction)),
        sections=tuple(
            Section(number, heading, tuple(blocks))
            for number, (heading, blocks) in enumerate(parts, start=1)
        ),
    )
