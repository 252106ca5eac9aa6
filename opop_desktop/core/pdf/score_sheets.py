"""Lembar Penilaian: one page per juror × pesantren (criteria with their level descriptors,
score boxes, comment, signature, QR code), and the per-juror panel grid (pesantren × criteria).

Blank sheets for paper scoring, or filled with the current values entered so far. Sheets are
ordered panel → juror → order of appearance, i.e. the stack each juror is handed.
"""
from __future__ import annotations

import hashlib
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..formats import decimal_comma, score_text
from ..labels import date_id, track_label
from ..models import Rubric
from ..regions import gazetteer
from ..tabulation.totals import rounded_total, weighted_score
from . import data, parallel
from .forms import RepeatedBlock, StaticTableWithValues
from .layout import (
    GRID, LIGHT, DocInfo, PdfResult, ProgressFn, build_pdf, fit_widths, frame_size, grid_table,
    markup, para, table,
)
from .qr import SheetRef, qr_drawing, sheet_payload

QR_SIZE = 24 * mm


def _identity_block(width: float, pes, slot: data.SlotInfo, pi: data.PanelInfo, juror, stage, payload: str):
    g = gazetteer()
    label_w, gap = 27 * mm, 3 * mm
    value_w = (width - QR_SIZE - gap) / 2 - label_w
    rows = [
        [para("Pesantren", "cell_bold"), para(pes.name), para("No. urut", "cell_bold"),
         para(f"{slot.position}{'  (' + slot.time_slot + ')' if slot.time_slot else ''}")],
        [para("No. registrasi", "cell_bold"), para(pes.reg_number), para("NSPP", "cell_bold"), para(pes.nspp or "-")],
        [para("Kab/Kota", "cell_bold"), para(g.regency_name(pes.regency_code)), para("Kecamatan", "cell_bold"),
         para(g.district_name(pes.district_code))],
        [para("Produk", "cell_bold"), para(pes.product or "-"), para("Jalur", "cell_bold"),
         para(track_label(pes.track))],
        [para("Panel", "cell_bold"), para(f"{pi.panel.name} — {pi.venue.name}"), para("Juri", "cell_bold"),
         para(juror.name)],
    ]
    ident = table(rows, [label_w, value_w, label_w, value_w], style=[
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID)])
    qr_cell = [qr_drawing(payload, QR_SIZE), para("Pindai untuk entri kertas", "tiny")]
    return table([[ident, qr_cell]], [width - QR_SIZE - gap, QR_SIZE + gap], style=[
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, 0), "RIGHT")])


_CRITERIA_HEADER = ["No", "Kriteria dan tingkat penilaian", "Bobot", "Rentang", "Nilai", "Bobot × nilai"]
_CRITERIA_ALIGN = ["center", "left", "center", "center", "center", "center"]
_CRITERIA_FRACTIONS = [7, 100, 13, 16, 20, 20]


def _criteria_rows(criteria: list[data.CriterionInfo], sd: data.SheetData | None, *, fixed: bool,
                   values: bool) -> list:
    """The body rows of the criteria table: the rubric's text (``fixed``), the sheet's values, or both.
    Cells of the part left out are empty."""
    scores = sd.values if sd else {}
    rows = []
    for i, c in enumerate(criteria, start=1):
        row = ["", "", "", "", "", ""]
        if fixed:
            text = f"<b>{escape(c.code)} — {escape(c.name)}</b>"
            if c.description:
                text += f"<br/>{escape(c.description)}"
            if c.levels:
                text += f"<br/><font size=6.8>{escape('  ·  '.join(c.levels))}</font>"
            row[:4] = [para(str(i), "cell_center"), markup(text), para(decimal_comma(c.weight, 0), "cell_center"),
                       para(f"{decimal_comma(c.min_score, 0)}–{decimal_comma(c.max_score, 0)}", "cell_center")]
        if values:
            v = scores.get(c.code)
            row[4:] = [para(decimal_comma(v), "cell_center"),
                       para(score_text(weighted_score(c.weight, v)) if v is not None else "",
                            "cell_right")]
        rows.append(row)
    total = sd.total if sd else None
    rows.append(["", markup("<b>Jumlah</b> (Σ bobot × nilai ÷ 10; skala 0–100)") if fixed else "", "", "", "",
                 markup(f"<b>{score_text(total) if total is not None else ''}</b>", "cell_right") if values else ""])
    return rows


def _criteria_style(n_rows: int) -> list[tuple]:
    return [("BACKGROUND", (4, 1), (4, n_rows - 1), LIGHT), ("SPAN", (1, n_rows), (4, n_rows)),
            ("VALIGN", (2, 1), (-1, -1), "MIDDLE")]


def _criteria_grid(width: float, rows: list):
    return grid_table(_CRITERIA_HEADER, rows, fit_widths(_CRITERIA_FRACTIONS, width), header_align=_CRITERIA_ALIGN,
                      extra_style=_criteria_style(len(rows)))


def _criteria_table(width: float, criteria: list[data.CriterionInfo], sd: data.SheetData | None, static: dict):
    """The criteria table of one sheet: the rubric part is one form for the whole document
    (``static`` keeps it between sheets), the sheet's values are drawn over it."""
    key = (width, tuple((c.code, c.name, c.description, tuple(c.levels), c.weight, c.min_score, c.max_score)
                        for c in criteria))
    if key not in static:
        name = "criteria-" + hashlib.sha1(repr(key).encode()).hexdigest()[:16]
        static[key] = (name, _criteria_grid(width, _criteria_rows(criteria, None, fixed=True, values=False)), {})
    name, fixed_part, layouts = static[key]
    widths = fit_widths(_CRITERIA_FRACTIONS, width)

    def values_layer(row_heights):
        """The two value columns alone, and where they start (as the full table sums its widths)."""
        x = 0
        for w in widths[:4]:
            x += w
        rows = [["", ""]] + [row[4:] for row in _criteria_rows(criteria, sd, fixed=False, values=True)]
        return table(rows, widths[4:], rowHeights=row_heights, style=[
            ("VALIGN", (0, 0), (-1, 0), "TOP"), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]), x

    return StaticTableWithValues(name, fixed_part, values_layer,
                                 lambda: _criteria_grid(width, _criteria_rows(criteria, sd, fixed=True, values=True)),
                                 layouts)


def _comment_and_signature(width: float, sd: data.SheetData | None, juror, venue, stage) -> list:
    comment = sd.comment if sd else ""
    box = table([[markup("<b>Catatan juri</b> (kekuatan, saran perbaikan):")], [para(comment)]], [width],
                rowHeights=[None, 22 * mm],
                style=[("BOX", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [Spacer(1, 3 * mm), box] + _comment_free_signature(venue, juror)


def _sheet_story(width, ctx, pi, juror, slot, sd, rubric_version, static: dict) -> list:
    pes = slot.pesantren
    payload = sheet_payload(SheetRef(ctx.stage.id, pi.panel.id, juror.id, pes.id, rubric_version))
    story = [para("LEMBAR PENILAIAN", "title"), para(ctx.stage.name, "subtitle"),
             _identity_block(width, pes, slot, pi, juror, ctx.stage, payload), Spacer(1, 3 * mm),
             _criteria_table(width, ctx.criteria, sd, static)]
    story += _comment_and_signature(width, sd, juror, pi.venue, ctx.stage)
    return story


def _sheet_data(session: Session, ctx: data.StageContext, panels: list[data.PanelInfo], blank: bool):
    if blank:
        return {}
    sheets = data.sheets_for(session, ctx.stage, [pi.panel.id for pi in panels])
    values = data.sheet_values(session, list(sheets.values()))
    out = {}
    for key, sh in sheets.items():
        vals = values.get(sh.id, {})
        out[key] = data.SheetData(sh, vals, sh.comment or "", rounded_total(ctx.criteria, vals))
    return out


def score_sheets_pdf(session: Session, out, scope: data.Scope, *, paper: str = "A4", blank: bool = False,
                     progress: ProgressFn | None = None, workers: int | None = None) -> PdfResult:
    """One Lembar Penilaian per juror × pesantren of the scope; returns pages and sheet count.

    A large batch can be laid out by several processes, a run of whole panels each, and joined in
    order (``workers``: how many; default: one per processor, from three processors and a few
    hundred sheets on; see ``parallel``)."""
    ctx, panels = data.panels_in_scope(session, scope)
    parts = parallel.plan(session, panels, workers)
    if parts:
        joined = parallel.render_parts(session, out, ctx, panels, scope, parts, paper=paper, blank=blank,
                                       progress=progress)
        if joined is not None:
            return joined
    return render_sheets(session, out, ctx, panels, scope, paper=paper, blank=blank, progress=progress)


def render_sheets(session: Session, out, ctx: data.StageContext, panels: list[data.PanelInfo], scope: data.Scope,
                  *, paper: str, blank: bool, progress: ProgressFn | None = None, page_offset: int = 0,
                  page_total: int | None = None) -> PdfResult:
    """The sheets of ``panels`` in one PDF; ``page_offset``/``page_total`` number its pages as a
    part of a longer document."""
    width, _h = frame_size(paper)
    filled = _sheet_data(session, ctx, panels, blank)
    version = ctx.rubric.version if ctx.rubric else 1
    versions = dict(session.execute(select(Rubric.id, Rubric.version).where(Rubric.stage_id == ctx.stage.id)).all())
    total = sum(len(pi.jurors) * len(pi.slots) for pi in panels)
    story: list = []
    static: dict = {}
    done = 0
    for pi in panels:
        for juror in pi.jurors:
            for slot in pi.slots:
                if story:
                    story.append(PageBreak())
                sd = filled.get((pi.panel.id, juror.id, slot.pesantren.id))
                # A sheet already scored on an older rubric version keeps that version in its QR.
                sheet_version = versions.get(sd.sheet.rubric_id, version) if sd and sd.sheet else version
                story += _sheet_story(width, ctx, pi, juror, slot, sd, sheet_version, static)
                done += 1
                if progress and (done % 25 == 0 or done == total):
                    progress(done, total, f"Menyiapkan lembar {done} dari {total}")
    if not story:
        story = [para("LEMBAR PENILAIAN", "title"),
                 para(f"Tidak ada juri atau peserta pada cakupan ini ({scope.describe(session)}).", "center")]
    info = DocInfo(ctx.programme_name, "Lembar Penilaian", paper, page_offset=page_offset, page_total=page_total)
    return build_pdf(out, info, story, documents=done, progress=progress, expected_pages=max(done, 1),
                     counts={"sheets": done, "panels": len(panels)})


def panel_grid_pdf(session: Session, out, scope: data.Scope, *, paper: str = "A4", blank: bool = False,
                   progress: ProgressFn | None = None) -> PdfResult:
    """Per juror and panel: a grid of the panel's pesantren × criteria with the total."""
    ctx, panels = data.panels_in_scope(session, scope)
    width, _h = frame_size(paper)
    filled = _sheet_data(session, ctx, panels, blank)
    codes = [c.code for c in ctx.criteria]
    story: list = []
    grids = 0
    total = sum(len(pi.jurors) for pi in panels)
    for pi in panels:
        for juror in pi.jurors:
            if story:
                story.append(PageBreak())
            story += [para("LEMBAR PENILAIAN PANEL", "title"),
                      para(f"{ctx.stage.name} — {pi.panel.name}, {pi.venue.name} — Juri: {juror.name}", "subtitle")]
            rows = []
            for slot in pi.slots:
                sd = filled.get((pi.panel.id, juror.id, slot.pesantren.id))
                vals = sd.values if sd else {}
                rows.append([para(str(slot.position), "cell_center"),
                             markup(f"{escape(slot.pesantren.name)}<br/><font size=6.8>"
                                    f"{escape(slot.pesantren.reg_number)}</font>")]
                            + [para(decimal_comma(vals.get(c)), "cell_center") for c in codes]
                            + [para(score_text(sd.total) if sd and sd.total is not None else "", "cell_right"), ""])
            widths = fit_widths([7, 55] + [11] * len(codes) + [15, 14], width)
            story.append(grid_table(["No", "Pesantren"] + codes + ["Jumlah", "Paraf"], rows, widths,
                                    header_align=["center", "left"] + ["center"] * (len(codes) + 2)))
            legend = "; ".join(f"{c.code} = {c.name} (bobot {decimal_comma(c.weight, 0)})" for c in ctx.criteria)
            story += [Spacer(1, 2 * mm), para(f"Keterangan: {legend}. Skala {_scale(ctx)}.", "small")]
            story += _comment_free_signature(pi.venue, juror)
            grids += 1
            if progress:
                progress(grids, total, f"Menyiapkan lembar panel {grids} dari {total}")
    if not story:
        story = [para("LEMBAR PENILAIAN PANEL", "title"), para("Tidak ada juri pada cakupan ini.", "center")]
    info = DocInfo(ctx.programme_name, "Lembar Penilaian Panel", paper)
    return build_pdf(out, info, story, documents=grids, progress=progress, counts={"grids": grids})


def _scale(ctx: data.StageContext) -> str:
    if not ctx.criteria:
        return "-"
    c = ctx.criteria[0]
    return f"{decimal_comma(c.min_score, 0)}–{decimal_comma(c.max_score, 0)}, kelipatan {decimal_comma(c.step, 1)}"


def _comment_free_signature(venue, juror) -> list:
    """Place, date and the juror's name to sign above: the same on every sheet of a juror, so
    one form per juror and venue."""
    when = date_id(venue.event_date) if venue.event_date else "...................."
    lines = (f"{data.place_of(venue)}, {when}", "Juri,", f"( {juror.name} )")
    sign = table([[para(lines[0], "center")], [para(lines[1], "center")], [para("")], [para(lines[2], "center")]],
                 [70 * mm], rowHeights=[None, None, 16 * mm, None])
    sign.hAlign = "RIGHT"
    name = "signature-" + hashlib.sha1("\n".join(lines).encode()).hexdigest()[:16]
    return [KeepTogether([Spacer(1, 4 * mm), RepeatedBlock(name, sign)])]


__all__ = ["score_sheets_pdf", "panel_grid_pdf"]
