"""The register survives what happens to real machines: a process killed (SIGKILL) in the middle
of a large import and of a backup, a disk that fills up during a backup. Child processes do the
work through the real services; this test kills them and looks at what is left."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.register.integrity import check_register
from desktop.store.backup import BackupDiskFull, BackupMediumFailed, create_backup
from desktop.store.backup_format import backups_in, iter_partials, verify_backup
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS, Template
from tests.store.test_disk_faults import small_disk  # noqa: F401 - the tmpfs fixture

ROOT = Path(__file__).resolve().parents[2]

CHILD_IMPORT = """
import sys
from pathlib import Path
from desktop.core.importing.readers import Table
from desktop.services.container import Services
from desktop.services.access.gate import Gate
from desktop.store.register import RegisterFiles

gate = Gate(RegisterFiles(Path(sys.argv[1])))
services = Services.for_user(gate, gate.login("maija", sys.argv[2]).user)
rows = [[f"Etu{i}", f"Suku{i}", f"henkilo{i}@example.fi"] for i in range(int(sys.argv[3]))]
table = Table(["Etunimi", "Sukunimi", "Sähköposti"], rows)
plan = services.importer.plan(table, {0: "first_name", 1: "last_name", 2: "email"})

def progress(done, total):
    if done:
        print("importing", done, flush=True)

services.importer.run(plan, progress=progress)
print("finished", flush=True)
"""

CHILD_BACKUP = """
import sys, time
from pathlib import Path
from desktop.services.access.gate import Gate
from desktop.store.backup import create_backup
from desktop.store.register import RegisterFiles

gate = Gate(RegisterFiles(Path(sys.argv[1])))
gate.login("maija", sys.argv[2])

def progress(step, done, total):
    if step == "copy" and done:
        print("copying", done, total, flush=True)
        time.sleep(0.02)

create_backup(gate.register, Path(sys.argv[3]), progress=progress, step_pages=1)
print("finished", flush=True)
"""


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _kill_when(child: subprocess.Popen[str], word: str, after: int = 1) -> None:
    """Wait until the child has said `word` `after` times, then SIGKILL it."""
    assert child.stdout is not None
    seen = 0
    for line in child.stdout:
        if line.startswith("finished"):
            pytest.fail("the child finished before it could be killed")
        if line.startswith(word):
            seen += 1
            if seen >= after:
                break
    else:
        pytest.fail(f"the child stopped early: {child.stderr.read() if child.stderr else ''}")
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    assert child.returncode == -signal.SIGKILL


def _open(files: RegisterFiles) -> tuple[Gate, Services]:
    gate = Gate(files)
    return gate, Services.for_user(gate, gate.login("maija", PASSWORDS["maija"]).user)


def _customers(services: Services) -> int:
    from desktop.services.customers.search import CustomerQuery

    return services.customer_queries.count(CustomerQuery())


@pytest.fixture
def earlier_backup(files: RegisterFiles, tmp_path: Path) -> Iterator[tuple[Path, bytes]]:
    stick = tmp_path / "stick"
    stick.mkdir()
    gate, services = _open(files)
    done = services.backups.back_up(stick)
    key = services.gate.register.backup_key()
    gate.close()
    yield done.path, key


@pytest.mark.slow
def test_sigkill_during_a_large_import(
    files: RegisterFiles, earlier_backup: tuple[Path, bytes]
) -> None:
    child = _start(CHILD_IMPORT, str(files.db), PASSWORDS["maija"], "30000")
    _kill_when(child, "importing", after=3)  # a few batches are in, none committed

    gate, services = _open(files)
    try:
        report = check_register(services.gate.register)  # cipher_integrity_check + integrity_check
        assert report.ok, report.problems
        assert _customers(services) == 0  # the import is wholly absent
    finally:
        gate.close()
    backup, key = earlier_backup
    assert verify_backup(backup, key).ok


@pytest.mark.slow
def test_sigkill_during_a_backup(files: RegisterFiles, earlier_backup: tuple[Path, bytes]) -> None:
    backup, key = earlier_backup
    stick = backup.parent
    child = _start(CHILD_BACKUP, str(files.db), PASSWORDS["maija"], str(stick))
    _kill_when(child, "copying", after=5)

    assert backups_in(stick) == [backup]  # no half backup under a final name
    assert list(iter_partials(stick))  # the hidden temporary folder is all that is left
    assert verify_backup(backup, key).ok
    gate, services = _open(files)
    try:
        assert check_register(services.gate.register).ok
        # The next backup works and leaves only whole backups with final names.
        services.backups.back_up(stick)
        assert len(backups_in(stick)) == 2
    finally:
        gate.close()


def test_full_disk_during_backup(
    small_disk: Path,  # noqa: F811 - the fixture
    register_template: Template,
    tmp_path: Path,
) -> None:
    files = RegisterFiles(tmp_path / "reg" / "register.kirjuri")
    files.db.parent.mkdir()
    shutil.copy2(register_template.files.db, files.db)
    shutil.copy2(register_template.files.keys, files.keys)
    gate, services = _open(files)
    try:
        first = services.backups.back_up(small_disk)
        size = sum(p.stat().st_size for p in first.path.iterdir())
        # Leave less room than one more backup needs.
        filler = small_disk / "filler"
        free = shutil.disk_usage(small_disk).free
        with filler.open("wb") as handle:
            handle.write(b"\0" * max(0, free - size // 2))
        with pytest.raises(BackupDiskFull) as caught:
            services.backups.back_up(small_disk)
        assert "disk is full" in caught.value.text()
        assert "earlier backups are untouched" in caught.value.text()
        assert backups_in(small_disk) == [first.path]
        assert not list(iter_partials(small_disk))  # the temporary folder was removed
        assert verify_backup(first.path, services.gate.register.backup_key()).ok
        assert check_register(services.gate.register).ok  # the register itself is untouched
    finally:
        gate.close()


def test_write_failing_medium(
    files: RegisterFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a tmpfs: a file object that fails as a pulled stick does (EIO) on the keys."""
    import desktop.store.backup as backup_module

    stick = tmp_path / "stick"
    stick.mkdir()
    gate, services = _open(files)
    try:
        first = services.backups.back_up(stick, now=None)

        def pulled(path: Path, data: bytes) -> None:
            with path.open("xb") as handle:
                handle.write(data[:10])
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(backup_module, "_write_synced", pulled)
        with pytest.raises(BackupMediumFailed) as caught:
            create_backup(services.gate.register, stick)
        assert "drive was removed" in caught.value.text()
        assert backups_in(stick) == [first.path]
        assert not list(iter_partials(stick))
        assert not [p for p in os.listdir(stick) if p != first.path.name]
    finally:
        gate.close()
