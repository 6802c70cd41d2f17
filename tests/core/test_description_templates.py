"""Art. 12(2) and the EDPB access guidelines: the default register description may suggest how
to send a request, never require a written, signed or in-person one."""

from __future__ import annotations

import pytest

from desktop.core.consistency import requires_form
from desktop.core.description_templates import TEMPLATES
from desktop.core.register_description import LANGUAGES, default_description

FORBIDDEN = {
    "fi": ("tehdään kirjallisesti", "omakätisesti", "henkilökohtaisesti osoitteessa"),
    "sv": ("görs skriftligen", "egenhändigt", "personligen på adressen"),
    "en": ("made in writing", "signed by hand", "in person at"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_form_is_required(lang: str) -> None:
    description = default_description("Testi Oy", lang, address="Katu 1, 00100 Helsinki")
    for other in LANGUAGES:
        text = description.text("how_to_use_rights", other)
        assert "Katu 1, 00100 Helsinki" in text
        assert not requires_form(text)
        for phrase in FORBIDDEN[other]:
            assert phrase not in text.lower()
    assert not requires_form(TEMPLATES[lang]["how_to_use_rights"])
