#!/usr/bin/env python3
"""Compile the Qt Designer forms in ui/ into Python modules in opop_desktop/gui/forms/.

    python installer/make_forms.py           # or: make forms — (re)write every ui_<name>.py
    python installer/make_forms.py --check   # exit 1 when a compiled form is stale or orphaned

The compiled modules are committed: loading .ui files at run time (QUiLoader) breaks in the
frozen application, and compiling ahead keeps start-up fast. Only uic's "Created by ... version"
header line may differ between a committed form and a fresh compile.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "opop_desktop" / "gui" / "forms"
VERSION_LINE = "## Created by: Qt User Interface Compiler"


def _uic() -> str:
    local = Path(sys.executable).with_name("pyside6-uic")
    return str(local) if local.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def compiled_path(ui: Path) -> Path:
    return FORMS_DIR / f"ui_{ui.stem}.py"


def compile_form(ui: Path) -> str:
    """What pyside6-uic makes of ``ui`` today (the header names the file, not its folder)."""
    done = subprocess.run([_uic(), "-g", "python", ui.name], cwd=ui.parent, check=True,
                          capture_output=True, text=True)
    return done.stdout


def comparable(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith(VERSION_LINE)]


def stale_forms() -> list[str]:
    """Problems as sentences: a form missing, differing from its .ui, or without a .ui."""
    problems = []
    for ui in ui_files():
        target = compiled_path(ui)
        if not target.exists():
            problems.append(f"{target.relative_to(ROOT)} belum dibuat dari {ui.relative_to(ROOT)}")
        elif comparable(target.read_text(encoding="utf-8")) != comparable(compile_form(ui)):
            problems.append(f"{target.relative_to(ROOT)} tidak sama dengan hasil pyside6-uic dari "
                            f"{ui.relative_to(ROOT)}: jalankan make forms")
    sources = {compiled_path(ui).name for ui in ui_files()}
    for module in sorted(FORMS_DIR.glob("ui_*.py")):
        if module.name not in sources:
            problems.append(f"{module.relative_to(ROOT)} tidak punya berkas .ui di ui/")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = stale_forms()
        for line in problems:
            print(line)
        return 1 if problems else 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for ui in ui_files():
        compiled_path(ui).write_text(compile_form(ui), encoding="utf-8")
    print(f"{len(ui_files())} form dikompilasi ke {FORMS_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
