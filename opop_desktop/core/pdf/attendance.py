"""Daftar Hadir: per panel (session), two representative lines per pesantren with signature
columns, names filled where known (check-in record, else registered representatives)."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer
from sqlalchemy.orm import Session

from ..labels import date_id, track_label
from ..regions import gazetteer
from . import data
from .layout import GRID, DocInfo, PdfResult, ProgressFn, build_pdf, fit_widths, frame_size, grid_table, markup, \
    para, table

LINE_H = 9 * mm  # room for a signature on each of the two lines


def _two_lines(width: float, first, second):
    """A cell split into two ruled lines (representative 1 and 2)."""
    return table([[first], [second]], [width], rowHeights=[LINE_H, LINE_H], style=[
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def _info_block(width: float, ctx: data.StageContext, pi: data.PanelInfo) -> list:
    when = date_id(pi.venue.event_date) if pi.venue.event_date else "...................."
    rows = [[para("Tahap", "cell_bold"), para(ctx.stage.name)],
            [para("Lokasi", "cell_bold"), para(f"{pi.venue.name}{', ' + pi.venue.address if pi.venue.address else ''}")],
            [para("Panel", "cell_bold"), para(pi.panel.name)],
            [para("Hari/tanggal", "cell_bold"), para(when)]]
    return [table(rows, [30 * mm, width - 30 * mm], style=[
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]), Spacer(1, 3 * mm)]


def _officer_signature(pi: data.PanelInfo) -> list:
    when = date_id(pi.venue.event_date) if pi.venue.event_date else "...................."
    sign = table([[para(f"{data.place_of(pi.venue)}, {when}", "center")], [para("Petugas registrasi,", "center")],
                  [para("")], [para("( ........................................ )", "center")]],
                 [70 * mm], rowHeights=[None, None, 15 * mm, None])
    sign.hAlign = "RIGHT"
    return [KeepTogether([Spacer(1, 5 * mm), sign])]


def attendance_pdf(session: Session, out, scope: data.Scope, *, paper: str = "A4", blank: bool = False,
                   progress: ProgressFn | None = None) -> PdfResult:
    """One Daftar Hadir per panel of the scope; ``blank`` leaves the representatives' names empty."""
    ctx, panels = data.panels_in_scope(session, scope)
    width, _h = frame_size(paper)
    g = gazetteer()
    widths = fit_widths([6, 40, 30, 30], width)
    pids = [s.pesantren.id for pi in panels for s in pi.slots]
    names = {} if blank else data.representative_names(session, ctx.stage, pids)
    story: list = []
    lists = 0
    for pi in panels:
        if story:
            story.append(PageBreak())
        story += [para("DAFTAR HADIR PESERTA", "title"), para(f"{ctx.programme_name} — {ctx.stage.name}", "subtitle")]
        story += _info_block(width, ctx, pi)
        rows = []
        for slot in pi.slots:
            p = slot.pesantren
            rep = names.get(p.id, ["", ""])
            who = markup(f"<b>{escape(p.name)}</b><br/><font size=7>{escape(p.reg_number)}"
                         f"{' · NSPP ' + escape(p.nspp) if p.nspp else ''} · {escape(g.regency_name(p.regency_code))}"
                         f" · {escape(track_label(p.track))}</font>")
            rows.append([para(str(slot.position), "cell_center"), who,
                         _two_lines(widths[2] - 6, para(f"1. {rep[0]}"), para(f"2. {rep[1]}")),
                         _two_lines(widths[3] - 6, para("1.", "small"), para("2.", "small"))])
        if not rows:
            rows.append(["", para("Belum ada pesantren pada panel ini."), "", ""])
        story.append(grid_table(["No", "Pesantren", "Nama perwakilan", "Tanda tangan"], rows, widths,
                                header_align=["center", "left", "left", "left"]))
        story += _officer_signature(pi)
        lists += 1
        if progress:
            progress(lists, len(panels), f"Menyiapkan daftar hadir {lists} dari {len(panels)}")
    if not story:
        story = [para("DAFTAR HADIR PESERTA", "title"), para("Tidak ada panel pada cakupan ini.", "center")]
    return build_pdf(out, DocInfo(ctx.programme_name, "Daftar Hadir", paper), story, documents=lists,
                     progress=progress, counts={"lists": lists, "pesantren": len(pids)})
