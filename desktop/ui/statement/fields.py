"""The sections the editor shows, in order, with their labels and hints (UI strings)."""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP

# (field, statement section whose heading it may rename or "", label, hint)
SECTIONS: tuple[tuple[str, str, str, str], ...] = (
    (
        "title",
        "",
        QT_TRANSLATE_NOOP("Statement", "Title"),
        QT_TRANSLATE_NOOP(
            "Statement", "The statement's own title; leave empty for the standard one."
        ),
    ),
    (
        "date_line",
        "",
        QT_TRANSLATE_NOOP("Statement", "Date line"),
        QT_TRANSLATE_NOOP(
            "Statement",
            'For example "Laadittu 6.11.2017, päivitetty 25.5.2018"; leave empty for the date '
            "and number of the saved version.",
        ),
    ),
    (
        "controller_contact",
        "controller_contact",
        QT_TRANSLATE_NOOP("Statement", "Controller"),
        QT_TRANSLATE_NOOP("Statement", "The business's name, business ID, address and contacts."),
    ),
    (
        "contact_person",
        "contact_person",
        QT_TRANSLATE_NOOP("Statement", "Contact person"),
        QT_TRANSLATE_NOOP("Statement", "Who answers questions about the register, and how."),
    ),
    (
        "dpo",
        "dpo",
        QT_TRANSLATE_NOOP("Statement", "Data protection officer"),
        QT_TRANSLATE_NOOP(
            "Statement", "Only if the business has appointed one; a sole trader usually has not."
        ),
    ),
    (
        "register_name",
        "register_name",
        QT_TRANSLATE_NOOP("Statement", "Register name"),
        QT_TRANSLATE_NOOP("Statement", "For example: Kahvila Aurinko: customer register."),
    ),
    (
        "introduction",
        "",
        QT_TRANSLATE_NOOP("Statement", "Introduction"),
        QT_TRANSLATE_NOOP("Statement", "Optional text under the title, before the sections."),
    ),
    (
        "purposes",
        "purposes",
        QT_TRANSLATE_NOOP("Statement", "Purposes of processing"),
        QT_TRANSLATE_NOOP("Statement", "Why the data is kept. One purpose per line."),
    ),
    (
        "legal_bases",
        "legal_bases",
        QT_TRANSLATE_NOOP("Statement", "Legal bases"),
        QT_TRANSLATE_NOOP(
            "Statement", "Contract, legal obligation, legitimate interest or consent, for what."
        ),
    ),
    (
        "data_categories",
        "data_categories",
        QT_TRANSLATE_NOOP("Statement", "Data categories"),
        QT_TRANSLATE_NOOP(
            "Statement",
            'What the register holds. Start a line with "-" for a list item, "1." for a numbered '
            'one, "## " for a sub-heading; **bold**, [text](https://address) for a link.',
        ),
    ),
    (
        "sources",
        "sources",
        QT_TRANSLATE_NOOP("Statement", "Regular sources"),
        QT_TRANSLATE_NOOP("Statement", "Where the data comes from."),
    ),
    (
        "disclosures",
        "recipients",
        QT_TRANSLATE_NOOP("Statement", "Recipients and processors"),
        QT_TRANSLATE_NOOP(
            "Statement",
            "Optional text before the table. The table lists everyone the data goes to; give the "
            "country as a two-letter code (FI, SE, US).",
        ),
    ),
    (
        "transfers_outside_eea",
        "transfers_outside_eea",
        QT_TRANSLATE_NOOP("Statement", "Transfers outside the EU/EEA"),
        QT_TRANSLATE_NOOP("Statement", "Whether data leaves the EU/EEA, and on what safeguard."),
    ),
    (
        "retention",
        "retention",
        QT_TRANSLATE_NOOP("Statement", "Retention"),
        QT_TRANSLATE_NOOP("Statement", "How long each kind of data is kept. One line per kind."),
    ),
    (
        "security",
        "security",
        QT_TRANSLATE_NOOP("Statement", "Security: electronic material"),
        QT_TRANSLATE_NOOP("Statement", "How the register and its backups are protected."),
    ),
    (
        "security_manual",
        "",
        QT_TRANSLATE_NOOP("Statement", "Security: manual material"),
        QT_TRANSLATE_NOOP("Statement", "How paper documents are kept and destroyed."),
    ),
    (
        "cookies",
        "cookies",
        QT_TRANSLATE_NOOP("Statement", "Cookies and analytics"),
        QT_TRANSLATE_NOOP(
            "Statement", "The web site's cookies and visitor analytics; leave empty if none."
        ),
    ),
    (
        "automated_decisions",
        "automated_decisions",
        QT_TRANSLATE_NOOP("Statement", "Automated decisions and profiling"),
        QT_TRANSLATE_NOOP("Statement", "Whether decisions are made by machine alone (Art. 22)."),
    ),
    (
        "rights",
        "rights",
        QT_TRANSLATE_NOOP("Statement", "Rights of the data subject"),
        QT_TRANSLATE_NOOP("Statement", "Access, rectification, erasure, restriction, objection…"),
    ),
    (
        "how_to_use_rights",
        "how_to_use_rights",
        QT_TRANSLATE_NOOP("Statement", "How to use the rights"),
        QT_TRANSLATE_NOOP(
            "Statement", "In writing and signed by hand, or in person at the address."
        ),
    ),
)

LANGUAGE_NAMES = {
    "fi": QT_TRANSLATE_NOOP("Statement", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("Statement", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Statement", "English"),
}
