"""The Finnish personal identity code (henkilötunnus), kept only when the main user turns it on.

It is checked (date, century sign, individual number, check character) and shown masked
everywhere: the birth-date part tells the clerk enough to tell two namesakes apart.
"""

from __future__ import annotations

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import hetu

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.validation import Checked

BAD_IDENTITY_CODE = QT_TRANSLATE_NOOP(
    "Validation",
    "This is not a valid personal identity code. It has the form 131052-308T and its check "
    "character must match.",
)
MASK = "****"
VISIBLE = 7  # ddmmyy and the century sign


def check_identity_code(text: str) -> Checked:
    """Empty stays empty; anything else must be a valid code, stored in upper case."""
    value = text.strip()
    if not value:
        return Checked("")
    try:
        return Checked(hetu.validate(value))
    except StdnumError:
        return Checked(value, BAD_IDENTITY_CODE)


def mask(code: str) -> str:
    """ "131052-308T" → "131052-****". Never shows the individual number or check character."""
    value = code.strip()
    if not value:
        return ""
    return value[:VISIBLE] + MASK if len(value) > VISIBLE else MASK
