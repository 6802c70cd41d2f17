"""Attachments (liitteet): scanned letters, PDFs and images, kept inside the encrypted register.

The type is decided by the file's content, never by its name, and only types a viewer opens
safely are taken. To show one, a copy goes to a fresh private folder (0700) for the system viewer;
`TempCopies` tracks those folders so the UI can remove them after a while and on exit. The folder
is made in the temp folder of Kirjuri's run and named kirjuri-view-<pid>-..., so what a crash
leaves is removed on the next start (desktop/leftovers.py). Nothing else ever writes an
attachment to disk in plain form.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import shutil
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.private_files import create_file, temp_folder
from desktop.services.access.current_user import CurrentUser
from desktop.services.customers.records import CustomerNotFound
from desktop.store import audit
from desktop.store.customer_models import Attachment, Customer
from desktop.store.register import Register

MAX_BYTES = 20 * 1024 * 1024  # 20 MB: a thick scanned letter; keeps the register and backups lean
FILENAME_LENGTH = 255  # attachments.filename
VIEWER_KIND = "view"  # the copies' folders are kirjuri-view-<pid>-<random>

# (magic bytes at offset 0, MIME type, file extension for the viewer copy)
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"II*\x00", "image/tiff", ".tif"),
    (b"MM\x00*", "image/tiff", ".tif"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
)
TEXT = "text/plain"
EXTENSIONS = {mime: ext for _, mime, ext in _SIGNATURES} | {"image/webp": ".webp", TEXT: ".txt"}
_TEXT_CONTROLS = set(range(32)) - {9, 10, 12, 13}  # tab, line feed, form feed, carriage return


class AttachmentTypeNotAllowed(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} cannot be attached. Kirjuri keeps PDF documents, images (PNG, JPEG, "
        "TIFF, GIF, WebP) and plain text files (.txt); the file's content, not its name, decides.",
    )


class AttachmentTooLarge(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} is {size} MB. An attachment can be at most {limit} MB; scan it at a lower "
        "resolution or split it into parts.",
    )


class AttachmentUnreadable(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The file {name} could not be read. Check that it exists and is not open."
    )


class AttachmentNotFound(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The attachment was not found. Someone may have deleted it already."
    )


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    mime_type: str
    size: int
    sha256: str
    description: str
    added_at: datetime
    added_by: str


def sniff(data: bytes, filename: str) -> str | None:
    """The MIME type by content, or None when it is not one Kirjuri keeps."""
    for magic, mime, _ in _SIGNATURES:
        if data.startswith(magic):
            return mime
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    # Plain text has no signature: it must be named .txt, be UTF-8 and hold no binary controls.
    if data and Path(filename).suffix.lower() == ".txt":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
        if not any(ord(ch) in _TEXT_CONTROLS for ch in text):
            return TEXT
    return None


def copy_name(attachment_id: int, mime_type: str) -> str:
    """The viewer copy's name: the number and the extension of the real type (a PNG named .pdf
    opens as the PNG it is), never the name it came with, which often names the customer
    ("Maija Meikäläinen kirje.pdf") and would show in TMPDIR and the viewer's recent files."""
    return f"attachment-{attachment_id}{EXTENSIONS.get(mime_type, '')}"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def read_checked(path: Path) -> tuple[str, bytes, str]:
    """(name, contents, MIME type) of a file Kirjuri may keep, or the UserError saying why not.
    Request attachments (desktop.services.requests.attachments) are checked the same way."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refused before a byte is read
            raise AttachmentTooLarge(
                name=name, size=_megabytes(size), limit=MAX_BYTES // (1024 * 1024)
            )
        data = path.read_bytes()
    except OSError:
        raise AttachmentUnreadable(name=name) from None
    if len(data) > MAX_BYTES:  # the file grew while we looked
        raise AttachmentTooLarge(
            name=name, size=_megabytes(len(data)), limit=MAX_BYTES // (1024 * 1024)
        )
    mime_type = sniff(data, name)
    if mime_type is None:
        raise AttachmentTypeNotAllowed(name=name)
    return name, data, mime_type


def _remove_dirs(directories: set[Path]) -> None:
    for directory in list(directories):
        shutil.rmtree(directory, ignore_errors=True)
        if not directory.exists():
            directories.discard(directory)


class TempCopies:
    """Private folders holding copies for the system viewer. The UI calls `cleanup()` on exit
    (and `cleanup(older_than=...)` now and then); as a last resort they go when Python exits."""

    def __init__(self) -> None:
        self._created: dict[Path, float] = {}
        self._dirs: set[Path] = set()
        self._finalizer = weakref.finalize(self, _remove_dirs, self._dirs)

    def write(self, data: bytes, filename: str) -> Path:
        directory = temp_folder(kind=VIEWER_KIND)  # private, name unguessable
        self._dirs.add(directory)
        self._created[directory] = time.monotonic()
        path = directory / filename
        with create_file(path) as handle:
            handle.write(data)
        return path

    def remove(self, path: Path) -> None:
        """Remove the folder of one copy (a path `write` returned, or its folder)."""
        directory = path if path in self._dirs else path.parent
        if directory in self._dirs:
            shutil.rmtree(directory, ignore_errors=True)
            self._dirs.discard(directory)
            self._created.pop(directory, None)

    def cleanup(self, older_than: float | None = None) -> int:
        """Remove every folder (or those older than `older_than` seconds); returns how many."""
        now = time.monotonic()
        removed = 0
        for directory, created in builtins.list(self._created.items()):
            if older_than is None or now - created >= older_than:
                self.remove(directory)
                removed += 1
        return removed

    @property
    def directories(self) -> builtins.list[Path]:
        return sorted(self._dirs)


def _row(attachment: Attachment) -> AttachmentRow:
    return AttachmentRow(
        attachment.id,
        attachment.filename,
        attachment.mime_type,
        attachment.size,
        attachment.sha256,
        attachment.description,
        attachment.added_at,
        attachment.added_by,
    )


class AttachmentService:
    def __init__(
        self, register: Register, current: CurrentUser, temp_copies: TempCopies | None = None
    ) -> None:
        self.register = register
        self.current = current
        self.temp_copies = temp_copies if temp_copies is not None else TempCopies()

    def add(self, customer_id: int, path: Path, description: str = "") -> AttachmentRow:
        self.current.require(Permission.EDIT_CUSTOMERS)
        name, data, mime_type = read_checked(Path(path))
        with self.register.write() as session:
            if session.get(Customer, customer_id) is None:
                raise CustomerNotFound()
            attachment = Attachment(
                customer_id=customer_id,
                filename=name[:FILENAME_LENGTH],
                mime_type=mime_type,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                description=description.strip(),
                added_at=datetime.now(),
                added_by=self.current.username,
                data=data,
            )
            session.add(attachment)
            session.flush()
            audit.append(
                session,
                self.current.actor,
                "attachment_added",
                entity="customer",
                entity_id=customer_id,
                fields=("attachments",),
            )
            return _row(attachment)

    def list(self, customer_id: int) -> builtins.list[AttachmentRow]:
        """Newest first; the contents stay in the register (the column is deferred)."""
        self.current.require(Permission.VIEW)
        with self.register.read() as session:
            rows = session.scalars(
                select(Attachment)
                .where(Attachment.customer_id == customer_id)
                .order_by(Attachment.id.desc())
            )
            return [_row(attachment) for attachment in rows]

    def _read(self, attachment_id: int) -> tuple[bytes, str]:
        """The contents and a name for the copy; opening is audited like viewing a customer."""
        self.current.require(Permission.VIEW)
        with self.register.write() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise AttachmentNotFound()
            audit.append(
                session,
                self.current.actor,
                "attachment_opened",
                entity="customer",
                entity_id=attachment.customer_id,
                fields=("attachments",),
            )
            return attachment.data, copy_name(attachment.id, attachment.mime_type)

    def read(self, attachment_id: int) -> bytes:
        return self._read(attachment_id)[0]

    @contextlib.contextmanager
    def open_copy(self, attachment_id: int) -> Iterator[Path]:
        """A private copy that exists only inside the `with` block."""
        data, filename = self._read(attachment_id)
        path = self.temp_copies.write(data, filename)
        try:
            yield path
        finally:
            self.temp_copies.remove(path)

    def viewer_copy(self, attachment_id: int) -> Path:
        """A private copy for the system viewer, which opens it after we return. It stays until
        `temp_copies.cleanup()` (the UI calls it after a delay and when Kirjuri closes)."""
        data, filename = self._read(attachment_id)
        return self.temp_copies.write(data, filename)

    def delete(self, attachment_id: int) -> None:
        self.current.require(Permission.EDIT_CUSTOMERS)
        with self.register.write() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise AttachmentNotFound()
            customer_id = attachment.customer_id
            session.delete(attachment)
            audit.append(
                session,
                self.current.actor,
                "attachment_deleted",
                entity="customer",
                entity_id=customer_id,
                fields=("attachments",),
            )
