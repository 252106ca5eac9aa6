# Set-up and everyday commands. `make run` and `make test` do everything on a fresh
# Debian/Ubuntu machine: system libraries (when root), the .venv, the package.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

# Libraries Qt needs at run time, PostgreSQL for the master-database tests, qpdf for PDF checks.
APT_RUNTIME := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libnss3
APT_TEST := postgresql qpdf xvfb nsis zbar-tools poppler-utils

.PHONY: run test sysdeps sysdeps-test venv bench translations forms dist clean

sysdeps:
	@installer/apt-deps.sh $(APT_RUNTIME)

sysdeps-test:
	@installer/apt-deps.sh $(APT_RUNTIME) $(APT_TEST)

$(STAMP): setup.cfg pyproject.toml
	@installer/apt-deps.sh python3-venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,postgres]'
	@touch $(STAMP)

venv: $(STAMP)

run: sysdeps $(STAMP)
	$(PY) main.py $(ARGS)

test: sysdeps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 $(PYTEST_ARGS)

# Every bench/ script and the table of docs/performance.md. The season rehearsal runs on 3 kab/kota
# with one laptop each here (the whole province, 27 × 2 laptops, takes hours on 2 processors:
# `make bench BENCH_ARGS=` or bench/season.py alone).
BENCH_ARGS ?= --script-args "season=--regencies 3 --venues 1"
bench: $(STAMP)
	$(PY) bench/run_all.py --write-doc docs/performance.md $(BENCH_ARGS)

translations: $(STAMP)
	$(PY) installer/update_translations.py

# Qt Designer forms: ui/*.ui → opop_desktop/gui/forms/ui_*.py (committed; see installer/make_forms.py).
forms: $(STAMP)
	$(PY) installer/make_forms.py

dist: $(STAMP)
	installer/build.sh

clean:
	rm -rf build dist .pytest_cache

# Screenshots of the user guides (docs/img/*.png) and of every screen (docs/screens/*.png) from
# the real window on demo data, under Xvfb.
screenshots: $(STAMP)
	$(PY) installer/make_screenshots.py
.PHONY: screenshots
