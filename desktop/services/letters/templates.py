"""The letter templates in resources/letters: loading them and filling their `$fields`.

Filling is strict: a field the template names but the caller did not give raises KeyError, so a
letter can never go out with "$due" in it. A field that fills to nothing drops its paragraph.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from string import Template
from typing import Any

from desktop.core.letter_text import paragraphs
from desktop.resources import resource

LANGUAGES = ("fi", "sv", "en")


@cache
def _load(name: str) -> dict[str, Any]:
    with resource("letters", f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def texts(lang: str) -> dict[str, Any]:
    return _load(lang if lang in LANGUAGES else "fi")


def field_label(key: str, lang: str) -> str:
    """A customer field's name in the letter's language: "Osoite 1, katuosoite"."""
    labels: dict[str, str] = texts(lang)["fields"]
    parts = key.split(".")
    if len(parts) == 3:
        return f"{labels.get(parts[0], parts[0])} {int(parts[1]) + 1}, {labels.get(parts[2], parts[2])}"
    return labels.get(key, key)


def authority(lang: str) -> dict[str, str]:
    """The Data Protection Ombudsman's office: the one place its contact details are kept."""
    data = _load("authority")
    return dict(data.get(lang, data["fi"]))


def fill(template: str, values: dict[str, str]) -> str:
    return Template(template).substitute(values)


@dataclass(frozen=True)
class FilledLetter:
    document_name: str
    text: str  # the subject on the first line, a blank line, then the body


def compose(
    lang: str,
    section: str,
    values: dict[str, str],
    decision: tuple[str, ...] = (),
    *,
    remedies: bool = False,
    copy: str = "",
) -> FilledLetter:
    """One letter kind (or variant: "access_none") in `lang`, every field filled.

    `decision` names the paragraphs (the `[paragraphs]` table) that the decision's rule in
    desktop.core.decisions chose; they fill the body's `$decision` place. With `remedies` the
    remedies paragraph among them names the complaint to the Ombudsman and the action in
    court, so the plain complaint sentence is left out. `copy` names the paragraph saying what
    the enclosed copy holds (the `$copy` place of the access reply)."""
    common = texts(lang)["common"]
    part = texts(lang)[section]
    where = authority(lang)
    full = {f"authority_{key}": value for key, value in where.items()}
    full.update(values)
    chosen = texts(lang)["paragraphs"]
    full["decision"] = "\n\n".join(fill(chosen[name], full) for name in decision)
    full["copy"] = fill(chosen[copy], full) if copy else ""
    full["complaint"] = "" if remedies else fill(common["complaint"], full)
    contact = full.get("business_contact", "")
    full["contact"] = fill(common["contact"], full) if contact else ""
    body = "\n\n".join(paragraphs(fill(part["body"], full)))
    subject = fill(part["subject"], full).strip()
    return FilledLetter(part["name"], f"{subject}\n\n{body}")
