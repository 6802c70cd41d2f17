"""Turning a stored letter into its PDF content: the sender, the window address, the text, the
signature block and, for an access reply, the data appendix made from the register now."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.letter_text import lines, split_copies
from desktop.core.letters import LetterKind, format_letter_date
from desktop.core.place_names import place_name
from desktop.documents.letter_layout import LetterContent
from desktop.errors import UserError
from desktop.services.letters.addressing import sender_lines
from desktop.services.letters.appendix import access_appendix
from desktop.services.letters.rows import Signature
from desktop.services.letters.templates import fill, texts
from desktop.services.rights.access import AccessExtract, art15_information, build_extract
from desktop.services.rights.base import diary
from desktop.services.statement.description import current_description
from desktop.store.customer_models import Customer
from desktop.store.letter_models import Letter
from desktop.store.models import Business
from desktop.store.request_models import Request


class IdentityNotCheckedForLetter(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Check the requester's identity and record how it was checked before the data is "
        "disclosed in a reply.",
    )


def letter_content(
    session: Session, letter: Letter, request: Request, signer: Signature, today: date
) -> LetterContent:
    lang = letter.language
    common = texts(lang)["common"]
    business = session.scalar(select(Business))
    appendix = None
    if letter.kind == LetterKind.ACCESS.value:
        appendix = access_appendix(access_extract(session, request, today), session)
    # The place of signing in the letter's language: "Helsingfors" in Swedish.
    place = place_name(business.post_office, lang) if business and business.post_office else ""
    day = format_letter_date(today)
    copies, distribution = split_copies(letter.copies)
    return LetterContent(
        sender=sender_lines(business, lang),
        recipient=lines(letter.recipient),
        document_name=letter.document_name,
        date_text=day,
        diary_label=common["diary_label"],
        diary_number=diary(request),
        text=letter.text,
        closing=common["closing"],
        place_and_date=f"{place} {day}".strip(),
        signer_name=signer.full_name,
        signer_title=signer.title,
        signature_image=signer.image,
        enclosures_label=common["enclosures"],
        enclosures=lines(letter.enclosures),
        distribution_label=common["distribution"],
        distribution=lines(distribution),
        copies_label=common["copies"],
        copies=lines(copies),
        appendix=appendix,
        title=f"{letter.document_name} {diary(request)}",
        page_format=page_format(lang),
    )


def page_format(lang: str) -> str:
    """ "1 (4)" in Finnish and Swedish (SFS 2487), "Page 1 of 4" in English."""
    return fill(texts(lang)["common"]["page"], {"number": "{number}", "total": "{total}"})


def access_extract(session: Session, request: Request, today: date) -> AccessExtract:
    if not request.identity_method:
        raise IdentityNotCheckedForLetter()
    lang = request.reply_language
    description = current_description(session, lang)
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    if customer is None:
        return AccessExtract.empty(
            diary(request), lang, today, art15_information(description, lang)
        )
    return build_extract(session, request, customer, description, today)


def customer_extract_content(
    session: Session, customer: Customer, lang: str, signer: Signature, today: date
) -> LetterContent:
    """Everything on one customer, without a letter: the access reply's appendix on its own."""
    lang = lang if lang in ("fi", "sv", "en") else "fi"
    description = current_description(session, lang)
    # No request: an unsaved stand-in gives the extract its language (it is never added).
    stand_in = Request(id=0, diary_year=today.year, diary_sequence=0, reply_language=lang)
    extract = replace(
        build_extract(session, stand_in, customer, description, today), request_diary_number=""
    )
    business = session.scalar(select(Business))
    appendix = access_appendix(extract, session, standalone=True)
    return LetterContent(
        sender=sender_lines(business, lang),
        recipient=[],
        document_name=appendix.title.upper()[:40],
        date_text=format_letter_date(today),
        diary_label=texts(lang)["common"]["diary_label"],
        diary_number="",
        text="",
        closing="",
        place_and_date="",
        signer_name=signer.full_name,
        appendix=appendix,
        title=appendix.title,
        standalone=True,
        page_format=page_format(lang),
    )
