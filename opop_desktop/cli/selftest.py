"""`opop selftest`: a headless end-to-end check of an installation (also of the frozen bundle).

Works in a temporary folder, never on the user's database: demo data, registrant import, a
signed bundle exported and imported into a second database, a PDF printed and read back, and the
Qt parts the application relies on (window, SVG icons, PDF view, translations, ICU collation).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Step:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class SelftestReport:
    ok: bool
    steps: list[Step] = field(default_factory=list)


def register(sub, common) -> None:
    p = sub.add_parser("selftest", parents=[common],
                       help="uji mandiri tanpa layar: data contoh, impor, bundel, PDF (di folder sementara)")
    p.add_argument("--keep", action="store_true", help="simpan folder sementara untuk diperiksa")
    p.set_defaults(handler=cmd_selftest)


def _opop(*argv: str) -> tuple[int, str]:
    """Run one `opop` command in-process and capture what it prints."""
    from opop_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue() + err.getvalue()


def _registrant_workbook(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Pendaftar"
    ws.append(["DAFTAR PENDAFTAR OPOP (uji mandiri)"])
    ws.append([])
    ws.append(["No", "Nama Pondok Pesantren", "NSPP", "Kecamatan", "Kabupaten/Kota", "No. HP/WA",
               "Produk Unggulan", "Bidang Usaha", "Kategori Usaha"])
    ws.append([1, "Pondok Pesantren Uji Mandiri", "510032040001", "Cileunyi", "Kab. Bandung",
               "+62 811-2233-4455", "Keripik Singkong", "Makanan Olahan Nabati", "Start Up"])
    ws.append([2, "Ponpes Darul Uji", None, "Gunung Putri", "Kabupaten Bogor", "081312345678",
               "Kopi Arabika", "Minuman", "Scale Up"])
    ws.append([3, "Ponpes Tanpa Wilayah", None, "Kecamatan Khayalan", "Kota Atlantis", "0812",
               "Batik", "Konfeksi", "Start Up"])
    wb.save(path)


def _steps(tmp: Path):
    a, b, reg = (str(tmp / n) for n in ("provinsi.sqlite3", "salinan.sqlite3", "impor.sqlite3"))

    def demo():
        code, out = _opop("--db", a, "init", "--role", "province", "--name", "Uji-A")
        assert code == 0, out
        code, out = _opop("--db", a, "demo", "--scale", "small", "--seed", "7", "--yes")
        assert code == 0, out
        code, out = _opop("--db", a, "registrants", "list", "--json")
        rows = json.loads(out)
        assert len(rows) >= 40, f"hanya {len(rows)} peserta contoh"
        return f"{len(rows)} peserta contoh"

    def registrant_import():
        xlsx = tmp / "pendaftar.xlsx"
        _registrant_workbook(xlsx)
        code, out = _opop("--db", reg, "registrants", "import", str(xlsx), "--json",
                          "--errors", str(tmp / "kesalahan.xlsx"))
        report = json.loads(out[: out.rindex("}") + 1])
        assert code == 1 and report["created"] == 2 and len(report["rejected"]) >= 1, out
        assert (tmp / "kesalahan.xlsx").exists(), "berkas kesalahan tidak dibuat"
        return f"{report['created']} dibuat, {len(report['rejected'])} baris ditolak dengan pesan"

    def bundle_roundtrip():
        key = tmp / "kunci-a.json"
        bundle = tmp / "lengkap.opop"
        for argv in (("--db", a, "device", "export-key", "--out", str(key)),
                     ("--db", a, "bundle", "export", "--out", str(bundle), "--full"),
                     # A kab/kota laptop: it gets its programme year from the bundle, not from init.
                     ("--db", b, "init", "--role", "regency", "--regency", "32.04", "--name", "Uji-B"),
                     ("--db", b, "trust", str(key)),
                     ("--db", b, "bundle", "import", str(bundle), "--json")):
            code, out = _opop(*argv)
            assert code == 0, f"{' '.join(argv[2:4])}: {out}"
        _, left = _opop("--db", a, "registrants", "list", "--json")
        _, right = _opop("--db", b, "registrants", "list", "--json")
        ids_a = sorted(r["id"] for r in json.loads(left))
        ids_b = sorted(r["id"] for r in json.loads(right))
        assert ids_a == ids_b, "isi basis data salinan berbeda"
        return f"bundel {bundle.stat().st_size // 1024} KiB, {len(ids_b)} peserta sama di kedua basis data"

    def pdf():
        from pypdf import PdfReader

        out_pdf = tmp / "daftar-hadir.pdf"
        code, out = _opop("--db", a, "print", "attendance", "--out", str(out_pdf), "--stage", "1",
                          "--paper", "F4")
        assert code == 0, out
        reader = PdfReader(str(out_pdf))
        box = reader.pages[0].mediabox
        assert round(float(box.width)) == 609 and round(float(box.height)) == 935, "ukuran F4 salah"
        text = reader.pages[0].extract_text() or ""
        assert "DAFTAR HADIR" in text.upper(), "judul tidak terbaca"
        return f"{len(reader.pages)} halaman F4 terbaca kembali"

    def qt():
        from opop_desktop.gui.selftest import check

        return check(tmp / "daftar-hadir.pdf", Path(a))

    return [("data contoh", demo), ("impor pendaftar", registrant_import),
            ("bundel ekspor/impor", bundle_roundtrip), ("cetak PDF", pdf), ("tampilan Qt", qt)]


def run_selftest(tmp: Path) -> SelftestReport:
    report = SelftestReport(ok=True)
    for name, step in _steps(tmp):
        started = time.perf_counter()
        try:
            detail, ok = step(), True
        except Exception as exc:  # noqa: BLE001 - every failure is reported, the next step still runs
            detail, ok = f"{type(exc).__name__}: {exc}", False
        report.steps.append(Step(name, ok, detail, round(time.perf_counter() - started, 2)))
        report.ok &= ok
    return report


def cmd_selftest(args, ctx) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="opop-selftest-"))
    old = os.environ.get("OPOP_DATA_DIR")
    os.environ["OPOP_DATA_DIR"] = str(tmp / "data")  # keys and backups stay in the temporary folder
    try:
        report = run_selftest(tmp)
    finally:
        if old is None:
            os.environ.pop("OPOP_DATA_DIR", None)
        else:
            os.environ["OPOP_DATA_DIR"] = old
        if not args.keep:
            import shutil
            shutil.rmtree(tmp, ignore_errors=True)
    lines = [f"{'OK   ' if s.ok else 'GAGAL'} {s.name}: {s.detail} ({s.seconds} d)" for s in report.steps]
    lines.append("Uji mandiri berhasil." if report.ok else "Uji mandiri GAGAL.")
    if args.keep:
        lines.append(f"Folder: {tmp}")
    ctx.emit(report, "\n".join(lines))
    return 0 if report.ok else 1
