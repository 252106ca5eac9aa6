"""Laporan Juri: one page per juror with their total for every pesantren they scored beside
the panel's final score, the difference, the juror's spread and the flags that name them."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer
from sqlalchemy.orm import Session

from ..catalogue import render
from ..formats import score_text
from ..labels import ELEMENT_LABELS
from . import data
from .layout import DocInfo, PdfResult, ProgressFn, build_pdf, fit_widths, frame_size, grid_table, para, \
    table
from .results_view import load


def juror_report_pdf(session: Session, out, scope: data.Scope, *, paper: str = "A4", blank: bool = False,
                     progress: ProgressFn | None = None) -> PdfResult:
    """One page (or more) per juror who scored in the scope."""
    if progress:
        progress(0, 0, "Menghitung peringkat")
    view = load(session, scope)
    width, _h = frame_size(paper)
    flags_by_juror: dict[str, list[str]] = {}
    for f in view.result.flags:
        if f.juror_id:
            flags_by_juror.setdefault(f.juror_id, []).append(
                f"{render(f.message, 'id')}{' (ditindaklanjuti: ' + f.ack_reason + ')' if f.acknowledged and f.ack_reason else ''}")
    story: list = []
    for n, juror in enumerate(view.jurors, start=1):
        if story:
            story.append(PageBreak())
        story += [para("LAPORAN JURI", "title"), para(f"{view.stage_name} — {view.scope_label}", "subtitle")]
        ident = [[para("Nama juri", "cell_bold"), para(juror.name)],
                 [para("Instansi", "cell_bold"), para(juror.institution or "-")],
                 [para("Unsur", "cell_bold"), para(ELEMENT_LABELS.get(juror.element, juror.element))]]
        story += [table(ident, [30 * mm, width - 30 * mm], style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
                  Spacer(1, 3 * mm)]
        rows = []
        for t in view.tables:
            idx = next((i for i, (jid, _n) in enumerate(t.jurors) if jid == juror.id), None)
            if idx is None:
                continue
            for r in t.rows:
                mine = r.juror_totals[idx]
                if mine is None:
                    continue
                rows.append([para(str(len(rows) + 1), "cell_center"), para(r.name), para(t.group_label, "small"),
                             para(score_text(mine), "cell_right"), para(score_text(r.score), "cell_right"),
                             para(score_text(mine - r.score), "cell_right"), para(r.rank_label, "cell_center")])
        if not rows:
            rows = [["", para("Juri ini belum memberi nilai final pada cakupan ini."), "", "", "", "", ""]]
        story.append(grid_table(["No", "Pesantren", "Kelompok", "Nilai juri", "Nilai panel", "Selisih", "Per."],
                                rows, fit_widths([6, 40, 20, 12, 12, 11, 8], width),
                                header_align=["center", "left", "left", "center", "center", "center", "center"]))
        st = view.juror_stats.get(juror.id)
        if st is not None:
            sd = "-" if st.sd is None else score_text(st.sd)
            story += [Spacer(1, 2 * mm), para(
                f"Ringkasan: {st.count} lembar; rata-rata {score_text(st.mean)}; simpangan baku {sd}; "
                f"terendah {score_text(st.minimum)}; tertinggi {score_text(st.maximum)}. Nilai panel = nilai akhir "
                f"pesantren dari seluruh juri.", "small")]
        notes = flags_by_juror.get(juror.id, [])
        if notes:
            story += [Spacer(1, 2 * mm), para("Tanda varians:", "cell_bold")] + [para(f"• {m}", "small") for m in notes]
        if progress:
            progress(n, len(view.jurors), f"Menyusun laporan juri {n} dari {len(view.jurors)}")
    if not story:
        story = [para("LAPORAN JURI", "title"), para("Belum ada nilai juri pada cakupan ini.", "center")]
    return build_pdf(out, DocInfo(view.programme_name, "Laporan Juri", paper), story, documents=len(view.jurors),
                     progress=progress, counts={"jurors": len(view.jurors)})
