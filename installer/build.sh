#!/usr/bin/env bash
# Builds the one-folder distributable into dist/opop-desktop/ and checks the frozen programs.
#   installer/build.sh            (uses .venv; installs PyInstaller into it when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller>=6.5,<7"
# A C compiler links the Linux bundle's smaller ICU data library (installer/icu_data.py).
if [ "$(uname -s)" = Linux ] && ! command -v cc >/dev/null; then installer/apt-deps.sh gcc; fi
# The committed .qm files are what ships; the build only checks that no string lacks its entry.
"$PY" installer/update_translations.py --check
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/opop.spec
echo "Bundel: dist/opop-desktop, ukuran per folder:"
"$PY" installer/bundle_size.py dist/opop-desktop
dist/opop-desktop/opop --version
