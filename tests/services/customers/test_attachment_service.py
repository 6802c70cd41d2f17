"""Attachments: type by content, size limit, stored encrypted, copies removed afterwards."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from pathlib import Path

import pytest

from desktop.services.customers.attachments import (
    MAX_BYTES,
    AttachmentNotFound,
    AttachmentService,
    AttachmentTooLarge,
    AttachmentTypeNotAllowed,
    AttachmentUnreadable,
    TempCopies,
    copy_name,
    sniff,
)
from tests.services.customers.conftest import World, audit_actions

TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def test_a_real_pdf_is_kept_and_read_back(world: World, tmp_path: Path) -> None:
    path = tmp_path / "Sopimus 2026.pdf"
    path.write_bytes(TINY_PDF)
    attachments = AttachmentService(world.register, world.ville)
    row = attachments.add(world.anna, path, " Allekirjoitettu sopimus ")
    assert (row.filename, row.mime_type, row.size) == (
        "Sopimus 2026.pdf",
        "application/pdf",
        len(TINY_PDF),
    )
    assert row.sha256 == hashlib.sha256(TINY_PDF).hexdigest()
    assert row.description == "Allekirjoitettu sopimus" and row.added_by == "ville"
    assert attachments.list(world.anna) == [row]
    assert attachments.read(row.id) == TINY_PDF
    if not world.register.files.on_server:  # on a server, the server's disk encryption
        assert TINY_PDF not in world.register.files.db.read_bytes()  # the file is encrypted

    attachments.delete(row.id)
    assert attachments.list(world.anna) == []
    with pytest.raises(AttachmentNotFound):
        attachments.read(row.id)
    actions = audit_actions(world.register, world.anna)
    assert [a for a in actions if a.startswith("attachment_")] == [
        "attachment_added",
        "attachment_opened",
        "attachment_deleted",
    ]


def test_a_zip_named_pdf_is_refused(world: World, tmp_path: Path) -> None:
    path = tmp_path / "lasku.pdf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("lasku.exe", b"MZ not really")
    attachments = AttachmentService(world.register, world.ville)
    with pytest.raises(AttachmentTypeNotAllowed) as refused:
        attachments.add(world.anna, path)
    message = refused.value.text()
    assert "lasku.pdf" in message and "PDF" in message and "WebP" in message and ".txt" in message
    assert attachments.list(world.anna) == []


def test_too_large_is_refused_before_reading(world: World, tmp_path: Path) -> None:
    path = tmp_path / "skannaus.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(MAX_BYTES + 1)  # sparse: no 20 MB written
    attachments = AttachmentService(world.register, world.ville)
    with pytest.raises(AttachmentTooLarge) as refused:
        attachments.add(world.anna, path)
    assert "20 MB" in refused.value.text() and "20,0 MB" in refused.value.text()
    with path.open("r+b") as handle:
        handle.truncate(MAX_BYTES)  # exactly the limit is fine
    assert attachments.add(world.anna, path).size == MAX_BYTES
    with pytest.raises(AttachmentUnreadable):
        attachments.add(world.anna, tmp_path / "missing.pdf")


def test_type_comes_from_the_content() -> None:
    assert sniff(TINY_PNG, "kuva.pdf") == "image/png"
    assert sniff(b"\xff\xd8\xff\xe0rest", "x") == "image/jpeg"
    assert sniff(b"II*\x00rest", "x") == "image/tiff"
    assert sniff(b"MM\x00*rest", "x") == "image/tiff"
    assert sniff(b"GIF89a...", "x") == "image/gif"
    assert sniff(b"RIFF\x10\x00\x00\x00WEBPVP8 ", "x") == "image/webp"
    assert sniff("Hyvä asiakas,\r\n\tkiitos.".encode(), "kirje.TXT") == "text/plain"
    assert sniff(b"teksti", "kirje.doc") is None  # text only as .txt
    assert sniff(b"\xff\xfe\x00t", "kirje.txt") is None  # not UTF-8
    assert sniff(b"abc\x00def", "kirje.txt") is None  # binary
    assert sniff(b"", "tyhja.txt") is None
    assert sniff(b"PK\x03\x04", "x.pdf") is None
    assert copy_name(7, "image/png") == "attachment-7.png"
    assert copy_name(8, "application/pdf") == "attachment-8.pdf"


def test_copies_are_private_and_removed(world: World, tmp_path: Path) -> None:
    path = tmp_path / "Anna Asiakas kirje.png"  # the name a scanner gives names the customer
    path.write_bytes(TINY_PNG)
    copies = TempCopies()
    attachments = AttachmentService(world.register, world.ville, copies)
    row = attachments.add(world.anna, path)
    assert attachments.list(world.anna)[0].filename == "Anna Asiakas kirje.png"  # kept inside

    with attachments.open_copy(row.id) as copy:
        assert copy.read_bytes() == TINY_PNG and copy.name == f"attachment-{row.id}.png"
        assert "Anna" not in str(copy) and "Asiakas" not in str(copy)
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        scoped = copy.parent
    assert not scoped.exists()
    assert copies.directories == []

    first = attachments.viewer_copy(row.id)
    second = attachments.viewer_copy(row.id)
    assert first.parent != second.parent and first.exists() and second.exists()
    assert copies.cleanup(older_than=3600) == 0 and first.exists()
    assert copies.cleanup() == 2
    assert not first.parent.exists() and not second.parent.exists()
    assert copies.directories == []
    assert not any(p.name.startswith("kirjuri-view-") for p in Path(os.environ["TMPDIR"]).iterdir())


def test_copies_go_when_the_tracker_goes(tmp_path: Path) -> None:
    copies = TempCopies()
    path = copies.write(b"x", "a.txt")
    del copies  # e.g. the services of a logged-out user
    assert not path.parent.exists()
