"""Everything the window writes is private: a scripted session through the window's own save
paths (file dialogs answered as a user would), under umask 022, then every file and folder it
made is walked: the register and its side files, the settings (language, last folders, window
size), the log, a backup, a letter PDF, the statement as PDF and web page, the customer and
audit-log exports. Files 0600, folders 0700; the user's own folders are left as they were.

tests/hostile/test_private_files.py walks the services' writes; this one the window's."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.core.customer_form import AddressForm, CustomerForm
from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind
from desktop.core.roles import Role
from desktop.logs import file_handler
from desktop.paths import Paths
from desktop.private_files import FILE_MODE, FOLDER_MODE, make_folder
from desktop.services.access.gate import Gate
from desktop.services.access.remember import RememberedLogins
from desktop.services.access.setup import create_new_register
from desktop.services.access.users import NewUser
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.services.register.business import BusinessDetails
from desktop.services.requests.log import RequestForm
from desktop.store.register import RegisterFiles
from desktop.ui import file_dialogs, i18n, printing
from desktop.ui.admin.audit_tab import AuditView
from desktop.ui.customers.export_dialog import ExportDialog
from desktop.ui.documents.actions import file_name, save_letter
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import Preferences

PASSWORD = "maijan salasana"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Paths]:
    previous = os.umask(0o022)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / variable.lower()
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
    try:
        yield Paths.default()
    finally:
        os.umask(previous)
        file_dialogs.remember_in(None)
        i18n.install("en")


def loose(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            if mode != (FOLDER_MODE if path.is_dir() else FILE_MODE):
                found.append(f"{path}: {mode:o}")
    return found


def close_messages() -> QTimer:
    """Answer every 'saved as …' message the way a user does: OK."""
    timer = QTimer()

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.accept()

    timer.timeout.connect(close)
    timer.start(30)
    return timer


def test_everything_the_window_writes_is_private(  # type: ignore[no-untyped-def]
    qtbot, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english
) -> None:
    documents, stick = tmp_path / "Documents", tmp_path / "stick"
    documents.mkdir()
    stick.mkdir()
    answers: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answers.pop(0), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: answers.pop(0))
    files = RegisterFiles(paths.register)
    make_folder(files.db.parent, own=False)
    handler = file_handler(paths.log_dir / "kirjuri.log")
    logger = logging.getLogger("desktop.tests.window_files")
    logger.addHandler(handler)
    timer = close_messages()
    gate = Gate(files)
    try:
        made = create_new_register(
            files,
            BusinessDetails("Kahvila Meikäläinen", "1572860-0"),
            NewUser("maija", "Maija Meikäläinen", Role.ADMIN),
            PASSWORD,
        )
        made.register.close()
        services = Services.for_user(gate, gate.login("maija", PASSWORD).user)
        preferences = Preferences(paths.settings_file)
        file_dialogs.remember_in(preferences)
        window = MainWindow(services, preferences, RememberedLogins(gate.register_id()))
        qtbot.addWidget(window)
        window.show()
        window.language_actions["fi"].trigger()  # the user's own language, into the settings
        logger.warning("an event, logged")

        anna = services.customers.create(
            CustomerForm(
                first_name="Anna",
                last_name="Asiakas",
                addresses=(AddressForm("Mannerheimintie 1", "00100", "Helsinki"),),
            )
        )
        request = services.requests.log(
            RequestForm(
                received_at=datetime.now(),
                channel=RequestChannel.LETTER,
                kinds=(RequestKind.ACCESS,),
                customer_id=anna.id,
                signed_by_hand=True,
            )
        )
        services.requests.record_identity_check(request.id, IdentityMethod.SIGNATURE_MATCHES)
        letter = services.letters.create(request.id, LetterKind.ACCESS)
        signed = services.letters.sign(letter.row.id)

        # A letter saved from the Documents page's action, in a folder of the user's.
        letters = documents / "Kirjeet"
        letters.mkdir()
        answers.append(str(letters / file_name(signed)))
        save_letter(window, services, signed)
        qtbot.waitUntil(lambda: (letters / file_name(signed)).exists(), timeout=20_000)
        # The register description as PDF and as a web page.
        for suffix in ("pdf", "html"):
            answers.append(str(documents / f"tietosuojaseloste.{suffix}"))
            assert printing.save_pdf(window, b"%PDF-1.4\n%%EOF\n", "x", html=suffix == "html")
        # The customers and the audit log exported from their dialogs.
        export = ExportDialog(services, CustomerQuery(), window)
        qtbot.addWidget(export)
        export.export(documents / "asiakkaat.csv")
        audit = AuditView(services)
        qtbot.addWidget(audit)
        audit.export(documents / "tapahtumaloki.csv")
        qtbot.waitUntil(lambda: (documents / "tapahtumaloki.csv").exists(), timeout=20_000)
        qtbot.waitUntil(lambda: (documents / "asiakkaat.csv").exists(), timeout=20_000)
        services.backups.back_up(stick)
        window.close()  # the window's size and place, into the settings
    finally:
        timer.stop()
        logger.removeHandler(handler)
        handler.close()
        gate.close()

    settings = paths.settings_file.read_text("utf-8")
    assert "letters=" in settings and "language" in settings and "geometry" in settings
    assert "Anna" not in settings and "maija" not in settings  # no names in the settings
    written = [
        letters / file_name(signed),
        documents / "tietosuojaseloste.pdf",
        documents / "tietosuojaseloste.html",
        documents / "asiakkaat.csv",
        documents / "tapahtumaloki.csv",
        *stick.iterdir(),
    ]
    assert all(path.exists() for path in written)
    kirjuri = [paths.data_dir, paths.config_dir, paths.log_dir]
    assert loose([*kirjuri, *written]) == []
    # The folders the user chose stay as the user made them.
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755
    assert stat.S_IMODE(stick.stat().st_mode) == 0o755
