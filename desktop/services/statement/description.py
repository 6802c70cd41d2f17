"""The register description, kept in versions. Until the business saves its own, the template
for a sole trader's customer register (in Finnish) stands in, with the business's name."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.consistency import Finding
from desktop.core.description_json import changed_fields, from_json, to_json
from desktop.core.description_validation import validate
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.register_description import (
    LANGUAGES,
    PRIMARY,
    RegisterDescription,
    default_description,
    source_mark,
)
from desktop.core.roles import Permission
from desktop.core.statement_import import (
    ImportedStatement,
    SourceBlock,
    blocks_from_text,
    source_paragraphs,
    split_statement,
)
from desktop.core.validation import phone_for_display
from desktop.documents.statement import build_statement, untranslated_sections
from desktop.documents.statement_html import statement_html
from desktop.documents.statement_pdf import statement_pdf
from desktop.errors import UserError, ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.services.disclosures.consistency import findings, require_consistent
from desktop.services.statement.import_files import read_statement_file
from desktop.store import audit
from desktop.store.description_models import RegisterDescriptionRow
from desktop.store.models import Business
from desktop.store.register import Register

FORMATS = ("pdf", "html")


class NoSuchVersion(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Version {version} of the register description is not there."
    )
    exit_code = 2


class NotTranslated(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The statement in this language cannot be made: {count} sections are untranslated or "
        "their translation is older than the Finnish text ({sections}). Translate them, or choose "
        "in the register description to print those sections in Finnish.",
    )
    exit_code = 1


@dataclass(frozen=True)
class SavedDescription:
    """A description with its version; version 0 is the template nothing has been saved over."""

    version: int
    updated_on: date
    saved_by: str
    description: RegisterDescription


def _controller_contact(business: Business | None) -> str:
    if business is None:
        return ""
    place = " ".join(part for part in (business.postal_code, business.post_office) if part)
    lines = [business.name, business.business_id, business.street, place, business.phone]
    return "\n".join(line for line in [*lines, business.email] if line)


def _contact_person(business: Business | None) -> str:
    """The data-protection contact person when one was named, else the business itself."""
    if business is None or not business.contact_person.strip():
        return _controller_contact(business)
    phone = phone_for_display(business.contact_phone) if business.contact_phone else ""
    lines = [business.contact_person, business.contact_email, phone]
    return "\n".join(line for line in lines if line)


def _website(business: Business | None) -> str | None:
    """The web site's address, "" for a site without one given, None for no web site."""
    if business is None or not business.has_website:
        return None
    return business.website


def _address(business: Business | None) -> str:
    if business is None:
        return ""
    place = " ".join(part for part in (business.postal_code, business.post_office) if part)
    return ", ".join(part for part in (business.name, business.street, place) if part)


def latest(session: Session) -> RegisterDescription | None:
    document = session.scalar(
        select(RegisterDescriptionRow.document)
        .order_by(RegisterDescriptionRow.version.desc())
        .limit(1)
    )
    return from_json(document) if document is not None else None


def current_description(session: Session, lang: str = "fi") -> RegisterDescription:
    """The latest saved version, or the template filled with the business's details."""
    saved = latest(session)
    if saved is not None:
        return saved
    business = session.scalar(select(Business))
    template = default_description(
        business.name if business else "",
        lang,
        address=_address(business),
        website=_website(business),
    )
    contacts = {
        "controller_contact": _controller_contact(business),
        "contact_person": _contact_person(business),
    }
    # Names, addresses and numbers read the same in every language.
    translations = dict(template.translations)
    marks = dict(template.translated_from)
    sources = dict(template.translated_source)
    for lang in LANGUAGES:
        for name, contact in contacts.items():
            if lang != PRIMARY:
                translations[f"{lang}.{name}"] = contact
                marks[f"{lang}.{name}"] = source_mark(contact)
                sources[f"{lang}.{name}"] = contact
    return replace(
        template,
        controller_contact=contacts["controller_contact"],
        contact_person=contacts["contact_person"],
        translations=translations,
        translated_from=marks,
        translated_source=sources,
    )


def saved_version(session: Session, version: int | None = None) -> SavedDescription:
    """The given version, the latest when None, or the template (version 0) before any save."""
    query = select(RegisterDescriptionRow)
    if version is None:
        query = query.order_by(RegisterDescriptionRow.version.desc()).limit(1)
    else:
        query = query.where(RegisterDescriptionRow.version == version)
    row = session.scalar(query)
    if row is None:
        if version not in (None, 0):
            raise NoSuchVersion(version=version)
        return SavedDescription(0, date.today(), "", current_description(session))
    return SavedDescription(row.version, row.updated_on, row.saved_by, from_json(row.document))


def render_statement(saved: SavedDescription, lang: str, fmt: str) -> bytes:
    """The privacy statement of one version, as PDF bytes or UTF-8 HTML."""
    if lang not in LANGUAGES or fmt not in FORMATS:
        raise ValueError(f"unknown language or format: {lang} {fmt}")
    description = saved.description
    if lang != PRIMARY and not description.finnish_fallback:
        missing = untranslated_sections(description, lang)
        if missing:
            raise NotTranslated(count=len(missing), sections=", ".join(missing))
    statement = build_statement(description, lang, saved.updated_on, saved.version or None)
    return statement_pdf(statement) if fmt == "pdf" else statement_html(statement).encode()


@dataclass(frozen=True)
class ImportPreview:
    """A statement read from a file or pasted text, split for the user to look at before it
    goes into the editor: the sections, and the source's paragraphs to compare with."""

    imported: ImportedStatement
    paragraphs: list[str]


def _preview(blocks: list[SourceBlock]) -> ImportPreview:
    return ImportPreview(split_statement(blocks), source_paragraphs(blocks))


class RegisterDescriptionService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.user = current  # not `self.current`: that name is the method below

    def current(self) -> RegisterDescription:
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            return current_description(session)

    def saved(self, version: int | None = None) -> SavedDescription:
        """One version (the latest when None) with its "last updated" date."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            return saved_version(session, version)

    def statement(self, lang: str, fmt: str, version: int | None = None) -> bytes:
        """The privacy statement of a version (the latest when None) in memory: PDF or HTML."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            saved = saved_version(session, version)
            require_consistent(findings(session, saved.description))
        return render_statement(saved, lang, fmt)

    def findings(self) -> list[Finding]:
        """Where the latest description disagrees with the data (shown in the statement editor)."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            return findings(session, current_description(session))

    def save(self, description: RegisterDescription, *, written_on: date | None = None) -> int:
        """A new version (the old ones stay); returns its number. Checked first: a failed save
        raises ValidationError and changes nothing. `written_on` is the date written in an
        imported statement: the first version keeps it as its date (the statement was in force
        from then); a later one is dated the day it is saved, never older than the one before."""
        self.user.require(Permission.EDIT_DESCRIPTION)
        problems = validate(description)
        if problems:
            raise ValidationError(problems)
        with self.register.write() as session:
            changed = changed_fields(latest(session), description)
            version = (session.scalar(select(func.max(RegisterDescriptionRow.version))) or 0) + 1
            today = date.today()
            first_import = version == 1 and written_on is not None and written_on <= today
            row = RegisterDescriptionRow(
                version=version,
                updated_on=written_on if first_import and written_on else today,
                saved_by=self.user.username,
                document=to_json(description),
            )
            session.add(row)
            session.flush()
            audit.append(
                session,
                self.user.actor,
                "register_description_saved",
                entity="register_description",
                entity_id=version,
                fields=changed,
            )
            return version

    def read_statement(self, path: Path) -> ImportPreview:
        """The business's existing statement (.docx, .odt, .html, .pdf, .txt) split into
        sections; nothing is saved (the editor shows it, the user saves)."""
        self.user.require(Permission.EDIT_DESCRIPTION)
        return _preview(read_statement_file(path))

    def read_statement_text(self, text: str) -> ImportPreview:
        """Pasted text, split the same way."""
        self.user.require(Permission.EDIT_DESCRIPTION)
        return _preview(blocks_from_text(text))

    def versions(self) -> list[tuple[int, date, str]]:
        """(version, updated_on, saved_by), newest first."""
        self.user.require(Permission.VIEW)
        with self.register.read() as session:
            rows = session.execute(
                select(
                    RegisterDescriptionRow.version,
                    RegisterDescriptionRow.updated_on,
                    RegisterDescriptionRow.saved_by,
                ).order_by(RegisterDescriptionRow.version.desc())
            )
            return [(version, updated_on, saved_by) for version, updated_on, saved_by in rows]
