"""Handling each right through its request: a real effect on the data, in one transaction,
audited (field names only) and written to the request's own event list.

The work is in rights_access (Art. 15), rights_erasure (Art. 17), rights_portability (Art. 20)
and rights_other (Art. 16); this class checks the role, opens the transaction and logs.
Disclosing or destroying data (access, portability, erasure, rectification) needs the identity
check recorded first (RequestService.record_identity_check): the request log says how.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.consents import MARKETING_KINDS
from desktop.core.customer_fields import ConsentKind, ConsentState, Source
from desktop.core.customer_form import check_customer
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import RequestKind, RequestStatus
from desktop.core.roles import Permission
from desktop.core.settings import IDENTITY_CODE_ENABLED
from desktop.errors import DiskFull, ReadOnlyLocation, Translate, UserError, ValidationError
from desktop.services import rights_erasure, rights_portability
from desktop.services.consents import ConsentRow, record_entry
from desktop.services.consents import _row as consent_row
from desktop.services.current_user import CurrentUser
from desktop.services.customers import (
    CustomerDetail,
    IdentityCodesOff,
    apply_form,
    lift,
    refresh_search_text,
    restrict,
    to_detail,
)
from desktop.services.register_description import current_description
from desktop.services.requests import (
    NEEDS_A_REASON,
    RequestRow,
    add_event,
    apply_move,
    to_row,
)
from desktop.services.rights_access import AccessExtract, art15_information, build_extract
from desktop.services.rights_access import extract_as_text as _extract_as_text
from desktop.services.rights_base import (
    NEEDS_KINDS,
    ExportNotWritten,
    LegalHoldBlocksErasure,
    diary,
    evidence,
    linked_customer,
    load_request,
)
from desktop.services.rights_erasure import ErasurePreview, ErasureResult, erasure_summary
from desktop.services.rights_other import RectificationRow, changed_form, value_of
from desktop.services.rights_other import to_row as rectification_row
from desktop.services.rights_portability import PortabilityResult
from desktop.services.settings import read_setting
from desktop.store import audit
from desktop.store.atomic import atomic_write_bytes
from desktop.store.customer_models import Customer
from desktop.store.register import Register
from desktop.store.request_models import Rectification, Request, RequestAttachment, RequestEvent

# Art. 21(2)-(3): an objection to direct marketing is absolute, and covers every channel, the
# profiling behind it and disclosure to partners for their marketing.
MARKETING_BAN_KINDS = tuple(kind for kind in ConsentKind if kind in MARKETING_KINDS)


class IdentityNotChecked(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Check the requester's identity and record how it was checked before disclosing, "
        "changing or erasing data.",
    )


class NotAnErasureRequest(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This request does not ask for erasure, so nothing was erased."
    )


@contextlib.contextmanager
def _writing(folder: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation(path=str(folder)) from exc
        raise ExportNotWritten(path=str(folder)) from exc


class RightsService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    # --- shared --------------------------------------------------------------------------------
    def _event(self, session: Session, request: Request, action: str, note: str = "") -> None:
        add_event(session, request, self.current.username, action, note)

    def _audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: object,
        fields: Iterable[str] = (),
    ) -> None:
        audit.append(
            session, self.current.actor, action, entity=entity, entity_id=entity_id, fields=fields
        )

    @staticmethod
    def _identity_checked(request: Request) -> None:
        if not request.identity_method:
            raise IdentityNotChecked()

    # --- Art. 15 -------------------------------------------------------------------------------
    def access_extract(
        self, request_id: int, *, person_not_found: bool = False, today: date | None = None
    ) -> AccessExtract:
        """Everything on the linked customer. With `person_not_found` an unlinked request gets
        the "no data" extract (still with the Art. 15 information)."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.write() as session:
            request = load_request(session, request_id)
            self._identity_checked(request)
            lang = rights_portability.request_language(request)
            description = current_description(session, lang)
            if request.customer_id is None and person_not_found:
                extract = AccessExtract.empty(
                    diary(request), lang, today, art15_information(description, lang)
                )
                self._event(session, request, "access_extract_made", "no data")
                self._audit(session, "access_extract_made", "request", request.id)
                return extract
            customer = linked_customer(session, request)
            extract = build_extract(session, request, customer, description, today)
            self._event(session, request, "access_extract_made")
            self._audit(session, "access_extract_made", "customer", customer.id)
            return extract

    def extract_as_text(self, extract: AccessExtract, translate: Translate | None = None) -> str:
        """The extract as text for the screen (no data is read: no role check)."""
        return _extract_as_text(extract, translate or (lambda context, text: text))

    # --- Art. 16 -------------------------------------------------------------------------------
    def rectify(self, request_id: int, changes: dict[str, str]) -> list[RectificationRow]:
        """Make the changes as the customer editor would; one Rectification row per changed
        field, with its old and new value (in stored form)."""
        self.current.require(Permission.HANDLE_REQUESTS)
        codes_on = "identity_code" in changes and bool(
            read_setting(self.register, IDENTITY_CODE_ENABLED)
        )
        with self.register.write() as session:
            request = load_request(session, request_id)
            self._identity_checked(request)
            customer = linked_customer(session, request)
            before = to_detail(customer).form
            checked = check_customer(changed_form(before, changes))
            code = checked.form.identity_code
            if code and code != customer.identity_code and not codes_on:
                raise IdentityCodesOff()
            changed = apply_form(customer, checked)
            now = datetime.now()
            rows = []
            for key in changes:
                old, new = value_of(before, key), value_of(checked.form, key)
                if old != new:
                    row = Rectification(
                        request_id=request.id, field=key, old_value=old, new_value=new, at=now
                    )
                    session.add(row)
                    rows.append(row)
            if changed:
                customer.updated_at = now
                refresh_search_text(customer)
            session.flush()
            self._event(session, request, "rectified", ", ".join(r.field for r in rows))
            self._audit(session, "customer_rectified", "customer", customer.id, changed)
            return [rectification_row(row) for row in rows]

    def refuse_rectification(
        self, request_id: int, field: str, requested_value: str, reason: str
    ) -> RectificationRow:
        self.current.require(Permission.HANDLE_REQUESTS)
        if not reason.strip():
            raise ValidationError({"reason": NEEDS_A_REASON})
        with self.register.write() as session:
            request = load_request(session, request_id)
            customer = session.get(Customer, request.customer_id) if request.customer_id else None
            old = ""
            if customer is not None:
                with contextlib.suppress(ValidationError):
                    old = value_of(to_detail(customer).form, field)
            row = Rectification(
                request_id=request.id,
                field=field[:60],
                old_value=old,
                new_value=requested_value,
                done=False,
                refusal_reason=reason.strip(),
                at=datetime.now(),
            )
            session.add(row)
            session.flush()
            self._event(session, request, "rectification_refused", field)
            self._audit(session, "rectification_refused", "request", request.id, (field,))
            return rectification_row(row)

    def rectifications(self, request_id: int) -> builtins.list[RectificationRow]:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            load_request(session, request_id)
            rows = session.scalars(
                select(Rectification)
                .where(Rectification.request_id == request_id)
                .order_by(Rectification.id)
            )
            return [rectification_row(row) for row in rows]

    # --- Art. 17 -------------------------------------------------------------------------------
    def erasure_preview(self, request_id: int, *, today: date | None = None) -> ErasurePreview:
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            customer = linked_customer(session, request)
            description = current_description(session, rights_portability.request_language(request))
            return rights_erasure.preview(session, customer, description, today or date.today())

    def erase(self, request_id: int, *, today: date | None = None) -> ErasureResult:
        """Delete, or anonymise when records must stay (see rights_erasure), in one transaction."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        with self.register.write() as session:
            request = load_request(session, request_id)
            if RequestKind.ERASURE.value not in {k.kind for k in request.kinds}:
                raise NotAnErasureRequest()
            self._identity_checked(request)
            customer = linked_customer(session, request)
            description = current_description(session, rights_portability.request_language(request))
            plan = rights_erasure.preview(session, customer, description, today)
            if plan.blocked_by_legal_hold:
                raise LegalHoldBlocksErasure()
            customer_id = customer.id
            rights_erasure.keep_request_proof(session, request, customer)
            hashes = rights_erasure.erase_customer(session, customer, plan, today)
            request.erasure_summary = erasure_summary(plan, today)  # for the reply letter
            counts = " ".join(f"{key}={count}" for key, count in plan.deleted.items())
            self._event(session, request, "erased", f"{counts} kept={len(plan.kept) - 1}")
            action = "customer_anonymised" if plan.anonymise else "customer_erased"
            self._audit(session, action, "customer", customer_id, plan.deleted)
            return ErasureResult(
                anonymised=plan.anonymise,
                deleted=plan.deleted,
                kept=plan.kept,
                recipients=plan.recipients,
                partner_disclosure_granted=plan.partner_disclosure_granted,
                suppression_hashes=hashes,
            )

    # --- Art. 18 -------------------------------------------------------------------------------
    def restriction_state(self, request_id: int) -> bool | None:
        """Whether the requester's processing is restricted now; None if no customer is linked.
        A flag, not personal data: reading it is not recorded as viewing the customer."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            if request.customer_id is None:
                return None
            customer = session.get(Customer, request.customer_id)
            return None if customer is None else bool(customer.restricted)

    def restrict(self, request_id: int, reason: str) -> CustomerDetail:
        self.current.require(Permission.HANDLE_REQUESTS)
        if not reason.strip():
            raise ValidationError({"reason": NEEDS_A_REASON})
        with self.register.write() as session:
            request = load_request(session, request_id)
            customer = linked_customer(session, request)
            restrict(session, self.current, customer, reason)
            self._event(session, request, "restricted", reason.strip())
            return to_detail(customer)

    def lift_restriction(self, request_id: int) -> CustomerDetail:
        self.current.require(Permission.HANDLE_REQUESTS)
        with self.register.write() as session:
            request = load_request(session, request_id)
            customer = linked_customer(session, request)
            lift(session, self.current, customer)
            self._event(session, request, "restriction_lifted")
            return to_detail(customer)

    # --- Art. 20 -------------------------------------------------------------------------------
    def portability_export(self, request_id: int, target_dir: Path) -> PortabilityResult:
        """The ZIP goes to `target_dir` (a USB stick) under a temporary name and is renamed only
        when it is whole and synced; its SHA-256 is stored on the request for the cover letter."""
        self.current.require(Permission.HANDLE_REQUESTS)
        target_dir = Path(target_dir)
        now = datetime.now()
        with self.register.write() as session:
            request = load_request(session, request_id)
            self._identity_checked(request)
            customer = linked_customer(session, request)
            data = rights_portability.collect(session, customer, diary(request), now.date())
            content = rights_portability.build_zip(
                data, rights_portability.request_language(request), now
            )
            sha256 = hashlib.sha256(content).hexdigest()
            path = target_dir / rights_portability.file_name(diary(request))
            with _writing(target_dir):
                if not target_dir.is_dir():
                    raise FileNotFoundError(errno.ENOENT, "no such folder", str(target_dir))
                atomic_write_bytes(path, content)  # inside the transaction: no file unrecorded
            request.portability_sha256 = sha256
            request.portability_file = path.name
            request.updated_at = now
            self._event(session, request, "portability_exported", sha256)
            self._audit(
                session,
                "portability_exported",
                "customer",
                customer.id,
                [key for key in data if isinstance(data[key], (list, dict))],
            )
            return PortabilityResult(path, sha256)

    # --- Art. 21 and 7(3) ----------------------------------------------------------------------
    def _record(
        self, request_id: int, kinds: tuple[ConsentKind, ...], state: ConsentState, action: str
    ) -> builtins.list[ConsentRow]:
        self.current.require(Permission.HANDLE_REQUESTS)
        kinds = tuple(dict.fromkeys(ConsentKind(kind) for kind in kinds))
        if not kinds:
            raise ValidationError({"kinds": NEEDS_KINDS})
        with self.register.write() as session:
            request = load_request(session, request_id)
            customer = linked_customer(session, request)
            entries = [
                record_entry(
                    session,
                    self.current,
                    customer,
                    kind,
                    state,
                    decided_on=request.received_at.date(),
                    source=Source.REQUEST.value,
                    evidence=evidence(request),
                )
                for kind in kinds
            ]
            self._event(session, request, action, ", ".join(kind.value for kind in kinds))
            return [consent_row(entry) for entry in entries]

    def object_to_processing(
        self, request_id: int, kinds: tuple[ConsentKind, ...]
    ) -> builtins.list[ConsentRow]:
        """Art. 21(1): a prohibition (REFUSED) of each kind, dated the day the request came."""
        return self._record(request_id, kinds, ConsentState.REFUSED, "objection_recorded")

    def ban_direct_marketing(self, request_id: int) -> builtins.list[ConsentRow]:
        """Art. 21(2)-(3): absolute, on every marketing channel, profiling, the newsletter and
        disclosure to partners; the contacts are remembered as suppression hashes."""
        return self._record(
            request_id, MARKETING_BAN_KINDS, ConsentState.REFUSED, "marketing_banned"
        )

    def withdraw_consent(
        self, request_id: int, kinds: tuple[ConsentKind, ...]
    ) -> builtins.list[ConsentRow]:
        """Art. 7(3): WITHDRAWN for each kind; what was done before stays lawful."""
        return self._record(request_id, kinds, ConsentState.WITHDRAWN, "consent_withdrawn")

    # --- closing -------------------------------------------------------------------------------
    def close(self, request_id: int) -> RequestRow:
        """Close an answered or refused request. An ID copy attached anyway is deleted now;
        after an erasure the reply address goes too (the reply has been sent)."""
        self.current.require(Permission.HANDLE_REQUESTS)
        with self.register.write() as session:
            request = load_request(session, request_id)
            apply_move(session, self.current, request, RequestStatus.CLOSED)
            copies = session.execute(
                delete(RequestAttachment).where(
                    RequestAttachment.request_id == request.id,
                    RequestAttachment.is_identity_document.is_(True),
                )
            ).rowcount  # type: ignore[attr-defined]
            fields = []
            if copies:
                self._event(session, request, "identity_copy_deleted", str(copies))
                fields.append("identity_document")
            erased = session.scalar(
                select(RequestEvent.id).where(
                    RequestEvent.request_id == request.id, RequestEvent.action == "erased"
                )
            )
            if erased is not None and request.requester_address:
                request.requester_address = ""
                self._event(session, request, "reply_address_removed")
                fields.append("requester_address")
            if fields:
                self._audit(session, "request_closed_cleanup", "request", request.id, fields)
            return to_row(request, None)
