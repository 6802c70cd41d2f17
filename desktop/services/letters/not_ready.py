"""Why a letter cannot be drafted yet: the facts its kind needs are not recorded.

A kind whose facts are missing (a "rectification done" letter with no rectification) is refused
with a plain message instead of going out with an empty section.
"""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import UserError


class LetterNotReady(UserError):
    pass


NOT_EXTENDED = QT_TRANSLATE_NOOP(
    "Errors", "The time has not been extended: record the extension with its reason first."
)
NO_RECTIFICATIONS = QT_TRANSLATE_NOOP(
    "Errors", "No rectification has been made through this request yet. Make it first."
)
NO_REFUSALS = QT_TRANSLATE_NOOP(
    "Errors", "No rectification has been refused with a reason in this request yet."
)
NOT_ERASED = QT_TRANSLATE_NOOP("Errors", "Nothing has been erased through this request yet.")
NOT_RESTRICTED = QT_TRANSLATE_NOOP(
    "Errors", "The processing has not been restricted through this request yet."
)
NO_PROHIBITIONS = QT_TRANSLATE_NOOP(
    "Errors", "No objection, ban or withdrawal has been recorded through this request yet."
)
NO_EXPORT = QT_TRANSLATE_NOOP(
    "Errors",
    "The portability export has not been made yet. Make it first: its checksum goes "
    "into the cover letter.",
)
NO_DOUBT = QT_TRANSLATE_NOOP(
    "Errors",
    "The identification letter must say what gives reasonable doubt about the requester's "
    'identity (Art. 12(6)). Choose "Waiting for identification" and write the doubt first.',
)
NOT_DECIDED = QT_TRANSLATE_NOOP(
    "Errors",
    "No decision that drafts this letter has been recorded on the request. Record the decision "
    "with its ground and reasons first.",
)
NO_LIFT_REASON = QT_TRANSLATE_NOOP(
    "Errors",
    "Record why the restriction is to be lifted first: the notice tells the person (Art. 18(3)).",
)
NOTHING_TO_NOTIFY = QT_TRANSLATE_NOOP(
    "Errors",
    "Nothing has been rectified, erased or restricted through this request, so there is "
    "nothing to tell the recipients.",
)
NO_RECIPIENTS = QT_TRANSLATE_NOOP(
    "Errors",
    "No disclosure of this person's data has been recorded, so there is no recipient to tell "
    "(Art. 19). If the data was disclosed, record the disclosure on the customer's page first.",
)
NOT_DISCLOSED = QT_TRANSLATE_NOOP(
    "Errors",
    "No disclosure of this person's data to {recipient} has been recorded. A notice goes only "
    "to a recipient who had the data: telling anyone else would itself disclose it.",
)
