"""A Swedish or English statement the business already has, brought in as that language's text
of the sections of its saved Finnish statement (`kirjuri statement import FILE --lang sv`).

The Finnish statement stays the primary text: Kirjuri prints and checks it, and the letters take
their facts from it. The other language's file is matched to it section by section, in order;
when the counts differ nothing is matched (a Swedish section put under the wrong Finnish one
would describe another processing). Each text placed is marked as translating the Finnish text
as it is now: the business says so by importing it, and the first change to the Finnish marks it
out of date as any translation."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.register_description import (
    PRIMARY,
    RegisterDescription,
    section_fields,
    section_order,
    source_mark,
)
from desktop.core.statement_import import ImportedStatement


def printed_keys(description: RegisterDescription) -> list[str]:
    """The sections of the Finnish statement printed with the business's own text, in its order.
    A recipients section without text of its own is Kirjuri's (its table, or the sentence that
    there are none), already in every language, and has no counterpart to match."""
    keys = []
    for key in section_order(description):
        if key.startswith("extra."):
            extra = description.extra_sections[int(key.split(".")[1])]
            heading, text = extra.in_language(PRIMARY)
            printed = bool(heading.strip() and text.strip())
        elif key == "recipients":
            printed = bool(description.disclosures.strip())
        else:
            printed = any(str(getattr(description, name)).strip() for name in section_fields(key))
        if printed:
            keys.append(key)
    return keys


def finnish_heading(description: RegisterDescription, key: str) -> str:
    if key.startswith("extra."):
        return description.extra_sections[int(key.split(".")[1])].heading.get(PRIMARY, "")
    return description.heading(key, PRIMARY) or key


SUBHEADING = "## "


def field_parts(base: RegisterDescription, key: str, lines: list[str]) -> list[tuple[str, str]]:
    """The imported text of section `key` shared out over the fields the Finnish section fills
    (security: the electronic and the manual material, printed under labels of their own). Split
    at the source's sub-headings when there is one per field (the printed labels replace them),
    else at the Finnish parts' paragraph counts when the counts agree. Otherwise the whole text
    goes to the first field and the others stay untranslated: the editor counts them so, and a
    wrong guess would put one part's text under the other's label."""
    filled = [name for name in section_fields(key) if str(getattr(base, name)).strip()]
    text = "\n".join(lines)
    if len(filled) < 2:
        return [((filled or list(section_fields(key)))[0], text)]
    content = [line for line in lines if line.strip()]
    starts = [i for i, line in enumerate(content) if line.startswith(SUBHEADING)]
    if len(starts) == len(filled) and starts[0] == 0:
        ends = [*starts[1:], len(content)]
        return [
            (name, "\n".join(content[start + 1 : end]))
            for name, start, end in zip(filled, starts, ends, strict=True)
        ]
    counts = [
        len([line for line in str(getattr(base, name)).splitlines() if line.strip()])
        for name in filled
    ]
    if sum(counts) == len(content):
        parts, at = [], 0
        for name, count in zip(filled, counts, strict=True):
            parts.append((name, "\n".join(content[at : at + count])))
            at += count
        return parts
    return [(filled[0], text)]


def as_translation(
    imported: ImportedStatement, base: RegisterDescription, lang: str
) -> RegisterDescription | None:
    """`base` with `imported` as its `lang` texts, or None when the sections do not pair up."""
    if lang == PRIMARY:
        raise ValueError("the Finnish statement is imported as the statement itself")
    keys = printed_keys(base)
    if len(keys) != len(imported.sections):
        return None
    translations = dict(base.translations)
    marks = dict(base.translated_from)

    def put(name: str, text: str) -> None:
        translations[f"{lang}.{name}"] = text
        marks[f"{lang}.{name}"] = source_mark(base.finnish(name))

    extras = list(base.extra_sections)
    for key, section in zip(keys, imported.sections, strict=True):
        if key.startswith("extra."):
            index = int(key.split(".")[1])
            extra = extras[index]
            extras[index] = replace(
                extra,
                heading={**extra.heading, lang: section.heading},
                text={**extra.text, lang: section.text},
                translated_from={**extra.translated_from, lang: source_mark(extra.finnish())},
            )
            continue
        for name, text in field_parts(base, key, section.lines):
            put(name, text)
        put(f"heading.{key}", section.heading)
    for name, text in (
        ("title", imported.title),
        ("date_line", imported.date_line),
        ("introduction", "\n".join(imported.introduction)),
    ):
        if text.strip():
            put(name, text)
    return replace(
        base, translations=translations, translated_from=marks, extra_sections=tuple(extras)
    )
