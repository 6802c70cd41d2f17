"""The register description (rekisteriseloste / tietosuojaseloste): what the register holds, why,
for how long and to whom it goes. The Art. 13/14 privacy statement and the Art. 15 part of an
access reply are both taken from it.

Its texts are document texts in the register's own words, not UI strings: the templates are in
desktop.core.description_templates, one per language.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from desktop.core.description_templates import TEMPLATES


@dataclass(frozen=True)
class Recipient:
    """Someone the data goes to: a processor (accounting firm, mail house) or a third party."""

    name: str
    country: str  # ISO 3166 two letters: "FI"
    function: str  # what they do with the data
    safeguard: str = ""  # for a transfer outside the EEA: adequacy decision, SCCs, ...
    updated: str = ""  # when this entry was last checked, as typed


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


TEXT_FIELDS = tuple(f.name for f in fields(RegisterDescription) if f.name != "recipients")


def default_description(business_name: str, lang: str = "fi") -> RegisterDescription:
    """A template for a sole trader's customer register, to be checked and completed."""
    texts = TEMPLATES.get(lang, TEMPLATES["fi"])
    values = {name: texts[name].format(business=business_name) for name in TEXT_FIELDS}
    return RegisterDescription(recipients=(), **values)


def no_recipients_text(lang: str = "fi") -> str:
    return TEMPLATES.get(lang, TEMPLATES["fi"])["no_recipients"]


def format_recipients(description: RegisterDescription, lang: str = "fi") -> str:
    """One line per recipient, or the template's "no regular disclosures" sentence."""
    if not description.recipients:
        return no_recipients_text(lang)
    lines = []
    for recipient in description.recipients:
        line = f"{recipient.name} ({recipient.country}): {recipient.function}"
        if recipient.safeguard:
            line += f"; {recipient.safeguard}"
        lines.append(line)
    return "\n".join(lines)


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
    return RegisterDescription(recipients=recipients, **values)


def changed_fields(old: RegisterDescription | None, new: RegisterDescription) -> list[str]:
    if old is None:
        return [f.name for f in fields(RegisterDescription)]
    return [
        f.name for f in fields(RegisterDescription) if getattr(old, f.name) != getattr(new, f.name)
    ]
