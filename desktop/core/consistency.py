"""Checks of the register description against the data, made before any letter or statement is
drafted: a reply must not say one thing in its recipients list and the opposite in its transfers
section, nor leave out a recipient the data actually went to, nor ask for a form the law forbids.

Each finding names its kind and what it is about; the messages are UI strings (context
"Errors") and a blocking finding stops the drafting with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.description_validation import outside_eea
from desktop.core.disclosures import same_recipient
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import LANGUAGES, RegisterDescription


class Problem(StrEnum):
    # A recipient outside the EU/EEA while the transfers section does not say so (or says that
    # nothing leaves the EEA): the reply would contradict itself (Art. 13(1)(f), 15(2)).
    TRANSFER_NOT_DECLARED = "transfer_not_declared"
    # The same recipient with no safeguard (adequacy decision, SCCs, ...) named (Art. 46).
    NO_SAFEGUARD = "no_safeguard"
    # A disclosure recorded to a recipient the description does not list (Art. 15(1)(c)).
    UNLISTED_RECIPIENT = "unlisted_recipient"
    # "Requests are made in writing and signed by hand": a form Art. 12(2) does not allow.
    FORM_REQUIRED = "form_required"


MESSAGES = {
    Problem.TRANSFER_NOT_DECLARED: QT_TRANSLATE_NOOP(
        "Errors",
        "The recipient {subject} is outside the EU/EEA, but the section on transfers outside "
        "the EU/EEA does not say so. Name the recipient or its country there, with the "
        "safeguard, in the register description.",
    ),
    Problem.NO_SAFEGUARD: QT_TRANSLATE_NOOP(
        "Errors",
        "The recipient {subject} is outside the EU/EEA, but no transfer safeguard (adequacy "
        "decision, standard contractual clauses, ...) is named for it in the register "
        "description.",
    ),
    Problem.UNLISTED_RECIPIENT: QT_TRANSLATE_NOOP(
        "Errors",
        "Data has been disclosed to {subject}, but the register description does not list it "
        "as a recipient. Add it to the recipients in the register description.",
    ),
    Problem.FORM_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors",
        "The register description requires requests to be made in writing, signed or in "
        "person. The GDPR does not allow that (Art. 12(2)): suggest ways to send a request, "
        "but accept any.",
    ),
}
# These stop a letter or statement from being drafted; the others are warnings.
BLOCKING = frozenset({Problem.TRANSFER_NOT_DECLARED, Problem.NO_SAFEGUARD})


@dataclass(frozen=True)
class Finding:
    problem: Problem
    subject: str = ""  # the recipient's name, or "" for the description as a whole

    @property
    def blocking(self) -> bool:
        return self.problem in BLOCKING

    @property
    def message(self) -> str:
        """Untranslated (context "Errors"); "{subject}" is filled after translating."""
        return MESSAGES[self.problem]


# "Nothing leaves the EEA", as the templates and businesses write it.
NO_TRANSFER = re.compile(
    r"\bei\s+(siirretä|luovuteta)\b|\binte\s+(överförs|överföras)\b|\bnot\s+(be\s+)?transferred\b"
    r"|\bno\s+(data\s+)?(is\s+)?transfer",
    re.IGNORECASE,
)
# A form required of the person: "kirjallisesti", "allekirjoitettu", "skriftligen",
# "undertecknad", "in writing", "signed", "in person" — unless the sentence says it need not be.
FORM_WORDS = re.compile(
    r"kirjallisesti|omakätisesti|allekirjoitettu|henkilökohtaisesti|skriftligen|egenhändigt"
    r"|undertecknad|personligen|in writing|signed by hand|in person",
    re.IGNORECASE,
)
NOT_REQUIRED = re.compile(
    r"ei tarvitse|ei edellytetä|behöver inte|krävs inte|need not|is not required|not needed",
    re.IGNORECASE,
)


def requires_form(text: str) -> bool:
    """True when a sentence of `text` asks for a written, signed or in-person request."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if FORM_WORDS.search(sentence) and not NOT_REQUIRED.search(sentence):
            return True
    return False


def _declared(transfers: str, name: str, country: str) -> bool:
    text = transfers.casefold()
    if not text.strip():
        return False
    mentioned = name.strip().casefold() in text or re.search(
        rf"\b{re.escape(country.strip().casefold())}\b", text
    )
    return bool(mentioned) or not NO_TRANSFER.search(transfers)


def check(
    description: RegisterDescription,
    disclosed_to: Iterable[str] = (),
    *,
    country_names: dict[str, set[str]] | None = None,
) -> list[Finding]:
    """What does not agree between the description and the data. `disclosed_to` are the
    recipients of the disclosures recorded for the person (or the register); `country_names`
    maps a country code to its names ("US" → {"Yhdysvallat", "USA", ...}) so that a transfers
    section naming the country counts as declaring it."""
    findings: list[Finding] = []
    names = country_names or {}
    for recipient in description.recipients:
        if not recipient.country.strip() or not outside_eea(recipient.country):
            continue
        for lang in LANGUAGES:
            transfers = description.text("transfers_outside_eea", lang)
            local = recipient.localized(lang)
            if not any(
                _declared(transfers, recipient.name, alias)
                for alias in {recipient.country, *names.get(recipient.country.upper(), set())}
            ):
                findings.append(Finding(Problem.TRANSFER_NOT_DECLARED, recipient.name))
                break
            if not local.safeguard.strip():
                findings.append(Finding(Problem.NO_SAFEGUARD, recipient.name))
                break
    listed = [r.name for r in description.recipients]
    seen: list[str] = []
    for name in disclosed_to:
        if any(same_recipient(name, other) for other in (*listed, *seen)):
            continue
        seen.append(name)
        findings.append(Finding(Problem.UNLISTED_RECIPIENT, name))
    if any(requires_form(description.text("how_to_use_rights", lang)) for lang in LANGUAGES):
        findings.append(Finding(Problem.FORM_REQUIRED))
    return findings
