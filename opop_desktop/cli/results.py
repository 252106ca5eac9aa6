"""`opop results ...`: flags, cusp lists, states, seals, plenary overrides and quotas."""
from __future__ import annotations

import getpass

from opop_desktop.core.formats import score_text

from .context import lazy_module, table
from .ranking import OUTCOME_TEXT, decimal_option, ranked

states = lazy_module("opop_desktop.core.services.results_states")
results_svc = lazy_module("opop_desktop.core.services.results")


def _by(args, ctx):
    """``--as`` account (its role is checked), else the recorded name: ``--by`` or the OS user."""
    if ctx.as_user:
        return ctx.actor
    return args.by or getpass.getuser() or "cli"


def register(sub, common) -> None:
    r = sub.add_parser("results", parents=[common], help="status hasil, tanda varians, segel, pleno")
    rs = r.add_subparsers(dest="results_command", metavar="AKSI", required=True)

    def action(name, help_, handler, scope=None):
        q = rs.add_parser(name, parents=[common], help=help_)
        q.add_argument("--stage", type=int, required=True, metavar="N")
        q.add_argument("--by", default=None, help="nama pelaku (default: pengguna sistem)")
        q.add_argument("--note", default="", help="catatan/alasan")
        if scope == "venue":
            q.add_argument("--venue", required=True, metavar="ID_ATAU_NAMA")
        elif scope == "merge":
            q.add_argument("--regency", metavar="CODE", help="kab/kota; tanpa ini: provinsi")
        q.set_defaults(handler=handler)
        return q

    action("status", "status hasil per lokasi, kab/kota, provinsi", cmd_status)
    q = action("flags", "tanda varians sebelum segel", cmd_flags)
    q.add_argument("--venue", metavar="ID")
    q.add_argument("--open", action="store_true", help="hanya yang belum ditinjau")
    q.add_argument("--variance-limit", type=decimal_option, metavar="POIN", help="batas selisih dari median (default 15)")
    q = action("ack", "tinjau satu tanda: diterima atau dikoreksi", cmd_ack)
    q.add_argument("--flag", required=True, metavar="KUNCI")
    q.add_argument("--decision", choices=["accepted", "corrected"], required=True)
    q.add_argument("--reason", required=True)
    q = action("cusp", "daftar cusp: 3 terakhir lolos dan 3 pertama tidak lolos", cmd_cusp)
    q.add_argument("--regency", metavar="CODE")
    for q in (action("verify", "tandai hasil lokasi sudah diperiksa", cmd_verify, "venue"),
              action("seal", "segel hasil lokasi (semua tanda sudah ditinjau)", cmd_seal, "venue")):
        q.add_argument("--variance-limit", type=decimal_option, metavar="POIN", help="batas selisih dari median (default 15)")
    action("merge", "gabungkan hasil lokasi ke kab/kota atau provinsi", cmd_merge, "merge")
    action("approve", "sahkan hasil sidang pleno; perbarui status pesantren", cmd_approve, "merge")
    action("publish", "umumkan hasil yang sudah disahkan", cmd_publish, "merge")
    q = action("override", "keputusan pleno atas satu pesantren", cmd_override)
    q.add_argument("--pesantren", required=True, metavar="NSPP_ATAU_NO")
    q.add_argument("--outcome", choices=["selected", "not_selected"], required=True)
    q.add_argument("--reason", required=True)
    q.add_argument("--chair", required=True, help="nama ketua sidang")
    q.add_argument("--members", default="", help="nama anggota, dipisah koma")
    q = action("quota", "kuota per jalur atau gabungan (tahap 3: satu juara per bidang usaha)", cmd_quota)
    g = q.add_mutually_exclusive_group()
    g.add_argument("--all-tracks", type=int, metavar="K",
                   help="K tempat per kelompok, start-up dan scale-up diperingkat bersama")
    g.add_argument("--per-track", action="store_true", help="kuota terpisah per jalur (kuota tahap)")
    q = action("history", "riwayat snapshot satu lingkup", cmd_history)
    q.add_argument("--scope", choices=["venue", "regency", "province"], required=True)
    q.add_argument("--key", default="32", help="id lokasi, kode kab/kota, atau 32")


def cmd_quota(args, ctx) -> int:
    from opop_desktop.core.services import programme

    with ctx.db.session() as s:
        if args.all_tracks is not None or args.per_track:
            info = programme.set_track_quota(s, ctx.actor, args.stage,
                                             all_tracks=None if args.per_track else args.all_tracks)
        else:
            info = programme.track_quota(programme.stage_by_number(s, args.stage))
    def quota(n):
        return "tanpa kuota" if n is None else n
    text = (f"Tahap {info.stage_number}: kuota per jalur (start-up {quota(info.quota_start_up)}, scale-up "
            f"{quota(info.quota_scale_up)})." if info.per_track else
            f"Tahap {info.stage_number}: {info.quota_all_tracks} tempat per kelompok, start-up dan scale-up "
            f"diperingkat bersama.")
    ctx.emit(info, text)
    return 0


def cmd_status(args, ctx) -> int:
    with ctx.db.session() as s:
        rows = states.status(s, args.stage)
    ctx.emit(rows, table([[r.scope, r.scope_label, states.STATE_LABELS[r.state], r.seq or "",
                           r.actor, r.at.isoformat(timespec="minutes") if r.at else ""] for r in rows],
                         ["lingkup", "nama", "status", "versi", "oleh", "waktu"]))
    return 0


def cmd_flags(args, ctx) -> int:
    result = ranked(ctx, args.stage, venue_id=args.venue, variance_limit=args.variance_limit)
    flags = result.open_flags if args.open else result.flags
    data = [{"key": f.key, "kind": f.kind, "pesantren": f.pesantren_name, "message": f.message,
             "acknowledged": f.acknowledged, "decision": f.ack_decision, "reason": f.ack_reason}
            for f in flags]
    ctx.emit(data, table([[("✓ " if f.acknowledged else "  ") + f.kind, f.pesantren_name, f.message, f.key]
                          for f in flags], ["tanda", "pesantren", "keterangan", "kunci"]))
    return 0


def cmd_ack(args, ctx) -> int:
    with ctx.db.session() as s:
        info = states.acknowledge(s, args.stage, args.flag, decision=args.decision, reason=args.reason,
                                  actor=_by(args, ctx))
    ctx.emit(info, f"Tanda ditinjau ({info.decision}) oleh {info.actor}.")
    return 0


def cmd_cusp(args, ctx) -> int:
    result = ranked(ctx, args.stage, regency_code=args.regency)
    data, lines = [], []
    for g in result.groups:
        if g.cusp is None:
            continue
        inside = [results_svc.row_dict(r) for r in g.cusp.inside]
        outside = [results_svc.row_dict(r) for r in g.cusp.outside]
        data.append({"group": g.label, "track": g.track, "line": g.cusp.line, "inside": inside, "outside": outside})
        lines.append(f"{g.label} — {g.track} (garis {g.cusp.line}):")
        lines += [f"  masuk  {r['rank_label']:>4} {r['name']} {score_text(x.score_exact)}" for r, x in zip(inside, g.cusp.inside)]
        lines += [f"  keluar {r['rank_label']:>4} {r['name']} {score_text(x.score_exact)}" for r, x in zip(outside, g.cusp.outside)]
    ctx.emit(data, "\n".join(lines) or "Tidak ada garis kuota/ambang.")
    return 0


def _transition(fn, args, ctx, **kw) -> int:
    with ctx.db.session() as s:
        info = fn(s, args.stage, actor=_by(args, ctx), note=args.note, **kw)
    ctx.emit(info, f"{info.scope_label}: {states.STATE_LABELS[info.state]} (versi {info.seq}, "
                   f"{info.rows} pesantren, {info.selected} lolos) oleh {info.actor}.")
    return 0


def cmd_verify(args, ctx) -> int:
    return _transition(lambda s, n, **kw: states.verify_venue(s, n, args.venue, variance_limit=args.variance_limit,
                                                              **kw), args, ctx)


def cmd_seal(args, ctx) -> int:
    return _transition(lambda s, n, **kw: states.seal_venue(s, n, args.venue, variance_limit=args.variance_limit,
                                                            **kw), args, ctx)


def cmd_merge(args, ctx) -> int:
    return _transition(states.merge, args, ctx, regency_code=args.regency)


def cmd_approve(args, ctx) -> int:
    return _transition(states.approve, args, ctx, regency_code=args.regency)


def cmd_publish(args, ctx) -> int:
    return _transition(states.publish, args, ctx, regency_code=args.regency)


def cmd_override(args, ctx) -> int:
    with ctx.db.session() as s:
        info = states.override(s, args.stage, args.pesantren, new_outcome=args.outcome, reason=args.reason,
                               chair=args.chair, members=args.members, actor=_by(args, ctx))
    ctx.emit(info, f"Keputusan pleno untuk {info.name}: {OUTCOME_TEXT[info.old_outcome]} → "
                   f"{OUTCOME_TEXT[info.new_outcome]} (ketua {info.chair}).")
    return 0


def cmd_history(args, ctx) -> int:
    with ctx.db.session() as s:
        rows = states.snapshot_history(s, args.stage, args.scope, args.key)
    ctx.emit(rows, table([[r.seq, states.STATE_LABELS[r.state], r.actor, r.at.isoformat(timespec="minutes"),
                           r.payload_hash[:12] + ("" if r.intact else " RUSAK"), r.note] for r in rows],
                         ["versi", "status", "oleh", "waktu", "hash", "catatan"]))
    return 0
