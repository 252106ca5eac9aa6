#!/usr/bin/env bash
# Installs the named Debian packages that are missing, when we can (root + apt-get).
# Used by `make run` / `make test`; a no-op on machines that already have them.
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
# python3-venv is only needed when the interpreter cannot make a venv by itself.
if [ "${missing[*]}" = "python3-venv" ] && python3 -c 'import venv, ensurepip' 2>/dev/null; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "Paket sistem belum terpasang (system packages missing): ${missing[*]}" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Jalankan sebagai root untuk memasang: ${missing[*]}" >&2; exit 0; fi
fi
echo "Memasang paket sistem: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
# Some names differ between Debian/Ubuntu releases (libgl1 vs libgl1-mesa-glx, ...): install
# what exists and report the rest instead of failing the whole set-up.
avail=()
for pkg in "${missing[@]}"; do
  if apt-cache show "$pkg" >/dev/null 2>&1; then avail+=("$pkg"); else echo "  (tidak tersedia: $pkg)" >&2; fi
done
[ ${#avail[@]} -eq 0 ] || $SUDO apt-get install -y -qq --no-install-recommends "${avail[@]}" >/dev/null
