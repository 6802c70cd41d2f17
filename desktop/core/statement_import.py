"""Splitting a privacy statement the business already has into the editor's sections: by its
headings (document headings, numbered lines, all-caps lines, wholly bold lines, "Heading: text"
lines), in its own order, each with a suggested topic. Pure: the file readers in
desktop.services.statement.import_files turn .docx, .odt, .html, .pdf and .txt into SourceBlocks.

Nothing is lost: every paragraph of the source lands in a section, in the title, date line or
introduction, or in `unplaced` (page numbers and the like), which the user must deal with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop.core.register_description import (
    PRIMARY,
    TEXT_FIELDS,
    ExtraSection,
    RegisterDescription,
    section_fields,
)
from desktop.core.statement_dates import DATE_WORDS, is_date_line, written_date


@dataclass(frozen=True)
class SourceBlock:
    """One paragraph of the source as a reader found it."""

    kind: str  # "title", "heading", "subheading", "para", "bullet", "number", "strong"
    text: str
    level: int = 0  # bullets: 0 or 1


@dataclass
class ImportedSection:
    heading: str
    lines: list[str] = field(default_factory=list)  # in the editor's marks: "- ", "1. ", "## "
    topic: str = ""  # a standard section key, or "" for a section of one's own

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class ImportedStatement:
    title: str = ""
    date_line: str = ""
    introduction: list[str] = field(default_factory=list)
    sections: list[ImportedSection] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


# Heading words → topic, first match wins (Finnish, the old Henkilötietolaki 10 § template
# headings among them, Swedish and English). Checked on the lower-cased heading.
TOPIC_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # before the controller: "Rekisterinpitäjän yhteyshenkilö" is the contact person
    (
        "contact_person",
        ("rekisterinpitäjän yhteyshenkilö", "rekisteriasioista vastaava", "vastaava henkilö"),
    ),
    (
        "controller_contact",
        (
            "rekisterinpitäjä",
            "rekisterin pitäjä",
            "rekisterin ylläpitäjä",
            "personuppgiftsansvarig",
            "controller",
        ),
    ),
    ("contact_person", ("yhteyshenkilö", "kontaktperson", "contact person")),
    ("dpo", ("tietosuojavastaava", "dataskyddsombud", "data protection officer")),
    ("register_name", ("rekisterin nimi", "registrets namn", "name of the register")),
    ("cookies", ("eväste", "kakor", "cookie", "analytiik", "analytics")),
    (
        "transfers_outside_eea",
        ("ulkopuolelle", "eu:n tai eta:n", "utanför eu", "outside the eu", "outside the eea"),
    ),
    (
        "recipients",
        ("luovut", "vastaanottaj", "käsittelijä", "utlämn", "mottagare", "recipient", "disclos"),
    ),
    ("purposes", ("käyttötarkoitu", "tarkoitus", "käytetään", "ändamål", "purpose")),
    ("legal_bases", ("peruste", "rättslig grund", "legal bas", "lawful")),
    (
        "data_categories",
        (
            "tietosisältö",
            "mitä henkilötietoja",
            "tietoryhm",
            "rekisteröityjen ryhm",  # the 10 § wording
            "datainnehåll",
            "categor",
        ),
    ),
    ("sources", ("tietolähte", " mistä", "uppgiftskäll", "source")),  # " ": not "ryhmistä"
    ("retention", ("säilyt", "kesto", "lagring", "retention", "how long")),
    ("security", ("suojaa", "suojau", "turvallisuu", "tietoturva", "skydd", "security")),
    ("automated_decisions", ("automaattinen", "profiloin", "automatiserat", "automated")),
    ("how_to_use_rights", ("miten", "hur rättigheterna", "how to use", "how can you exercise")),
    ("rights", ("oikeu", "rättighet", "rights", "kielto", "tarkastus")),
)
NUMBERED_HEADING = re.compile(r"^(\d{1,2})\.?\s+(\S.*?)$")  # "1. REKISTERINPITÄJÄ"; "1)" is a list
NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")
SUB_NUMBERED = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")
FURNITURE = re.compile(
    r"^(?:(?:sivu|sida|page)\s*\d+(?:\s*[(/]\s*\d+\)?)?|\d+\s*[(/]\s*\d+\)?)$", re.I
)
TITLE_WORDS = ("seloste", "tietosuoja", "dataskydd", "privacy", "rekisteri")
BULLET_MARKS = "-•*–—·▪●◦"


def suggest_topic(heading: str) -> str:
    lowered = " " + heading.lower()  # a word with a leading space matches at a word's start
    for topic, words in TOPIC_WORDS:
        if any(word in lowered for word in words):
            return topic
    return ""


def blocks_from_text(text: str) -> list[SourceBlock]:
    """Plain text (pasted, .txt, a PDF's text): paragraphs split at blank lines; inside one, a
    line that does not end a sentence and is followed by a lower-case line is the same sentence
    broken by the page's width; list items keep their level."""
    blocks: list[SourceBlock] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\u00a0", " ")):
        current: SourceBlock | None = None
        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if line[0] in BULLET_MARKS and len(line) > 1 and line[1].isspace():
                level = 1 if line[0] in "•◦▪" and blocks and blocks[-1].kind == "bullet" else 0
                current = SourceBlock("bullet", line[1:].strip(), level)
                blocks.append(current)
                continue
            joins = (
                current is not None
                and current.kind == "para"
                and current.text[-1:] not in ".:!?)"
                and line[:1].islower()
            )
            if joins and current is not None:
                current = replace(current, text=current.text + " " + line)
                blocks[-1] = current
            else:
                current = SourceBlock("para", line)
                blocks.append(current)
    return blocks


def _heading_like(text: str) -> bool:
    return len(text) <= 120 and not text.rstrip().endswith((".", ",", ";"))


def _heading_of(block: SourceBlock, expected: int, numbered: bool) -> tuple[str, str] | None:
    """(heading, rest of the line) when a plain paragraph is a heading, else None."""
    text = block.text.strip()
    if block.kind in ("heading", "title"):
        return text, ""
    if block.kind not in ("para", "strong"):
        return None
    match = NUMBERED_HEADING.match(text)
    if match and int(match.group(1)) == expected and _heading_like(text):
        return match.group(2).strip(), ""
    if numbered:  # a document numbers its headings: other lines are not headings
        return None
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters) and len(text) <= 90:
        return text, ""
    if block.kind == "strong" and len(text) <= 120 and not text.endswith("."):
        return text, ""
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and len(head) <= 60 and suggest_topic(head):
        return head.strip(), rest.strip()
    return None


def _line(block: SourceBlock) -> str:
    if block.kind == "bullet":
        return ("  " if block.level else "") + "- " + block.text
    if block.kind == "number":
        return block.text if NUMBERED_ITEM.match(block.text) else "1. " + block.text
    if block.kind == "subheading" or SUB_NUMBERED.match(block.text):
        return "## " + block.text
    if block.kind == "strong":
        return "**" + block.text + "**"
    return block.text


def split_statement(blocks: list[SourceBlock]) -> ImportedStatement:
    """The source's paragraphs as title, date line, introduction and sections, in order."""
    result = ImportedStatement()
    explicit = any(block.kind == "heading" for block in blocks)
    numbered = not explicit and any(
        (m := NUMBERED_HEADING.match(b.text)) and m.group(1) == "1"
        for b in blocks
        if b.kind == "para"
    )
    current: ImportedSection | None = None
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if FURNITURE.match(text):
            result.unplaced.append(text)
            continue
        found = None
        if explicit:
            found = (text, "") if block.kind == "heading" else None
        else:
            found = _heading_of(block, len(result.sections) + 1, numbered)
        if block.kind == "title" and not result.title and current is None:
            result.title = text
            continue
        if found is not None:
            heading, rest = found
            current = ImportedSection(heading, [rest] if rest else [], suggest_topic(heading))
            result.sections.append(current)
            continue
        if current is not None:
            current.lines.append(_line(block))
        elif not result.title and any(word in text.lower() for word in TITLE_WORDS):
            result.title = text
        elif is_date_line(text) and not result.introduction:  # "Updated April 3, 2019" too
            result.date_line = f"{result.date_line} · {text}" if result.date_line else text
        else:
            result.introduction.append(_line(block))
    return result


def to_description(imported: ImportedStatement, base: RegisterDescription) -> RegisterDescription:
    """A Finnish description of the imported statement alone: the first section on a topic fills
    that topic's field (with the source's heading), further ones and those without a topic become
    sections of one's own, in the source's order. The base's recipients are kept; none of its
    texts are (a template text the source does not say would be false), nor its translations."""
    values: dict[str, Any] = {name: "" for name in TEXT_FIELDS}
    values["title"] = imported.title
    values["date_line"] = imported.date_line
    values["introduction"] = "\n".join(imported.introduction)
    translations: dict[str, str] = {}
    extras: list[ExtraSection] = []
    order: list[str] = []
    for section in imported.sections:
        target = section_fields(section.topic)[0] if section.topic else ""
        if section.topic and section.topic not in order and not values.get(target):
            values[target] = section.text
            translations[f"{PRIMARY}.heading.{section.topic}"] = section.heading
            order.append(section.topic)
        else:
            order.append(f"extra.{len(extras)}")
            extras.append(
                ExtraSection(
                    heading={PRIMARY: section.heading},
                    text={PRIMARY: section.text} if section.text else {},
                    topic=section.topic,
                )
            )
    description = RegisterDescription(
        recipients=base.recipients,
        translations=translations,
        extra_sections=tuple(extras),
        **values,
    )
    # Standard sections the source does not have stay empty and are not printed; they follow.
    return replace(description, order=tuple(order))


def source_paragraphs(blocks: list[SourceBlock]) -> list[str]:
    """Every non-empty paragraph of the source, for the preview and the nothing-lost check."""
    return [block.text.strip() for block in blocks if block.text.strip()]


def source_date(imported: ImportedStatement, today: date) -> date | None:
    """The date written in the source: its date line, a dating line of the introduction
    ("(Päivitetty 18.11.2019)", "6.11.2017 alkaen"), else a line in a section that says what it
    dates ("Tämä seloste on päivitetty 3.4.2019"; a bare date in a section is a table's, not the
    statement's). The latest of them, never after `today`; None when the source has none."""
    lines = [imported.date_line, imported.title]
    lines += [line for line in imported.introduction if is_date_line(line)]
    if not written_date(lines, today):
        lines += [
            line
            for section in imported.sections
            for line in section.lines
            if is_date_line(line) and any(word in line.lower() for word in DATE_WORDS)
        ]
    return written_date([line for line in lines if line], today)
