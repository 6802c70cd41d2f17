"""The privacy statement (tietosuojaseloste) made from the register description: its content as
numbered sections, in one language. statement_pdf and statement_html lay it out.

The fixed texts (title, headings, table columns, country names) are templates in
resources/statement/<lang>.json; the rest is the business's own text from the description.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from desktop.core.register_description import (
    LANGUAGES,
    PRIMARY,
    Currency,
    RegisterDescription,
    no_recipients_text,
    section_fields,
    section_order,
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
    kind: str  # "para", "bullet", "number", "subheading" or "table"
    text: str = ""  # with inline marks: **bold**, [text](https://...), bare links (see `runs`)
    level: int = 0  # bullets: 0 or 1
    rows: tuple[tuple[str, ...], ...] = ()  # tables: the header row first
    mark: str = ""  # numbered items: "1."


@dataclass(frozen=True)
class Section:
    number: int
    heading: str
    blocks: tuple[Block, ...]
    lang: str = ""  # the language of the blocks when not the statement's: "fi" for a fallback
    note: str = ""  # in the reader's language: why this section is in Finnish


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


NUMBERED = re.compile(r"^(\d{1,2}[.)])\s+(\S.*)$")
SUBHEADING = re.compile(r"^#{2,4}\s+(\S.*)$")
INLINE = re.compile(
    r"\*\*(?P<bold>[^*]+?)\*\*"
    r"|\[(?P<label>[^\]]+)\]\((?P<href>(?:https?://|mailto:)[^)\s]+)\)"
    r"|(?P<url>(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"])"
)


@dataclass(frozen=True)
class Run:
    """A piece of a line: plain, bold, or a link."""

    text: str
    bold: bool = False
    href: str = ""


def runs(text: str) -> list[Run]:
    """A line's inline marks: **bold**, [label](https://address), and bare https:// or www.
    addresses as links. Anything else is plain text, as typed."""
    out: list[Run] = []
    position = 0
    for match in INLINE.finditer(text):
        if match.start() > position:
            out.append(Run(text[position : match.start()]))
        if match.group("bold"):
            out.append(Run(match.group("bold"), bold=True))
        elif match.group("label"):
            out.append(Run(match.group("label"), href=match.group("href")))
        else:
            url = match.group("url")
            out.append(Run(url, href=url if "://" in url else "https://" + url))
        position = match.end()
    if position < len(text):
        out.append(Run(text[position:]))
    return out


def plain(text: str) -> str:
    """A line without its inline marks, as a reader sees it."""
    return "".join(run.text for run in runs(text))


def text_blocks(text: str) -> list[Block]:
    """Each line a paragraph; lines starting with a dash or a bullet are list items, indented
    ones a level deeper (as the seed statements' "• Osoitetiedot" under "• Yhteystiedot");
    "1. " or "1) " starts a numbered item, "## " a sub-heading."""
    blocks = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        numbered = NUMBERED.match(line)
        subheading = SUBHEADING.match(line)
        if line[0] in BULLETS and len(line) > 1 and line[1].isspace():
            indent = len(raw) - len(raw.lstrip())
            blocks.append(Block("bullet", line[1:].strip(), level=1 if indent >= 2 else 0))
        elif subheading:
            blocks.append(Block("subheading", subheading.group(1)))
        elif numbered:
            blocks.append(Block("number", numbered.group(2), mark=numbered.group(1)))
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


def _current(description: RegisterDescription, lang: str, names: tuple[str, ...]) -> bool:
    """Every field of a section with Finnish text has a current `lang` translation."""
    return lang == PRIMARY or all(
        description.currency(lang, name) == Currency.CURRENT
        for name in names
        if str(getattr(description, name)).strip()
    )


def _own_line(description: RegisterDescription, name: str, lang: str) -> str:
    """The business's own title or date line in `lang`, or "" for the standard one (also where
    the translation is missing or out of date: the standard line is true in every language)."""
    if lang == PRIMARY:
        return str(getattr(description, name)).strip()
    if description.currency(lang, name) == Currency.CURRENT:
        return description.translations.get(f"{lang}.{name}", "").strip()
    return ""


def build_statement(
    description: RegisterDescription, lang: str, updated_on: date, version: int | None = None
) -> Statement:
    """The statement in `lang`. A section whose Finnish text has no current translation is
    printed in Finnish, marked as such, never in a translation of an older text; a section whose
    Finnish text is empty is not printed in any language. (Whether such a statement may be
    published at all is the service's question: see untranslated_sections.)"""
    fixed = fixed_texts(lang)
    finnish_only: str = fixed["finnish_only"]
    headings: dict[str, str] = fixed["headings"]
    parts: list[Section] = []

    def add(key: str, names: tuple[str, ...], blocks_of: Any) -> None:
        current = _current(description, lang, names)
        if key == "recipients" and lang != PRIMARY:
            current = current and all(
                r.currency(lang) == Currency.CURRENT for r in description.recipients
            )
        local = description.in_language(lang if current else PRIMARY)
        blocks = blocks_of(local, lang if current else PRIMARY)
        if blocks:
            heading = description.heading(key, lang) or headings[key]
            if not current and description.heading(key, PRIMARY) and lang != PRIMARY:
                heading = headings[key]  # the own heading names the Finnish text's topic
            note = "" if current else finnish_only
            parts.append(Section(0, heading, tuple(blocks), "" if current else PRIMARY, note))

    def recipients(local: RegisterDescription, text_lang: str) -> list[Block]:
        blocks = text_blocks(local.disclosures)
        if description.recipients:
            # the column headings and country names in the reader's language, the function and
            # safeguard as localized (Finnish where not translated or out of date)
            blocks.append(Block("table", rows=recipient_rows(description, lang)))
        if not local.disclosures.strip() and not description.recipients:
            blocks.append(Block("para", no_recipients_text(lang)))
        return blocks

    def security(local: RegisterDescription, _text_lang: str) -> list[Block]:
        both = local.security.strip() and local.security_manual.strip()
        blocks: list[Block] = []
        for label, text in (
            (fixed["security_electronic"], local.security),
            (fixed["security_manual"], local.security_manual),
        ):
            if text.strip():
                blocks += [Block("subheading", label)] if both else []
                blocks += text_blocks(text)
        return blocks

    def field_blocks(name: str) -> Any:
        return lambda local, _text_lang: text_blocks(getattr(local, name))

    for key in section_order(description):
        if key.startswith("extra."):
            extra = description.extra_sections[int(key.split(".")[1])]
            current = lang == PRIMARY or extra.currency(lang) == Currency.CURRENT
            heading, text = extra.in_language(lang)
            if heading.strip() and text.strip():
                note = "" if current else finnish_only
                lang_mark = "" if current else PRIMARY
                parts.append(Section(0, heading.strip(), tuple(text_blocks(text)), lang_mark, note))
        elif key == "recipients":
            add(key, section_fields(key), recipients)
        elif key == "security":
            add(key, section_fields(key), security)
        else:
            add(key, section_fields(key), field_blocks(key))
    updated = _own_line(description, "date_line", lang)
    if not updated:
        updated = fixed["updated"].format(date=format_day(updated_on))
        if version:
            updated += " · " + fixed["version"].format(version=version)
    introduction = description.introduction
    if _current(description, lang, ("introduction",)):
        introduction = description.text("introduction", lang)
    register_name = description.register_name
    if _current(description, lang, ("register_name",)):
        register_name = description.text("register_name", lang)
    return Statement(
        lang=lang,
        title=_own_line(description, "title", lang) or fixed["title"],
        subtitle=fixed["subtitle"],
        updated=updated,
        register_name=register_name.strip(),
        page_label=fixed["page"],
        introduction=tuple(text_blocks(introduction)),
        sections=tuple(
            Section(number, part.heading, part.blocks, part.lang, part.note)
            for number, part in enumerate(parts, start=1)
        ),
    )


def untranslated_sections(description: RegisterDescription, lang: str) -> list[str]:
    """The headings (in `lang`) of the sections that would be printed in Finnish."""
    statement = build_statement(description, lang, date.today())
    return [section.heading for section in statement.sections if section.lang]
