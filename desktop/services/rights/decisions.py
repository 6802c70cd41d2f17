"""Recording the decision on each right asked in a request (desktop.core.decisions).

One transaction: the decision row with its ground and reasons, what it does to the data, the
request's status once every right asked has its decision, the request's own event list and the
audit log. The deadline of Art. 12(4) is enforced here: a refusal goes out within one month of
receipt, also after an extension, or the delay is explained and recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.customer_fields import ConsentState, Source
from desktop.core.customer_form import format_date
from desktop.core.deadlines import refusal_due
from desktop.core.decisions import Decision, Effect, Ground, Rule, rule_for
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letters import LetterKind
from desktop.core.requests import OPEN_STATUSES, IdentityMethod, RequestKind, RequestStatus
from desktop.core.roles import Permission
from desktop.errors import UserError, ValidationError
from desktop.services.customers.consents import record_entry
from desktop.services.requests.log import RequestRow, apply_move, to_row
from desktop.services.rights.base import RightUseCases, diary, evidence, load_request
from desktop.services.rights.objection import MARKETING_BAN_KINDS
from desktop.store.customer_models import ConsentEntry, Customer, ProcessingProhibition
from desktop.store.request_models import Request, RequestDecision

NEEDS_REASONS = QT_TRANSLATE_NOOP(
    "Validation",
    "Write the reasons: a decision that does not give all that was asked must state them "
    "(Art. 12(4)).",
)
NEEDS_A_PURPOSE = QT_TRANSLATE_NOOP(
    "Validation", "Name the purpose of the processing that continues (Art. 21(1))."
)
NEEDS_OVERRIDE_REASON = QT_TRANSLATE_NOOP(
    "Validation", "Write why the request is handled without a checked identity."
)


class DecisionNotAllowed(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The law does not allow this decision on this ground for this right."
    )


class RightNotAsked(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "This right was not asked in the request.")


class RefusalLate(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A refusal had to be sent by {due}: within one month of receipt, also when the time was "
        "extended (Art. 12(4)). Write why it is late; the reason is recorded with the decision.",
    )


class NotErasedYet(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing has been erased through this request yet. Carry out the erasure first, then "
        "record the decision.",
    )


@dataclass(frozen=True)
class DecisionRow:
    id: int
    kind: RequestKind
    decision: Decision
    ground: Ground
    reasons: str
    purpose: str
    decided_on: date
    decided_by: str
    status: RequestStatus
    letter: LetterKind
    remedies: bool


def _rule(row: RequestDecision) -> Rule:
    rule = rule_for(RequestKind(row.kind), Decision(row.decision), Ground(row.ground))
    if rule is None:  # a row the table no longer has: the stored decision is not silently lost
        raise DecisionNotAllowed()
    return rule


def decision_row(row: RequestDecision) -> DecisionRow:
    rule = _rule(row)
    return DecisionRow(
        row.id,
        rule.right,
        rule.decision,
        rule.ground,
        row.reasons,
        row.purpose,
        row.decided_on,
        row.decided_by,
        rule.status,
        rule.letter,
        rule.remedies,
    )


def latest_decisions(session: Session, request: Request) -> dict[RequestKind, RequestDecision]:
    """The decision in force for each right: the latest recorded."""
    rows = session.scalars(
        select(RequestDecision)
        .where(RequestDecision.request_id == request.id)
        .order_by(RequestDecision.id)
    )
    return {RequestKind(row.kind): row for row in rows}


def decision_for_letter(
    session: Session, request: Request, letter: LetterKind
) -> RequestDecision | None:
    """The latest decision whose rule drafts this letter kind, if any."""
    found = [
        row for row in latest_decisions(session, request).values() if _rule(row).letter is letter
    ]
    return max(found, key=lambda row: row.id) if found else None


def _ban_marketing(
    session: Session, use_cases: RightUseCases, request: Request, customer: Customer
) -> None:
    already = set(
        session.scalars(
            select(ConsentEntry.kind).where(
                ConsentEntry.customer_id == customer.id,
                ConsentEntry.evidence == evidence(request),
                ConsentEntry.state == ConsentState.REFUSED.value,
            )
        )
    )
    missing = [kind for kind in MARKETING_BAN_KINDS if kind.value not in already]
    for kind in missing:
        record_entry(
            session,
            use_cases.current,
            customer,
            kind,
            ConsentState.REFUSED,
            decided_on=request.received_at.date(),
            source=Source.REQUEST.value,
            evidence=evidence(request),
        )
    if missing:
        use_cases.event(session, request, "marketing_banned", ", ".join(k.value for k in missing))


class DecisionUseCases(RightUseCases):
    def record_decision(
        self,
        request_id: int,
        kind: RequestKind,
        decision: Decision,
        ground: Ground = Ground.NONE,
        *,
        reasons: str = "",
        purpose: str = "",
        late_reason: str = "",
        today: date | None = None,
    ) -> DecisionRow:
        """The decision on one right asked in the request."""
        rows = self._record(
            request_id, (kind,), decision, ground, reasons, purpose, late_reason, today
        )
        return rows[0]

    def refuse_request(
        self,
        request_id: int,
        ground: Ground,
        *,
        reasons: str,
        late_reason: str = "",
        today: date | None = None,
    ) -> list[DecisionRow]:
        """The whole request refused on a ground every right shares (12(5), 11(2)/12(6)):
        the same decision recorded on each right asked, in one transaction."""
        with self.register.read() as session:
            kinds = tuple(RequestKind(k.kind) for k in load_request(session, request_id).kinds)
        return self._record(
            request_id, kinds, Decision.REFUSED, ground, reasons, "", late_reason, today
        )

    def _record(
        self,
        request_id: int,
        kinds: tuple[RequestKind, ...],
        decision: Decision,
        ground: Ground,
        reasons: str,
        purpose: str,
        late_reason: str,
        today: date | None,
    ) -> list[DecisionRow]:
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        rules = [rule_for(kind, decision, ground) for kind in kinds]
        if not rules or any(rule is None for rule in rules):
            raise DecisionNotAllowed()
        checked = [rule for rule in rules if rule is not None]
        problems = {}
        if any(rule.remedies for rule in checked) and not reasons.strip():
            problems["reasons"] = NEEDS_REASONS
        if decision is Decision.CONTINUED and not purpose.strip():
            problems["purpose"] = NEEDS_A_PURPOSE
        if problems:
            raise ValidationError(problems)
        with self.register.write() as session:
            request = load_request(session, request_id)
            due = refusal_due(request.received_at.date())
            late = today > due
            rows = []
            for rule in checked:
                if rule.right.value not in {row.kind for row in request.kinds}:
                    raise RightNotAsked()
                if rule.effect is not Effect.NONE:
                    self.require_identity_checked(request)
                if rule.status is RequestStatus.REFUSED and late and not late_reason.strip():
                    raise RefusalLate(due=format_date(due))
                self._carry_out(session, request, rule, purpose.strip())
                row = RequestDecision(
                    request_id=request.id,
                    kind=rule.right.value,
                    decision=decision.value,
                    ground=ground.value,
                    reasons=reasons.strip(),
                    purpose=purpose.strip(),
                    decided_on=today,
                    decided_by=self.current.username,
                )
                session.add(row)
                session.flush()
                rows.append(row)
                note = f"{rule.right} {decision} {ground}".strip()
                self.event(session, request, "decision_recorded", note)
                self.audit(
                    session,
                    "request_decided",
                    "request",
                    request.id,
                    ("kind", "decision", "ground"),
                )
            if (
                late_reason.strip()
                and late
                and any(r.status is RequestStatus.REFUSED for r in checked)
            ):
                self.event(session, request, "refusal_late", late_reason.strip())
            self._settle_status(session, request, reasons.strip())
            return [decision_row(row) for row in rows]

    def _carry_out(self, session: Session, request: Request, rule: Rule, purpose: str) -> None:
        """What the decision does to the data; a refusal leaves it as it is."""
        if rule.effect is Effect.ERASE and not request.erasure_summary:
            raise NotErasedYet()
        customer = session.get(Customer, request.customer_id) if request.customer_id else None
        if rule.effect is Effect.BAN_MARKETING and customer is not None:
            _ban_marketing(session, self, request, customer)
        if rule.effect is Effect.STOP_PROCESSING and customer is not None and purpose:
            # Art. 21(1): the objection upheld, processing for the purpose stops for good.
            session.add(
                ProcessingProhibition(
                    customer_id=customer.id,
                    purpose=purpose,
                    decided_on=request.received_at.date(),
                    evidence=diary(request),
                    recorded_at=datetime.now(),
                    recorded_by=self.current.username,
                )
            )
            self.event(session, request, "processing_prohibited", purpose)
            self.audit(session, "processing_prohibited", "customer", customer.id, ("purpose",))

    def _settle_status(self, session: Session, request: Request, note: str) -> None:
        """Once every right asked has its decision: answered if any was granted (in full or in
        part), refused if none was."""
        if RequestStatus(request.status) not in OPEN_STATUSES:
            return
        latest = latest_decisions(session, request)
        if any(RequestKind(row.kind) not in latest for row in request.kinds):
            return
        statuses = {_rule(row).status for row in latest.values()}
        target = (
            RequestStatus.ANSWERED if RequestStatus.ANSWERED in statuses else RequestStatus.REFUSED
        )
        if target is RequestStatus.ANSWERED and request.status == RequestStatus.RECEIVED.value:
            apply_move(session, self.current, request, RequestStatus.IN_PROGRESS)
        apply_move(session, self.current, request, target, note or target.value)

    def decisions(self, request_id: int) -> list[DecisionRow]:
        """The decision in force for each right of the request."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            request = load_request(session, request_id)
            return [decision_row(row) for row in latest_decisions(session, request).values()]

    def override_identity_check(self, request_id: int, reason: str) -> RequestRow:
        """The main user lets the request change data without a checked identity; the reason
        is recorded on the request and the override audited."""
        self.current.require(Permission.MANAGE_USERS)
        if not reason.strip():
            raise ValidationError({"reason": NEEDS_OVERRIDE_REASON})
        with self.register.write() as session:
            request = load_request(session, request_id)
            request.identity_method = IdentityMethod.MAIN_USER_OVERRIDE.value
            request.identity_note = reason.strip()
            request.identity_checked_by = self.current.username
            request.identity_checked_at = datetime.now()
            request.updated_at = datetime.now()
            self.event(session, request, "identity_check_overridden", reason.strip())
            self.audit(
                session, "request_identity_overridden", "request", request.id, ("identity_method",)
            )
            return to_row(request, None)
