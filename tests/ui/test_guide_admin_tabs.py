"""The user guide's Administration page names every tab the Administration page has, in each
language as the tab itself is labelled (the Office server tab came after the guide was written)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from desktop.resources import resource
from desktop.services.access.gate import Gate
from desktop.ui import i18n
from desktop.ui.admin.page import AdminPage
from desktop.ui.preferences import Preferences
from tests.ui.conftest import login


def _text(language: str) -> str:
    html = (resource("guide") / language / "administration.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).casefold()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_admin_tab_is_in_the_guide(  # type: ignore[no-untyped-def]
    qtbot, gate: Gate, preferences: Preferences, language: str
) -> None:
    services = login(gate, "maija")  # the main user sees every tab
    try:
        i18n.install(language)
        page = AdminPage(services, preferences, lambda: None)
        qtbot.addWidget(page)
        QApplication.processEvents()
        labels = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    finally:
        i18n.install("en")
    assert len(labels) >= 8, labels
    guide = _text(language)
    missing = [label for label in labels if label.casefold() not in guide]
    assert not missing, f"{language}: the guide does not name the tabs {missing}"
