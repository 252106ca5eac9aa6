"""`opop registrants import|list`."""
from __future__ import annotations

from contextlib import closing
from pathlib import Path

from opop_desktop.core.labels import status_label, track_label

from .context import lazy_module, table

registrant_import = lazy_module("opop_desktop.core.excel.registrant_import")
registrants = lazy_module("opop_desktop.core.services.registrants")
registrant_list = lazy_module("opop_desktop.core.services.registrant_list")


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
        report = registrant_import.import_registrants(s, path, dry_run=args.dry_run, strict=args.strict)
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
