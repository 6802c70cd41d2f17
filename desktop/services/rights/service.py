"""Handling each right through its request: a real effect on the data, in one transaction,
audited (field names only) and written to the request's own event list.

One module per right holds its use cases: access (Art. 15), rectification (16), erasure (17),
restriction (18), portability (20), objection and bans (21, 7(3)); RightsService puts them
together for the window, with closing the request. Disclosing or destroying data (access,
portability, erasure, rectification) needs the identity check recorded first
(RequestService.record_identity_check): the request log says how.
"""

from __future__ import annotations

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from desktop.core.requests import RequestStatus
from desktop.core.roles import Permission
from desktop.services.requests.log import (
    RequestRow,
    apply_move,
    to_row,
)
from desktop.services.rights.access import AccessUseCases
from desktop.services.rights.base import (
    load_request,
)
from desktop.services.rights.decisions import DecisionUseCases
from desktop.services.rights.erasure import ErasureUseCases
from desktop.services.rights.objection import ObjectionUseCases
from desktop.services.rights.portability import PortabilityUseCases
from desktop.services.rights.rectification import RectificationUseCases
from desktop.services.rights.restriction import RestrictionUseCases
from desktop.services.rights.statements import StatementUseCases
from desktop.store.request_models import Request, RequestAttachment, RequestEvent


class RightsService(
    AccessUseCases,
    RectificationUseCases,
    ErasureUseCases,
    RestrictionUseCases,
    PortabilityUseCases,
    ObjectionUseCases,
    DecisionUseCases,
    StatementUseCases,
):
    def close(self, request_id: int) -> RequestRow:
        """Close an answered or refused request. An ID copy attached anyway is deleted now;
        after an erasure the reply address goes too (the reply has been sent)."""
        self.current.require(Permission.HANDLE_REQUESTS)
        with self.register.write() as session:
            request = load_request(session, request_id)
            return self._close(session, request)

    def close_after_reply(self, request_id: int, note: str = "") -> RequestRow:
        """The final reply has been sent: the request is answered (unless it already is, or was
        refused) and closed, in one step and one transaction."""
        self.current.require(Permission.HANDLE_REQUESTS)
        with self.register.write() as session:
            request = load_request(session, request_id)
            status = RequestStatus(request.status)
            if status not in (RequestStatus.ANSWERED, RequestStatus.REFUSED):
                apply_move(session, self.current, request, RequestStatus.ANSWERED, note)
            return self._close(session, request)

    def _close(self, session: Session, request: Request) -> RequestRow:
        apply_move(session, self.current, request, RequestStatus.CLOSED)
        deleted = session.execute(
            delete(RequestAttachment).where(
                RequestAttachment.request_id == request.id,
                RequestAttachment.is_identity_document.is_(True),
            )
        )
        assert isinstance(deleted, CursorResult)  # a DELETE; Session.execute types it Result
        copies = deleted.rowcount
        fields = []
        if copies:
            self.event(session, request, "identity_copy_deleted", str(copies))
            fields.append("identity_document")
        erased = session.scalar(
            select(RequestEvent.id).where(
                RequestEvent.request_id == request.id, RequestEvent.action == "erased"
            )
        )
        if erased is not None and request.requester_address:
            request.requester_address = ""
            self.event(session, request, "reply_address_removed")
            fields.append("requester_address")
        if fields:
            self.audit(session, "request_closed_cleanup", "request", request.id, fields)
        return to_row(request, None)
