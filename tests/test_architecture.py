"""Layering rules that keep the code base healthy."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "opop_desktop" / "core"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
            if node.module.startswith("opop_desktop.gui"):
                names.add("opop_desktop.gui")
    return names


def test_core_imports_no_qt():
    offenders = {}
    for path in CORE.rglob("*.py"):
        bad = _imports(path) & {"PySide6", "shiboken6", "PyQt5", "PyQt6", "opop_desktop.gui"}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_cli_imports_no_qt():
    for path in (ROOT / "opop_desktop" / "cli").rglob("*.py"):
        assert not _imports(path) & {"PySide6", "shiboken6"}, path


def test_services_never_commit():
    """Services flush; the caller (CLI command, GUI task) owns the transaction."""
    for path in (CORE / "services").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert ".commit()" not in text, path


def test_file_dialogs_only_through_the_helper_that_never_opens_files():
    """Qt's stock dialogs sniff the content of the files they list (the database among them) and
    so drop the app's SQLite locks; every dialog goes through gui/widgets/file_dialogs.py."""
    helper = ROOT / "opop_desktop" / "gui" / "widgets" / "file_dialogs.py"
    offenders = []
    for path in (ROOT / "opop_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path != helper and any(name in text for name in ("QFileDialog", "QFileSystemModel",
                                                             "QFileIconProvider", "QMimeDatabase")):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_task_callbacks_need_no_guard_of_their_own():
    """gui/tasks.py skips callbacks whose widgets were deleted; screens keep no copies of it."""
    tasks = ROOT / "opop_desktop" / "gui" / "tasks.py"
    copies = [str(p.relative_to(ROOT)) for p in (ROOT / "opop_desktop" / "gui").rglob("*.py")
              if p != tasks and "shiboken6.isValid" in p.read_text(encoding="utf-8")]
    assert copies == []


def test_screens_hear_long_lived_signals_through_bound_methods():
    """A lambda connected to the context's signals outlives the screen that made it (Qt drops
    only bound-method connections with their object): after a language switch it touches the
    deleted widgets."""
    import re

    pattern = re.compile(r"ctx\.(users\.user_changed|tasks\.changed|tasks\.busy_changed)\.connect\(\s*lambda")
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "opop_desktop" / "gui").rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
