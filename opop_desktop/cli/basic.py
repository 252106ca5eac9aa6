"""`opop init` and `opop regions`."""
from __future__ import annotations

from opop_desktop.core.clock import today_wib
from opop_desktop.core.errors import UsageError

from .context import lazy_module, table

installation = lazy_module("opop_desktop.core.services.installation")
regions = lazy_module("opop_desktop.core.regions")


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="siapkan instalasi ini (peran, kab/kota, nama)")
    p.add_argument("--role", choices=["venue", "regency", "province"], default=None)
    p.add_argument("--regency", metavar="CODE", default=None, help="kode kab/kota, mis. 32.04")
    p.add_argument("--name", default=None, help="nama laptop/instalasi")
    p.add_argument("--year", type=int, default=None, help="tahun program (default: tahun ini)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("regions", parents=[common], help="daftar wilayah resmi Jawa Barat")
    p.add_argument("--level", choices=["regency", "district", "village"], default="regency")
    p.add_argument("--regency", metavar="CODE", default=None, help="hanya wilayah kab/kota ini")
    p.set_defaults(handler=cmd_regions)


def cmd_init(args, ctx) -> int:
    if args.regency and args.regency not in regions.gazetteer().regencies:
        raise UsageError(f"Kode kab/kota '{args.regency}' tidak dikenal (contoh: 32.04).")
    with ctx.db.session() as s:
        result = installation.initialise(
            s, role=args.role, regency_code=args.regency, name=args.name,
            year=args.year or today_wib().year)
    ctx.emit(result, f"Instalasi siap: perangkat {result.device_id}, peran {result.role}, "
                     f"kab/kota {result.regency_code or '-'}, program {result.programme_name}.")
    return 0


def cmd_regions(args, ctx) -> int:
    g = regions.gazetteer()
    if args.level == "regency":
        rows = [{"code": r.code, "name": r.name, "type": r.type} for r in g.regencies.values()]
    elif args.level == "district":
        rows = [{"code": d.code, "regency_code": d.regency_code, "name": d.name}
                for d in g.districts.values() if not args.regency or d.regency_code == args.regency]
    else:
        rows = [{"code": v.code, "district_code": v.district_code, "name": v.name, "type": v.type}
                for v in g.villages.values()
                if not args.regency or v.district_code.startswith(args.regency + ".")]
    keys = list(rows[0].keys()) if rows else ["code", "name"]
    ctx.emit(rows, table([[r[k] for k in keys] for r in rows], keys))
    return 0
