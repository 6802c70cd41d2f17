"""Administration → Digital signature: hidden with a reason when there is no safe keyring;
otherwise the main user chooses the PKCS#12 file and its passphrase, and a wrong passphrase is
said at the field without changing anything."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.ui.admin.signature_tab import SignatureTab
from tests.documents.certs import PASSPHRASE, make_pkcs12
from tests.ui.conftest import login

SHOTS = os.environ.get("KIRJURI_SHOTS")


def tab_for(qtbot, gate, username: str) -> SignatureTab:  # type: ignore[no-untyped-def]
    tab = SignatureTab(login(gate, username))
    qtbot.addWidget(tab)
    tab.resize(760, 420)
    tab.show()
    tab.refresh()
    return tab


def test_no_safe_keyring_no_option(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    tab = tab_for(qtbot, gate, "maija")
    assert "not offered" in tab.state.text() and "keyring" in tab.state.text()
    assert not tab.form_box.isVisible() and not tab.save_button.isVisible()


def test_choose_certificate_then_sign(
    qtbot, gate, english, file_keyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    certificate = tmp_path / "yritys.p12"
    certificate.write_bytes(make_pkcs12())
    tab = tab_for(qtbot, gate, "maija")
    assert tab.form_box.isVisible() and "No certificate" in tab.state.text()
    monkeypatch.setattr(
        "desktop.ui.file_dialogs.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(certificate), ""),
    )
    tab.choose.click()
    tab.passphrase.setText("väärä")
    tab.save_button.click()
    assert tab.error.isVisible() and "passphrase" in tab.error.text()
    assert not tab.services.signing.status().configured
    tab.passphrase.setText(PASSPHRASE.decode())
    tab.save_button.click()
    assert "Certificate in use" in tab.state.text() and "Kahvila Meikäläinen" in tab.state.text()
    assert tab.passphrase.text() == ""
    if SHOTS:
        tab.grab().save(str(Path(SHOTS) / "signature_tab.png"))
    assert tab.services.signing.status().ready

    reader = tab_for(qtbot, gate, "liisa")
    assert "Certificate in use" in reader.state.text() and not reader.form_box.isVisible()
