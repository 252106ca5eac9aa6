"""Rekap workbook of a stage: a province summary sheet, then one sheet per kab/kota with every
ranked pesantren, the jurors' totals, final score, rank, flags and outcome.

Same look as every workbook we write (core/excel/style.write_table): styled header, frozen
panes, autofilter, widths; scores are numbers, NSPP / registration / region codes are text.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from openpyxl import Workbook
from sqlalchemy.orm import Session

from ..atomic import replacing
from ..labels import track_label
from ..pdf import results_view
from ..pdf.data import Scope
from ..regions import gazetteer
from ..services.admin_selection import selection_summary
from ..services.programme import current_programme
from .style import write_table

SUMMARY_SHEET = "Provinsi"
SCORE_FORMAT = "0.00"
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass
class RecapWorkbook:
    path: str
    sheets: list[str]
    rows: int  # pesantren rows over all kab/kota sheets


def sheet_title(name: str, taken: set[str]) -> str:
    """An Excel-safe, unique sheet name (≤ 31 characters, none of []:*?/\\)."""
    base = name.translate(_BAD_SHEET_CHARS).strip()[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _as_number(value):
    return None if value is None else float(value)


def _format_columns(ws, first_row: int, last_row: int, columns: list[int]) -> None:
    for col in columns:
        for row in ws.iter_rows(min_row=first_row, max_row=last_row, min_col=col + 1, max_col=col + 1):
            for cell in row:
                cell.number_format = SCORE_FORMAT


ADMIN_SHEET = "Seleksi administrasi"


def _admin_sheet(session: Session, wb, taken: set[str], programme_name: str) -> list[str]:
    """Every pesantren's administration decision (the first step of the funnel)."""
    summary = selection_summary(session, programme_id=current_programme(session).id)
    if not summary.passed and not summary.failed:
        return []
    g = gazetteer()
    words = {"passed": "Lolos", "failed": "Tidak lolos", None: "Belum diputuskan"}
    rows = [[r.reg_number, r.nspp or None, r.name, g.regency_name(r.regency_code),
             g.district_name(r.district_code), words[r.decision], r.reason, r.actor]
            for r in summary.rows]
    title = sheet_title(ADMIN_SHEET, taken)
    ws = wb.create_sheet(title)
    write_table(ws, ["No. registrasi", "NSPP", "Nama pesantren", "Kabupaten/Kota", "Kecamatan", "Keputusan",
                     "Alasan", "Oleh"], rows, text_columns=[0, 1],
                title=f"Seleksi administrasi — {programme_name}: {summary.registered} terdaftar, "
                      f"{summary.passed} lolos, {summary.failed} tidak lolos, {summary.undecided} belum diputuskan")
    return [title]


def recap_workbook(session: Session, out, stage_number: int = 1,
                   progress: Callable[[int, int, str], None] | None = None) -> RecapWorkbook:
    """Write the Rekap workbook of ``stage_number`` to ``out`` (temporary file, then renamed)."""
    if progress:
        progress(0, 0, "Menghitung peringkat")
    view = results_view.load(session, Scope(stage_number=stage_number, province=True))
    g = gazetteer()
    by_regency: dict[str, list[tuple[results_view.RecapTable, results_view.RecapRow]]] = defaultdict(list)
    for t in view.tables:
        for r in t.rows:
            by_regency[r.regency_code].append((t, r))
    wb = Workbook()
    summary = wb.active
    taken = {SUMMARY_SHEET.lower()}
    summary.title = SUMMARY_SHEET
    summary_rows = []
    for code in sorted(by_regency):
        for track in ("scale-up", "start-up"):
            rows = [r for _t, r in by_regency[code] if r.track == track]
            if not rows:
                continue
            quotas = {t.quota for t, r in by_regency[code] if r.track == track}
            scores = [float(r.score) for r in rows]
            summary_rows.append([code, g.regency_name(code), track_label(track), len(rows),
                                 sum(1 for r in rows if r.selected), sum(1 for r in rows if r.outcome == "plenary"),
                                 quotas.pop() if len(quotas) == 1 else None, max(scores),
                                 round(sum(scores) / len(scores), 2)])
    last = write_table(summary, ["Kode kab/kota", "Kabupaten/Kota", "Jalur", "Dinilai", "Lolos", "Sidang pleno",
                                 "Kuota per kelompok", "Nilai tertinggi", "Rata-rata nilai"],
                       summary_rows, text_columns=[0],
                       title=f"Rekap {view.stage_name} — {view.programme_name}")
    _format_columns(summary, 4, last, [7, 8])
    sheets = [SUMMARY_SHEET]
    total_rows = 0
    codes = sorted(by_regency)
    for n, code in enumerate(codes, start=1):
        items = by_regency[code]
        juror_names: dict[str, str] = {}
        for t, _r in items:
            for jid, name in t.jurors:
                juror_names.setdefault(jid, name)
        juror_ids = list(juror_names)
        headers = (["Kelompok", "Jalur", "Peringkat", "Seri", "No. registrasi", "NSPP", "Nama pesantren", "Kecamatan",
                    "Bidang usaha"] + [f"Juri: {juror_names[j]}" for j in juror_ids]
                   + ["Jumlah juri", "Nilai akhir", "Rata-rata juri", "Tanda", "Hasil"])
        rows = []
        for t, r in items:
            totals = dict(zip([jid for jid, _n in t.jurors], r.juror_totals))
            rows.append([t.group_label, track_label(r.track), r.rank, "ya" if r.tie else "", r.reg_number, r.nspp or None,
                         r.name, r.district_name, r.field_name]
                        + [_as_number(totals.get(j)) for j in juror_ids]
                        + [r.juror_count, _as_number(r.score), _as_number(r.mean), r.flag_text, r.outcome_text])
        title = sheet_title(g.regency_name(code), taken)
        ws = wb.create_sheet(title)
        last = write_table(ws, headers, rows, text_columns=[4, 5],
                           title=f"{g.regency_name(code)} — {view.stage_name}")
        score_cols = list(range(9, 9 + len(juror_ids))) + [10 + len(juror_ids), 11 + len(juror_ids)]
        _format_columns(ws, 4, last, score_cols)
        sheets.append(title)
        total_rows += len(rows)
        if progress:
            progress(n, len(codes), f"Menulis lembar {title}")
    sheets += _admin_sheet(session, wb, taken, view.programme_name)
    out = Path(out)
    with replacing(out) as tmp:
        wb.save(tmp)
    return RecapWorkbook(str(out), sheets, total_rows)
