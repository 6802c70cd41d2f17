"""Supplementary statements (GDPR Art. 16): when a rectification is refused, the letter offers
the person to complete the data with a statement of their own. When it arrives it is recorded
here, kept with the customer, shown beside the data in the customer editor and printed in every
access reply (and the customer's data extract) for as long as the customer record is kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import RequestKind
from desktop.core.roles import Permission
from desktop.errors import ValidationError
from desktop.services.customers.records import CustomerNotFound
from desktop.services.rights.base import RightUseCases, diary, linked_customer, load_request
from desktop.services.rights.rectification import check_rectifiable
from desktop.store.customer_models import Customer, SupplementaryStatement

MAX_STATEMENT = 20_000  # characters: a letter's worth, not a file
NEEDS_A_STATEMENT = QT_TRANSLATE_NOOP("Validation", "Write the statement as the person gave it.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "The statement is too long to keep as text; attach it as a file instead."
)
RECEIVED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date it was received cannot be later.")
NO_RECTIFICATION = QT_TRANSLATE_NOOP(
    "Validation",
    "A supplementary statement completes data after a rectification request; this request "
    "does not ask for rectification.",
)


@dataclass(frozen=True)
class StatementRow:
    id: int
    field: str  # the contested field ("addresses.0.street"), or "" for the data in general
    statement: str
    received_on: date
    evidence: str  # the diary number of the request it belongs to
    recorded_at: datetime
    recorded_by: str


def statement_row(row: SupplementaryStatement) -> StatementRow:
    return StatementRow(
        row.id,
        row.field,
        row.statement,
        row.received_on,
        row.evidence,
        row.recorded_at,
        row.recorded_by,
    )


def statements_of(session: Session, customer_id: int) -> list[StatementRow]:
    """The customer's supplementary statements, oldest first."""
    rows = session.scalars(
        select(SupplementaryStatement)
        .where(SupplementaryStatement.customer_id == customer_id)
        .order_by(SupplementaryStatement.received_on, SupplementaryStatement.id)
    )
    return [statement_row(row) for row in rows]


class StatementUseCases(RightUseCases):
    def record_supplementary_statement(
        self,
        request_id: int,
        statement: str,
        *,
        field: str = "",
        received_on: date | None = None,
        today: date | None = None,
    ) -> StatementRow:
        """Keep the person's statement with their data. It may arrive after the reply, so the
        request may already be answered, refused or closed."""
        self.current.require(Permission.HANDLE_REQUESTS)
        today = today or date.today()
        received_on = received_on or today
        text = statement.strip()
        problems: dict[str, str] = {}
        if not text:
            problems["statement"] = NEEDS_A_STATEMENT
        elif len(text) > MAX_STATEMENT:
            problems["statement"] = TOO_LONG
        if received_on > today:
            problems["received_on"] = RECEIVED_IN_FUTURE
        if field:
            try:
                check_rectifiable(field)  # one of the fields a rectification may concern
            except ValidationError as error:
                problems["field"] = next(iter(error.fields.values()))
        if problems:
            raise ValidationError(problems)
        with self.register.write() as session:
            request = load_request(session, request_id)
            if RequestKind.RECTIFICATION.value not in {k.kind for k in request.kinds}:
                raise ValidationError({"statement": NO_RECTIFICATION})
            self.require_identity_checked(request)  # it becomes part of the person's data
            customer = linked_customer(session, request)
            row = SupplementaryStatement(
                customer_id=customer.id,
                field=field,
                statement=text,
                received_on=received_on,
                evidence=diary(request),
                recorded_at=datetime.now(),
                recorded_by=self.current.username,
            )
            session.add(row)
            session.flush()
            self.event(session, request, "supplementary_statement_recorded", field)
            self.audit(
                session,
                "supplementary_statement_recorded",
                "customer",
                customer.id,
                ("field", "statement"),
            )
            return statement_row(row)

    def supplementary_statements(self, customer_id: int) -> list[StatementRow]:
        """Shown with the customer's data: a flag-like list, read without logging a view."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            if session.get(Customer, customer_id) is None:
                raise CustomerNotFound()
            return statements_of(session, customer_id)
