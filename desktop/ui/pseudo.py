"""Pseudo-translation: every text about 40 % longer and accented, to find clipped labels.

Turned on with KIRJURI_PSEUDO=1 (or `kirjuri --pseudo`); tests/ui/test_pseudo_layout.py opens the
pages and dialogs with it. Like Vorta's TRANS_SCALE, but instead of repeating the whole text each
word grows (two of every five letters doubled), so word-wrapped labels grow the way Finnish does.
What code reads back stays intact: {placeholders}, %n and %1, & mnemonics, HTML tags and
entities, and web addresses.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QObject, QTranslator

ENVIRONMENT = "KIRJURI_PSEUDO"
# Pieces that must come through unchanged, tried in this order.
_KEPT = re.compile(
    r"\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}"  # str.format fields
    r"|%L?n|%L?\d+"  # Qt's %n and %1
    r"|<[^<>]*>"  # HTML tags
    r"|&[A-Za-z]+;|&#\d+;"  # HTML entities
    r"|&&|&\w"  # a literal & and a mnemonic with its letter
    r"|\b(?:https?://|www\.)\S+"  # addresses
    r"|\S+@\S+\.\w+"  # e-mail addresses
)
_ACCENTS = str.maketrans(
    "aeiouyAEIOUYcnsz",
    "áéíöüýÅÉÍÖÜÝçñšž",
)


def enabled() -> bool:
    return os.environ.get(ENVIRONMENT, "") not in ("", "0")


def _grow_word(match: re.Match[str]) -> str:
    word = match.group(0)
    grown = []
    for index, char in enumerate(word):
        accented = char.translate(_ACCENTS)
        grown.append(accented)
        if index % 5 in (0, 2):
            grown.append(accented)
    return "".join(grown)


def _grow(text: str) -> str:
    return re.sub(r"[^\W\d_]+", _grow_word, text)


def pseudo(text: str) -> str:
    """The text about 40 % longer, with what code reads back left as it was."""
    out: list[str] = []
    position = 0
    for kept in _KEPT.finditer(text):
        out.append(_grow(text[position : kept.start()]))
        out.append(kept.group(0))
        position = kept.end()
    out.append(_grow(text[position:]))
    return "".join(out)


class PseudoTranslator(QTranslator):
    """Lengthens what `inner` (the language's own translator) gives, or the source text."""

    def __init__(self, inner: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = inner

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        translated = ""
        if self.inner is not None:
            translated = self.inner.translate(context, source_text, disambiguation, n) or ""
        return pseudo(translated or source_text)
