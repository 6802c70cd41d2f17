#!/usr/bin/env bash
# Builds Kirjuri's wheel as `pip install .` would, installs it into a new virtual environment
# outside the project and runs `kirjuri --self-test` there: a wheel without its translations,
# fonts or migrations fails here. Used by .ci/run.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$KIRJURI_ROOT"
kirjuri_ensure_debs "${KIRJURI_RUNTIME_DEBS[@]}"
kirjuri_ensure_venv

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS
"$KIRJURI_VENV/bin/python" -m pip wheel --no-deps --quiet --wheel-dir "$work/wheel" .
wheel=("$work"/wheel/kirjuri-*.whl)
"$(_kirjuri_find_python)" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "${wheel[0]}"
kirjuri_note "wheel built and installed in $((SECONDS - started)) s"
(
    cd "$work"
    env -u PYTHONPATH -u VIRTUAL_ENV QT_QPA_PLATFORM=offscreen "$work/venv/bin/kirjuri" --self-test
)
