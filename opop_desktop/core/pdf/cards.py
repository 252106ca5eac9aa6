"""Kartu Peserta: cut-out participant cards, eight to a page, each with a QR code carrying the
registration number (see qr.py) that the check-in search accepts as typed by a USB scanner."""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Image
from sqlalchemy.orm import Session

from ..labels import track_label
from ..regions import gazetteer
from . import data
from .layout import GREEN, GRID, DocInfo, PdfResult, ProgressFn, build_pdf, emblem_path, frame_size, markup, \
    para, table
from .qr import card_payload, qr_drawing

ROWS_PER_PAGE = 4
CARD_QR = 26 * mm


def _card(width: float, height: float, ctx: data.StageContext, slot: data.SlotInfo, pi: data.PanelInfo):
    p = slot.pesantren
    g = gazetteer()
    inner_w = width - 8
    head = table([[Image(str(emblem_path()), 9 * mm, 9 * mm),
                   markup(f"<b>KARTU PESERTA</b><br/><font size=7>{escape(ctx.programme_name)} — "
                          f"Tahap {ctx.stage.number}</font>")]],
                 [11 * mm, inner_w - 11 * mm], style=[
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("LINEBELOW", (0, 0), (-1, -1), 0.8, GREEN)])
    details = [
        markup(f"<b>{escape(p.name)}</b>", "cell"),
        para(f"No. registrasi: {p.reg_number}", "small"),
        para(f"NSPP: {p.nspp or '-'}", "small"),
        para(f"{g.district_name(p.district_code)}, {g.regency_name(p.regency_code)}", "small"),
        para(f"Jalur: {track_label(p.track)} · Produk: {p.product or '-'}", "small"),
        para(f"{pi.panel.name}, {pi.venue.name} · No. urut {slot.position}"
             f"{' · ' + slot.time_slot if slot.time_slot else ''}", "small"),
    ]
    body = table([[details, [qr_drawing(card_payload(p.reg_number), CARD_QR), para(p.reg_number, "tiny")]]],
                 [inner_w - CARD_QR - 2, CARD_QR + 2], style=[
                     ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return table([[head], [body]], [width], rowHeights=[13 * mm, height - 13 * mm], style=[
        ("BOX", (0, 0), (-1, -1), 0.8, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])


def cards_pdf(session: Session, out, scope: data.Scope, *, paper: str = "A4", blank: bool = False,
              progress: ProgressFn | None = None) -> PdfResult:
    """Cards of every pesantren slotted in the scope's panels (``blank`` has no meaning here)."""
    ctx, panels = data.panels_in_scope(session, scope)
    fw, fh = frame_size(paper)
    card_w, card_h = fw / 2 - 2 * mm, fh / ROWS_PER_PAGE - 3 * mm
    cards = [(slot, pi) for pi in panels for slot in pi.slots]
    cells = []
    for i, (slot, pi) in enumerate(cards, start=1):
        cells.append(_card(card_w, card_h, ctx, slot, pi))
        if progress and (i % 50 == 0 or i == len(cards)):
            progress(i, len(cards), f"Menyiapkan kartu {i} dari {len(cards)}")
    if not cells:
        story = [para("KARTU PESERTA", "title"), para("Tidak ada pesantren pada cakupan ini.", "center")]
    else:
        if len(cells) % 2:
            cells.append(para(""))
        rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
        # Cut lines between cards: dashed, so scissors have a guide.
        story = [table(rows, [fw / 2, fw / 2], rowHeights=[fh / ROWS_PER_PAGE - 1] * len(rows), style=[
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, GRID, None, (2, 2))])]
    pages = max(1, -(-len(cards) // (2 * ROWS_PER_PAGE)))
    return build_pdf(out, DocInfo(ctx.programme_name, "Kartu Peserta", paper), story, documents=len(cards),
                     progress=progress, expected_pages=pages, counts={"cards": len(cards)})
