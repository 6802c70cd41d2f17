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

A stick in the post can be lost, so the package can be encrypted: an AES-256 ZIP (WinZip's AE-2
format, pyzipper). A ZIP because the person knows the name and 7-Zip, WinZip, WinRAR and PeaZip
all open it; AES because the ZIP's old built-in encryption (the only kind Windows' own file
manager opens) is broken by known-plaintext attacks, and our CSV headers are known text. The
cover letter says so and names the free 7-Zip. The password is made here, shown to the user
once and never stored (Art. 32): it goes to the person by a separate letter or by telephone.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import secrets
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import pyzipper
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
PORTABILITY_ENCRYPTED = "portability_encrypted"  # the request event; its note: PasswordDelivery
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


# Capitals and digits without the look-alikes (0/O, 1/I/L) so it can be read out on the phone:
# 20 characters of 31 give about 99 bits.
PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
PASSWORD_GROUPS, PASSWORD_GROUP = 4, 5


class PasswordDelivery(StrEnum):
    """How the password of an encrypted package reaches the person: never with the stick."""

    LETTER = "letter"
    PHONE = "phone"


@dataclass(frozen=True)
class PortabilityResult:
    path: Path
    sha256: str
    password: str = ""  # shown once; empty when the package is not encrypted


def new_password() -> str:
    return "-".join(
        "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_GROUP))
        for _ in range(PASSWORD_GROUPS)
    )


# The ZIP is named in the reply's language, as its cover letter names it.
FILE_NAMES = {
    "fi": "tietojen-siirto-{diary}.zip",
    "sv": "dataportabilitet-{diary}.zip",
    "en": "data-portability-{diary}.zip",
}


def file_name(diary_number: str, language: str = "fi") -> str:
    """No personal data in the name: the stick may be lost."""
    return FILE_NAMES.get(language, FILE_NAMES["fi"]).format(diary=diary_number)


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


def build_zip(data: dict[str, Any], lang: str, now: datetime, password: str = "") -> bytes:
    """The package; AES-256 encrypted with `password` when one is given."""
    files = {"data.json": json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")}
    files |= csv_files(data)
    files["summary.txt"] = ("\ufeff" + summary(data, lang, [*files, "summary.txt"])).encode("utf-8")
    buffer = io.BytesIO()
    archive: zipfile.ZipFile
    info_type: Any = zipfile.ZipInfo
    if password:
        aes = pyzipper.AESZipFile(
            buffer, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        )
        aes.setpassword(password.encode("utf-8"))
        aes.setencryption(pyzipper.WZ_AES, nbits=256)
        archive, info_type = aes, aes.zipinfo_cls  # pyzipper's own copy of zipfile's ZipInfo
    else:
        archive = zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED)
    with archive:
        for name, content in files.items():
            info = info_type(name, date_time=now.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def request_language(request: Request) -> str:
    return request.reply_language if request.reply_language in ("fi", "sv", "en") else "fi"


class PortabilityUseCases(RightUseCases):
    def portability_export(
        self, request_id: int, target_dir: Path, *, password_by: PasswordDelivery | None = None
    ) -> PortabilityResult:
        """The ZIP goes to `target_dir` (a USB stick) under a temporary name and is renamed only
        when it is whole and synced; its SHA-256 is stored on the request for the cover letter.
        With `password_by` it is encrypted with a new password, returned once and never stored;
        the request's log records that it was encrypted and how the password goes."""
        self.current.require(Permission.HANDLE_REQUESTS)
        target_dir = Path(target_dir)
        now = datetime.now()
        with self.register.write() as session:
            request = load_request(session, request_id)
            self.require_identity_checked(request)
            customer = linked_customer(session, request)
            data = collect(session, customer, diary(request), now.date())
            password = new_password() if password_by is not None else ""
            content = build_zip(data, request_language(request), now, password)
            sha256 = hashlib.sha256(content).hexdigest()
            path = target_dir / file_name(diary(request), request_language(request))
            with writing_to(target_dir):
                if not target_dir.is_dir():
                    raise FileNotFoundError(errno.ENOENT, "no such folder", str(target_dir))
                # Inside the transaction: no file unrecorded; a killed write is swept later.
                atomic_write_bytes(path, content, partial=self.register.partial_files)
            request.portability_sha256 = sha256
            request.portability_file = path.name
            request.updated_at = now
            self.event(session, request, "portability_exported", sha256)
            if password_by is not None:  # after the export's event: the letter reads the order
                self.event(session, request, PORTABILITY_ENCRYPTED, password_by.value)
            self.audit(
                session,
                "portability_exported",
                "customer",
                customer.id,
                [key for key in data if isinstance(data[key], (list, dict))],
            )
            return PortabilityResult(path, sha256, password)
