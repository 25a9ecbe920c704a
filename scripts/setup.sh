#!/usr/bin/env bash
# Sets up everything Weiquan Desk needs in ./.venv: Python packages, compiled translations.
# Safe to run again: it reinstalls only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    echo "Weiquan Desk needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))." >&2
    exit 1
fi

# Qt needs a few system libraries (those of its xcb platform plugin among them) and Chinese fonts;
# install the missing ones when we may (root with apt). A package counts as installed only when
# dpkg-query says "install ok installed" for it (checked for the native architecture, so an i386 copy
# neither hides nor fakes it); apt-get update runs only when something is missing.
QT_SYSTEM_PACKAGES="libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-noto-cjk
    libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1"
installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ] \
        || [ "$(dpkg-query -W -f='${Status}' "$1:$(dpkg --print-architecture)" 2>/dev/null)" = "install ok installed" ]
}
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    missing=""
    for pkg in $QT_SYSTEM_PACKAGES; do
        installed "$pkg" || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        echo "Installing system packages:$missing" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/dev/null
    fi
fi

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
stamp=".venv/.weiquan-installed"
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[dev]"
    echo "$want" > "$stamp"
fi

if [ -f scripts/build_translations.py ]; then
    .venv/bin/python scripts/build_translations.py
fi
