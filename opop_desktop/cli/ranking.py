"""`opop rank`: one stage's ranking per group and track, as a table or as JSON.

Its own module, so that `opop rank` builds a parser of this command alone."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from opop_desktop.core.errors import UsageError
from opop_desktop.core.formats import score_text
from opop_desktop.core.gcpause import collector_paused
from opop_desktop.core.tabulation import AGGREGATES, GROUP_BYS

from . import leave_for_exit
from .context import Rows, lazy_module, table

results_svc = lazy_module("opop_desktop.core.services.results")

OUTCOME_TEXT = {"selected": "lolos", "not_selected": "tidak", "plenary": "PLENO"}


def decimal_option(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise UsageError(f"'{text}' bukan angka (contoh: 60 atau 62,5).") from None


def register(sub, common) -> None:
    p = sub.add_parser("rank", parents=[common], help="peringkat satu tahap (per kelompok dan jalur)")
    p.add_argument("--stage", type=int, required=True, metavar="N")
    p.add_argument("--track", choices=["start-up", "scale-up"])
    p.add_argument("--group", choices=list(GROUP_BYS))
    p.add_argument("--quota", type=int, metavar="K", help="kuota per kelompok (semua jalur)")
    p.add_argument("--threshold", type=decimal_option, metavar="T", help="ambang lolos (nilai ≥ T)")
    p.add_argument("--aggregate", choices=list(AGGREGATES))
    p.add_argument("--regency", metavar="CODE", help="hanya kab/kota ini, mis. 32.04")
    p.add_argument("--venue", metavar="ID", help="hanya pesantren lokasi ini")
    p.add_argument("--variance-limit", type=decimal_option, metavar="POIN",
                   help="tanda 'juri jauh dari median' bila selisih > POIN (default 15)")
    p.add_argument("--full", action="store_true", help="JSON lengkap: kelompok, cusp, pengecualian, tanda")
    p.set_defaults(handler=cmd_rank)


def ranked(ctx, stage: int, **options):
    """``results.rank`` on a read-only sqlite3 connection when the file allows it (no SQLAlchemy
    to load: a third of a second), else through a Session."""
    reader = ctx.sqlite_reader()
    if reader is not None:
        try:
            return results_svc.rank(reader, stage, **options)
        finally:
            reader.close()
    with ctx.db.session() as s:
        return results_svc.rank(s, stage, **options)


def cmd_rank(args, ctx) -> int:
    if args.quota is not None and args.quota < 1:
        raise UsageError("--quota harus ≥ 1.")
    # As in rank(): many objects, no cycles. Ranking and writing both run with the collector off;
    # the result is left for the end of the process before it is back on.
    with collector_paused():
        leave_for_exit(_show_ranking(args, ctx))
    return 0


def _show_ranking(args, ctx) -> tuple:
    """Ranks and writes the ranking; returns what was made (the result and what was written)."""
    result = ranked(ctx, args.stage, track=args.track, group=args.group, quota=args.quota,
                     threshold=args.threshold, aggregate=args.aggregate, regency_code=args.regency,
                     venue_id=args.venue, variance_limit=args.variance_limit)
    if ctx.json:
        data = (results_svc.result_dict(result, lang=None) if args.full
                else Rows(results_svc.ROW_KEYS, map(results_svc.row_values, result.rows)))
        ctx.emit(data)
        return result, data
    lines = [table([[r.group_label, r.track, r.rank_label, r.nspp or "-", r.name, score_text(r.score_exact),
                     r.juror_count, OUTCOME_TEXT[r.outcome] + ("*" if r.overridden else ""), ",".join(r.flags)]
                    for r in result.rows],
                   ["kelompok", "jalur", "per.", "NSPP", "nama", "nilai", "juri", "hasil", "tanda"])]
    lines += [f"Peringatan: {w}" for w in result.warnings]
    if result.excluded:
        lines.append(f"Dikecualikan: {len(result.excluded)} (lihat --json --full)")
    ctx.emit(None, "\n".join(lines))
    return result, lines
