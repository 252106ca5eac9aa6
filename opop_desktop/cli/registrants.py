"""`opop registrants import|admin-decide|funnel|list`."""
from __future__ import annotations

from contextlib import closing
from dataclasses import asdict
from pathlib import Path

from opop_desktop.core.errors import UsageError
from opop_desktop.core.labels import status_label, track_label

from .context import lazy_module, table

registrant_import = lazy_module("opop_desktop.core.excel.registrant_import")
registrants = lazy_module("opop_desktop.core.services.registrants")
registrant_list = lazy_module("opop_desktop.core.services.registrant_list")
admin_decisions = lazy_module("opop_desktop.core.excel.admin_decisions")
admin_selection = lazy_module("opop_desktop.core.services.admin_selection")


def register(sub, common) -> None:
    p = sub.add_parser("registrants", parents=[common], help="peserta (pesantren): impor dan daftar")
    rsub = p.add_subparsers(dest="registrants_command", metavar="AKSI")

    imp = rsub.add_parser("import", parents=[common], help="impor pendaftar dari berkas Excel .xlsx")
    imp.add_argument("file", metavar="FILE", help="berkas .xlsx dari kab/kota")
    imp.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan apa pun")
    imp.add_argument("--strict", action="store_true", help="jangan simpan apa pun bila ada baris ditolak")
    imp.add_argument("--errors", metavar="OUT.xlsx", default=None,
                     help="simpan baris yang ditolak beserta alasannya ke buku kerja ini")
    imp.set_defaults(handler=cmd_import)

    dec = rsub.add_parser("admin-decide", parents=[common],
                          help="seleksi administrasi: lolos/tidak lolos, satu pesantren atau dari Excel")
    src = dec.add_mutually_exclusive_group(required=True)
    src.add_argument("--file", metavar="FILE.xlsx", default=None,
                     help="buku kerja dengan kolom No. Pendaftaran (atau NSPP), Keputusan dan Alasan")
    src.add_argument("--reg-number", metavar="NOMOR", default=None,
                     help="nomor pendaftaran (atau NSPP) satu pesantren")
    verdict = dec.add_mutually_exclusive_group()
    verdict.add_argument("--pass", dest="verdict", action="store_const", const="passed", help="lolos")
    verdict.add_argument("--fail", dest="verdict", action="store_const", const="failed", help="tidak lolos")
    dec.add_argument("--reason", default="", help="alasan (wajib untuk --fail)")
    dec.add_argument("--column", default=None, metavar="JUDUL",
                     help="judul kolom keputusan pada buku kerja (bawaan: Keputusan, Hasil Administrasi, ...)")
    dec.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan apa pun")
    dec.set_defaults(handler=cmd_admin_decide)

    fun = rsub.add_parser("funnel", parents=[common], help="corong peserta: terdaftar → juara (seperti Beranda)")
    fun.add_argument("--regency", metavar="CODE", default=None, help="hanya kab/kota ini, mis. 32.05")
    fun.set_defaults(handler=cmd_funnel)

    lst = rsub.add_parser("list", parents=[common], help="daftar pesantren tahun program berjalan")
    lst.add_argument("--regency", metavar="CODE", default=None, help="hanya kab/kota ini, mis. 32.05")
    lst.set_defaults(handler=cmd_list)


def _summary(report, errors_path) -> str:
    verb = "Diperiksa (tidak disimpan)" if not report.written else "Diimpor"
    lines = [f"{verb}: {report.created} baru, {report.updated} diperbarui, {report.unchanged} tidak berubah, "
             f"{report.duplicates} duplikat, {report.rejected_row_count} baris ditolak."]
    for r in report.rejected:
        lines.append(f"  DITOLAK lembar '{r.sheet}' baris {r.row} [{r.field}]: {r.message}")
    for w in report.warnings:
        lines.append(f"  peringatan: {w}")
    if errors_path:
        lines.append(f"Baris yang ditolak disimpan di {errors_path}")
    return "\n".join(lines)


def cmd_import(args, ctx) -> int:
    path = Path(args.file)
    with ctx.db.session() as s:
        report = registrant_import.import_registrants(s, path, dry_run=args.dry_run, strict=args.strict,
                                                      actor=ctx.actor, who=ctx.who)
    errors_path = None
    if args.errors and report.rejected:
        errors_path = registrant_import.write_error_workbook(report, path, args.errors)
    data = report.to_json()
    data["errors_file"] = str(errors_path) if errors_path else None
    ctx.emit(data, _summary(report, errors_path))
    return 1 if report.rejected else 0


LIST_KEYS = ("id", "reg_number", "nspp", "name", "leader", "regency_code", "regency_name", "district_code",
             "district_name", "village_code", "phone", "address", "product", "product_field", "track",
             "status", "registered_on")


def cmd_list(args, ctx) -> int:
    reader = ctx.sqlite_reader()
    if reader is not None:
        with closing(reader):
            rows = registrant_list.list_pesantren_sqlite(reader, regency_code=args.regency)
    else:
        with ctx.db.session() as s:
            rows = registrants.list_pesantren(s, regency_code=args.regency)
    data = [{k: getattr(r, k) for k in LIST_KEYS} for r in rows]

    def text() -> str:
        return table([[r.reg_number, r.nspp or "", r.name, r.regency_name, r.district_name, r.phone, r.product,
                       r.product_field, track_label(r.track), status_label(r.status)] for r in rows],
                     ["No. daftar", "NSPP", "Nama", "Kab/Kota", "Kecamatan", "HP", "Produk", "Bidang",
                      "Kategori", "Status"]) + f"\n{len(rows)} pesantren"
    ctx.emit(data, text)
    return 0


def cmd_admin_decide(args, ctx) -> int:
    if args.reg_number and not args.verdict:
        raise UsageError("Pilih --pass atau --fail untuk --reg-number.")
    if args.file and args.verdict:
        raise UsageError("--pass/--fail hanya untuk --reg-number; keputusan dari berkas dibaca dari kolomnya.")
    if args.file:
        rows = admin_decisions.read_decisions(Path(args.file), decision_column=args.column)
    else:
        rows = [admin_selection.BulkRow(row=0, ref=args.reg_number, decision=args.verdict, reason=args.reason)]
    with ctx.db.session() as s:
        report = admin_selection.decide_bulk(s, ctx.actor, rows, dry_run=args.dry_run)
    data = {"written": report.written, "passed": report.passed, "failed": report.failed,
            "changed": report.changed,
            "decisions": [{"reg_number": r.reg_number, "nspp": r.nspp, "name": r.name, "decision": r.decision,
                           "reason": r.reason, "changed": r.changed, "previous": r.previous}
                          for r in report.results],
            "rejected": [{"row": n, "message": m} for n, m in report.rejected]}
    verb = "Disimpan" if report.written else "Diperiksa (tidak disimpan)"
    lines = [f"{verb}: {report.passed} lolos, {report.failed} tidak lolos administrasi "
             f"({report.changed} berubah), {len(report.rejected)} baris ditolak."]
    for n, m in report.rejected:
        lines.append(f"  DITOLAK{f' baris {n}' if n else ''}: {m}")
    if report.rejected:
        lines.append("Tidak ada yang disimpan; perbaiki baris di atas lalu ulangi.")
    ctx.emit(data, "\n".join(lines))
    return 1 if report.rejected else 0


FUNNEL_LABELS = (("registered", "Terdaftar"), ("admin_passed", "Lolos administrasi"),
                 ("admin_failed", "Tidak lolos administrasi"), ("invited_1", "Diundang tahap 1"),
                 ("came_1", "Hadir tahap 1"), ("absent_1", "Tidak hadir tahap 1"), ("passed_1", "Lolos tahap 1"),
                 ("passed_2", "Lolos tahap 2"), ("passed_3", "Juara (lolos tahap 3)"))


def cmd_funnel(args, ctx) -> int:
    with ctx.db.session() as s:
        counts = registrants.funnel_counts(s, regency_code=args.regency)
    data = asdict(counts)
    ctx.emit(data, table([[label, data[k]] for k, label in FUNNEL_LABELS], ["Tahap", "Jumlah"]))
    return 0
