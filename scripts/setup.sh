#!/usr/bin/env bash
# All set-up on a fresh Debian or Ubuntu machine: system packages (when missing), the
# virtual environment in .venv, and Mailroom installed into it.
#   scripts/setup.sh          # what the app needs
#   scripts/setup.sh --test   # plus what the test suite needs (PostgreSQL, poppler, Xvfb)
#   scripts/setup.sh --bench  # plus what the benchmarks compare against (OCRmyPDF)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng fonts-dejavu-core fonts-liberation2
          libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0)
for arg in "$@"; do
  case "$arg" in
    --test) PACKAGES+=(postgresql postgresql-contrib poppler-utils xvfb libreoffice-writer-nogui) ;;
    --bench) PACKAGES+=(postgresql poppler-utils ocrmypdf) ;;
  esac
done

PYTHON="${PYTHON:-python3}"
if ! command -v "$PYTHON" >/dev/null 2>&1; then PACKAGES+=(python3 python3-venv python3-pip); fi
if command -v "$PYTHON" >/dev/null 2>&1 && ! "$PYTHON" -c "import ensurepip, venv" 2>/dev/null; then
  PACKAGES+=(python3-venv)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Mailroom needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2; exit 2; }
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
EXTRAS="postgres"
for arg in "$@"; do case "$arg" in --test|--bench) EXTRAS="test,postgres" ;; esac; done
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[${EXTRAS}]"
