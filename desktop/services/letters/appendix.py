"""The data appendix of an access reply: everything in the access extract, and the Art. 15(1)
(a)-(h) information from the register description, in the reply's language."""

from __future__ import annotations

from desktop.core.customer_form import format_date
from desktop.core.money import format_euros
from desktop.core.rights_texts import texts as extract_words
from desktop.documents.letter_layout import Appendix, AppendixSection
from desktop.services.letters.templates import fill, texts
from desktop.services.rights.access import AccessExtract


def _address(item: dict[str, str]) -> str:
    place = f"{item['postal_code']} {item['post_office']}".strip()
    country = item.get("country", "")
    country = "" if country.upper() in ("FI", "SUOMI", "FINLAND") else country
    return ", ".join(part for part in (item["street"], place, country) if part)


def _person(extract: AccessExtract) -> list[tuple[str, str]]:
    """The register's codes (status, source, language) in words of the reply's language."""
    words = extract_words(extract.language)
    values = texts(extract.language)["values"]
    coded = {words["status"], words["source_field"], words["language"]}
    return [
        (label, values.get(value, value) if label in coded else value)
        for label, value in extract.person.items()
    ]


def data_sections(extract: AccessExtract) -> list[AppendixSection]:
    """The person's own data, section by section; a section with nothing in it says "none"."""
    words = extract_words(extract.language)
    letter = texts(extract.language)
    consent_kinds, states = letter["consent_kinds"], letter["consent_states"]
    channels, statuses = letter["channels"], letter["statuses"]
    kinds = letter["request_kinds"]
    none = f"({words['none']})"

    def section(key: str, lines: list[str]) -> AppendixSection:
        return AppendixSection(words[key], lines=lines or [none])

    if extract.is_empty:
        return [AppendixSection(words["person"], lines=[words["no_data"]])]
    return [
        AppendixSection(words["person"], pairs=_person(extract)),
        section("addresses", [_address(a) for a in extract.addresses]),
        section("phones", [p["number"] for p in extract.phones]),
        section("emails", [e["address"] for e in extract.emails]),
        section(
            "consents",
            [
                f"{consent_kinds[s.kind.value]}: "
                + (
                    f"{states[s.state.value]} {format_date(s.decided_on)}"
                    if s.state
                    else words["never_asked"]
                )
                for s in extract.consents
            ],
        ),
        section(
            "consent_history",
            [
                f"{format_date(c.decided_on)} {consent_kinds[c.kind.value]}: "
                f"{states[c.state.value]} {c.evidence}".rstrip()
                for c in extract.consent_history
            ],
        ),
        section(
            "contact_events",
            [
                f"{format_date(e.occurred_at.date())} {e.occurred_at:%H.%M} "
                f"{channels.get(e.channel.value, e.channel.value)}: {e.summary}"
                for e in extract.contact_events
            ],
        ),
        section(
            "orders",
            [
                " ".join(
                    part
                    for part in (
                        format_date(o.ordered_on),
                        o.description,
                        format_euros(o.amount_cents),
                        o.invoice_number,
                        words["paid"] if o.paid else words["open"],
                    )
                    if part
                )
                for o in extract.orders
            ],
        ),
        section(
            "attachments",
            [
                f"{a.name} ({a.type}, {a.size} B, {format_date(a.added.date())})"
                for a in extract.attachments
            ],
        ),
        section("custom", [f"{key}: {value}" for key, value in extract.custom.items()]),
        section("tags", [", ".join(extract.tags)] if extract.tags else []),
        section(
            "earlier_requests",
            [
                f"{r.diary_number} {format_date(r.received)}: "
                f"{', '.join(kinds[k.value] for k in r.kinds)} ({statuses[r.status.value]})"
                for r in extract.earlier_requests
            ],
        ),
        section(
            "audit",
            [
                fill(
                    letter["appendix"]["audit_line"],
                    {
                        "date": format_date(a.at.date()),
                        "user": a.username,
                        "action": letter["audit_actions"].get(a.action, a.action.replace("_", " ")),
                    },
                )
                for a in extract.audit
            ],
        ),
    ]


def art15_sections(extract: AccessExtract) -> list[AppendixSection]:
    words = extract_words(extract.language)
    return [
        AppendixSection(words[key], lines=[line for line in text.split("\n") if line.strip()])
        for key, text in extract.art15.items()
        if text.strip()
    ]


def access_appendix(extract: AccessExtract, *, standalone: bool = False) -> Appendix:
    """The appendix of the access reply, or (`standalone`) the customer's printed data extract."""
    words = extract_words(extract.language)
    part = texts(extract.language)["appendix"]
    values = {"diary": extract.request_diary_number, "made": format_date(extract.made_on)}
    title = part["statement_title"] if standalone else part["title"]
    intro = part["statement_intro"] if standalone else part["intro"]
    sections = data_sections(extract)
    sections.append(AppendixSection(words["art15"].upper()))
    sections.extend(art15_sections(extract))
    return Appendix(fill(title, values), fill(intro, values), sections)
