"""Objection (GDPR Art. 21(1)), a direct-marketing ban (21(2)-(3)) and consent withdrawal
(7(3)) through a request: each kind of processing gets a dated prohibition or withdrawal with
the request as its source."""

from __future__ import annotations

from desktop.core.consents import MARKETING_KINDS
from desktop.core.customer_fields import ConsentKind, ConsentState, Source
from desktop.core.roles import Permission
from desktop.errors import ValidationError
from desktop.services.customers.consents import ConsentRow, consent_row, record_entry
from desktop.services.rights.base import (
    NEEDS_KINDS,
    RightUseCases,
    evidence,
    linked_customer,
    load_request,
)

# Art. 21(2)-(3): an objection to direct marketing is absolute, and covers every channel, the
# profiling behind it and disclosure to partners for their marketing.
MARKETING_BAN_KINDS = tuple(kind for kind in ConsentKind if kind in MARKETING_KINDS)


class ObjectionUseCases(RightUseCases):
    def record_consents(
        self, request_id: int, kinds: tuple[ConsentKind, ...], state: ConsentState, action: str
    ) -> list[ConsentRow]:
        self.current.require(Permission.HANDLE_REQUESTS)
        kinds = tuple(dict.fromkeys(ConsentKind(kind) for kind in kinds))
        if not kinds:
            raise ValidationError({"kinds": NEEDS_KINDS})
        with self.register.write() as session:
            request = load_request(session, request_id)
            self.require_identity_checked(request)
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
            self.event(session, request, action, ", ".join(kind.value for kind in kinds))
            return [consent_row(entry) for entry in entries]

    def object_to_processing(
        self, request_id: int, kinds: tuple[ConsentKind, ...]
    ) -> list[ConsentRow]:
        """Art. 21(1): a prohibition (REFUSED) of each kind, dated the day the request came."""
        return self.record_consents(request_id, kinds, ConsentState.REFUSED, "objection_recorded")

    def ban_direct_marketing(self, request_id: int) -> list[ConsentRow]:
        """Art. 21(2)-(3): absolute, on every marketing channel, profiling, the newsletter and
        disclosure to partners; the contacts are remembered as suppression hashes."""
        return self.record_consents(
            request_id, MARKETING_BAN_KINDS, ConsentState.REFUSED, "marketing_banned"
        )

    def withdraw_consent(self, request_id: int, kinds: tuple[ConsentKind, ...]) -> list[ConsentRow]:
        """Art. 7(3): WITHDRAWN for each kind; what was done before stays lawful."""
        return self.record_consents(request_id, kinds, ConsentState.WITHDRAWN, "consent_withdrawn")
