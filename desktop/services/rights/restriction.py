"""Restriction of processing (GDPR Art. 18) through a request: the customer is marked
restricted (kept, not used) with the reason, and the mark is lifted again."""

from __future__ import annotations

from desktop.core.roles import Permission
from desktop.errors import ValidationError
from desktop.services.customers.records import (
    CustomerDetail,
    lift,
    restrict,
    to_detail,
)
from desktop.services.requests.log import (
    NEEDS_A_REASON,
)
from desktop.services.rights.base import (
    RightUseCases,
    linked_customer,
    load_request,
)
from desktop.store.customer_models import Customer


class RestrictionUseCases(RightUseCases):
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
            self.event(session, request, "restricted", reason.strip())
            return to_detail(customer)

    def lift_restriction(self, request_id: int) -> CustomerDetail:
        self.current.require(Permission.HANDLE_REQUESTS)
        with self.register.write() as session:
            request = load_request(session, request_id)
            customer = linked_customer(session, request)
            lift(session, self.current, customer)
            self.event(session, request, "restriction_lifted")
            return to_detail(customer)
