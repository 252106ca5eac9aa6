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
