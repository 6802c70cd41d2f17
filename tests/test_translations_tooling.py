"""tools/translations.py compiles every language, and the code gives lupdate strings it can read."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "translations.py"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def test_build_writes_a_qm_per_language(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(TOOL), "build", "--out", str(tmp_path), "--force"],
        check=True,
        capture_output=True,
    )
    for lang in ("fi", "sv", "en"):
        qm = tmp_path / f"kirjuri_{lang}.qm"
        assert qm.is_file(), f"no {qm.name}"
        assert qm.read_bytes().startswith(QM_MAGIC), f"{qm.name} is not a Qt .qm file"


def test_translatable_calls_are_extractable() -> None:
    spec = importlib.util.spec_from_file_location("kirjuri_translations_tool", TOOL)
    assert spec is not None and spec.loader is not None
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    problems = [p for path in translations.source_files() for p in translations.lint(path)]
    assert not problems, "lupdate would miss or mangle:\n" + "\n".join(problems)


def test_export_then_apply_leaves_a_ts_file_unchanged(tmp_path: Path) -> None:
    """export + apply is how translations cross a merge; it must not churn the file."""
    untranslated = ROOT / "tools" / "untranslated.py"
    ts = ROOT / "translations" / "kirjuri_sv.ts"
    before = ts.read_bytes()
    exported = subprocess.run(
        [sys.executable, str(untranslated), "export", "sv", "--from", str(ts)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "\tFel användarnamn eller lösenord" in exported or exported.count("\n") > 100
    tsv = tmp_path / "sv.tsv"
    tsv.write_text(exported, encoding="utf-8")
    try:
        subprocess.run(
            [sys.executable, str(untranslated), "apply", "sv", str(tsv)],
            check=True,
            capture_output=True,
        )
        assert ts.read_bytes() == before
    finally:
        ts.write_bytes(before)
