"""A full disk or a read-only folder: a clear message, and the register stays as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.roles import Role
from desktop.errors import DiskFull, ReadOnlyLocation
from desktop.services.access.gate import Gate
from desktop.services.access.users import NewUser
from desktop.services.container import Services
from desktop.store.register import RegisterFiles, RegisterLock
from tests.registers import PASSWORDS, Template


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MiB tmpfs: a real disk that can fill up. Needs root (CI and the dev machines)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> None:
    """Write until the disk says no, in ever smaller pieces, so not a byte is left."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(fd)


def test_full_disk_refuses_the_change_and_keeps_the_register(
    small_disk: Path, register_template: Template
) -> None:
    files = RegisterFiles(small_disk / "register.kirjuri")
    shutil.copy2(register_template.files.db, files.db)
    shutil.copy2(register_template.files.keys, files.keys)
    gate = Gate(files)
    services = Services.for_user(gate, gate.login("maija", PASSWORDS["maija"]).user)
    _fill(small_disk)
    big_name = "Kalle " + "K" * 150
    with pytest.raises(DiskFull) as caught:
        for number in range(200):  # enough rows to need new pages on a full disk
            services.users.add_user(
                NewUser(f"user{number}", big_name, Role.CLERK), "long enough password"
            )
    assert "disk is full" in caught.value.text()
    gate.close()
    (small_disk / "filler").unlink()

    reopened = Gate(files)
    services = Services.for_user(reopened, reopened.login("maija", PASSWORDS["maija"]).user)
    from desktop.services.register.integrity import check_register

    assert check_register(services.gate.register).ok
    usernames = {user.username for user in services.users.list_users()}
    assert {"maija", "ville", "lukija"} <= usernames
    reopened.close()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_folder_is_named(tmp_path: Path, register_template: Template) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    files = RegisterFiles(folder / "register.kirjuri")
    shutil.copy2(register_template.files.db, files.db)
    shutil.copy2(register_template.files.keys, files.keys)
    # Root ignores permission bits, so make the folder read-only with a read-only bind mount.
    made = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True, check=False
    )
    if made.returncode != 0:
        folder.chmod(0o555)
        if os.geteuid() == 0:
            pytest.skip("cannot make a read-only folder here")
    try:
        with pytest.raises(ReadOnlyLocation) as caught:
            RegisterLock(files).acquire()
        assert str(folder) in caught.value.text()
        with pytest.raises(ReadOnlyLocation):
            Gate(files).login("maija", PASSWORDS["maija"])
    finally:
        if made.returncode == 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        else:
            folder.chmod(0o755)
