"""Issue 15 items 7 and 11: a key-slot file someone edited. Every parameter is bounded, an
unknown file version is refused, and each case ends in a plain message with its exit code: never a
hang, a crash or a traceback."""

from __future__ import annotations

import io
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from desktop.errors import KeySlotsDamaged, NewerKeySlots, UserError
from desktop.services.access.gate import Gate
from desktop.store.register import RegisterFiles
from tests.registers import PASSWORDS

Edit = Callable[[dict[str, Any]], None]


def _slot(document: dict[str, Any], owner: str = "maija") -> dict[str, Any]:
    return next(slot for slot in document["slots"] if slot["owner"] == owner)


def _kdf(name: str, value: object) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        _slot(document)["kdf"][name] = value

    return edit


def _field(name: str, value: object) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        _slot(document)[name] = value

    return edit


def _top(name: str, value: object) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document[name] = value

    return edit


def _extra_kdf_field(document: dict[str, Any]) -> None:
    _slot(document)["kdf"]["parallelism"] = 4


DAMAGED: dict[str, Edit] = {
    "huge iterations": _kdf("iterations", 10**9),
    "zero iterations": _kdf("iterations", 0),
    "iterations as text": _kdf("iterations", "3"),
    "iterations as true": _kdf("iterations", True),
    "huge memory": _kdf("memory_kib", 64 * 1024 * 1024),
    "no memory": _kdf("memory_kib", 0),
    "negative memory": _kdf("memory_kib", -1),
    "memory and passes together too much": _kdf("memory_kib", 1024 * 1024),
    "zero lanes": _kdf("lanes", 0),
    "too many lanes": _kdf("lanes", 2**24),
    "float lanes": _kdf("lanes", 4.5),
    "short salt": _kdf("salt", "AAAA"),
    "salt not base64": _kdf("salt", "ääää"),
    "huge salt": _kdf("salt", "A" * 4000),
    "other kdf": _kdf("name", "scrypt"),
    "unknown kdf field": _extra_kdf_field,
    "short nonce": _field("nonce", "AAAA"),
    "wrapped key cut short": _field("wrapped", "AAAA"),
    "wrapped key as a number": _field("wrapped", 12),
    "unknown slot kind": _field("kind", "fingerprint"),
    "version as text": _top("version", "1"),
    "version zero": _top("version", 0),
    "no register id": _top("register_id", ""),
    "slots not a list": _top("slots", {"maija": 1}),
}


def _edit(files: RegisterFiles, edit: Edit) -> None:
    document = json.loads(files.keys.read_bytes())
    edit(document)
    files.keys.write_text(json.dumps(document), encoding="utf-8")


def _multiply_iterations(document: dict[str, Any]) -> None:
    _slot(document)["kdf"]["memory_kib"] = 1024 * 1024
    _slot(document)["kdf"]["iterations"] = 3


DAMAGED["memory and passes together too much"] = _multiply_iterations


@pytest.mark.parametrize("case", list(DAMAGED))
def test_an_edited_parameter_is_refused_at_once(files: RegisterFiles, case: str) -> None:
    _edit(files, DAMAGED[case])
    began = time.monotonic()
    with pytest.raises(KeySlotsDamaged) as refused:
        Gate(files).login("maija", PASSWORDS["maija"])
    assert time.monotonic() - began < 5, "no Argon2 run with the edited parameters"
    assert refused.value.exit_code == 5
    assert str(files.keys) in refused.value.text()


def test_a_newer_key_file_version_is_refused(files: RegisterFiles) -> None:
    _edit(files, _top("version", 2))
    with pytest.raises(NewerKeySlots) as refused:
        Gate(files).usernames()
    assert refused.value.exit_code == 6


# Item 11: three kinds of edited key-slot file, through the command, in Finnish.
def _cut_short(files: RegisterFiles) -> None:
    raw = files.keys.read_bytes()
    files.keys.write_bytes(raw[: len(raw) // 2])


def _slots_swapped(files: RegisterFiles) -> None:
    """maija's slot relabelled as ville's: the additional data no longer fits."""

    def edit(document: dict[str, Any]) -> None:
        _slot(document, "ville")["wrapped"] = _slot(document, "maija")["wrapped"]
        _slot(document, "ville")["nonce"] = _slot(document, "maija")["nonce"]

    _edit(files, edit)


def _not_utf8(files: RegisterFiles) -> None:
    files.keys.write_bytes(files.keys.read_bytes().replace(b'"maija"', b'"maij\xe4"'))


EDITED_FILES: dict[str, tuple[Callable[[RegisterFiles], None], str, int]] = {
    "cut short": (_cut_short, "maija", 5),
    "slots swapped": (_slots_swapped, "ville", 3),
    "not UTF-8": (_not_utf8, "maija", 5),
}


@pytest.mark.parametrize("case", list(EDITED_FILES))
def test_edited_key_files_through_the_command(
    files: RegisterFiles,
    case: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit, user, code = EDITED_FILES[case]
    edit(files)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS[user] + "\n"))
    args = ["--lang", "fi", "check", "--db", str(files.db), "--user", user, "--password-stdin"]
    assert main(args) == code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "unexpected" not in err and "odottamaton" not in err
    assert err.startswith("kirjuri: ") and err.count("\n") == 1


def test_every_refusal_is_a_user_error() -> None:
    for error in (KeySlotsDamaged, NewerKeySlots):
        assert issubclass(error, UserError)
        assert error(path=str(Path("x.keys"))).text()
