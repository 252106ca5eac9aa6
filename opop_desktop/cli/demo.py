"""`opop demo`: fill the database with a seedable synthetic programme year."""
from __future__ import annotations

from .context import lazy_module

demo = lazy_module("opop_desktop.core.demo")


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="isi basis data dengan data contoh")
    p.add_argument("--scale", choices=["small", "province"], default="small",
                   help="small: ~60 peserta di 2 kab/kota; province: ~1.500 peserta di 27 kab/kota")
    p.add_argument("--seed", type=int, default=1, help="benih acak (benih sama → data sama)")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args, ctx) -> int:
    with ctx.db.session() as s:
        summary = demo.generate_demo(s, scale=args.scale, seed=args.seed)
    text = (f"Data contoh dibuat di {summary.programme_name}: {summary.registrants} peserta di "
            f"{summary.regencies} kab/kota ({summary.admin_passed} lolos administrasi, "
            f"{summary.admin_failed} tidak lolos), benih {summary.seed}.")
    day = summary.venue_day
    if day is not None and hasattr(day, "venues"):
        text += (f"\nHari audisi contoh: {day.venues} lokasi, {day.panels} panel, {day.jurors} juri, "
                 f"{day.present} hadir, {day.absent} tidak hadir.")
    if summary.notes:
        text += "\n" + "\n".join(summary.notes)
    ctx.emit(summary, text)
    return 0
