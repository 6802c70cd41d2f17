"""The portability package encrypted for the post: AES-256 ZIP that opens only with the password,
the password in a separate letter (never stored), and the cover letter that says so."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
import pyzipper
from sqlalchemy import select

from desktop.core.letters import LetterKind
from desktop.services.letters.service import LetterService
from desktop.services.rights.portability import PasswordDelivery
from desktop.store.request_models import Request, RequestEvent
from tests.services.rights.conftest import TODAY, World
from tests.services.rights.letter_checks import pdf_text


def flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def _stick(name: str) -> Path:
    folder = Path(os.environ["TMPDIR"]) / name
    folder.mkdir(exist_ok=True)
    return folder


def test_encrypted_package_opens_only_with_the_password(world: World) -> None:
    result = world.rights().portability_export(
        world.request, _stick("usb-aes"), password_by=PasswordDelivery.LETTER
    )
    assert len(result.password) == 23 and result.password.count("-") == 3
    with pyzipper.AESZipFile(result.path) as archive:
        names = archive.namelist()
        assert "data.json" in names
        assert all(info.flag_bits & 0x1 for info in archive.infolist()), "every entry encrypted"
        with pytest.raises(RuntimeError):
            archive.read("data.json")  # no password
        archive.setpassword(b"WRONG-WRONG-WRONG-WRONG")
        with pytest.raises(RuntimeError):
            archive.read("data.json")
        archive.setpassword(result.password.encode())
        data = json.loads(archive.read("data.json"))
    assert data["customer"]["first_name"] == "Anna"
    raw = result.path.read_bytes()
    assert b"Mannerheimintie" not in raw and b"Anna" not in raw, "nothing readable in the file"
    with zipfile.ZipFile(result.path) as plain, pytest.raises(NotImplementedError):
        plain.setpassword(result.password.encode())
        plain.read("data.json")  # AES (method 99), not the broken ZipCrypto

    with world.register.read() as session:
        request = session.get(Request, world.request)
        notes = list(session.scalars(select(RequestEvent.note)))
        assert request is not None and result.password not in repr(vars(request))
        assert all(result.password not in note for note in notes), "the password is not kept"

    letters = LetterService(world.register, world.ville)
    cover = letters.create(world.request, LetterKind.PORTABILITY, today=TODAY)
    text = flat(letters.preview(cover.row.id, today=TODAY))
    assert "AES-256" in text and "erillisellä kirjeellä" in text and "7-Zip" in text
    assert "20 artiklan 2 kohta" in text  # the direct transfer to another controller
    assert result.password not in text
    password_letter = flat(letters.portability_password_pdf(world.request, result.password))
    assert result.password in password_letter and result.path.name in password_letter
    assert "Anna Asiakas" in password_letter and "Mannerheimintie 1 A 2" in password_letter


def test_plain_package_by_phone_and_back_to_plain(world: World) -> None:
    rights = world.rights()
    rights.portability_export(
        world.request, _stick("usb-phone"), password_by=PasswordDelivery.PHONE
    )
    letters = LetterService(world.register, world.ville)
    by_phone = letters.create(world.request, LetterKind.PORTABILITY, today=TODAY)
    assert "puhelimitse" in by_phone.text
    plain = rights.portability_export(world.request, _stick("usb-plain"))
    assert plain.password == ""
    with zipfile.ZipFile(plain.path) as archive:
        assert json.loads(archive.read("data.json"))["customer"]["last_name"] == "Asiakas"
    cover = letters.create(world.request, LetterKind.PORTABILITY, today=TODAY)
    assert "ei ole salattu" in cover.text and "puhelimitse" not in cover.text
