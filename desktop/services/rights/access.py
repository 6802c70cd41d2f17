"""The access extract (GDPR Art. 15): everything Kirjuri holds on the person, with the Art. 15(1)
(a)-(h) information from the register description. The letter and its data appendix are made
from this structure later; `extract_as_text` shows it on screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.consents import ConsentStatus, Decision, current_statuses
from desktop.core.consistency import requires_form
from desktop.core.customer_fields import (
    CHANNEL_LABELS,
    CONSENT_LABELS,
    CONSENT_STATE_LABELS,
    Channel,
    ConsentKind,
    ConsentState,
    Status,
)
from desktop.core.customer_form import format_date
from desktop.core.description_templates import TEMPLATES
from desktop.core.money import format_euros
from desktop.core.register_description import RegisterDescription, format_recipients
from desktop.core.requests import (
    KIND_LABELS,
    STATUS_LABELS,
    RequestKind,
    RequestStatus,
    diary_number,
)
from desktop.core.retention_rules import Category, RetentionRule
from desktop.core.rights_texts import texts
from desktop.core.roles import Permission
from desktop.core.settings import CUSTOM_FIELDS
from desktop.core.statement_topics import topic_text
from desktop.errors import Translate
from desktop.services.customers.consents import (
    ConsentRow,
    ProhibitionRow,
    consent_row,
    prohibitions_of,
)
from desktop.services.customers.contact_history import ContactEventRow
from desktop.services.customers.orders import OrderRow, order_row
from desktop.services.disclosures.log import DisclosureRow, disclosures_of
from desktop.services.letters.templates import field_label
from desktop.services.retention.stored import stored_rules
from desktop.services.rights.base import (
    RightUseCases,
    diary,
    linked_customer,
    load_request,
)
from desktop.services.rights.portability import request_language
from desktop.services.rights.statements import StatementRow, statements_of
from desktop.services.statement.description import current_description
from desktop.store import audit
from desktop.store.customer_models import Attachment, ConsentEntry, ContactEvent, Customer, Order
from desktop.store.models import Setting
from desktop.store.request_models import Request

AUDIT_LIMIT = 5000
PERSON_FIELDS = (
    "first_name",
    "last_name",
    "title",
    "organisation",
    "organisation_id",
    "language",
    "municipality",
    "web_address",
    "status",
    "level",
    "started_on",
    "ended_on",
    "source_field",
    "feedback",
    "notes",
    "identity_code",
)


@dataclass(frozen=True)
class AttachmentInfo:
    name: str
    type: str
    size: int
    added: datetime
    id: int = 0  # to copy its contents into the printed reply (C-487/21)
    description: str = ""


@dataclass(frozen=True)
class EarlierRequest:
    diary_number: str
    kinds: tuple[RequestKind, ...]
    received: date
    status: RequestStatus


@dataclass(frozen=True)
class AccessExtract:
    request_diary_number: str
    language: str  # the reply language: the headings of extract_as_text
    made_on: date
    art15: dict[str, str]
    customer_number: int | None = None
    person: dict[str, str] = field(default_factory=dict)  # label → value, empty fields left out
    addresses: list[dict[str, str]] = field(default_factory=list)
    phones: list[dict[str, str]] = field(default_factory=list)
    emails: list[dict[str, str]] = field(default_factory=list)
    consents: list[ConsentStatus] = field(default_factory=list)
    consent_history: list[ConsentRow] = field(default_factory=list)  # oldest first
    contact_events: list[ContactEventRow] = field(default_factory=list)  # all, oldest first
    orders: list[OrderRow] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    earlier_requests: list[EarlierRequest] = field(default_factory=list)
    audit: list[audit.AuditRow] = field(default_factory=list)  # who viewed or changed, newest first
    # How long each category is kept (the retention rules in force), for the reply's appendix.
    retention: dict[Category, RetentionRule] = field(default_factory=dict)
    prospect: bool = False  # a prospect's data is kept by the prospects' rule
    # To whom the data was actually disclosed (the disclosure log), oldest first (Art. 15(1)(c)).
    disclosures: list[DisclosureRow] = field(default_factory=list)
    # Lasting prohibitions of processing for a purpose (objections upheld, Art. 21(1)).
    prohibitions: list[ProhibitionRow] = field(default_factory=list)
    # What the person added to contested data (Art. 16), oldest first.
    statements: list[StatementRow] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """The person is not in the register: the reply says so, with the Art. 15 information."""
        return self.customer_number is None

    @classmethod
    def empty(
        cls, request_diary_number: str, language: str, made_on: date, art15: dict[str, str]
    ) -> AccessExtract:
        return cls(request_diary_number, language, made_on, art15)


def how_to_use_rights(description: RegisterDescription, lang: str) -> str:
    """How requests can be sent, in `lang`. A saved text that requires a written, signed or
    in-person request (which Art. 12(2) does not allow) is replaced by the template's, which
    only suggests ways: the reply must not repeat a requirement the law forbids."""
    text = topic_text(description, "how_to_use_rights", lang)  # own sections on it too
    if not requires_form(text):
        return text
    where = description.text("controller_contact", lang).replace("\n", ", ")
    template = TEMPLATES.get(lang, TEMPLATES["fi"])["how_to_use_rights"]
    return template.format(address=where, business=where)


def art15_information(description: RegisterDescription, lang: str) -> dict[str, str]:
    """The facts from every section tagged with their topic (fields and own sections), in the
    reply's language where translated."""
    how = how_to_use_rights(description, lang)

    def on(topic: str) -> str:
        return topic_text(description, topic, lang)

    rights = "\n".join(t for t in (on("rights"), how) if t)
    return {
        "purposes": on("purposes"),
        "legal_bases": on("legal_bases"),
        "categories": on("data_categories"),
        "recipients": format_recipients(description, lang),
        "transfers": on("transfers_outside_eea"),
        "retention": on("retention"),
        "rights": rights,
        "source": on("sources"),
        "automated_decisions": on("automated_decisions"),
    }


def _person(customer: Customer, words: dict[str, str]) -> dict[str, str]:
    values = {
        "customer_number": str(customer.number),
        "started_on": format_date(customer.started_on),
        "ended_on": format_date(customer.ended_on),
        "source_field": customer.source,
        "restricted": (
            f"{format_date(customer.restricted_on)} {customer.restriction_reason}".strip() or "-"
            if customer.restricted
            else ""
        ),
        "created_at": format_date(customer.created_at.date()),
    }
    person = {}
    for name in ("customer_number", *PERSON_FIELDS, "restricted", "created_at"):
        value = values[name] if name in values else str(getattr(customer, name) or "")
        if value:
            person[words[name]] = value
    return person


def build_extract(
    session: Session,
    request: Request,
    customer: Customer,
    description: RegisterDescription,
    today: date,
) -> AccessExtract:
    lang = request.reply_language
    customer = session.scalars(
        select(Customer)
        .where(Customer.id == customer.id)
        .options(
            selectinload(Customer.addresses),
            selectinload(Customer.phones),
            selectinload(Customer.emails),
            selectinload(Customer.tags),
            selectinload(Customer.custom_values),
        )
    ).one()
    entries = list(
        session.scalars(
            select(ConsentEntry)
            .where(ConsentEntry.customer_id == customer.id)
            .order_by(ConsentEntry.id)
        )
    )
    known = ConsentKind._value2member_map_
    statuses = current_statuses(
        Decision(e.id, ConsentKind(e.kind), ConsentState(e.state), e.decided_on)
        for e in entries
        if e.kind in known
    )
    # The columns alone: hundreds of events, and no ORM object is needed for any of them.
    events = session.execute(
        select(
            ContactEvent.id,
            ContactEvent.occurred_at,
            ContactEvent.channel,
            ContactEvent.summary,
            ContactEvent.handled_by,
        )
        .where(ContactEvent.customer_id == customer.id)
        .order_by(ContactEvent.occurred_at, ContactEvent.id)
    )
    orders = session.scalars(
        select(Order).where(Order.customer_id == customer.id).order_by(Order.ordered_on, Order.id)
    )
    attachments = session.execute(  # the contents are read only when the reply is printed
        select(
            Attachment.filename,
            Attachment.mime_type,
            Attachment.size,
            Attachment.added_at,
            Attachment.id,
            Attachment.description,
        )
        .where(Attachment.customer_id == customer.id)
        .order_by(Attachment.id)
    )
    earlier = session.scalars(
        select(Request)
        .where(Request.customer_id == customer.id, Request.id != request.id)
        .options(selectinload(Request.kinds))
        .order_by(Request.received_at)
    )
    setting = session.get(Setting, CUSTOM_FIELDS.key)
    defined = CUSTOM_FIELDS.initial() if setting is None else CUSTOM_FIELDS.coerce(setting.value)
    # The custom fields by their labels, as the business named them, not their stored keys.
    labels = {item["key"]: item["label"] for item in defined}
    return AccessExtract(
        request_diary_number=diary_number(request.diary_year, request.diary_sequence),
        language=lang,
        made_on=today,
        art15=art15_information(description, lang),
        customer_number=customer.number,
        person=_person(customer, texts(lang)),
        addresses=[
            {
                "street": a.street,
                "postal_code": a.postal_code,
                "post_office": a.post_office,
                "country": a.country,
                "kind": a.kind,
                "source": a.source,
            }
            for a in customer.addresses
        ],
        phones=[{"number": p.number, "kind": p.kind, "source": p.source} for p in customer.phones],
        emails=[
            {"address": e.address, "kind": e.kind, "source": e.source} for e in customer.emails
        ],
        consents=statuses,
        consent_history=[consent_row(e) for e in entries if e.kind in known],
        contact_events=[ContactEventRow(e[0], e[1], Channel(e[2]), e[3], e[4]) for e in events],
        orders=[order_row(o) for o in orders],
        attachments=[AttachmentInfo(*row) for row in attachments],
        custom={labels.get(v.field_key, v.field_key): v.value for v in customer.custom_values},
        tags=[t.name for t in customer.tags],
        earlier_requests=[
            EarlierRequest(
                diary_number(r.diary_year, r.diary_sequence),
                tuple(RequestKind(k.kind) for k in r.kinds),
                r.received_at.date(),
                RequestStatus(r.status),
            )
            for r in earlier
        ],
        audit=audit.entries_for(session, "customer", customer.id, limit=AUDIT_LIMIT),
        retention=stored_rules(session),
        prospect=customer.status == Status.PROSPECT.value,
        disclosures=disclosures_of(session, customer.id),
        prohibitions=prohibitions_of(session, customer.id),
        statements=statements_of(session, customer.id),
    )


def _identity(context: str, text: str) -> str:
    return text


def extract_as_text(extract: AccessExtract, translate: Translate = _identity) -> str:
    """The extract as plain text for the screen: headings in the reply language, the register's
    own labels (consent kinds, channels) through `translate` (context "CustomerFields")."""
    words = texts(extract.language)

    def label(text: str) -> str:
        return translate("CustomerFields", text)

    def requests_label(text: str) -> str:
        return translate("Requests", text)

    out = [words["title_access"], f"{words['request']} {extract.request_diary_number}"]
    out.append(f"{words['made']} {format_date(extract.made_on)}")

    def section(key: str, lines: list[str]) -> None:
        out.extend(["", words[key].upper(), *(lines or [f"  ({words['none']})"])])

    if extract.is_empty:
        out.extend(["", words["no_data"]])
    else:
        section("person", [f"  {name}: {value}" for name, value in extract.person.items()])
        section(
            "addresses",
            [
                f"  {a['street']}, {a['postal_code']} {a['post_office']} {a['country']}"
                for a in extract.addresses
            ],
        )
        section("phones", [f"  {p['number']}" for p in extract.phones])
        section("emails", [f"  {e['address']}" for e in extract.emails])
        section(
            "consents",
            [
                f"  {label(CONSENT_LABELS[s.kind])}: "
                + (
                    f"{label(CONSENT_STATE_LABELS[s.state])} {format_date(s.decided_on)}"
                    if s.state
                    else words["never_asked"]
                )
                for s in extract.consents
            ],
        )
        section(
            "consent_history",
            [
                f"  {format_date(c.decided_on)} {label(CONSENT_LABELS[c.kind])}: "
                f"{label(CONSENT_STATE_LABELS[c.state])} ({c.source}) {c.evidence}".rstrip()
                for c in extract.consent_history
            ],
        )
        section(
            "contact_events",
            [
                f"  {format_date(e.occurred_at.date())} {e.occurred_at:%H.%M} "
                f"{label(CHANNEL_LABELS[e.channel])}: {e.summary}"
                for e in extract.contact_events
            ],
        )
        section(
            "orders",
            [
                f"  {format_date(o.ordered_on)} {o.description} {format_euros(o.amount_cents)} "
                f"{o.invoice_number} {words['paid'] if o.paid else words['open']}"
                for o in extract.orders
            ],
        )
        section(
            "attachments",
            [f"  {a.name} ({format_date(a.added.date())})" for a in extract.attachments],
        )
        section("custom", [f"  {key}: {value}" for key, value in extract.custom.items()])
        section("tags", [f"  {', '.join(extract.tags)}"] if extract.tags else [])
        section(
            "earlier_requests",
            [
                f"  {r.diary_number} {format_date(r.received)} "
                f"{', '.join(requests_label(KIND_LABELS[k]) for k in r.kinds)} "
                f"({requests_label(STATUS_LABELS[r.status])})"
                for r in extract.earlier_requests
            ],
        )
        section(
            "prohibitions",
            [f"  {format_date(p.decided_on)} {p.purpose}" for p in extract.prohibitions],
        )
        section(
            "statements",
            [
                f"  {format_date(s.received_on)} {field_label(s.field, extract.language)}: "
                f"{s.statement}"
                if s.field
                else f"  {format_date(s.received_on)}: {s.statement}"
                for s in extract.statements
            ],
        )
        section(
            "disclosures",
            [
                f"  {format_date(d.disclosed_on)} {d.recipient}: {d.what}"
                for d in extract.disclosures
            ],
        )
        section(
            "audit",
            # No staff names here either: this text is what the person is shown (C-579/21).
            [f"  {format_date(a.at.date())} {a.at:%H.%M}: {a.action}" for a in extract.audit],
        )
    out.extend(["", words["art15"].upper()])
    for key, text in extract.art15.items():
        out.extend(["", f"{words[key]}:", text])
    return "\n".join(out) + "\n"


class AccessUseCases(RightUseCases):
    def access_extract(
        self, request_id: int, *, person_not_found: bool = False, today: date | None = None
    ) -> AccessExtract:
        """Everything on the linked customer. With `person_not_found` an unlinked request gets
        the "no data" extract (still with the Art. 15 information)."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.write() as session:
            request = load_request(session, request_id)
            self.require_identity_checked(request)
            lang = request_language(request)
            description = current_description(session, lang)
            if request.customer_id is None and person_not_found:
                extract = AccessExtract.empty(
                    diary(request), lang, today, art15_information(description, lang)
                )
                self.event(session, request, "access_extract_made", "no data")
                self.audit(session, "access_extract_made", "request", request.id)
                return extract
            customer = linked_customer(session, request)
            extract = build_extract(session, request, customer, description, today)
            self.event(session, request, "access_extract_made")
            self.audit(session, "access_extract_made", "customer", customer.id)
            return extract

    def extract_as_text(self, extract: AccessExtract, translate: Translate | None = None) -> str:
        """The extract as text for the screen (no data is read: no role check)."""
        return extract_as_text(extract, translate or (lambda context, text: text))
