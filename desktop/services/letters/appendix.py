"""The data appendix of an access reply: everything in the access extract, and the Art. 15(1)
(a)-(h) information from the register description, in the reply's language throughout.

What the person is owed, and how it is printed:
- every stored code (status, source, language, contact kind, consent, channel, request kind) in
  words of the reply's language, never the code; no file types or byte counts;
- the source of each address, phone number and email address on its own row (they are stored
  per item, so one source for the whole record would be wrong for some of them);
- how long each category is kept, from the retention rules in force;
- the consultations by date and purpose, without the names of the staff who made them (CJEU
  C-579/21, J.M. v Pankki: the log's dates and purposes are the person's data, the employees'
  identities are not, unless needed to check lawfulness);
- a copy of each stored file (CJEU C-487/21, Österreichische Datenschutzbehörde: a faithful
  and intelligible reproduction): images and PDF pages printed as pages of their own, a text
  file printed as it is, any other file listed with the reason it is not printed and the offer
  to give it electronically.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.consents import MARKETING_KINDS
from desktop.core.customer_fields import ConsentState
from desktop.core.customer_form import format_date
from desktop.core.money import format_euros
from desktop.core.postal import country_name
from desktop.core.retention_rules import Category, RetentionRule, Unit
from desktop.core.rights_texts import texts as extract_words
from desktop.core.validation import phone_for_display
from desktop.documents.attached_copies import AttachedCopy
from desktop.documents.letter_layout import Appendix, AppendixSection
from desktop.services.disclosures.log import DisclosureRow
from desktop.services.letters.templates import field_label, fill, texts
from desktop.services.rights.access import AccessExtract, AttachmentInfo
from desktop.services.rights.statements import StatementRow
from desktop.store.customer_models import Attachment

# "Request 2026-002": what a consent entry made through a request names as its evidence, in
# English in the register (desktop.services.rights.base.evidence); printed in the reply's words.
REQUEST_EVIDENCE = re.compile(r"^Request (\d{4}-\d{3,})$")
TEXT_TYPES = ("text/plain", "text/csv")
MAX_TEXT = 200_000  # characters of a text file printed; a longer one is offered electronically


def _with_source(value: str, item: dict[str, str], lang: str) -> str:
    letter = texts(lang)
    kind = letter["contact_kinds"].get(item.get("kind", ""), letter["contact_kinds"]["other"])
    source = letter["values"].get(item.get("source", ""), letter["values"]["other"])
    return fill(letter["appendix"]["with_source"], {"value": value, "kind": kind, "source": source})


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


def _evidence(text: str, lang: str) -> str:
    found = REQUEST_EVIDENCE.match(text.strip())
    if found is None:
        return text  # what the clerk wrote, in their words
    return fill(texts(lang)["appendix"]["request_evidence"], {"diary": found[1]})


def _period(rule: RetentionRule, lang: str) -> str:
    periods = texts(lang)["retention_periods"]
    if rule.unit is Unit.MONTHS:
        amount = periods["one_month"] if rule.amount == 1 else periods["months"]
    else:
        amount = periods["one_year"] if rule.amount == 1 else periods["years"]
    return fill(
        periods[rule.category.value], {"period": fill(amount, {"amount": str(rule.amount)})}
    )


def _retention(extract: AccessExtract, *categories: Category) -> list[str]:
    """ "Säilytysaika: 3 vuotta asiakkuuden päättymisestä." for a section's categories."""
    rules = [extract.retention[c] for c in categories if c in extract.retention]
    if not rules:
        return []
    period = ", ".join(_period(rule, extract.language) for rule in rules)
    return [fill(texts(extract.language)["appendix"]["retention"], {"period": period})]


def _consultation(at: datetime, action: str, lang: str) -> str:
    letter = texts(lang)
    purposes = letter["consultations"]
    return fill(
        letter["appendix"]["consultation"],
        {
            "date": format_date(at.date()),
            "time": f"{at:%H.%M}",
            "purpose": purposes.get(action, purposes["other"]),
        },
    )


def data_sections(
    extract: AccessExtract, attachment_notes: dict[int, str] | None = None
) -> list[AppendixSection]:
    """The person's own data, section by section; a section with nothing in it says "none"."""
    lang = extract.language
    words = extract_words(lang)
    letter = texts(lang)
    consent_kinds, states = letter["consent_kinds"], letter["consent_states"]
    channels, statuses = letter["channels"], letter["statuses"]
    kinds = letter["request_kinds"]
    none = f"({words['none']})"
    customer = Category.PROSPECTS if extract.prospect else Category.CUSTOMERS

    def section(key: str, lines: list[str], kept: list[str] | None = None) -> AppendixSection:
        return AppendixSection(words[key], lines=lines or [none], notes=kept or [])

    if extract.is_empty:
        return [AppendixSection(words["person"], lines=[words["no_data"]])]
    notes = attachment_notes or {}
    return [
        AppendixSection(
            words["person"], pairs=_person(extract), notes=_retention(extract, customer)
        ),
        section(
            "addresses",
            [_with_source(_address(a), a, lang) for a in extract.addresses],
            _retention(extract, customer),
        ),
        section(
            "phones",
            [_with_source(phone_for_display(p["number"]), p, lang) for p in extract.phones],
            _retention(extract, customer),
        ),
        section(
            "emails",
            [_with_source(e["address"], e, lang) for e in extract.emails],
            _retention(extract, customer),
        ),
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
                f"{states[c.state.value]}"
                + (f" ({_evidence(c.evidence, lang)})" if c.evidence.strip() else "")
                for c in extract.consent_history
            ],
            _retention(extract, customer),
        ),
        section(
            "contact_events",
            [
                f"{format_date(e.occurred_at.date())} {e.occurred_at:%H.%M} "
                f"{channels.get(e.channel.value, e.channel.value)}: {e.summary}"
                for e in extract.contact_events
            ],
            _retention(extract, Category.CONTACT_EVENTS, Category.CALLS, Category.CHATS),
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
            _retention(extract, Category.ORDERS, Category.INVOICES),
        ),
        section(
            "attachments",
            [_attachment_line(a, lang, notes.get(a.id, "")) for a in extract.attachments],
            _retention(extract, Category.ATTACHMENTS),
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
        section("prohibitions", _prohibition_lines(extract)),
        section("statements", [_statement_line(s, lang) for s in extract.statements]),
        section("disclosures", [_disclosure_line(d, lang) for d in extract.disclosures]),
        section("audit", [_consultation(a.at, a.action, lang) for a in extract.audit]),
    ]


def _prohibition_lines(extract: AccessExtract) -> list[str]:
    """The lasting prohibitions (Art. 15(1): what is done with the data, and what no longer is):
    a ban on direct marketing made through a request and still in force (21(3)), and each
    purpose processing stopped for after an upheld objection (21(1))."""
    part = texts(extract.language)["appendix"]
    refused_now = {s.kind for s in extract.consents if s.state is ConsentState.REFUSED}
    bans: dict[str, str] = {}  # diary number → the date the ban holds from
    for entry in extract.consent_history:
        found = REQUEST_EVIDENCE.match(entry.evidence.strip())
        if (
            found is not None
            and entry.state is ConsentState.REFUSED
            and entry.kind in MARKETING_KINDS
            and entry.kind in refused_now
        ):
            bans.setdefault(found[1], format_date(entry.decided_on))
    lines = [fill(part["marketing_ban"], {"date": on, "diary": no}) for no, on in bans.items()]
    lines.extend(
        fill(
            part["prohibition"],
            {"purpose": p.purpose, "date": format_date(p.decided_on), "diary": p.evidence},
        )
        for p in extract.prohibitions
    )
    return lines


def _statement_line(item: StatementRow, lang: str) -> str:
    """ "Vastaanotettu 3.12.2026, koskee tietoa: Osoite 1, katuosoite. Lausumasi: …" """
    part = texts(lang)["appendix"]
    concerns = field_label(item.field, lang) if item.field else part["statement_general"]
    return fill(
        part["statement"],
        {
            "date": format_date(item.received_on),
            "field": concerns,
            "statement": " ".join(item.statement.split()),
            "diary": item.evidence,
        },
    )


def _disclosure_line(item: DisclosureRow, lang: str) -> str:
    """ "12.3.2026 Tilitoimisto Oy (Suomi): laskun tiedot; peruste: sopimus" in the reply's words."""
    letter = texts(lang)
    place = f" ({country_name(item.country, lang).capitalize()})" if item.country else ""
    return fill(
        letter["appendix"]["disclosure"],
        {
            "date": format_date(item.disclosed_on),
            "recipient": f"{item.recipient}{place}",
            "what": item.what,
            "basis": letter["disclosure_bases"][item.basis.value],
        },
    )


def _attachment_line(item: AttachmentInfo, lang: str, note: str) -> str:
    line = fill(
        texts(lang)["appendix"]["attachment"],
        {"name": item.name, "date": format_date(item.added.date())},
    )
    if item.description.strip():
        line += f" – {item.description.strip()}"
    return f"{line} ({note})" if note else line


def art15_sections(extract: AccessExtract) -> list[AppendixSection]:
    words = extract_words(extract.language)
    return [
        AppendixSection(words[key], lines=[line for line in text.split("\n") if line.strip()])
        for key, text in extract.art15.items()
        if text.strip()
    ]


def _printable(name: str, mime: str, data: bytes) -> tuple[str, bytes, int] | str:
    """("image" | "pdf" | "text", the bytes to print, pages) — or why it cannot be printed:
    "unsupported", "damaged", "protected"."""
    if mime == "application/pdf" or data.startswith(b"%PDF"):
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                return "protected"
            return "pdf", data, len(reader.pages)
        except (PdfReadError, ValueError, KeyError, TypeError, OSError):
            return "damaged"
    if mime.startswith("image/"):
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                if image.format in ("PNG", "JPEG"):
                    return "image", data, 1
                out = io.BytesIO()  # GIF, BMP, TIFF, WebP: reportlab takes PNG
                image.convert("RGB").save(out, "PNG")
                return "image", out.getvalue(), 1
        except (UnidentifiedImageError, OSError, ValueError):
            return "damaged"
    if mime in TEXT_TYPES or name.lower().endswith((".txt", ".csv")):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        return ("text", text.encode("utf-8"), 1) if len(text) <= MAX_TEXT else "unsupported"
    return "unsupported"


def attachment_copies(
    session: Session, extract: AccessExtract, first_number: int
) -> tuple[list[AttachedCopy], dict[int, str]]:
    """The copies to print after the appendix, numbered from `first_number`, and for each
    stored file the note on its row: where its copy is, or why there is none."""
    part = texts(extract.language)["appendix"]
    reasons = texts(extract.language)["attachment_reasons"]
    copies: list[AttachedCopy] = []
    notes: dict[int, str] = {}
    for item in extract.attachments:
        data = session.scalar(select(Attachment.data).where(Attachment.id == item.id)) or b""
        found = _printable(item.name, item.type, data)
        if isinstance(found, str):
            notes[item.id] = fill(part["attachment_not_printed"], {"reason": reasons[found]})
            continue
        kind, content, pages = found
        number = str(first_number + len(copies))
        values = {"number": number, "name": item.name, "pages": str(pages)}
        copies.append(
            AttachedCopy(
                caption=fill(part["copy_title"], values),
                kind=kind,
                data=content,
                page_captions=tuple(
                    fill(part["copy_page"], {**values, "page": str(page)})
                    for page in range(1, pages + 1)
                )
                if kind == "pdf"
                else (),
                note=part["copy_text_note"] if kind == "text" else "",
            )
        )
        notes[item.id] = fill(part["attachment_copy"], {"number": number})
    return copies, notes


def access_appendix(
    extract: AccessExtract, session: Session | None = None, *, standalone: bool = False
) -> Appendix:
    """The appendix of the access reply, or (`standalone`) the customer's printed data extract.
    With a `session`, the stored files are copied after it."""
    words = extract_words(extract.language)
    part = texts(extract.language)["appendix"]
    values = {"diary": extract.request_diary_number, "made": format_date(extract.made_on)}
    title = part["statement_title"] if standalone else part["title"]
    intro = part["statement_intro"] if standalone else part["intro"]
    copies, notes = (
        attachment_copies(session, extract, 1 if standalone else 2)
        if session is not None
        else ([], {})
    )
    sections = data_sections(extract, notes)
    sections.append(AppendixSection(words["art15"].upper()))
    sections.extend(art15_sections(extract))
    return Appendix(fill(title, values), fill(intro, values), sections, copies)
