from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.disclosures import Basis, NewDisclosure
from desktop.core.letters import LetterKind
from desktop.services.disclosures.log import DisclosureService
from desktop.services.letters.service import LetterService
from desktop.store.request_models import Request
from tests.services.rights.conftest import TODAY, World


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_render(world: World, lang: str) -> None:
    with world.register.write() as session:
        session.execute(
            update(Request).where(Request.id == world.request).values(reply_language=lang)
        )
    world.rights().ban_direct_marketing(world.request)
    DisclosureService(world.register, world.ville).record(
        world.anna,
        NewDisclosure(
            "Perintä Ab", date(2026, 3, 2), "Laskun 2026-88 tiedot", Basis.CONTRACT, "SE"
        ),
    )
    letters = LetterService(world.register, world.ville)
    letter = letters.create(world.request, LetterKind.ACCESS, today=TODAY)
    Path(f"/tmp/i13d-pdfs/access-{lang}.pdf").write_bytes(
        letters.preview(letter.row.id, today=TODAY)
    )
    world.rights().erase(world.request, today=TODAY)
    letter = letters.create(world.request, LetterKind.ERASURE_DONE, today=TODAY)
    Path(f"/tmp/i13d-pdfs/erasure-{lang}.pdf").write_bytes(
        letters.preview(letter.row.id, today=TODAY)
    )
    letter = letters.create(world.request, LetterKind.RECIPIENT_NOTICE, today=TODAY)
    Path(f"/tmp/i13d-pdfs/notice-{lang}.pdf").write_bytes(
        letters.preview(letter.row.id, today=TODAY)
    )
