"""The window speaks Finnish once the Finnish translation is installed: built from the committed
.ts here, so the test does not depend on a stale .qm lying around."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.store.register import RegisterFiles
from desktop.ui import i18n
from desktop.ui.setup.wizard import SetupWizard

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def finnish(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    out = tmp_path_factory.mktemp("qm")
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "build", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert i18n.install("fi", translations_dir=out), "kirjuri_fi.qm was not built"
    try:
        yield
    finally:
        i18n.install("en")  # the other tests expect the English source texts


def test_setup_wizard_in_finnish(qtbot, tmp_path: Path, finnish: None) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(RegisterFiles(tmp_path / "r.kirjuri"))
    qtbot.addWidget(wizard)
    assert "Tervetuloa" in wizard.welcome.title()
    assert wizard.windowTitle() == "Luo rekisteri"

    page = wizard.business
    page.name.setText("Kahvila Meikäläinen")
    page.business_id.setText("0737546-3")  # wrong check digit
    assert not page.validatePage()
    error = page.form.errors["business_id"].text()
    assert "Y-tunnus" in error and "kelvollinen" in error, error
    assert "business ID" not in error
