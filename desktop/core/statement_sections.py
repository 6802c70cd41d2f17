"""Merging a section of the statement with the next one and splitting one in two, and what a
translation's Finnish text was against what it is now. Pure functions on RegisterDescription: the
editor shows the result and nothing is kept until the user saves, so cancelling keeps the earlier
state whole.

A merge keeps the first section's heading and joins the bodies, line after line. The topic is the
first section's (a standard section is its own topic); where the first has none, the second's.
A standard section cannot disappear (its field is a fact the letters use), so when it is merged
into the one before it its texts are emptied, and an empty section is not printed; one the
statement must have (REQUIRED_FIELDS) is not merged into another at all. Translations
are joined as well but keep the fingerprint of the first's Finnish text, so they are out of date
until the user checks them: nobody has read the joined translation against the joined Finnish.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.description_validation import REQUIRED_FIELDS
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import (
    LANGUAGES,
    PRIMARY,
    ExtraSection,
    RegisterDescription,
    section_fields,
    section_order,
    source_mark,
    unique_topics,
)

NO_NEXT = QT_TRANSLATE_NOOP("Statement", "The last section has no section after it to merge with.")
NO_TABLE_MERGE = QT_TRANSLATE_NOOP(
    "Statement",
    "The recipients section holds the recipients table and cannot be merged with another "
    "section. Move the text by hand instead.",
)
REQUIRED_KEEPS = QT_TRANSLATE_NOOP(
    "Statement",
    "The next section is one the statement must have on its own (the letters quote it), so it "
    "cannot be merged into this one. Merge a section of your own into it instead, or give it a "
    "heading of your own.",
)
SPLIT_WHERE = QT_TRANSLATE_NOOP(
    "Statement",
    "Choose a paragraph after the first one: the new section starts there and both parts keep "
    "some text.",
)
SPLIT_HEADING = QT_TRANSLATE_NOOP("Statement", "Give the new section a heading.")


class SectionEditRefused(ValueError):
    """The merge or split cannot be done; the message is untranslated (context "Statement")."""


def _extra_index(key: str) -> int | None:
    return int(key.split(".")[1]) if key.startswith("extra.") else None


def _join(*texts: str) -> str:
    return "\n".join(text.strip() for text in texts if text.strip())


def _topic(description: RegisterDescription, key: str) -> str:
    index = _extra_index(key)
    return key if index is None else description.extra_sections[index].topic


def _text_fields(key: str) -> tuple[str, ...]:
    return () if key == "recipients" else section_fields(key)


def section_body(description: RegisterDescription, key: str, lang: str = PRIMARY) -> str:
    """A section's text in `lang` as one body (a security section's two parts one after the
    other); "" where that language has none."""
    index = _extra_index(key)
    if index is not None:
        return description.extra_sections[index].text.get(lang, "")
    if lang == PRIMARY:
        return _join(*(str(getattr(description, name)) for name in section_fields(key)))
    return _join(
        *(description.translations.get(f"{lang}.{name}", "") for name in section_fields(key))
    )


def paragraphs(description: RegisterDescription, key: str) -> list[str]:
    """The Finnish lines of a section that a split can start at (blank lines are none)."""
    return [line for line in section_body(description, key).splitlines() if line.strip()]


def _renumbered(order: list[str], removed: int) -> tuple[str, ...]:
    """The order without "extra.<removed>", the later own sections numbered one down."""
    out = []
    for key in order:
        index = _extra_index(key)
        if index is None:
            out.append(key)
        elif index != removed:
            out.append(f"extra.{index - 1}" if index > removed else key)
    return tuple(out)


def _emptied(description: RegisterDescription, key: str) -> RegisterDescription:
    """A standard section with no text in any language (and no own heading): not printed."""
    names = [*section_fields(key), f"heading.{key}"]
    dropped = {f"{lang}.{name}" for lang in LANGUAGES for name in names}
    values: dict[str, Any] = {name: "" for name in section_fields(key)}  # str fields
    return replace(
        description,
        translations={k: v for k, v in description.translations.items() if k not in dropped},
        translated_from={k: v for k, v in description.translated_from.items() if k not in dropped},
        translated_source={
            k: v for k, v in description.translated_source.items() if k not in dropped
        },
        also_topics={k: v for k, v in description.also_topics.items() if k != key},
        **values,
    )


MERGED = (
    "merged:"  # before a fingerprint: a joined translation, never current (see merge_with_next)
)


def _old_finnish(description: RegisterDescription, lang: str, key: str) -> str | None:
    """What the `lang` text of a section translates: "" where it has none, None where unknown."""
    if not section_body(description, key, lang).strip():
        return ""
    return _source_of(description, lang, key)


def merge_with_next(description: RegisterDescription, key: str) -> RegisterDescription:
    """`key` and the section after it in the statement's order made one (see the module text)."""
    order = section_order(description)
    position = order.index(key)
    if position + 1 >= len(order):
        raise SectionEditRefused(NO_NEXT)
    following = order[position + 1]
    if "recipients" in (key, following):
        raise SectionEditRefused(NO_TABLE_MERGE)
    if following in REQUIRED_FIELDS and section_body(description, following).strip():
        # emptied, it would leave the statement without a fact it must have (validate)
        raise SectionEditRefused(REQUIRED_KEEPS)
    bodies = {lang: section_body(description, following, lang) for lang in LANGUAGES}
    # the Finnish the joined translations were made from, for the comparison view
    sources: dict[str, str | None] = {}
    for lang in LANGUAGES[1:]:
        parts = (_old_finnish(description, lang, key), _old_finnish(description, lang, following))
        sources[lang] = None if None in parts else _join(*(p or "" for p in parts))
    # the merged section covers the topics of both (the checklist and validation find them)
    topics = unique_topics((*description.topics_of(key), *description.topics_of(following)))
    merged = description
    first = _extra_index(key)
    if first is not None:
        extra = description.extra_sections[first]
        text = {lang: _join(extra.text.get(lang, ""), bodies[lang]) for lang in LANGUAGES}
        translated = [lang for lang in LANGUAGES[1:] if text[lang]]
        extras = list(description.extra_sections)
        extras[first] = replace(
            extra,
            text={lang: value for lang, value in text.items() if value},
            topic=topics[0] if topics else "",
            also=topics[1:],
            translated_from={
                lang: MERGED + source_mark(sources[lang] or "") for lang in translated
            },
            source_text={lang: sources[lang] or "" for lang in translated if sources[lang]},
        )
        merged = replace(description, extra_sections=tuple(extras))
    else:
        names = section_fields(key)
        # the body goes to the last part that has text (the first when none has)
        target = next((n for n in reversed(names) if str(getattr(description, n)).strip()), "")
        target = target or names[0]
        translations = dict(description.translations)
        marks = dict(description.translated_from)
        texts = dict(description.translated_source)
        for lang in LANGUAGES[1:]:
            name = f"{lang}.{target}"
            joined = _join(section_body(description, key, lang), bodies[lang])
            if not joined:
                continue
            for other in names:  # the parts are one text now, in `target`
                translations.pop(f"{lang}.{other}", None)
            translations[name] = joined
            marks[name] = MERGED + source_mark(sources[lang] or "")
            texts.pop(name, None)
            if sources[lang]:
                texts[name] = sources[lang] or ""
        values: dict[str, Any] = {name: "" for name in names}  # str fields
        values[target] = _join(section_body(description, key), bodies[PRIMARY])
        also = {k: v for k, v in description.also_topics.items() if k != key}
        if [topic for topic in topics if topic != key]:
            also[key] = tuple(topic for topic in topics if topic != key)
        merged = replace(
            description,
            translations=translations,
            translated_from=marks,
            translated_source=texts,
            also_topics=also,
            **values,
        )
    second = _extra_index(following)
    if second is None:
        return replace(_emptied(merged, following), order=tuple(order))
    extras = list(merged.extra_sections)
    del extras[second]
    return replace(merged, extra_sections=tuple(extras), order=_renumbered(order, second))


def _split_text(text: str, line: int) -> tuple[str, str]:
    """`text` before its `line`-th non-blank line, and from there on."""
    lines = text.splitlines()
    seen = -1
    for at, raw in enumerate(lines):
        if raw.strip():
            seen += 1
            if seen == line:
                return "\n".join(lines[:at]).strip(), "\n".join(lines[at:]).strip()
    return text.strip(), ""


def split_section(
    description: RegisterDescription, key: str, line: int, heading: str
) -> RegisterDescription:
    """`key` in two at its `line`-th paragraph (see paragraphs): the first part stays with its
    heading, the rest becomes a section of one's own right after it, with `heading` and the same
    topic. Both parts' translations are out of date or missing: the Finnish of each changed."""
    heading = heading.strip()
    if not heading:
        raise SectionEditRefused(SPLIT_HEADING)
    if not 0 < line < len(paragraphs(description, key)):
        raise SectionEditRefused(SPLIT_WHERE)
    order = section_order(description)
    topic = _topic(description, key)
    index = _extra_index(key)
    if index is not None:
        extra = description.extra_sections[index]
        kept, rest = _split_text(extra.text.get(PRIMARY, ""), line)
        extras = list(description.extra_sections)
        extras[index] = replace(extra, text={**extra.text, PRIMARY: kept})
        changed = replace(description, extra_sections=tuple(extras))
    else:
        values: dict[str, Any] = {}  # str fields (Any: see RegisterDescription.in_language)
        moved: list[str] = []
        remaining = line
        for name in _text_fields(key):
            text = str(getattr(description, name))
            count = len([raw for raw in text.splitlines() if raw.strip()])
            if remaining >= count:  # wholly before the split
                remaining -= count
                continue
            kept, rest = _split_text(text, max(remaining, 0))
            values[name] = kept if remaining > 0 else ""
            moved.append(rest)
            remaining = 0
        rest = _join(*moved)
        changed = replace(description, **values)
    new = ExtraSection(heading={PRIMARY: heading}, text={PRIMARY: rest}, topic=topic)
    new_key = f"extra.{len(changed.extra_sections)}"
    order.insert(order.index(key) + 1, new_key)
    return replace(changed, extra_sections=(*changed.extra_sections, new), order=tuple(order))


# --- what changed in the Finnish since a translation was made --------------------------------
def _matches(text: str, mark: str | None) -> bool:
    return mark in (source_mark(text), MERGED + source_mark(text))


def field_source(description: RegisterDescription, lang: str, name: str) -> str | None:
    """The Finnish text the `lang` text of a field or heading ("heading.purposes") was made from,
    when kept and the very one its fingerprint was taken of; else None."""
    text = description.translated_source.get(f"{lang}.{name}")
    mark = description.translated_from.get(f"{lang}.{name}")
    return text if text is not None and _matches(text, mark) else None


def extra_source(extra: ExtraSection, lang: str) -> str | None:
    """The same for a section of one's own (its heading and text, as ExtraSection.finnish)."""
    text = extra.source_text.get(lang)
    return text if text is not None and _matches(text, extra.translated_from.get(lang)) else None


def _source_of(description: RegisterDescription, lang: str, key: str) -> str | None:
    index = _extra_index(key)
    if index is not None:
        return extra_source(description.extra_sections[index], lang)
    names = [n for n in section_fields(key) if f"{lang}.{n}" in description.translations]
    known = [field_source(description, lang, name) for name in names]
    if not names or None in known:
        return None
    return _join(*(text or "" for text in known))


def translated_from_text(description: RegisterDescription, lang: str, key: str) -> str | None:
    """The Finnish text the `lang` translation of section `key` was made from, or None where it is
    not known (saved before Kirjuri kept it, or no translation)."""
    return _source_of(description, lang, key)


@dataclass(frozen=True)
class Change:
    kind: str  # "equal", "removed" (only in the old text) or "added" (only in the new)
    text: str


WORDS = re.compile(r"^\s+|\S+\s*")  # a word with the space after it: changed words run together


def word_changes(old: str, new: str) -> list[Change]:
    """The old and the new text as runs of words, each equal, removed or added."""
    before, after = WORDS.findall(old), WORDS.findall(new)
    out: list[Change] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(Change("equal", "".join(before[a1:a2])))
            continue
        if a2 > a1:
            out.append(Change("removed", "".join(before[a1:a2])))
        if b2 > b1:
            out.append(Change("added", "".join(after[b1:b2])))
    return out
