"""Shared page layout of every PDF: paper sizes, the embedded DejaVu fonts, header with the
programme's name and emblem, "Halaman i dari N" footer, wrapping table cells, atomic writes.

Documents build a list of flowables and call :func:`build_pdf`; nothing here knows the data.
"""
from __future__ import annotations

import hashlib
import os
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4 as _A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from .. import paths
from ..atomic import replacing
from .forms import draw_form

# Exact sizes in points: A4 210×297 mm; F4 (folio as sold in Indonesia) 215×330 mm.
A4 = (_A4[0], _A4[1])
F4 = (215 * mm, 330 * mm)
PAPER_SIZES = {"A4": A4, "F4": F4}

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
GREEN = colors.HexColor("#1F6E43")
LIGHT = colors.HexColor("#E8F1EC")
GRID = colors.HexColor("#8A8A8A")

MARGIN = 15 * mm
HEADER_H = 20 * mm
FOOTER_H = 10 * mm

ProgressFn = Callable[[int, int, str], None]

# Binary (Flate only) streams instead of Flate + ASCII85: smaller files, faster writes. We are
# the only user of reportlab in the process, so the global switch is ours to set.
rl_config.useA85 = 0


def paper_size(name: str) -> tuple[float, float]:
    from ..errors import UsageError

    try:
        return PAPER_SIZES[name.upper()]
    except KeyError:
        raise UsageError("files.paper_unknown", paper=name) from None


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu Sans from resources/fonts (embedded as TrueType subsets)."""
    fonts_dir = paths.resource("fonts")
    pdfmetrics.registerFont(TTFont(FONT, str(fonts_dir / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts_dir / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT


def emblem_path() -> Path:
    return paths.resource("images", "emblem.png")


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9),
        "tiny": ParagraphStyle("tiny", parent=base, fontSize=6.5, leading=8),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "num_small": ParagraphStyle("num_small", parent=base, fontSize=7.5, leading=9.5, alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", parent=base, fontSize=8.5, leading=10.5,
                                      alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5,
                               textColor=colors.white),
        "head_center": ParagraphStyle("head_center", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                      leading=10.5, textColor=colors.white, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=13, leading=16,
                                alignment=TA_CENTER, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9.5, leading=12, alignment=TA_CENTER,
                                   spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13,
                             spaceBefore=6, spaceAfter=4),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }


def para(text, style: str = "cell") -> Paragraph:
    """A wrapping Paragraph of plain text (escaped; newlines become line breaks)."""
    s = "" if text is None else str(text)
    return markup(escape(s).replace("\n", "<br/>"), style)


def markup(xml: str, style: str = "cell") -> Paragraph:
    """A Paragraph of trusted mini-markup (<b>, <br/>); callers escape data with ``escape``."""
    text, parsed_style, frags, bullet = _parsed(xml, style)
    p = _RepeatedParagraph(text, parsed_style, bulletText=bullet, frags=frags)
    p.key = (xml, style)
    return p


# From its eighth appearance in a document on, a paragraph is drawn as a form. Labels, scores and
# a juror's or panel's name repeat hundreds of times; a pesantren's name (once per juror) is
# drawn directly, which keeps the file small.
FORM_AFTER = 8


class _RepeatedParagraph(Paragraph):
    """A Paragraph that breaks its lines once per text, style and width, and is drawn as a form
    once it keeps coming back (``FORM_AFTER``): a batch of sheets repeats labels, names, scores
    and totals. The broken lines are only read when drawing, so repeats share them."""

    _wrapped: dict = {}
    _drawn: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # canvas -> {paragraph: times drawn}
    key = None  # the pieces of a paragraph split across pages are laid out the ordinary way

    def wrap(self, availWidth, availHeight):
        if self.key is None:
            return super().wrap(availWidth, availHeight)
        key = (self.key, availWidth)
        found = self._wrapped.get(key)
        if found is None:
            size = super().wrap(availWidth, availHeight)
            if len(self._wrapped) > 50_000:
                self._wrapped.clear()
            self._wrapped[key] = (size, self._wrapWidths, self.blPara)
            return size
        size, self._wrapWidths, self.blPara = found
        self.width, self.height = size
        return size

    def draw(self):
        if self.key is None:
            return super().draw()
        seen = self._drawn.setdefault(self.canv, {})
        key = (self.key, self.width, self.height)
        seen[key] = times = seen.get(key, 0) + 1
        if times < FORM_AFTER:  # a text seen a few times is not worth a form's bytes
            return super().draw()
        name = "p" + hashlib.sha1(repr(key).encode()).hexdigest()[:12]
        # A word longer than its column runs past it, as on the page: the form's box is roomy.
        draw_form(self.canv, name, self.width, self.height, lambda _canv: super(_RepeatedParagraph, self).draw(),
                  bleed=2000)


@lru_cache(maxsize=8192)
def _parsed(xml: str, style: str):
    """Parsing the mini-markup is a third of a Paragraph's cost, and a batch of sheets repeats
    the same labels, names and values: each text is parsed once and its fragments reused."""
    p = Paragraph(xml, styles()[style])
    return p.text, p.style, p.frags, p.bulletText


def table(rows: list, col_widths: Sequence[float] | None = None, style: Sequence[tuple] = (),
          **kwargs) -> Table:
    """A Table whose default cell font is ours (reportlab's is an unembedded Helvetica)."""
    t = Table(rows, colWidths=list(col_widths) if col_widths else None, **kwargs)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *style]))
    return t


def grid_table(header: Sequence[str], rows: Iterable[Sequence], col_widths: Sequence[float], *,
               header_align: Sequence[str] | None = None, extra_style: Sequence[tuple] = (),
               repeat_rows: int = 1) -> Table:
    """A ruled table whose header row repeats on every page and whose cells wrap.

    Plain strings in ``rows`` become wrapping Paragraphs; flowables pass through."""
    align = header_align or ["left"] * len(header)
    head = [para(h, "head_center" if a == "center" else "head") for h, a in zip(header, align)]
    body = [[c if hasattr(c, "wrap") else para(c) for c in r] for r in rows]
    return table([head] + body, col_widths, repeatRows=repeat_rows, style=[
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra_style,
    ])


def fit_widths(fractions: Sequence[float], total: float) -> list[float]:
    s = sum(fractions)
    return [total * f / s for f in fractions]


@dataclass
class DocInfo:
    """What the page decoration shows: the programme (header) and the document title."""

    programme_name: str
    document_title: str
    paper: str = "A4"
    author: str = "OPOP Desktop"
    subject: str = ""
    page_offset: int = 0  # pages before this one when it is a part of a longer document
    page_total: int | None = None  # pages of that whole document


@dataclass
class PdfResult:
    path: str
    pages: int
    documents: int  # sheets, lists, cards... whatever unit the document counts
    counts: dict = field(default_factory=dict)


def _numbered_canvas_class(info: DocInfo):
    """A canvas that holds pages back until the end so each footer can say "dari N"."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", FONT)  # no unembedded Helvetica on any page
            kwargs.setdefault("initialFontSize", 9)
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            self.page_count = total
            super().save()

        def _draw_footer(self, total: int) -> None:
            w, _h = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawRightString(w - MARGIN, MARGIN * 0.6, f"Halaman {info.page_offset + self._pageNumber} dari "
                                                           f"{info.page_total or total}")
            self.drawString(MARGIN, MARGIN * 0.6, f"{info.document_title} — {info.programme_name}")
            self.restoreState()

    return NumberedCanvas


def _draw_header(info: DocInfo):
    emblem = str(emblem_path())

    def on_page(canv, doc):
        w, h = doc.pagesize
        draw_form(canv, f"letterhead-{w:.0f}x{h:.0f}", w, h, lambda form: letterhead(form, w, h))

    def letterhead(canv, w, h):
        top = h - MARGIN
        size = 13 * mm
        canv.saveState()
        canv.drawImage(emblem, MARGIN, top - size, size, size, mask="auto")
        canv.setFont(FONT_BOLD, 10.5)
        canv.setFillColor(GREEN)
        canv.drawString(MARGIN + size + 3 * mm, top - 5 * mm, f"One Pesantren One Product — {info.programme_name}")
        canv.setFont(FONT, 8)
        canv.setFillColor(colors.black)
        canv.drawString(MARGIN + size + 3 * mm, top - 9.5 * mm, "Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat")
        canv.setStrokeColor(GREEN)
        canv.setLineWidth(1.2)
        canv.line(MARGIN, top - size - 2 * mm, w - MARGIN, top - size - 2 * mm)
        canv.restoreState()

    return on_page


def frame_size(paper: str) -> tuple[float, float]:
    """Usable width and height of the body frame on ``paper``."""
    w, h = paper_size(paper)
    return w - 2 * MARGIN, h - 2 * MARGIN - HEADER_H - FOOTER_H


def build_pdf(out: str | os.PathLike, info: DocInfo, story: list, *, documents: int,
              progress: ProgressFn | None = None, expected_pages: int | None = None,
              counts: dict | None = None) -> PdfResult:
    """Lay ``story`` out into ``out`` (written to a temporary file beside it, then renamed).

    ``progress(done, total, text)`` is called per page; an exception raised by it (the user's
    Batal) propagates and leaves no partial file behind."""
    register_fonts()
    out = Path(out)
    page_size = paper_size(info.paper)
    header = _draw_header(info)
    total = expected_pages or 0

    def on_page(canv, doc):
        header(canv, doc)
        if progress:
            n = canv.getPageNumber()
            progress(n, max(total, n), f"Menyusun halaman {n}")

    with replacing(out) as tmp:
        doc = BaseDocTemplate(str(tmp), pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN + HEADER_H, bottomMargin=MARGIN + FOOTER_H,
                              title=info.document_title, author=info.author,
                              subject=info.subject or info.programme_name, creator="OPOP Desktop",
                              initialFontName=FONT, initialFontSize=9)
        fw, fh = frame_size(info.paper)
        frame = Frame(MARGIN, MARGIN + FOOTER_H, fw, fh, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        canvas_cls = _numbered_canvas_class(info)
        holder: dict = {}

        class _Canvas(canvas_cls):  # keep a handle on the canvas to read the final page count
            def __init__(self, *a, **k):
                super().__init__(*a, **k)
                holder["canvas"] = self

        doc.build(story, canvasmaker=_Canvas)
        pages = getattr(holder.get("canvas"), "page_count", 0)
    return PdfResult(str(out), pages, documents, dict(counts or {}))
