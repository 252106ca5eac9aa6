"""Sync commands: device keys and trust, bundles, conflicts, backups, canonical dump."""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from opop_desktop.core.clock import wib_datetime
from opop_desktop.core.errors import UsageError

from .context import lazy_module, table

backup = lazy_module("opop_desktop.core.services.backup")
conflict_svc = lazy_module("opop_desktop.core.sync.conflicts")
dump = lazy_module("opop_desktop.core.sync.dump")
export = lazy_module("opop_desktop.core.sync.export")
importer = lazy_module("opop_desktop.core.sync.importer")
keys = lazy_module("opop_desktop.core.sync.keys")
receipts = lazy_module("opop_desktop.core.sync.receipts")
workflow = lazy_module("opop_desktop.core.sync.workflow")


def register(sub, common) -> None:
    p = sub.add_parser("device", parents=[common], help="kunci perangkat ini")
    dsub = p.add_subparsers(dest="device_cmd", metavar="AKSI", required=True)
    q = dsub.add_parser("show", parents=[common], help="tampilkan id, sidik jari dan perangkat terdaftar")
    q.set_defaults(handler=cmd_device_show)
    q = dsub.add_parser(
        "export-key", parents=[common], help="simpan kunci publik ke berkas untuk pendaftaran"
    )
    q.add_argument("--out", required=True, metavar="FILE")
    q.set_defaults(handler=cmd_device_export_key)

    p = sub.add_parser("trust", parents=[common], help="percayai perangkat (berkas kunci atau sidik jari)")
    p.add_argument("source", metavar="FILE_OR_FINGERPRINT")
    p.set_defaults(handler=cmd_trust)

    p = sub.add_parser("revoke", parents=[common], help="cabut perangkat (bundelnya ditolak)")
    p.add_argument("device", metavar="DEVICE")
    p.add_argument("--reason", default="", help="alasan pencabutan")
    p.set_defaults(handler=cmd_revoke)

    p = sub.add_parser("bundle", parents=[common], help="bundel sinkronisasi (.opop)")
    bsub = p.add_subparsers(dest="bundle_cmd", metavar="AKSI", required=True)
    q = bsub.add_parser("export", parents=[common], help="tulis bundel")
    q.add_argument("--out", required=True, metavar="FILE")
    q.add_argument("--for", dest="for_regency", metavar="REGENCY_CODE", default=None,
                   help="bundel penyiapan untuk satu kab/kota")
    q.add_argument("--to", choices=["regency", "province"], default=None,
                   help="bundel hasil ke kab/kota (dari lokasi) atau ke provinsi (dari kab/kota)")
    q.add_argument("--full", action="store_true",
                   help="semua rekaman, juga yang sudah diakui penerima dalam tanda terimanya")
    q.add_argument("--seal", action="store_true", help="segel (enkripsi) untuk kunci provinsi")
    q.set_defaults(handler=cmd_bundle_export)
    q = bsub.add_parser("inspect", parents=[common], help="periksa bundel tanpa mengimpor")
    q.add_argument("file", metavar="FILE")
    q.set_defaults(handler=cmd_bundle_inspect)
    q = bsub.add_parser("import", parents=[common], help="gabungkan bundel (pratinjau dengan --dry-run)")
    q.add_argument("files", nargs="+", metavar="FILE")
    q.add_argument("--dry-run", action="store_true", help="hanya pratinjau, tidak mengubah apa pun")
    q.set_defaults(handler=cmd_bundle_import)

    # `opop conflicts` may already be the jurors' conflicts of interest (cli/venue.py): then the
    # sync list is `opop sync-conflicts list` and `resolve` is added to both groups.
    taken = sub.choices.get("conflicts")
    p = sub.add_parser("sync-conflicts" if taken else "conflicts", parents=[common],
                       help="daftar dan penyelesaian konflik sinkronisasi")
    csub = p.add_subparsers(dest="conflicts_cmd", metavar="AKSI", required=True)
    q = csub.add_parser("list", parents=[common], help="konflik sinkronisasi yang terbuka")
    q.set_defaults(handler=cmd_conflicts_list)
    _add_resolve(csub, common)
    if taken is not None:
        for action in taken._subparsers._group_actions:
            if (
                hasattr(action, "choices")
                and isinstance(action.choices, dict)
                and "resolve" not in action.choices
            ):
                _add_resolve(action, common)

    p = sub.add_parser("backup", parents=[common], help="cadangan basis data")

    ksub = p.add_subparsers(dest="backup_cmd", metavar="AKSI", required=True)
    q = ksub.add_parser("list", parents=[common], help="daftar cadangan")
    q.set_defaults(handler=cmd_backup_list)
    q = ksub.add_parser("create", parents=[common], help="buat cadangan sekarang")
    q.set_defaults(handler=cmd_backup_create)
    q = ksub.add_parser("check", parents=[common], help="periksa cadangan tanpa mengubah apa pun")
    q.add_argument("name", metavar="NAMA")
    q.set_defaults(handler=cmd_backup_check)
    q = ksub.add_parser("restore", parents=[common],
                        help="pulihkan cadangan setelah diperiksa (cadangan saat ini dibuat dulu)")
    q.add_argument("name", metavar="NAMA")
    q.set_defaults(handler=cmd_backup_restore)

    p = sub.add_parser("db", parents=[common], help="alat basis data")
    ssub = p.add_subparsers(dest="db_cmd", metavar="AKSI", required=True)
    q = ssub.add_parser(
        "dump", parents=[common], help="isi tereplikasi dalam bentuk kanonik (untuk dibandingkan)"
    )
    q.set_defaults(handler=cmd_db_dump)


def _add_resolve(csub, common) -> None:
    q = csub.add_parser(
        "resolve", parents=[common], help="selesaikan satu konflik sinkronisasi dengan alasan"
    )
    q.add_argument("key", metavar="KUNCI")
    g = q.add_mutually_exclusive_group(required=True)
    g.add_argument("--pick", metavar="VERSION_ID", help="pilih versi ini")
    g.add_argument("--value", metavar="NILAI", help="masukkan nilai baru")
    q.add_argument("--reason", required=True, help="alasan (wajib)")
    q.add_argument("--actor", default="", help="nama/akun yang menyelesaikan")
    q.set_defaults(handler=cmd_conflicts_resolve)


# ---------------------------------------------------------------- devices and trust

def cmd_device_show(args, ctx) -> int:
    from sqlalchemy import select

    from opop_desktop.core.models import Device

    with ctx.db.session() as s:
        me = keys.ensure_device_keys(s)
        devices = [{"device_id": d.device_id, "name": d.name, "role": d.role, "regency_code": d.regency_code,
                    "fingerprint": d.fingerprint, "status": d.status}
                   for d in s.scalars(select(Device).order_by(Device.name))]
        gaps = [g.text for g in receipts.gaps(s)]
        data = {"device_id": me.device_id, "name": me.name, "role": me.role, "fingerprint": me.fingerprint,
                "key_file": str(keys.signing_key_path(me.device_id)), "devices": devices, "sequences": gaps}
    text = (f"Perangkat ini: {me.name} ({me.device_id}), peran {me.role}\nSidik jari: {me.fingerprint}\n\n"
            + table([[d["name"], d["device_id"], d["role"], d["fingerprint"], d["status"]] for d in devices],
                    ["nama", "perangkat", "peran", "sidik jari", "status"])
            + ("\n\nNomor urut diterima:\n" + "\n".join(gaps) if gaps else ""))
    ctx.emit(data, text)
    return 0


def cmd_device_export_key(args, ctx) -> int:
    with ctx.db.session() as s:
        data = keys.export_public_key(s)
    Path(args.out).write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    ctx.emit(data, f"Kunci publik ditulis ke {args.out}. Sidik jari: {data['fingerprint']}")
    return 0


def cmd_trust(args, ctx) -> int:
    with ctx.db.session() as s:
        if Path(args.source).is_file():
            dev = keys.trust_key_file(s, Path(args.source), actor=ctx.actor, who=ctx.who)
            data = {"device_id": dev.device_id, "fingerprint": dev.fingerprint, "files": []}
        else:
            files = importer.trust_quarantined(s, args.source, actor=ctx.actor, who=ctx.who)
            if not files:
                raise UsageError(
                    f"Tidak ada berkas kunci '{args.source}' dan tidak ada bundel karantina dengan "
                    "sidik jari itu."
                )
            dev = keys.find_device(s, args.source)
            data = {"device_id": dev.device_id, "fingerprint": dev.fingerprint, "files": files}
    text = f"Perangkat {dev.name} ({dev.device_id}) dipercaya, sidik jari {dev.fingerprint}."
    if data["files"]:
        text += "\nImpor lagi bundel yang dikarantina:\n" + "\n".join(
            f"  opop bundle import {f}" for f in data["files"]
        )
    ctx.emit(data, text)
    return 0


def cmd_revoke(args, ctx) -> int:
    with ctx.db.session() as s:
        dev = keys.revoke_device(s, args.device, args.reason, actor=ctx.actor, who=ctx.who)
        data = {"device_id": dev.device_id, "status": dev.status}
    ctx.emit(data, f"Perangkat {dev.name} ({dev.device_id}) dicabut; bundelnya akan ditolak.")
    return 0


# ---------------------------------------------------------------- bundles

def cmd_bundle_export(args, ctx) -> int:
    with ctx.db.session() as s:
        res = export.export_bundle(s, Path(args.out), actor=ctx.actor, for_regency=args.for_regency,
                                   to_province=args.to == "province", to_regency=args.to == "regency",
                                   full=args.full, seal=args.seal)
    total = sum(res.counts.values())
    text = (f"Bundel {res.kind} ditulis: {res.path} ({total} rekaman"
            f"{', tersegel' if res.sealed else ''}{', bertahap' if res.incremental else ''}).")
    if res.held_back:
        text += ("\nTidak dikirim (perangkat ini tidak berwenang mengirimnya): "
                 + ", ".join(f"{k} {n}" for k, n in sorted(res.held_back.items())) + ".")
    ctx.emit(res, text)
    return 0


def cmd_bundle_inspect(args, ctx) -> int:
    from sqlalchemy import select

    from opop_desktop.core.models import Device

    with ctx.db.session() as s:
        b = importer.open_verified(s, Path(args.file))
        dev = s.scalar(select(Device).where(Device.device_id == b.origin_device))
        trust = "tidak dikenal (akan dikarantina)" if dev is None else dev.status
        m = {k: v for k, v in b.manifest.items() if k != "members"}
        data = {"manifest": m, "members": sorted(b.manifest["members"]), "signature": "sah", "trust": trust}
    counts = ", ".join(f"{k} {v}" for k, v in sorted(m.get("counts", {}).items()) if v)
    ctx.emit(
        data,
        f"Bundel {m['bundle_id']} ({m['kind']}) dari {m.get('origin_name')} ({m['origin_device']})\n"
        f"Dibuat: {m['created_at']}  skema {m['schema_version']}  format {m['format_version']}\n"
        f"Tanda tangan: sah (sidik jari {m['signer_fingerprint']}), perangkat: {trust}\n"
        f"Isi: {counts or '-'}",
    )
    return 0


def _outcome_json(o) -> dict:
    d = asdict(o)
    del d["msg"]  # asdict takes a Message apart: the sentence goes out whole, in the chosen language
    d["message"], d["gaps"] = o.message, o.gaps
    d["conflicts"] = o.conflicts
    return d


def _outcome_text(o) -> str:
    head = {"preview": "Pratinjau", "merged": "Digabungkan", "already": "Sudah pernah digabungkan",
            "quarantined": "Dikarantina", "receipt": "Tanda terima disimpan"}[o.status]
    lines = [f"{head}: {o.file} dari {o.origin_name or o.origin_device}"]
    if o.message:
        lines.append("  " + o.message)
    rows = [[k, c.new, c.identical, c.updated, c.conflicts] for k, c in sorted(o.counts.items())
            if c.new or c.updated or c.conflicts or c.identical]
    if rows:
        lines.append(table(rows, ["jenis", "baru", "sama", "diperbarui", "konflik"]))
    for d in o.duplicates:
        lines.append(f"  Kemungkinan lembar ganda: {', '.join(d['ids'])}")
    for g in o.gaps:
        lines.append(f"  Celah: {g}")
    if o.receipt_path:
        lines.append(f"  Tanda terima: {o.receipt_path}")
    return "\n".join(lines)


def cmd_bundle_import(args, ctx) -> int:
    """Exit 0 only when every file merged (with --dry-run: could be merged); the workflow
    (core/sync/workflow.py) is the GUI's too."""
    run = workflow.import_files(ctx.db, list(args.files), actor=ctx.actor, who=ctx.who, dry_run=args.dry_run)
    errors = [{"file": f.file, "error": f.reason} for f in run.files if f.outcome is None]
    data = {"backup": run.backup, "results": [_outcome_json(o) for o in run.outcomes], "errors": errors,
            "merged": run.merged, "not_merged": run.not_merged}
    verb = "dapat digabungkan" if args.dry_run else "digabungkan"
    summary = f"{len(run.merged)} dari {len(args.files)} berkas {verb}" + (
        f"; tidak {verb}: {', '.join(run.not_merged)}." if run.not_merged else ".")
    text = "\n".join(([str(run.backup)] if run.backup else []) + [_outcome_text(o) for o in run.outcomes]
                     + [f"Ditolak: {e['error']!s}" for e in errors] + [summary])
    ctx.emit(data, text)
    if errors and not ctx.json:
        import sys
        for e in errors:
            print(f"Kesalahan: {e['error']}", file=sys.stderr)
    return 1 if run.not_merged else 0


# ---------------------------------------------------------------- conflicts, backups, dump

def cmd_conflicts_list(args, ctx) -> int:
    with ctx.db.session() as s:
        items = conflict_svc.list_conflicts(s)
    lines = []
    for it in items:
        lines.append(f"[{it.key}] {it.subject}")
        for v in it.versions:
            when = wib_datetime(v.when)
            lines.append(f"    {v.version_id[:12]}  nilai {v.value}  oleh {v.who or '-'}  laptop "
                         f"{v.device_name or v.device or '-'}  {when}  {v.reason}")
    # asdict would take a Message subject apart; JSON renders it whole
    ctx.emit([{**asdict(i), "subject": i.subject} for i in items],
             "\n".join(lines) if lines else "Tidak ada konflik.")
    return 0


def cmd_conflicts_resolve(args, ctx) -> int:
    with ctx.db.session() as s:
        new_id = conflict_svc.resolve_conflict(s, args.key, reason=args.reason, actor=ctx.actor,
                                               who=args.actor or ctx.who, pick=args.pick, value=args.value)
    ctx.emit({"resolved": args.key, "version_id": new_id}, f"Konflik diselesaikan; versi baru {new_id}.")
    return 0


def cmd_backup_list(args, ctx) -> int:
    items = backup.list_backups(ctx.db)
    ctx.emit(items, table([[b.name, b.size, wib_datetime(b.created, seconds=True)] for b in items],
                          ["nama", "ukuran", "waktu"]) if items else "Belum ada cadangan.")
    return 0


def cmd_backup_create(args, ctx) -> int:
    res = backup.make_backup(ctx.db, reason="manual", actor=ctx.actor)
    ctx.emit(res, res.note)
    return 0


def cmd_backup_check(args, ctx) -> int:
    found = backup.check_backup(ctx.db, args.name)
    ctx.emit(found or {"path": args.name}, "Cadangan dapat dipulihkan." if found is None else
             f"Cadangan dapat dipulihkan: skema {found.revision}, peran {found.role}, kab/kota "
             f"{found.regency_code or '-'}, program {', '.join(map(str, found.programme_years)) or '-'}.")
    return 0


def cmd_backup_restore(args, ctx) -> int:
    res = backup.restore_backup(ctx.db, args.name, ctx.actor)
    ctx.emit({"restored": res.source, "safety_backup": res.safety.path, "note": res.safety.note},
             f"Dipulihkan dari {res.source}. {res.safety.note}")
    return 0


def cmd_db_dump(args, ctx) -> int:
    import sys

    with ctx.db.session() as s:
        if ctx.json:
            print(json.dumps(dump.dump_json(s), ensure_ascii=False, sort_keys=True, indent=1))
        else:
            sys.stdout.write(dump.dump_text(s))
    return 0
