"""The register description checked against the data before a letter or statement is drafted
(desktop.core.consistency): a recipient outside the EEA that the transfers section does not
declare stops the drafting with a message saying what to fix; a disclosure to a recipient the
description does not list, and a form required of requests, are warnings shown with it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.consistency import Finding, check
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.postal import country_name
from desktop.core.register_description import LANGUAGES, RegisterDescription
from desktop.errors import UserError
from desktop.store.disclosure_models import Disclosure


class DescriptionDisagrees(UserError):
    """A letter or statement would contradict itself: one finding's message, with `subject`."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "The register description does not agree with the data. Check it first."
    )


def _country_names(description: RegisterDescription) -> dict[str, set[str]]:
    codes = {r.country.strip().upper() for r in description.recipients if r.country.strip()}
    return {code: {country_name(code, lang) for lang in LANGUAGES} for code in codes}


def disclosed_to(session: Session, customer_id: int | None = None) -> list[str]:
    """The recipients of the recorded disclosures: of one customer, or of the whole register."""
    query = select(Disclosure.recipient).distinct().order_by(Disclosure.recipient)
    if customer_id is not None:
        query = query.where(Disclosure.customer_id == customer_id)
    return list(session.scalars(query))


def findings(
    session: Session,
    description: RegisterDescription,
    customer_id: int | None = None,
    *,
    whole_register: bool = True,
) -> list[Finding]:
    """Against one customer's disclosures, or (no customer) the whole register's; a letter
    about no one in the register (`whole_register=False`) checks the description alone."""
    disclosed = (
        disclosed_to(session, customer_id) if customer_id is not None or whole_register else []
    )
    return check(description, disclosed, country_names=_country_names(description))


def require_consistent(found: list[Finding]) -> None:
    """Raise the first blocking finding; warnings pass."""
    for finding in found:
        if finding.blocking:
            raise DescriptionDisagrees(finding.message, subject=finding.subject)
