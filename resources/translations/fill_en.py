"""Fill opop_en.ts from the English glossary in en_strings.py, then compile opop_en.qm.

    python resources/translations/fill_en.py          # lupdate, fill, lrelease; lists what is still missing
    python resources/translations/fill_en.py --check  # also warn about clashing &-mnemonics per context

en_strings.py is the authority for every source it names: running this again rewrites those
translations (so a wording fix is one edit there). Messages it does not name keep whatever the
.ts holds. The .ts is edited as text so lupdate's layout, locations and DOCTYPE stay as they are.
"""
from __future__ import annotations

import html
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "installer"), str(HERE)]

import update_translations as ut  # noqa: E402
from en_strings import translation_for  # noqa: E402

TS = HERE / "opop_en.ts"

_CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.S)
_MESSAGE = re.compile(r"<message(?: [^>]*)?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation(?: [^>]*)?(?:/>|>(.*?)</translation>)", re.S)


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def fill(ts_text: str) -> tuple[str, list[tuple[str, str]]]:
    """The .ts text with every known source translated, and the (context, source) still open."""
    left: list[tuple[str, str]] = []

    def one_context(m: re.Match) -> str:
        context = html.unescape(m.group(2))

        def one_message(mm: re.Match) -> str:
            block = mm.group(0)
            src_m = _SOURCE.search(block)
            tr_m = _TRANSLATION.search(block)
            if not src_m or not tr_m:
                return block
            source = html.unescape(src_m.group(1))
            english = translation_for(context, source)
            if english is None:
                if 'type="unfinished"' in tr_m.group(0) or not (tr_m.group(1) or "").strip():
                    left.append((context, source))
                return block
            return block[:tr_m.start()] + f"<translation>{_escape(english)}</translation>" + block[tr_m.end():]

        return m.group(1) + _MESSAGE.sub(one_message, m.group(3)) + m.group(4)

    return _CONTEXT.sub(one_context, ts_text), left


_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_clashes(ts: Path) -> list[str]:
    """Contexts where two English strings share a mnemonic letter (judge each: tabs and dialogs
    that are never visible together may share one)."""
    by_ctx: dict[str, list[tuple[str, str]]] = {}
    for (ctx, src), (text, _kind) in ut.messages(ts).items():
        by_ctx.setdefault(ctx, []).append((src, text))
    out = []
    for ctx, pairs in sorted(by_ctx.items()):
        en = Counter(m.group(1).lower() for _s, t in pairs for m in _MNEMONIC.finditer(t.replace("&&", "")))
        for letter, n in en.items():
            if n > 1:
                texts = [t for _s, t in pairs if re.search("&" + re.escape(letter), t.replace("&&", ""), re.I)]
                out.append(f"[{ctx}] &{letter}: {texts}")
    return out


def main(argv: list[str]) -> int:
    ut.lupdate(TS)
    text, left = fill(TS.read_text(encoding="utf-8"))
    TS.write_text(text, encoding="utf-8")
    ut.lupdate(TS)  # normalise the layout exactly as lupdate writes it
    ut.lrelease(TS)
    ut.lrelease(HERE / "qtbase_id.ts")  # hand-written Indonesian for Qt's own buttons and edit menus
    for ctx, src in left:
        print(f"missing: [{ctx}] {src!r}")
    if "--check" in argv:
        for line in mnemonic_clashes(TS):
            print("mnemonic:", line)
    print(f"{TS.name}: {len(ut.messages(TS))} messages, {len(ut.untranslated(TS))} untranslated")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
