"""`opop scores import|template|list`.

The command line acts as the system actor ``sistem`` with the admin role (it is run by the
person holding the laptop's files); everything it changes is written to the audit log under
that name.
"""
from __future__ import annotations

from pathlib import Path

from opop_desktop.core.formats import decimal_comma

from .context import lazy_module, table

score_import = lazy_module("opop_desktop.core.excel.score_import")
score_template = lazy_module("opop_desktop.core.excel.score_template")
scoring = lazy_module("opop_desktop.core.services.scoring")
programme = lazy_module("opop_desktop.core.services.programme")


def register(sub, common) -> None:
    p = sub.add_parser("scores", parents=[common], help="nilai juri: impor, templat Excel, daftar")
    ssub = p.add_subparsers(dest="scores_command", metavar="AKSI")

    imp = ssub.add_parser("import", parents=[common],
                          help="impor nilai format panjang (.xlsx/.csv: nspp, juror, criterion, score) "
                               "atau templat")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--stage", type=int, default=1, metavar="N", help="tahap (default 1)")
    imp.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan apa pun")
    imp.set_defaults(handler=cmd_import)

    tpl = ssub.add_parser("template", parents=[common],
                          help="buku kerja pengisian nilai per juri untuk satu panel")
    tpl.add_argument("--panel", required=True, metavar="ID")
    tpl.add_argument("--out", required=True, metavar="FILE.xlsx")
    tpl.set_defaults(handler=cmd_template)

    lst = ssub.add_parser("list", parents=[common], help="daftar lembar penilaian dengan total tertimbang")
    lst.add_argument("--stage", type=int, default=None, metavar="N")
    lst.add_argument("--panel", default=None, metavar="ID")
    lst.set_defaults(handler=cmd_list)


def _summary(report) -> str:
    verb = "Diperiksa (tidak disimpan)" if not report.written else "Diimpor"
    lines = [f"{verb}: {report.rows_read} baris dibaca, {report.sheets_created} lembar baru, "
             f"{report.sheets_updated} diperbarui, {report.sheets_unchanged} tidak berubah, "
             f"{len(report.jurors_created)} juri baru, {report.assignments_created} penugasan baru, "
             f"{report.rejected_row_count} baris ditolak."]
    for r in report.rejected:
        lines.append(f"  DITOLAK lembar '{r.sheet}' baris {r.row} [{r.field}]: {r.message}")
    for w in report.warnings:
        lines.append(f"  peringatan: {w}")
    return "\n".join(lines)


def cmd_import(args, ctx) -> int:
    with ctx.db.session() as s:
        report = score_import.import_scores(s, Path(args.file), stage_number=args.stage, dry_run=args.dry_run,
                                            actor=ctx.actor)
    ctx.emit(report.to_json(), _summary(report))
    return 1 if report.rejected else 0


def cmd_template(args, ctx) -> int:
    with ctx.db.session() as s:
        out = score_template.write_score_template(s, args.panel, args.out)
    ctx.emit({"file": str(out)}, f"Templat nilai ditulis ke {out}")
    return 0


def cmd_list(args, ctx) -> int:
    with ctx.db.session() as s:
        stage_id = programme.stage_by_number(s, args.stage).id if args.stage else None
        sheets = scoring.list_sheets(s, stage_id=stage_id, panel_id=args.panel)
    data = [{"sheet_id": x.sheet_id, "stage_id": x.stage_id, "panel_id": x.panel_id, "panel": x.panel_name,
             "juror_id": x.juror_id, "juror": x.juror_name, "pesantren_id": x.pesantren_id,
             "pesantren": x.pesantren_name, "nspp": x.nspp, "status": x.status, "source": x.source,
             "values": {k: format(v.normalize(), "f") for k, v in x.values.items()},
             "total": format(x.total, "f"), "complete": x.complete} for x in sheets]
    text = table([[x.panel_name, x.juror_name, x.nspp or "", x.pesantren_name, x.status, x.source,
                   decimal_comma(x.total, 2), "ya" if x.complete else "belum"] for x in sheets],
                 ["Panel", "Juri", "NSPP", "Pesantren", "Status", "Sumber", "Total",
                  "Lengkap"]) + f"\n{len(sheets)} lembar"
    ctx.emit(data, text)
    return 0
