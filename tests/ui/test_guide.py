"""The user guide: every page in Finnish, Swedish and English, each link and anchor resolves to a
page shipped with the program, nothing reaches for the network; F1 opens the page for what is
on screen, in the window's language."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from desktop.resources import resource
from desktop.ui import i18n
from desktop.ui.help.guide import PAGES, GuideWindow, guide_folder
from desktop.ui.i18n import LANGUAGES
from desktop.ui.pages import HELP_TOPICS

GUIDE = resource("guide")
TOPICS_USED = {*HELP_TOPICS, "rights", "backups"}  # pages' and dialogs' helpTopic


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.sources: list[str] = []
        self.ids: set[str] = set()
        self.title = ""
        self._in_title = False
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if "src" in values:
            self.sources.append(values["src"])
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "html":
            self.lang = values.get("lang", "")
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text("utf-8"))
    return page


def test_every_page_exists_in_every_language_and_nothing_else() -> None:
    for language in LANGUAGES:
        found = {path.stem for path in (GUIDE / language).glob("*.html")}
        assert found == set(PAGES), (language, found ^ set(PAGES))
    assert set(PAGES) >= TOPICS_USED


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_and_anchors_resolve_and_stay_offline(language: str) -> None:
    folder = GUIDE / language
    parsed = {path.name: parse(path) for path in folder.glob("*.html")}
    for name, page in parsed.items():
        assert page.lang == language, name
        assert page.title.strip(), name
        assert not page.sources, f"{name}: images or scripts {page.sources}"
        for link in page.links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, f"{name}: {link} leaves the program"
            target = parts.path or name
            assert target in parsed, f"{language}/{name}: {link} has no page"
            if parts.fragment:
                assert parts.fragment in parsed[target].ids, f"{language}/{name}: {link}"


def test_the_languages_have_the_same_sections() -> None:
    """A section added in one language is added in all: same anchors, same links."""
    for page in PAGES:
        shapes = {
            language: (
                parse(GUIDE / language / f"{page}.html").ids,
                sorted(parse(GUIDE / language / f"{page}.html").links),
            )
            for language in LANGUAGES
        }
        assert shapes["fi"] == shapes["sv"] == shapes["en"], page


def test_every_page_is_reachable_from_the_contents() -> None:
    for language in LANGUAGES:
        links = {urlsplit(link).path for link in parse(GUIDE / language / "index.html").links}
        assert {f"{page}.html" for page in PAGES if page != "index"} <= links, language


@pytest.mark.parametrize(("language", "heading"), [("fi", "Pyynnöt"), ("sv", "Begäranden")])
def test_the_window_shows_the_page_in_the_users_language(  # type: ignore[no-untyped-def]
    qtbot, language: str, heading: str
) -> None:
    i18n.install(language)
    try:
        window = GuideWindow()
        qtbot.addWidget(window)
        window.show_topic("requests")
        assert window.current_page() == "requests"
        assert Path(window.browser.source().toLocalFile()).parent == guide_folder(language)
        assert heading in window.browser.toPlainText()
        assert window.windowTitle() == heading
        window.show_topic("rights#erasure")
        assert window.current_page() == "rights"
    finally:
        i18n.install("en")


def test_the_guide_is_shipped_with_the_package() -> None:
    """build_hooks.py copies resources/ whole into the wheel and the PyInstaller spec takes
    resources/: the guide is under it."""
    root = Path(__file__).resolve().parents[2]
    assert (root / "resources" / "guide" / "fi" / "index.html").is_file()
    hooks = (root / "build_hooks.py").read_text("utf-8")
    assert 'copytree(ROOT / "resources"' in hooks
    assert "recursive-include resources *" in (root / "MANIFEST.in").read_text("utf-8")


def test_every_request_kind_has_its_section_in_the_guide() -> None:
    from desktop.core.requests import RequestKind

    for language in LANGUAGES:
        ids = parse(GUIDE / language / "rights.html").ids
        assert {kind.value.replace("_", "-") for kind in RequestKind} <= ids, language
