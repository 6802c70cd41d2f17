"""Plain-text rules of a letter, shared by the services that fill it and the layout that
prints it: paragraphs, the subject line, template fields, the recipient and copy lists."""

from __future__ import annotations

import re

FIELD = re.compile(r"\$(?:\{(\w+)\}|(\w+))")
# The distribution list ("Jakelu") is kept in the `copies` column after this mark, so the letters
# table needs no new column; no one can type the group-separator character.
DISTRIBUTION_MARK = "\x1d"


def fields_of(template: str) -> set[str]:
    return {a or b for a, b in FIELD.findall(template)}


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, empty ones left out."""
    parts = re.split(r"\n\s*\n", text.strip())
    return [part.strip() for part in parts if part.strip()]


def split_subject(text: str) -> tuple[str, list[str]]:
    """The edited text back into its subject line and body paragraphs."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    return first.strip(), paragraphs(rest)


def split_copies(stored: str) -> tuple[str, str]:
    """The stored `copies` column as ("Tiedoksi" lines, "Jakelu" lines)."""
    copies, _mark, distribution = stored.partition(DISTRIBUTION_MARK)
    return copies.strip("\n"), distribution.strip("\n")


def join_copies(copies: str, distribution: str) -> str:
    """Both lists for the `copies` column; without a distribution list it is just the copies."""
    copied = "\n".join(lines(copies.replace(DISTRIBUTION_MARK, "")))
    distributed = "\n".join(lines(distribution.replace(DISTRIBUTION_MARK, "")))
    return f"{copied}\n{DISTRIBUTION_MARK}\n{distributed}" if distributed else copied


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
