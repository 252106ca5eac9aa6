"""The Windows installer script compiles (NSIS on Debian) and the PyInstaller spec names what exists."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("makensis") is None, reason="nsis not installed")
def test_nsis_script_compiles(tmp_path):
    # A stand-in for the Windows one-folder build: the script only needs the file layout.
    src = tmp_path / "opop-desktop"
    (src / "_internal" / "docs").mkdir(parents=True)
    (src / "opop-desktop.exe").write_bytes(b"MZ stand-in")
    (src / "opop.exe").write_bytes(b"MZ stand-in")
    script = tmp_path / "opop-desktop.nsi"
    shutil.copy(ROOT / "installer" / "opop-desktop.nsi", script)
    icon = ROOT / "resources" / "icons" / "opop.ico"
    proc = subprocess.run(["makensis", "-V2", f"-DSRCDIR={src}", "-DVERSION=9.9.9", f"-DICON={icon}",
                           str(script)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    setup = tmp_path / "opop-desktop-9.9.9-setup.exe"
    assert setup.exists() and setup.read_bytes()[:2] == b"MZ"


def test_spec_ships_resources_and_migrations():
    spec = (ROOT / "installer" / "opop.spec").read_text()
    for needed in ('"resources"', '"migrations"', "opop-desktop", 'name="opop"', "QtWebEngineCore"):
        assert needed in spec
    assert (ROOT / "resources" / "regions" / "LICENSE").exists()


def test_application_icon_is_a_windows_icon_with_every_size():
    from PIL import Image

    spec = (ROOT / "installer" / "opop.spec").read_text()
    assert '"opop.ico"' in spec and "MUI_ICON" in (ROOT / "installer" / "opop-desktop.nsi").read_text()
    with Image.open(ROOT / "resources" / "icons" / "opop.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert "CC0" in (ROOT / "resources" / "icons" / "LICENSE").read_text()
