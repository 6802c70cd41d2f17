"""The portability export (GDPR Art. 20): the data the person provided, in a ZIP with data.json
(UTF-8, every value exact), CSV files (UTF-8 with BOM, semicolons: Excel in Finland opens them as
they are; a value that Excel would run as a formula gets a leading apostrophe) and a readable
summary.txt in the reply language.

"Provided by the person" follows the EDPB guidelines on portability (WP242): what they gave us
and what their own dealings with us produced. So: their identity and contact details (name,
company, language, municipality, web address, feedback), the addresses, phone numbers and email
addresses recorded from them (source customer, web form or request), the consents and
prohibitions they gave (same sources), their orders, and their contact history. Left out: our
own notes, customer level, status, tags and custom values (our assessments, not theirs), data
from other sources (imports, public registers, partners), and the personal identity code (it does
not go onto a USB stick; the access extract shows it).
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.customer_fields import Source
from desktop.core.customer_form import format_date
from desktop.core.rights_texts import texts
from desktop.core.roles import Permission
from desktop.core.spreadsheets import csv_bytes
from desktop.errors import writing_to
from desktop.services.rights.base import (
    RightUseCases,
    diary,
    linked_customer,
    load_request,
)
from desktop.store.atomic import atomic_write_bytes
from desktop.store.customer_models import ConsentEntry, ContactEvent, Customer, Order
from desktop.store.request_models import Request

PROVIDED_SOURCES = frozenset({Source.CUSTOMER.value, Source.WEB_FORM.value, Source.REQUEST.value})
FORMAT = "kirjuri-portability-1"
CUSTOMER_FIELDS = (
    "first_name",
    "last_name",
    "title",
    "organisation",
    "organisation_id",
    "language",
    "municipality",
    "web_address",
    "feedback",
)


@dataclass(frozen=True)
class PortabilityResult:
    path: Path
    sha256: str


def file_name(diary_number: str) -> str:
    """No personal data in the name: the stick may be lost."""
    return f"kirjuri-portability-{diary_number}.zip"


def collect(session: Session, customer: Customer, diary_number: str, today: date) -> dict[str, Any]:
    consents = session.scalars(
        select(ConsentEntry)
        .where(ConsentEntry.customer_id == customer.id)
        .order_by(ConsentEntry.id)
    )
    orders = session.scalars(
        select(Order).where(Order.customer_id == customer.id).order_by(Order.ordered_on, Order.id)
    )
    events = session.scalars(
        select(ContactEvent)
        .where(ContactEvent.customer_id == customer.id)
        .order_by(ContactEvent.occurred_at, ContactEvent.id)
    )
    return {
        "format": FORMAT,
        "request": diary_number,
        "made_on": today.isoformat(),
        "customer": {
            "customer_number": customer.number,
            **{name: getattr(customer, name) for name in CUSTOMER_FIELDS},
        },
        "addresses": [
            {
                "kind": a.kind,
                "street": a.street,
                "postal_code": a.postal_code,
                "post_office": a.post_office,
                "country": a.country,
            }
            for a in customer.addresses
            if a.source in PROVIDED_SOURCES
        ],
        "phones": [
            {"kind": p.kind, "number": p.number}
            for p in customer.phones
            if p.source in PROVIDED_SOURCES
        ],
        "emails": [
            {"kind": e.kind, "address": e.address}
            for e in customer.emails
            if e.source in PROVIDED_SOURCES
        ],
        "consents": [
            {"kind": c.kind, "state": c.state, "decided_on": c.decided_on.isoformat()}
            for c in consents
            if c.source in PROVIDED_SOURCES
        ],
        "orders": [
            {
                "ordered_on": o.ordered_on.isoformat(),
                "description": o.description,
                "amount_eur": f"{o.amount_cents / 100:.2f}",
                "invoice_number": o.invoice_number,
                "paid": o.paid,
            }
            for o in orders
        ],
        "contact_history": [
            {
                "occurred_at": e.occurred_at.isoformat(timespec="minutes"),
                "channel": e.channel,
                "summary": e.summary,
            }
            for e in events
        ],
    }


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    """Formula-leading values get an apostrophe (OWASP); data.json keeps every value exact."""
    return csv_bytes([header, *rows])


def _table(items: list[dict[str, Any]], header: list[str]) -> bytes:
    return _csv(header, [[item[name] for name in header] for item in items])


def csv_files(data: dict[str, Any]) -> dict[str, bytes]:
    customer = data["customer"]
    contacts = [
        [
            "address",
            a["kind"],
            f"{a['street']}, {a['postal_code']} {a['post_office']}, {a['country']}",
        ]
        for a in data["addresses"]
    ]
    contacts += [["phone", p["kind"], p["number"]] for p in data["phones"]]
    contacts += [["email", e["kind"], e["address"]] for e in data["emails"]]
    return {
        "customer.csv": _csv(list(customer), [list(customer.values())]),
        "contacts.csv": _csv(["type", "kind", "value"], contacts),
        "orders.csv": _table(
            data["orders"], ["ordered_on", "description", "amount_eur", "invoice_number", "paid"]
        ),
        "consents.csv": _table(data["consents"], ["kind", "state", "decided_on"]),
        "contact_history.csv": _table(
            data["contact_history"], ["occurred_at", "channel", "summary"]
        ),
    }


def summary(data: dict[str, Any], lang: str, names: list[str]) -> str:
    words = texts(lang)
    customer = data["customer"]
    name = " ".join(p for p in (customer["first_name"], customer["last_name"]) if p)
    counts = (
        ("addresses", len(data["addresses"])),
        ("phones", len(data["phones"])),
        ("emails", len(data["emails"])),
        ("consent_history", len(data["consents"])),
        ("orders", len(data["orders"])),
        ("contact_events", len(data["contact_history"])),
    )
    lines = [
        words["title_portability"],
        f"{words['request']} {data['request']}",
        f"{words['made']} {format_date(date.fromisoformat(data['made_on']))}",
        "",
        name or customer["organisation"],
        f"{words['customer_number']}: {customer['customer_number']}",
        "",
        words["summary_intro"],
        "",
        *(f"{words[key]}: {count}" for key, count in counts),
        "",
        f"{words['files']}:",
        *(f"  {n}" for n in names),
    ]
    return "\r\n".join(lines) + "\r\n"


def build_zip(data: dict[str, Any], lang: str, now: datetime) -> bytes:
    files = {"data.json": json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")}
    files |= csv_files(data)
    files["summary.txt"] = ("\ufeff" + summary(data, lang, [*files, "summary.txt"])).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=now.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def request_language(request: Request) -> str:
    return request.reply_language if request.reply_language in ("fi", "sv", "en") else "fi"


class PortabilityUseCases(RightUseCases):
    def portability_export(self, request_id: int, target_dir: Path) -> PortabilityResult:
        """The ZIP goes to `target_dir` (a USB stick) under a temporary name and is renamed only
        when it is whole and synced; its SHA-256 is stored on the request for the cover letter."""
        self.current.require(Permission.HANDLE_REQUESTS)
        target_dir = Path(target_dir)
        now = datetime.now()
        with self.register.write() as session:
            request = load_request(session, request_id)
            self.require_identity_checked(request)
            customer = linked_customer(session, request)
            data = collect(session, customer, diary(request), now.date())
            content = build_zip(data, request_language(request), now)
            sha256 = hashlib.sha256(content).hexdigest()
            path = target_dir / file_name(diary(request))
            with writing_to(target_dir):
                if not target_dir.is_dir():
                    raise FileNotFoundError(errno.ENOENT, "no such folder", str(target_dir))
                # Inside the transaction: no file unrecorded; a killed write is swept later.
                atomic_write_bytes(path, content, partial=self.register.partial_files)
            request.portability_sha256 = sha256
            request.portability_file = path.name
            request.updated_at = now
            self.event(session, request, "portability_exported", sha256)
            self.audit(
                session,
                "portability_exported",
                "customer",
                customer.id,
                [key for key in data if isinstance(data[key], (list, dict))],
            )
            return PortabilityResult(path, sha256)
