"""Recording which version of the privacy statement a customer was given, and showing it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.core.handouts import HandoutMethod
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import LANGUAGES
from desktop.core.roles import Permission
from desktop.errors import ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.services.statement.description import saved_version
from desktop.store import audit
from desktop.store.customer_models import Customer
from desktop.store.register import Register
from desktop.store.statement_models import StatementHandout

IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")
NO_CUSTOMER = QT_TRANSLATE_NOOP("Validation", "The customer is no longer in the register.")


@dataclass(frozen=True)
class HandoutRow:
    id: int
    description_version: int
    language: str
    given_on: date
    method: HandoutMethod
    recorded_by: str


class StatementHandoutService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.user = current

    def record(
        self,
        customer_id: int,
        *,
        given_on: date,
        method: HandoutMethod,
        language: str,
        version: int | None = None,
    ) -> HandoutRow:
        """The customer got `version` (the latest when None) of the statement on `given_on`."""
        self.user.require(Permission.EDIT_CUSTOMERS)
        method = HandoutMethod(method)
        problems = {}
        if given_on > date.today():
            problems["given_on"] = IN_FUTURE
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        with self.register.write() as session:
            if session.get(Customer, customer_id) is None:
                problems["customer"] = NO_CUSTOMER
            if problems:
                raise ValidationError(problems)
            saved = saved_version(session, version)
            row = StatementHandout(
                customer_id=customer_id,
                description_version=saved.version,
                language=language,
                given_on=given_on,
                method=method.value,
                recorded_by=self.user.username,
                recorded_at=datetime.now(),
            )
            session.add(row)
            session.flush()
            audit.append(
                session,
                self.user.actor,
                "statement_given",
                entity="customer",
                entity_id=customer_id,
                fields=["statement_handout"],
            )
            return _row(row)

    def for_customer(self, customer_id: int) -> list[HandoutRow]:
        """Newest first."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            rows = session.scalars(
                select(StatementHandout)
                .where(StatementHandout.customer_id == customer_id)
                .order_by(StatementHandout.given_on.desc(), StatementHandout.id.desc())
            )
            return [_row(row) for row in rows]


def _row(row: StatementHandout) -> HandoutRow:
    return HandoutRow(
        row.id,
        row.description_version,
        row.language,
        row.given_on,
        HandoutMethod(row.method),
        row.recorded_by,
    )
