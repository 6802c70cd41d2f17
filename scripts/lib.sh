# Install steps shared by scripts/test and scripts/run. Sourced, not executed.
#
# Every step checks before it acts, so a second run only costs a few dpkg look-ups, a hash of
# pyproject.toml and an lrelease of the stale translations.

set -euo pipefail

KIRJURI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIRJURI_VENV="$KIRJURI_ROOT/.venv"

# Shared libraries the Qt xcb and offscreen platform plugins load, plus a font so Qt has one.
KIRJURI_RUNTIME_DEBS=(
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
    libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core
)
# Extra tools for the tests: a virtual X server, a window manager and the XTEST library for the
# real-window runs driven by key presses (tests/ui/test_keys_under_x.py), pdftotext for the
# letters, and PostgreSQL, of which the tests start a throwaway cluster of their own
# (tests/pg_cluster.py).
KIRJURI_TEST_DEBS=(xvfb xauth openbox libxtst6 poppler-utils postgresql)

kirjuri_note() {
    printf 'kirjuri: %s\n' "$*" >&2
}

kirjuri_die() {
    printf 'kirjuri: error: %s\n' "$*" >&2
    exit 1
}

_kirjuri_deb_installed() {
    # Ubuntu 24.04 renamed some libraries with a t64 suffix; the old name is then virtual.
    local pkg
    for pkg in "$1" "$1t64"; do
        if dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -qx installed; then
            return 0
        fi
    done
    return 1
}

_KIRJURI_APT_UPDATED=0

# kirjuri_ensure_debs PKG... — install the missing ones with apt-get, as root or through sudo.
kirjuri_ensure_debs() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        kirjuri_note "not a Debian-based system; install the Qt runtime libraries yourself if Qt fails to start."
        return 0
    fi
    local missing=() pkg
    for pkg in "$@"; do
        _kirjuri_deb_installed "$pkg" || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            kirjuri_note "not root and no sudo; skipping apt-get install of: ${missing[*]}"
            return 0
        fi
        # Without a terminal sudo cannot ask for a password, so only use it if it needs none.
        if [[ ! -t 0 ]] && ! sudo -n true 2>/dev/null; then
            kirjuri_note "sudo needs a password and there is no terminal; skipping apt-get install of: ${missing[*]}"
            return 0
        fi
        as_root=(sudo)
    fi
    kirjuri_note "installing Debian packages: ${missing[*]}"
    if [[ $_KIRJURI_APT_UPDATED -eq 0 ]]; then
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        _KIRJURI_APT_UPDATED=1
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

_kirjuri_python_ok() {
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

# Prints the interpreter to build the venv with: $PYTHON if set, else python3.
_kirjuri_find_python() {
    local py="${PYTHON:-python3}"
    command -v "$py" >/dev/null 2>&1 || kirjuri_die "$py not found; Kirjuri needs Python 3.11 or newer."
    if ! _kirjuri_python_ok "$py"; then
        kirjuri_die "$py is Python $("$py" -c 'import platform; print(platform.python_version())'); Kirjuri needs 3.11 or newer (set PYTHON=/path/to/python3.11 to pick another)."
    fi
    printf '%s\n' "$py"
}

kirjuri_ensure_venv() {
    if [[ -x "$KIRJURI_VENV/bin/python" ]] && _kirjuri_python_ok "$KIRJURI_VENV/bin/python"; then
        return 0
    fi
    local py
    py="$(_kirjuri_find_python)"
    if ! "$py" -c 'import ensurepip, venv' 2>/dev/null; then
        # Debian's own Python keeps venv/ensurepip in a separate package.
        kirjuri_ensure_debs "python$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv"
        "$py" -c 'import ensurepip, venv' 2>/dev/null \
            || kirjuri_die "$py cannot create virtual environments; install python3-venv."
    fi
    kirjuri_note "creating $KIRJURI_VENV"
    rm -rf "$KIRJURI_VENV"
    "$py" -m venv "$KIRJURI_VENV"
}

# kirjuri_pip_install EXTRAS — "" for the app, "test" for app and test tools. Skipped while
# pyproject.toml is unchanged since the last install with those extras (or a superset).
kirjuri_pip_install() {
    local extras="$1" hash stamp_dir="$KIRJURI_VENV/.kirjuri-stamps"
    hash="$(sha256sum "$KIRJURI_ROOT/pyproject.toml" | cut -d' ' -f1)"
    local wanted=("${extras:-base}")
    [[ -z $extras ]] && wanted+=(test)
    local name
    for name in "${wanted[@]}"; do
        if [[ -f "$stamp_dir/$name" && "$(cat "$stamp_dir/$name")" == "$hash" ]]; then
            return 0
        fi
    done
    local spec="."
    [[ -n $extras ]] && spec=".[${extras}]"
    kirjuri_note "installing Python packages (pip install -e '$spec')"
    (cd "$KIRJURI_ROOT" && "$KIRJURI_VENV/bin/python" -m pip install -qq \
        --disable-pip-version-check -e "$spec")
    mkdir -p "$stamp_dir"
    printf '%s\n' "$hash" >"$stamp_dir/${extras:-base}"
}

kirjuri_build_translations() {
    "$KIRJURI_VENV/bin/python" "$KIRJURI_ROOT/tools/translations.py" build
}
