"""Issue 15, item 4: every file and folder Kirjuri creates is its user's alone (0600/0700), even
when the process umask (022 here, the usual one) would make them readable by everyone.

A scripted session goes through the services as the window does: a new register, customers, an
attachment opened in the viewer, a letter signed and saved as PDF, exports, the audit export, a
backup, a restore over the register and one onto a new computer, a portability package, the log
and the settings file. Then every file and folder it made is walked and its mode checked, while
the register is open (its -wal and -shm exist) and after closing."""

from __future__ import annotations

import logging
import os
import shutil
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm
from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind
from desktop.core.roles import Role
from desktop.logs import file_handler
from desktop.paths import Paths
from desktop.private_files import FILE_MODE, FOLDER_MODE, make_folder
from desktop.services.access.gate import Gate
from desktop.services.access.setup import create_new_register
from desktop.services.access.users import NewUser
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.services.letters.service import write_pdf
from desktop.services.register import restore
from desktop.services.register.audit_view import AuditFilter
from desktop.services.register.business import BusinessDetails
from desktop.services.requests.log import RequestForm
from desktop.store.register import RegisterFiles, RegisterLock

PASSWORD = "maijan salasana"
TINY_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """This test's own per-user folders, as platformdirs gives them to Kirjuri."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / variable.lower()
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
    return Paths.default()


@pytest.fixture
def documents(tmp_path: Path) -> Iterator[Path]:
    """The user's own folder: it gets the exports, which hold names in the clear."""
    folder = tmp_path / "documents"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def loose(folders: list[Path]) -> list[str]:
    """Everything under `folders` that someone else could read, enter or write."""
    found = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            wanted = FOLDER_MODE if path.is_dir() else FILE_MODE
            if mode != wanted:
                found.append(f"{path}: {mode:o}")
    return found


def made_by_kirjuri(*roots: Path) -> list[Path]:
    """What Kirjuri made inside folders the user chose (a USB stick, Documents)."""
    return [child for root in roots for child in root.iterdir()]


def test_every_file_of_a_session_is_private_under_umask_022(
    umask_022: None, tmp_path: Path, paths: Paths, documents: Path
) -> None:
    assert Path(os.environ["XDG_DATA_HOME"]) in paths.data_dir.parents
    # Folders the user chose: they exist already, and stay as the user made them.
    stick = tmp_path / "stick"
    stick.mkdir()
    files = RegisterFiles(paths.register)
    logger = logging.getLogger("desktop.tests.private_files")
    handler = file_handler(paths.log_dir / "kirjuri.log")
    logger.addHandler(handler)
    try:
        lock = RegisterLock(files)
        make_folder(files.db.parent, own=False)  # as the window's start does
        lock.acquire()
        made = create_new_register(
            files,
            BusinessDetails("Kahvila Meikäläinen", "1572860-0"),
            NewUser("maija", "Maija Meikäläinen", Role.ADMIN),
            PASSWORD,
        )
        made.register.close()
        gate = Gate(files)
        services = Services.for_user(gate, gate.login("maija", PASSWORD).user)
        anna = services.customers.create(
            CustomerForm(
                first_name="Anna",
                last_name="Asiakas",
                addresses=(AddressForm("Mannerheimintie 1", "00100", "Helsinki"),),
                emails=(EmailForm("anna@example.fi"),),
            )
        )
        scan = tmp_path / "skannattu.pdf"
        scan.write_bytes(TINY_PDF)
        attachment = services.attachments.add(anna.id, scan)
        viewer_copy = services.attachments.viewer_copy(attachment.id)
        logger.warning("an event, logged")

        request = services.requests.log(
            RequestForm(
                received_at=datetime.now(),
                channel=RequestChannel.LETTER,
                kinds=(RequestKind.ACCESS, RequestKind.PORTABILITY),
                customer_id=anna.id,
                signed_by_hand=True,
            )
        )
        services.requests.record_identity_check(request.id, IdentityMethod.SIGNATURE_MATCHES)
        letter = services.letters.create(request.id, LetterKind.ACCESS)
        signed = services.letters.sign(letter.row.id)
        write_pdf(documents / "vastaus.pdf", services.letters.pdf(signed.id))
        services.exporter.export(CustomerQuery(), documents / "asiakkaat.csv", fmt="csv")
        services.exporter.export(CustomerQuery(), documents / "asiakkaat.xlsx", fmt="xlsx")
        services.audit_log.export_csv(AuditFilter(), documents / "loki.csv", ["a", "b"])
        services.rights.portability_export(request.id, documents)
        done = services.backups.back_up(stick)

        from desktop.ui.preferences import Preferences

        Preferences(paths.settings_file).language = "fi"

        # While the register is open: the database, its -wal and -shm, the key slots, the lock,
        # the viewer's copy and its folder, the log and the settings.
        assert viewer_copy.exists()
        assert (files.db.parent / (files.db.name + "-wal")).exists()
        kirjuri_folders = [paths.data_dir, paths.config_dir, paths.log_dir, viewer_copy.parent]
        assert loose([*kirjuri_folders, *made_by_kirjuri(documents, stick)]) == []

        # A restore over the register (the register as it was is kept beside it), then onto a
        # new computer whose data folder does not exist yet.
        gate.close()
        unlocked = restore.unlock_with_password(done.path, "maija", PASSWORD)
        result = restore.restore(unlocked, files)
        assert result.kept_copy is not None and result.kept_copy.exists()
        lock.release()
        new_computer = RegisterFiles(tmp_path / "new" / "Kirjuri" / "register.kirjuri")
        new_computer.db.parent.parent.mkdir()
        restore.restore(unlocked, new_computer)
        gate = Gate(files)
        gate.login("maija", PASSWORD)
        gate.close()
    finally:
        logger.removeHandler(handler)
        handler.close()

    found = sorted(p.name for p in paths.data_dir.iterdir())
    assert any(".before-restore-" in name for name in found), found
    assert (paths.log_dir / "kirjuri.log").read_text(encoding="utf-8").strip()
    assert paths.settings_file.exists()
    assert (
        loose(
            [
                paths.data_dir,
                paths.config_dir,
                paths.log_dir,
                new_computer.db.parent,
                *made_by_kirjuri(documents, stick),
            ]
        )
        == []
    )
    # The user's own folders were not changed.
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755
    assert stat.S_IMODE(stick.stat().st_mode) == 0o755
