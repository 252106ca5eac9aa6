"""Rekapitulasi Nilai per panel, per kab/kota or for the province: each group and track with
every juror's total, the aggregate, rank, flags and whether the pesantren is selected."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer
from sqlalchemy.orm import Session

from ..clock import today_wib
from ..formats import score_text
from ..labels import date_id
from . import data
from .layout import LIGHT, DocInfo, PdfResult, ProgressFn, build_pdf, fit_widths, frame_size, grid_table, \
    markup, para, table
from .results_view import RecapTable, ResultsView, load

AGGREGATE_LABELS = {"mean": "rata-rata", "trimmed": "rata-rata terpangkas (tanpa nilai tertinggi dan terendah)",
                    "median": "median"}


def recap_table_flowables(width: float, t: RecapTable) -> list:
    n = len(t.jurors)
    juror_w = min(34.0, (width * 0.42) / max(n, 1))
    fixed = [28.0, 0.0] + [juror_w] * n + [42.0, 58.0, 52.0]
    fixed[1] = width - sum(fixed)
    header = ["Per.", "Pesantren"] + [f"J{i}" for i in range(1, n + 1)] + ["Nilai akhir", "Tanda", "Hasil"]
    rows, style = [], []
    for i, r in enumerate(t.rows, start=1):
        who = markup(f"{escape(r.name)}<br/><font size=6.8>{escape(r.reg_number)}"
                     f"{' · NSPP ' + escape(r.nspp) if r.nspp else ''} · {escape(r.district_name)}</font>")
        rows.append([para(r.rank_label, "cell_center"), who]
                    + [para(score_text(v), "num_small") for v in r.juror_totals]
                    + [markup(f"<b>{score_text(r.score)}</b>", "cell_right"), para(r.flag_text, "small"),
                       para(r.outcome_text, "small")])
        if r.selected:
            style.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    quota = f"kuota {t.quota}" if t.quota else "tanpa kuota"
    thr = f", ambang {score_text(t.threshold)}" if t.threshold is not None else ""
    out = [CondPageBreak(40 * mm), para(f"{t.title} ({quota}{thr})", "h2"),
           grid_table(header, rows, fit_widths(fixed, width),
                      header_align=["center", "left"] + ["center"] * (n + 3), extra_style=style)]
    legend = "; ".join(f"J{i} = {name}" for i, (_jid, name) in enumerate(t.jurors, start=1))
    notes = [legend] if legend else []
    if t.needs_plenary:
        notes.append("Nilai sama persis melintasi batas kuota: diputuskan dalam sidang pleno.")
    notes += t.warnings
    if notes:
        out += [Spacer(1, 1.5 * mm), para(" ".join(notes), "small")]
    return out


def _closing(view: ResultsView, width: float) -> list:
    out = [Spacer(1, 3 * mm)]
    if view.excluded:
        out.append(para("Tidak diperingkat: " + "; ".join(f"{n} ({why})" for n, why in view.excluded), "small"))
    if view.open_flags:
        out.append(para(f"Perhatian: {view.open_flags} tanda varians belum ditindaklanjuti; hasil belum final.",
                        "small"))
    dates = [v.event_date for v in view.venues if v.event_date]
    when = date_id(max(dates)) if dates else date_id(today_wib())
    place = data.place_of(view.venues[0]) if view.venues else "Bandung"
    sign = table([[para(f"{place}, {when}", "center")], [para("Ketua Dewan Juri,", "center")], [para("")],
                  [para("( ........................................ )", "center")]], [70 * mm],
                 rowHeights=[None, None, 15 * mm, None])
    sign.hAlign = "RIGHT"
    return out + [KeepTogether([Spacer(1, 4 * mm), sign])]


def recap_pdf(session: Session, out, scope: data.Scope, *, paper: str = "A4", blank: bool = False,
              progress: ProgressFn | None = None) -> PdfResult:
    """Rekapitulasi Nilai of the scope (panel, venue, kab/kota or province)."""
    if progress:
        progress(0, 0, "Menghitung peringkat")
    view = load(session, scope)
    width, _h = frame_size(paper)
    story = [para("REKAPITULASI NILAI", "title"),
             para(f"{view.stage_name} — {view.scope_label}", "subtitle"),
             para(f"Nilai akhir: {AGGREGATE_LABELS.get(view.aggregate, view.aggregate)} dari total nilai juri "
                  f"(Σ bobot × nilai ÷ 10). Baris berlatar hijau: lolos.", "small"), Spacer(1, 2 * mm)]
    for i, t in enumerate(view.tables, start=1):
        story += recap_table_flowables(width, t)
        if progress:
            progress(i, len(view.tables), f"Menyusun tabel {i} dari {len(view.tables)}")
    if not view.tables:
        story.append(para("Belum ada nilai yang dapat diperingkat pada cakupan ini.", "center"))
    story += _closing(view, width)
    rows = sum(len(t.rows) for t in view.tables)
    return build_pdf(out, DocInfo(view.programme_name, "Rekapitulasi Nilai", paper), story,
                     documents=len(view.tables), progress=progress,
                     counts={"tables": len(view.tables), "pesantren": rows,
                             "selected": sum(1 for t in view.tables for r in t.rows if r.selected)})
