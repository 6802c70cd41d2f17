#!/usr/bin/env bash
# Builds the Linux one-folder bundle dist/kirjuri/ (run it as dist/kirjuri/kirjuri).
#
#     packaging/build-linux.sh            # uses the project's .venv (made if missing)
#
# Installs the Debian libraries Qt needs, Kirjuri with its `packaging` extra (PyInstaller) into
# .venv, compiles the translations and runs PyInstaller with packaging/kirjuri.spec. Check the
# result with: QT_QPA_PLATFORM=offscreen dist/kirjuri/kirjuri --self-test
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$KIRJURI_ROOT"

# binutils: PyInstaller reads the shared libraries' dependencies with objdump.
kirjuri_ensure_debs "${KIRJURI_RUNTIME_DEBS[@]}" binutils
kirjuri_ensure_venv
kirjuri_pip_install packaging
"$KIRJURI_VENV/bin/python" "$KIRJURI_ROOT/tools/translations.py" build --force

started=$SECONDS
rm -rf dist/kirjuri build/pyinstaller
"$KIRJURI_VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/kirjuri.spec
kirjuri_note "built dist/kirjuri in $((SECONDS - started)) s ($(du -sh dist/kirjuri | cut -f1))"
