"""A register description as the JSON document kept in each saved version, and back; which fields
changed between two versions (for the audit entry)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from desktop.core.register_description import (
    TEXT_FIELDS,
    ExtraSection,
    Recipient,
    RegisterDescription,
)


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
            topic=str(item.get("topic") or ""),
            translated_from=_strings(item.get("translated_from")),
            source_text=_strings(item.get("source_text")),
            also=tuple(str(topic) for topic in item.get("also") or ()),
        )
        for item in data.get("extra_sections", ())
    )
    # Saved before translations recorded their source: none is known to be current, so each is
    # out of date until the user checks it (a template translation printed for the business's own
    # Finnish text described another business).
    return RegisterDescription(
        recipients=recipients,
        translations=translations,
        extra_sections=extras,
        translated_from=_strings(data.get("translated_from")),
        order=tuple(str(key) for key in data.get("order") or ()),
        finnish_fallback=bool(data.get("finnish_fallback", False)),
        translated_source=_strings(data.get("translated_source")),
        also_topics={
            str(key): tuple(str(topic) for topic in topics or ())
            for key, topics in dict(data.get("also_topics") or {}).items()
        },
        **values,
    )


def _strings(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in dict(value or {}).items()}


def changed_fields(old: RegisterDescription | None, new: RegisterDescription) -> list[str]:
    if old is None:
        return [f.name for f in fields(RegisterDescription)]
    return [
        f.name for f in fields(RegisterDescription) if getattr(old, f.name) != getattr(new, f.name)
    ]
