"""One name for each request kind everywhere: the short name in the lists is the long name of the
forms and letters without its article ("Tietojen tarkastus (15 art.)" → "tietojen tarkastus"),
in every language. The issue found "Tietojen tarkastus" in one place, "pääsy tietoihin" in another.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.requests import RequestKind
from desktop.ui import i18n
from desktop.ui.requests.labels import kind_label, kinds_text


@pytest.fixture(params=["fi", "sv", "en"])
def language(qapp, request: pytest.FixtureRequest) -> Iterator[str]:  # type: ignore[no-untyped-def]
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_short_name_is_the_long_name_without_the_article(language: str) -> None:
    for kind in RequestKind:
        long = kind_label(kind)
        short = kinds_text([kind])
        assert "(" in long, long
        assert long.split(" (")[0].lower() == short.lower(), (language, long, short)


def test_access_is_tietojen_tarkastus_in_finnish(qapp) -> None:  # type: ignore[no-untyped-def]
    i18n.install("fi")
    try:
        assert kinds_text([RequestKind.ACCESS]) == "tietojen tarkastus"
    finally:
        i18n.install("en")


LETTERS = Path(__file__).resolve().parents[3] / "resources" / "letters"


def test_the_letters_name_each_kind_as_the_screens_do(language: str) -> None:
    """The person reads the kind in the letter (the opening, the acknowledgement, the list of
    earlier requests) in the words the office sees: "tietojen tarkastus", not "oikeus saada pääsy
    tietoihin" in the letter and "Tietojen tarkastus" on screen."""
    with (LETTERS / f"{language}.toml").open("rb") as handle:
        names = tomllib.load(handle)["request_kinds"]
    for kind in RequestKind:
        short = kinds_text([kind]).lower()
        assert short in names[kind.value].lower(), (language, short, names[kind.value])
