"""What the statement says on one topic, gathered from every section tagged with it: the field
of that topic, a standard section another was merged into, and the sections of the business's
own on it. The Art. 15 part of an access reply takes its facts from here, so a fact the business
wrote in a section of its own (an imported statement often has two on one topic) is not left
out of the reply."""

from __future__ import annotations

from desktop.core.register_description import RegisterDescription, section_fields, section_order


def topic_text(description: RegisterDescription, topic: str, lang: str) -> str:
    """The texts on `topic` in the statement's order, each in `lang` where its translation is
    current, else in Finnish (as the statement prints it with the Finnish fallback)."""
    local = description.in_language(lang)
    parts: list[str] = []
    for key in section_order(description):
        if topic not in description.topics_of(key):
            continue
        if key.startswith("extra."):
            _, text = description.extra_sections[int(key.split(".")[1])].in_language(lang)
        elif key == "recipients":
            text = local.disclosures  # the table itself is format_recipients'
        else:
            text = "\n".join(str(getattr(local, name)).strip() for name in section_fields(key))
        if text.strip():
            parts.append(text.strip())
    return "\n".join(parts)
