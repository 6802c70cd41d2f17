"""Starting Kirjuri against registers that cannot be opened: a clear message, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.app import KirjuriApp
from desktop.paths import Paths
from desktop.store.register import RegisterFiles, RegisterLock
from desktop.ui.preferences import Preferences
from tests.ui.conftest import capture_next_message


def _app(tmp_path: Path, files: RegisterFiles) -> KirjuriApp:
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "log", files.db)
    return KirjuriApp(paths, Preferences(paths.settings_file))


def _start_expecting_message(app: KirjuriApp) -> str:
    message = capture_next_message()
    assert app.start() is False
    assert "text" in message, "the user must be told why"
    assert "Traceback" not in message["text"]
    return message["text"]


def test_missing_key_file(qtbot, tmp_path, files, english) -> None:  # type: ignore[no-untyped-def]
    files.keys.unlink()
    before = files.db.read_bytes()
    text_shown = _start_expecting_message(_app(tmp_path, files))
    assert "key file" in text_shown and ".keys" in text_shown
    assert files.db.read_bytes() == before


def test_not_a_register(qtbot, tmp_path, files, english) -> None:  # type: ignore[no-untyped-def]
    files.keys.write_text("this is a shopping list, not a key file")
    # The register is whole; the key file is what is wrong, and the message says so (issue 15).
    before = files.db.read_bytes()
    text_shown = _start_expecting_message(_app(tmp_path, files))
    assert "key file" in text_shown and "not touched" in text_shown
    assert files.db.read_bytes() == before


def test_second_copy_says_the_register_is_open(qtbot, tmp_path, files, english) -> None:  # type: ignore[no-untyped-def]
    with RegisterLock(files):
        assert "already open" in _start_expecting_message(_app(tmp_path, files))


@pytest.mark.parametrize("where", ["header", "middle"])
def test_corrupted_register_points_to_backups(qtbot, tmp_path, files, english, where) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.access.gate import Gate
    from tests.ui.conftest import PASSWORDS

    data = bytearray(files.db.read_bytes())
    offset = 100 if where == "header" else len(data) // 2
    data[offset : offset + 64] = bytes(64)
    files.db.write_bytes(bytes(data))
    gate = Gate(files)
    with pytest.raises(Exception) as caught:
        gate.login("maija", PASSWORDS["maija"])
        # A damaged page in the middle may only show once read; the check finds it.
        from desktop.services.register.integrity import check_register

        assert gate.register is not None
        report = check_register(gate.register)
        assert not report.ok
        raise RuntimeError("detected by check")
    gate.close()
    if where == "header":
        from desktop.errors import CorruptRegister

        assert isinstance(caught.value, CorruptRegister)
        assert "backup" in caught.value.text()


def test_register_from_a_newer_version(qtbot, tmp_path, files, english) -> None:  # type: ignore[no-untyped-def]
    from desktop.errors import NewerRegister
    from desktop.services.access.gate import Gate
    from tests.ui.conftest import PASSWORDS

    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    with gate.register.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    gate.close()
    before = files.db.read_bytes()
    with pytest.raises(NewerRegister) as caught:
        Gate(files).login("maija", PASSWORDS["maija"])
    assert "newer version" in caught.value.text()
    assert files.db.read_bytes() == before


@pytest.mark.parametrize(
    ("after_renames", "lose", "said"),
    [
        (1, "", "finished it now"),
        (2, "", "finished it now"),
        (1, "staged keys", "put the register"),
        (1, "staged keys and kept copy", "files Kirjuri needs"),
    ],
)
def test_first_login_after_an_interrupted_restore_says_what_happened(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, files, english, monkeypatch, after_renames, lose, said
) -> None:
    """A restore killed between its renames is finished (or, when it cannot be, undone) at the
    start, and the user is told which; when neither is possible, that too."""
    from desktop.services.access.gate import Gate
    from desktop.store.backup import create_backup
    from desktop.store.models import AuditEntry
    from tests.services.register.test_restore_crash import _crash_restore
    from tests.ui.conftest import PASSWORDS

    gate = Gate(files)
    gate.login("maija", PASSWORDS["maija"])
    assert gate.register is not None
    media = tmp_path / "media"
    media.mkdir()
    backup = create_backup(gate.register, media).path
    gate.register.set_password("ville", "villen uusi salasana")  # the key slots move on
    gate.close()
    _crash_restore(backup, files, after_renames, PASSWORDS["maija"])
    if "staged keys" in lose:
        (staged_keys,) = files.db.parent.glob(".register.kirjuri.keys.restore-*")
        staged_keys.unlink()
    if "kept copy" in lose:
        for kept in files.db.parent.glob("register.before-restore-*"):
            kept.unlink()

    app = _app(tmp_path, files)
    monkeypatch.setattr(
        KirjuriApp, "_login", lambda self: self.gate.login("maija", PASSWORDS["maija"]).user
    )
    message = capture_next_message()
    assert app.start() is True
    try:
        assert "interrupted" in message["text"]
        assert said in message["text"]
        assert app.gate.restore_settled_at_login is None  # told once
        assert app.gate.register is not None
        with app.gate.register.read() as session:
            actions = set(session.scalars(select(AuditEntry.action)))
        settled = "kept copy" not in lose
        assert ("restore_completed_after_interruption" in actions) == settled
    finally:
        assert app.window is not None
        app.window.close()
        app.shutdown()
