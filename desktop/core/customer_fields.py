"""The vocabulary of a customer record: statuses, channels, consent kinds and data sources.

Stored values are short English codes; the labels are marked for translation and shown in the
user's language by the UI.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP


class Status(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    ENDED = "ended"


class Language(StrEnum):
    FI = "fi"
    SV = "sv"
    EN = "en"


class ContactKind(StrEnum):
    """Kinds of address, phone number and email address."""

    HOME = "home"
    WORK = "work"
    MOBILE = "mobile"
    LANDLINE = "landline"
    BILLING = "billing"
    OTHER = "other"


class Channel(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    LETTER = "letter"
    EMAIL = "email"
    CHAT = "chat"


class Source(StrEnum):
    CUSTOMER = "customer"
    WEB_FORM = "web_form"
    PUBLIC_REGISTER = "public_register"
    PARTNER = "partner"
    IMPORT = "import"
    REQUEST = "request"
    OTHER = "other"


class ConsentKind(StrEnum):
    MARKETING_POST = "marketing_post"
    MARKETING_EMAIL = "marketing_email"
    MARKETING_PHONE = "marketing_phone"
    MARKETING_SMS = "marketing_sms"
    PROFILING = "profiling"
    PARTNER_DISCLOSURE = "partner_disclosure"
    NEWSLETTER = "newsletter"
    REMINDERS = "reminders"
    MAILING_LIST_PUBLICATION = "mailing_list_publication"


class ConsentState(StrEnum):
    GRANTED = "granted"  # suostumus annettu
    REFUSED = "refused"  # kielto (prohibition) — the person said no
    WITHDRAWN = "withdrawn"  # suostumus peruttu


MARKETING_CHANNELS = (
    ConsentKind.MARKETING_POST,
    ConsentKind.MARKETING_EMAIL,
    ConsentKind.MARKETING_PHONE,
    ConsentKind.MARKETING_SMS,
)

STATUS_LABELS = {
    Status.PROSPECT: QT_TRANSLATE_NOOP("CustomerFields", "Prospect"),
    Status.ACTIVE: QT_TRANSLATE_NOOP("CustomerFields", "Active"),
    Status.ENDED: QT_TRANSLATE_NOOP("CustomerFields", "Ended"),
}
LANGUAGE_LABELS = {
    Language.FI: QT_TRANSLATE_NOOP("CustomerFields", "Finnish"),
    Language.SV: QT_TRANSLATE_NOOP("CustomerFields", "Swedish"),
    Language.EN: QT_TRANSLATE_NOOP("CustomerFields", "English"),
}
CONTACT_KIND_LABELS = {
    ContactKind.HOME: QT_TRANSLATE_NOOP("CustomerFields", "Home"),
    ContactKind.WORK: QT_TRANSLATE_NOOP("CustomerFields", "Work"),
    ContactKind.MOBILE: QT_TRANSLATE_NOOP("CustomerFields", "Mobile"),
    ContactKind.LANDLINE: QT_TRANSLATE_NOOP("CustomerFields", "Landline"),
    ContactKind.BILLING: QT_TRANSLATE_NOOP("CustomerFields", "Billing"),
    ContactKind.OTHER: QT_TRANSLATE_NOOP("CustomerFields", "Other"),
}
CHANNEL_LABELS = {
    Channel.VISIT: QT_TRANSLATE_NOOP("CustomerFields", "Visit"),
    Channel.PHONE: QT_TRANSLATE_NOOP("CustomerFields", "Phone"),
    Channel.LETTER: QT_TRANSLATE_NOOP("CustomerFields", "Letter"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("CustomerFields", "Email"),
    Channel.CHAT: QT_TRANSLATE_NOOP("CustomerFields", "Chat"),
}
SOURCE_LABELS = {
    Source.CUSTOMER: QT_TRANSLATE_NOOP("CustomerFields", "The customer"),
    Source.WEB_FORM: QT_TRANSLATE_NOOP("CustomerFields", "Web form"),
    Source.PUBLIC_REGISTER: QT_TRANSLATE_NOOP("CustomerFields", "Public register"),
    Source.PARTNER: QT_TRANSLATE_NOOP("CustomerFields", "Partner"),
    Source.IMPORT: QT_TRANSLATE_NOOP("CustomerFields", "Import"),
    Source.REQUEST: QT_TRANSLATE_NOOP("CustomerFields", "Data-protection request"),
    Source.OTHER: QT_TRANSLATE_NOOP("CustomerFields", "Other"),
}
CONSENT_LABELS = {
    ConsentKind.MARKETING_POST: QT_TRANSLATE_NOOP("CustomerFields", "Direct marketing by post"),
    ConsentKind.MARKETING_EMAIL: QT_TRANSLATE_NOOP("CustomerFields", "Direct marketing by email"),
    ConsentKind.MARKETING_PHONE: QT_TRANSLATE_NOOP("CustomerFields", "Direct marketing by phone"),
    ConsentKind.MARKETING_SMS: QT_TRANSLATE_NOOP("CustomerFields", "Direct marketing by SMS"),
    ConsentKind.PROFILING: QT_TRANSLATE_NOOP("CustomerFields", "Profiling and segmentation"),
    ConsentKind.PARTNER_DISCLOSURE: QT_TRANSLATE_NOOP(
        "CustomerFields", "Disclosure to partners for marketing"
    ),
    ConsentKind.NEWSLETTER: QT_TRANSLATE_NOOP("CustomerFields", "Newsletter"),
    ConsentKind.REMINDERS: QT_TRANSLATE_NOOP("CustomerFields", "Reminders"),
    ConsentKind.MAILING_LIST_PUBLICATION: QT_TRANSLATE_NOOP(
        "CustomerFields", "Publication in mailing lists"
    ),
}
CONSENT_STATE_LABELS = {
    ConsentState.GRANTED: QT_TRANSLATE_NOOP("CustomerFields", "Allowed"),
    ConsentState.REFUSED: QT_TRANSLATE_NOOP("CustomerFields", "Prohibited"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("CustomerFields", "Consent withdrawn"),
}


# Finnish law (Act on Electronic Communications Services 200 §) makes email and SMS marketing to
# private persons opt-in; post and phone marketing are opt-out (allowed until the person forbids).
OPT_OUT_CHANNELS = frozenset({ConsentKind.MARKETING_POST, ConsentKind.MARKETING_PHONE})


def marketing_allowed(kind: ConsentKind, state: ConsentState | None) -> bool:
    if kind in OPT_OUT_CHANNELS:
        return state not in (ConsentState.REFUSED, ConsentState.WITHDRAWN)
    return state is ConsentState.GRANTED
