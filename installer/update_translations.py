"""Refresh the Qt translation sources and compile them.

    python installer/update_translations.py          # lupdate → resources/translations/opop_en.ts, lrelease → .qm
    python installer/update_translations.py --check  # exit 1 when sources have strings missing from the .ts

Bahasa Indonesia is the source language of every ``tr()`` string; English lives in opop_en.ts.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ["en"]


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    forms = ROOT / "opop_desktop" / "gui" / "forms"  # compiled from ui/*.ui, which lupdate reads itself
    files = sorted(str(p) for p in (ROOT / "opop_desktop" / "gui").rglob("*.py") if forms not in p.parents)
    files += sorted(str(p) for p in (ROOT / "ui").rglob("*.ui"))
    return files


def lupdate(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-extensions", "py,ui",
                    *sources(), "-ts", str(ts)], check=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) → (translation text, type attribute) of a .ts file."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source"))] = ((tr.text or "") if tr is not None else "",
                                                   tr.get("type", "") if tr is not None else "")
    return out


def untranslated(ts: Path) -> list[tuple[str, str]]:
    return [key for key, (text, kind) in messages(ts).items() if not text.strip() or kind in ("unfinished", "vanished", "obsolete")]


def missing_from_ts(ts: Path) -> list[tuple[str, str]]:
    """Strings in the sources that the committed .ts does not hold yet."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        lupdate(fresh)
        have = messages(ts) if ts.exists() else {}
        return sorted(set(messages(fresh)) - set(have))


def main(argv: list[str]) -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = TS_DIR / f"opop_{lang}.ts"
        if "--check" in argv:
            missing = missing_from_ts(ts)
            for ctx, src in missing:
                print(f"belum ada di {ts.name}: [{ctx}] {src}")
            return 1 if missing else 0
        lupdate(ts)
        qm = lrelease(ts)
        left = untranslated(ts)
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} pesan, {len(left)} belum diterjemahkan → {qm.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
