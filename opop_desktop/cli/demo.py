"""`opop demo`: fill an empty database with a seedable synthetic programme year.

Asks before it writes (``--yes`` answers for scripts), is refused on a laptop that has been set
up, and prints the demo accounts at the end."""
from __future__ import annotations

import sys

from opop_desktop.core.errors import UsageError

from .context import lazy_module

demo = lazy_module("opop_desktop.core.demo")

ROLE_TEXT = {"coordinator": "koordinator", "officer": "petugas", "juror": "juri"}


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="isi basis data kosong dengan data contoh")
    p.add_argument("--scale", choices=["small", "province"], default="small",
                   help="small: ~60 peserta di 2 kab/kota; province: ~1.500 peserta di 27 kab/kota")
    p.add_argument("--seed", type=int, default=1, help="benih acak (benih sama → data sama)")
    p.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi (untuk skrip)")
    p.set_defaults(handler=cmd_demo)


def confirmed(args) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("Data contoh berisi peserta, juri dan nilai fiktif. Tambahkan --yes untuk "
                         "mengonfirmasi (dipakai hanya untuk mencoba).")
    answer = input(f"Isi basis data {getattr(args, 'db', None) or 'ini'} dengan data contoh fiktif? Ketik 'ya' untuk lanjut: ")
    return answer.strip().lower() in ("ya", "y", "yes")


def accounts_text(summary) -> str:
    """The coordinator and officers, the juror with the empty sheet and a few more; every juror
    shares one PIN, so the rest is one line."""
    jurors = [a for a in summary.accounts if a.role == "juror"]
    shown = [a for a in summary.accounts if a.role != "juror"]
    shown += [a for a in jurors if a.username == summary.venue_day.empty_juror] + \
        [a for a in jurors if a.username != summary.venue_day.empty_juror][:3]
    lines = ["Akun contoh (nama pengguna, peran, kata sandi atau PIN):"]
    for a in shown:
        kind = "PIN" if a.role == "juror" else "kata sandi"
        note = f"  ({a.note})" if a.note else ""
        lines.append(f"  {a.username:<14} {ROLE_TEXT[a.role]:<12} {kind} {a.secret}{note}")
    if jurors:
        lines.append(f"  semua {len(jurors)} akun juri (juri-1 … juri-{len(jurors)}) memakai PIN {jurors[0].secret}")
    return "\n".join(lines)


def cmd_demo(args, ctx) -> int:
    if not confirmed(args):
        print("Dibatalkan; tidak ada yang diubah.")
        return 1
    with ctx.db.session() as s:
        summary = demo.generate_demo(s, scale=args.scale, seed=args.seed, actor=ctx.who)
    text = (f"Data contoh dibuat di {summary.programme_name}: {summary.registrants} peserta di "
            f"{summary.regencies} kab/kota ({summary.admin_passed} lolos administrasi, "
            f"{summary.admin_failed} tidak lolos), benih {summary.seed}.")
    day = summary.venue_day
    text += (f"\nHari audisi contoh: {day.venues} lokasi, {day.panels} panel, {day.jurors} juri, "
             f"{day.present} hadir, {day.absent} tidak hadir.")
    if summary.notes:
        text += "\n" + "\n".join(summary.notes)
    text += "\n" + accounts_text(summary)
    ctx.emit(summary, text)
    return 0
