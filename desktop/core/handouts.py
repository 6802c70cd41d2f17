"""How a privacy statement reached a customer (Art. 13/14: the business must be able to show the
person was informed, and with which text)."""

from __future__ import annotations

from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP


class HandoutMethod(StrEnum):
    HANDED_OVER = "handed_over"
    MAILED = "mailed"
    EMAILED = "emailed"


HANDOUT_LABELS: dict[HandoutMethod, str] = {
    HandoutMethod.HANDED_OVER: QT_TRANSLATE_NOOP("Statement", "Handed over"),
    HandoutMethod.MAILED: QT_TRANSLATE_NOOP("Statement", "Mailed"),
    HandoutMethod.EMAILED: QT_TRANSLATE_NOOP("Statement", "Emailed"),
}
