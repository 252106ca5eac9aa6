"""`opop print DOCUMENT --out FILE.pdf ...` and `opop export recap --out FILE.xlsx`."""
from __future__ import annotations

import sys

from opop_desktop.core.errors import UsageError
from opop_desktop.core.pdf.documents import DOCUMENTS, generate

from .context import lazy_module

recap = lazy_module("opop_desktop.core.excel.recap")
pdf_data = lazy_module("opop_desktop.core.pdf.data")


def register(sub, common) -> None:
    p = sub.add_parser("print", parents=[common], help="cetak dokumen PDF (lembar penilaian, daftar hadir, ...)")
    p.add_argument("document", choices=list(DOCUMENTS), metavar="DOKUMEN",
                   help="salah satu: " + ", ".join(DOCUMENTS))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    p.add_argument("--paper", default="A4", type=str.upper, choices=["A4", "F4"], help="ukuran kertas (A4 atau F4)")
    p.add_argument("--stage", type=int, default=1, metavar="N", help="tahap 1, 2 atau 3 (default 1)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--panel", metavar="ID", default=None, help="satu panel (id, awalan id, atau nama)")
    where.add_argument("--venue", metavar="ID", default=None, help="satu lokasi audisi (id)")
    where.add_argument("--regency", metavar="CODE", default=None, help="satu kab/kota, mis. 32.04")
    where.add_argument("--province", action="store_true", help="seluruh provinsi (default)")
    p.add_argument("--blank", action="store_true", help="lembar kosong (tanpa nilai/nama yang sudah ada)")
    p.set_defaults(handler=cmd_print)

    export = sub.choices.get("export")
    if export is None:
        export = sub.add_parser("export", parents=[common], help="ekspor buku kerja Excel")
        export.add_subparsers(dest="export_command", metavar="JENIS")
    esub = next(a for a in export._actions if a.__class__.__name__ == "_SubParsersAction")
    rec = esub.add_parser("recap", parents=[common], help="rekap nilai: ringkasan provinsi + satu lembar per kab/kota")
    rec.add_argument("--out", required=True, metavar="FILE.xlsx", help="berkas .xlsx yang ditulis")
    rec.add_argument("--stage", type=int, default=1, metavar="N", help="tahap 1, 2 atau 3 (default 1)")
    rec.set_defaults(handler=cmd_export_recap)


def _progress(ctx):
    if ctx.json or not sys.stderr.isatty():
        return None
    last = {"pct": -1}

    def show(done, total, text):
        pct = int(done * 100 / total) if total else 0
        if pct != last["pct"] and pct % 10 == 0:
            last["pct"] = pct
            print(f"  {pct:3d}%  {text}", file=sys.stderr)
    return show


def cmd_print(args, ctx) -> int:
    if not args.out.lower().endswith(".pdf"):
        raise UsageError(f"Berkas keluaran '{args.out}' harus berakhiran .pdf.")
    scope = pdf_data.Scope(stage_number=args.stage, panel_id=args.panel, venue_id=args.venue, regency_code=args.regency,
                  province=bool(args.province))
    with ctx.db.session(read_only=True) as s:  # a long read: never holds up the app's writes
        result = generate(args.document, s, args.out, scope, actor=ctx.actor, paper=args.paper, blank=args.blank,
                          progress=_progress(ctx))
    data = {"file": result.path, "document": args.document, "paper": args.paper, "pages": result.pages,
            "documents": result.documents, "counts": result.counts}
    ctx.emit(data, f"{DOCUMENTS[args.document].label}: {result.pages} halaman "
                   f"({result.documents} dokumen) ditulis ke {result.path}")
    return 0


def cmd_export_recap(args, ctx) -> int:
    if not args.out.lower().endswith(".xlsx"):
        raise UsageError(f"Berkas keluaran '{args.out}' harus berakhiran .xlsx.")
    with ctx.db.session(read_only=True) as s:
        wb = recap.recap_workbook(s, args.out, args.stage, actor=ctx.actor, progress=_progress(ctx))
    ctx.emit({"file": wb.path, "sheets": wb.sheets, "rows": wb.rows},
             f"Rekap tahap {args.stage}: {len(wb.sheets)} lembar, {wb.rows} baris pesantren ditulis ke {wb.path}")
    return 0
