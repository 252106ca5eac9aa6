"""README: the two set-up commands come first; guides and screenshots it points to exist."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE_RE = re.compile(r"```[a-z]*\n(.*?)```", re.S)


def test_readme_begins_with_the_two_setup_commands():
    first_block = FENCE_RE.search(README)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    # Nothing but the title, one introductory paragraph and the set-up heading before them.
    before = README[:first_block.start()]
    assert before.count("\n## ") == 1 and "Set-up" in before


def test_readme_targets_exist_in_the_makefile():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test", "screenshots"):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_readme_links_and_images_exist():
    images = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", README)
    assert len(images) >= 2
    links = re.findall(r"(?<!!)\[[^\]]*\]\((docs/[^)\s#]+)\)", README)
    for guide in ("panduan-juri.md", "panduan-petugas.md", "panduan-koordinator.md",
                  "panduan-admin-provinsi.md"):
        assert f"docs/{guide}" in links
    for ref in images + links:
        assert (ROOT / ref).is_file(), ref


def test_readme_explains_data_backups_and_cli():
    for needle in ("opop backup list", "opop backup restore", "backups/", "keys/", "Pengaturan",
                   "Sinkronisasi", "docs/cli.md"):
        assert needle in README, needle


def test_screenshot_script_grabs_the_real_window(tmp_path):
    """installer/make_screenshots.py on demo data (offscreen here, Xvfb under `make screenshots`):
    a 1366×768 palette PNG of the main window and a juror's grid."""
    import os
    import struct
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, str(ROOT / "installer" / "make_screenshots.py"), "--set", "guides",
                          "--out", str(tmp_path), "--only", "beranda,penilaian-juri"],
                         capture_output=True, text=True, env=env, timeout=240)
    assert run.returncode == 0, run.stderr[-2000:]
    for name in ("beranda", "penilaian-juri"):
        data = (tmp_path / f"{name}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height, _depth, colour_type = struct.unpack(">IIBB", data[16:26])
        assert (width, height) == (1366, 768)
        assert colour_type == 3  # indexed: small files in the repository
    assert "2 gambar" in run.stdout


def test_every_screen_has_a_current_size_screenshot():
    """docs/screens holds one 1366×768 shot of every navigation screen (make screenshots)."""
    import struct

    from opop_desktop.gui.screens import SCREENS

    for key, *_rest in SCREENS:
        data = (ROOT / "docs" / "screens" / f"{key}.png").read_bytes()
        assert struct.unpack(">II", data[16:24]) == (1366, 768), key
