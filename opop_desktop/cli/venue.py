"""Audition day commands: `opop users|venues|panels|jurors|coi|attendance|progress|audit`.

The command line acts as the system actor ``sistem`` (role admin): whoever runs it holds the
database file anyway. Every change is written to the audit log under that name.
"""
from __future__ import annotations

from datetime import date

from opop_desktop.core.clock import wib_datetime
from opop_desktop.core.errors import UsageError, ValidationError

from .context import lazy_module, table

accounts = lazy_module("opop_desktop.core.services.accounts")
attendance = lazy_module("opop_desktop.core.services.attendance")
audit = lazy_module("opop_desktop.core.services.audit")
progress = lazy_module("opop_desktop.core.services.progress")
setup = lazy_module("opop_desktop.core.services.setup")
coi = lazy_module("opop_desktop.core.services.conflicts_of_interest")
programme = lazy_module("opop_desktop.core.services.programme")

STATUS_TEXT = {"present": "hadir", "absent": "tidak hadir", "awaited": "belum datang"}


def _group(sub, common, name: str, help_: str):
    p = sub.add_parser(name, parents=[common], help=help_)
    return p.add_subparsers(dest=f"{name}_command", metavar="AKSI")


def register(sub, common) -> None:
    g = _group(sub, common, "users", "akun pengguna (admin, koordinator, petugas, juri)")
    p = g.add_parser("add", parents=[common], help="buat akun (sebagai admin sistem)")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=["admin", "coordinator", "officer", "juror"])
    p.add_argument("--name", default="", help="nama lengkap")
    p.add_argument("--password", default=None)
    p.add_argument("--pin", default=None, help="PIN 6 angka (wajib untuk juri)")
    p.add_argument("--juror", default=None, metavar="JUROR_ID")
    p.add_argument("--regency", default=None, metavar="CODE")
    p.set_defaults(handler=cmd_users_add)
    p = g.add_parser("list", parents=[common], help="daftar akun")
    p.set_defaults(handler=cmd_users_list)

    g = _group(sub, common, "venues", "lokasi audisi per tahap")
    p = g.add_parser("add", parents=[common], help="tambah lokasi")
    p.add_argument("--stage", type=int, default=1, metavar="N")
    p.add_argument("--name", required=True)
    p.add_argument("--address", default="")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD")
    p.add_argument("--regency", action="append", default=[], metavar="CODE", help="boleh diulang")
    p.set_defaults(handler=cmd_venues_add)
    p = g.add_parser("list", parents=[common], help="daftar lokasi")
    p.add_argument("--stage", type=int, default=None, metavar="N")
    p.set_defaults(handler=cmd_venues_list)

    g = _group(sub, common, "panels", "panel (ruang), juri dan urutan tampil")
    p = g.add_parser("add", parents=[common], help="tambah panel pada lokasi")
    p.add_argument("--venue", required=True, metavar="VENUE_ID")
    p.add_argument("--name", required=True)
    p.set_defaults(handler=cmd_panels_add)
    p = g.add_parser("list", parents=[common], help="daftar panel")
    p.add_argument("--venue", default=None, metavar="VENUE_ID")
    p.add_argument("--stage", type=int, default=None, metavar="N")
    p.set_defaults(handler=cmd_panels_list)
    p = g.add_parser("show", parents=[common], help="juri dan urutan tampil satu panel")
    p.add_argument("panel", metavar="PANEL_ID")
    p.set_defaults(handler=cmd_panels_show)
    p = g.add_parser("assign", parents=[common], help="tugaskan juri ke panel (cek konflik kepentingan)")
    p.add_argument("--panel", required=True, metavar="PANEL_ID")
    p.add_argument("--juror", required=True, metavar="JUROR_ID")
    p.set_defaults(handler=cmd_panels_assign)
    p = g.add_parser("add-pesantren", parents=[common], help="tambahkan pesantren ke urutan tampil")
    p.add_argument("--panel", required=True, metavar="PANEL_ID")
    p.add_argument("pesantren", nargs="+", metavar="NSPP_OR_ID")
    p.add_argument("--time", default="", metavar="HH:MM")
    p.set_defaults(handler=cmd_panels_add_pesantren)

    g = _group(sub, common, "jurors", "data juri")
    p = g.add_parser("add", parents=[common], help="tambah juri")
    p.add_argument("--name", required=True)
    p.add_argument("--institution", default="")
    p.add_argument("--element", default="academic",
                   choices=["academic", "business", "community", "government", "media"])
    p.add_argument("--regency", default=None, metavar="CODE")
    p.set_defaults(handler=cmd_jurors_add)
    p = g.add_parser("list", parents=[common], help="daftar juri")
    p.set_defaults(handler=cmd_jurors_list)

    g = _group(sub, common, "coi", "konflik kepentingan juri (juri ↔ pesantren/kecamatan)")
    p = g.add_parser("add", parents=[common], help="catat konflik juri ↔ pesantren atau kecamatan")
    p.add_argument("--juror", required=True, metavar="JUROR_ID")
    p.add_argument("--pesantren", default=None, metavar="NSPP_OR_ID")
    p.add_argument("--district", default=None, metavar="CODE")
    p.add_argument("--kind", default="other", choices=["alumnus", "family", "business_partner",
                                                       "same_yayasan", "other"])
    p.add_argument("--severity", default="hard", choices=["hard", "soft"])
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_conflicts_add)
    p = g.add_parser("list", parents=[common], help="daftar konflik")
    p.set_defaults(handler=cmd_conflicts_list)

    g = _group(sub, common, "attendance", "kehadiran peserta")
    p = g.add_parser("checkin", parents=[common], help="catat hadir (NSPP, nomor pendaftaran atau id)")
    p.add_argument("pesantren", metavar="NSPP_OR_ID")
    p.add_argument("--rep", action="append", default=[], metavar="NAME", help="nama perwakilan (maks. 2)")
    p.add_argument("--stage", type=int, default=1, metavar="N")
    p.add_argument("--late", action="store_true", help="datang terlambat")
    p.set_defaults(handler=cmd_checkin)
    p = g.add_parser("absent", parents=[common], help="tandai tidak hadir")
    p.add_argument("pesantren", metavar="NSPP_OR_ID")
    p.add_argument("--stage", type=int, default=1, metavar="N")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_absent)
    p = g.add_parser("list", parents=[common], help="daftar kehadiran dan jumlahnya")
    p.add_argument("--stage", type=int, default=1, metavar="N")
    p.add_argument("--venue", default=None, metavar="VENUE_ID")
    p.set_defaults(handler=cmd_attendance_list)

    p = sub.add_parser("progress", parents=[common], help="papan kemajuan penilaian per lokasi")
    p.add_argument("--venue", default=None, metavar="VENUE_ID", help="default: semua lokasi tahap")
    p.add_argument("--stage", type=int, default=1, metavar="N")
    p.set_defaults(handler=cmd_progress)

    g = _group(sub, common, "audit", "jejak audit berantai hash")
    p = g.add_parser("verify", parents=[common], help="periksa rantai hash jejak audit")
    p.set_defaults(handler=cmd_audit_verify)
    p = g.add_parser("list", parents=[common], help="entri audit terbaru")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_audit_list)


# ---------------------------------------------------------------- handlers

def cmd_users_add(args, ctx) -> int:
    with ctx.db.session() as s:
        actor = ctx.actor if accounts.has_admin(s) else None
        info = accounts.create_user(s, username=args.username, full_name=args.name, role=args.role,
                                    password=args.password, pin=args.pin, juror_id=args.juror,
                                    regency_code=args.regency, actor=actor)
    ctx.emit(info, f"Akun {info.username} ({info.role_label}) dibuat.")
    return 0


def cmd_users_list(args, ctx) -> int:
    with ctx.db.session() as s:
        users = accounts.list_users(s, ctx.actor)
    ctx.emit(users, table([[u.username, u.full_name, u.role_label, u.regency_code or "",
                            "ya" if u.has_pin else ""]
                           for u in users], ["Pengguna", "Nama", "Peran", "Kab/Kota", "PIN"]))
    return 0


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"Tanggal '{text}' harus berformat YYYY-MM-DD.") from None


def cmd_venues_add(args, ctx) -> int:
    with ctx.db.session() as s:
        info = setup.create_venue(s, ctx.actor, stage_id=programme.stage_by_number(s, args.stage).id, name=args.name,
                                  address=args.address, event_date=_date(args.date),
                                  regency_codes=args.regency)
    ctx.emit(info, f"Lokasi dibuat: {info.name} (id {info.id}).")
    return 0


def cmd_venues_list(args, ctx) -> int:
    with ctx.db.session() as s:
        venues = setup.list_venues(s, programme.stage_by_number(s, args.stage).id if args.stage else None)
    ctx.emit(venues, table([[v.id, v.stage_number, v.name, ",".join(v.regency_codes), v.event_date or "",
                             v.panel_count]
                            for v in venues], ["Id", "Tahap", "Lokasi", "Kab/Kota", "Tanggal", "Panel"]))
    return 0


def cmd_panels_add(args, ctx) -> int:
    with ctx.db.session() as s:
        info = setup.create_panel(s, ctx.actor, venue_id=args.venue, name=args.name)
    ctx.emit(info, f"Panel dibuat: {info.name} (id {info.id}).")
    return 0


def cmd_panels_list(args, ctx) -> int:
    with ctx.db.session() as s:
        stage_id = programme.stage_by_number(s, args.stage).id if args.stage else None
        panels = setup.list_panels(s, venue_id=args.venue, stage_id=stage_id)
    ctx.emit(panels, table([[p.id, p.venue_name, p.name, p.juror_count, p.pesantren_count] for p in panels],
                           ["Id", "Lokasi", "Panel", "Juri", "Pesantren"]))
    return 0


def cmd_panels_show(args, ctx) -> int:
    with ctx.db.session() as s:
        d = setup.panel_detail(s, args.panel)
    text = (f"{d.panel.venue_name} — {d.panel.name}\nJuri:\n"
            + "\n".join(f"  {j.juror.name} ({j.juror.element_label}) {j.juror.id}"
                        + (f"  ⚠ {j.warning}" if j.warning else "") for j in d.jurors)
            + "\nUrutan tampil:\n"
            + table([[x.position, x.time_slot, x.nspp or "", x.pesantren_name] for x in d.slots],
                    ["No", "Jam", "NSPP", "Pesantren"]))
    ctx.emit(d, text)
    return 0


def cmd_panels_assign(args, ctx) -> int:
    with ctx.db.session() as s:
        res = setup.assign_juror(s, ctx.actor, panel_id=args.panel, juror_id=args.juror)
    ctx.emit(res, "Juri ditugaskan." + "".join(f"\n  peringatan: {w}" for w in res.warnings))
    return 0


def _stage1(s):
    return programme.stage_by_number(s, 1).id


def cmd_panels_add_pesantren(args, ctx) -> int:
    out = []
    with ctx.db.session() as s:
        from opop_desktop.core.models import Panel, Venue
        panel = s.get(Panel, args.panel)
        if panel is None:
            raise ValidationError(f"Panel '{args.panel}' tidak ditemukan.")
        stage_id = s.get(Venue, panel.venue_id).stage_id
        for code in args.pesantren:
            p = attendance.find_pesantren(s, code, stage_id)
            out.append(setup.add_pesantren(s, ctx.actor, panel_id=args.panel, pesantren_id=p.id,
                                           time_slot=args.time))
    warnings = [w for r in out for w in r.warnings]
    ctx.emit(out, f"{len(out)} pesantren ditambahkan." + "".join(f"\n  peringatan: {w}" for w in warnings))
    return 0


def cmd_jurors_add(args, ctx) -> int:
    with ctx.db.session() as s:
        info = setup.create_juror(s, ctx.actor, name=args.name, institution=args.institution,
                                  element=args.element, regency_code=args.regency)
    ctx.emit(info, f"Juri dibuat: {info.name} (id {info.id}).")
    return 0


def cmd_jurors_list(args, ctx) -> int:
    with ctx.db.session() as s:
        jurors = setup.list_jurors(s)
    ctx.emit(jurors, table([[j.id, j.name, j.institution, j.element_label,
                             j.regency_code or ""] for j in jurors],
                           ["Id", "Nama", "Instansi", "Unsur", "Kab/Kota"]))
    return 0


def cmd_conflicts_add(args, ctx) -> int:
    with ctx.db.session() as s:
        pid = attendance.find_pesantren(s, args.pesantren, _stage1(s)).id if args.pesantren else None
        info = coi.add_conflict(s, ctx.actor, juror_id=args.juror, pesantren_id=pid,
                                  district_code=args.district,
                                  kind=args.kind, severity=args.severity, note=args.note)
    ctx.emit(info, f"Konflik kepentingan dicatat (id {info.id}).")
    return 0


def cmd_conflicts_list(args, ctx) -> int:
    with ctx.db.session() as s:
        rows = coi.list_conflicts(s)
    ctx.emit(rows, table([[c.juror_name, c.pesantren_name or c.district_code, c.kind, c.severity,
                           c.note] for c in rows],
                         ["Juri", "Pesantren/Kecamatan", "Jenis", "Tingkat", "Catatan"]))
    return 0


def cmd_checkin(args, ctx) -> int:
    if len(args.rep) > 2:
        raise UsageError("Paling banyak dua --rep.")
    with ctx.db.session() as s:
        stage_id = programme.stage_by_number(s, args.stage).id
        p = attendance.find_pesantren(s, args.pesantren, stage_id)
        res = attendance.check_in(s, ctx.actor, stage_id=stage_id, pesantren_id=p.id, reps=args.rep,
                                  late=args.late)
    ctx.emit(res, res.message)
    return 0


def cmd_absent(args, ctx) -> int:
    with ctx.db.session() as s:
        stage_id = programme.stage_by_number(s, args.stage).id
        p = attendance.find_pesantren(s, args.pesantren, stage_id)
        row = attendance.mark_absent(s, ctx.actor, stage_id=stage_id, pesantren_id=p.id,
                                     reason=args.reason)
    ctx.emit(row, f"{row.name} ditandai tidak hadir.")
    return 0


def cmd_attendance_list(args, ctx) -> int:
    with ctx.db.session() as s:
        stage_id = programme.stage_by_number(s, args.stage).id
        rows = attendance.list_attendance(s, stage_id, args.venue)
        c = attendance.counts(s, stage_id, args.venue)
    data = {"counts": c, "rows": rows}
    text = table([[r.panel_name, r.position, r.nspp or "", r.name, STATUS_TEXT[r.status],
                   ", ".join(n for n in (r.rep1_name,
                                         r.rep2_name) if n), "ya" if r.late else ""] for r in rows],
                 ["Panel", "No", "NSPP", "Pesantren", "Status", "Perwakilan", "Terlambat"])
    text += (f"\nDiharapkan {c.expected}, hadir {c.present}, tidak hadir {c.absent}, "
             f"belum datang {c.awaited}.")
    ctx.emit(data, text)
    return 0


def cmd_progress(args, ctx) -> int:
    with ctx.db.session() as s:
        boards = ([progress.venue_progress(s, args.venue)] if args.venue
                  else progress.stage_progress(s, programme.stage_by_number(s, args.stage).id))
    lines = []
    for b in boards:
        lines.append(f"{b.venue_name}: {b.counted}/{b.expected} lembar masuk hitungan")
        for p in b.panels:
            for j in p.jurors:
                miss = ", ".join(f"{m.position}. {m.name}" for m in j.missing[:5])
                more = f" (+{len(j.missing) - 5})" if len(j.missing) > 5 else ""
                lines.append(f"  {p.panel_name} · {j.juror_name}: diharapkan {j.expected}, "
                             f"terisi {j.entered}, terkunci {j.locked}, terverifikasi {j.verified}"
                             + (f"; belum: {miss}{more}" if j.missing else ""))
    ctx.emit(boards, "\n".join(lines) or "Belum ada lokasi.")
    return 0


def cmd_audit_verify(args, ctx) -> int:
    with ctx.db.session() as s:
        result = audit.verify(s)
    if result.ok:
        ctx.emit(result,
                 f"Jejak audit utuh: {result.checked} entri dari {result.devices} perangkat diperiksa.")
        return 0
    b = result.first_broken
    ctx.emit(result, f"Jejak audit RUSAK pada entri pertama: perangkat {b.get('device_name') or b['device']} "
                     f"nomor {b['chain_index']} (id {b['id']}, {b['action']} {b['entity']} "
                     f"{b['entity_id']}, {b['at']}): {b['problem']}.")
    return 1


def cmd_audit_list(args, ctx) -> int:
    with ctx.db.session() as s:
        rows = audit.list_entries(s, limit=args.limit)
    headers = ["Waktu", "Perangkat", "No", "Pengguna", "Aksi", "Id", "Alasan"]
    ctx.emit(rows, table([[wib_datetime(r.at, seconds=True), r.device, r.chain_index, r.actor, r.action,
                           r.entity_id, r.reason] for r in rows], headers))
    return 0
