"""Berita Acara Hasil Audisi per kab/kota or for the province: the selected pesantren per
track with the quota, plenary overrides with their reasons, signature blocks for the jury and
the committee, place and date in Indonesian ("Bandung, 3 September 2019")."""
from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer
from sqlalchemy.orm import Session

from ..clock import today_wib
from ..formats import score_text
from ..labels import date_id, track_label
from ..regions import gazetteer
from ..services.admin_selection import selection_summary
from ..services.programme import current_programme
from . import data
from .layout import DocInfo, PdfResult, ProgressFn, build_pdf, fit_widths, frame_size, grid_table, markup, \
    para, table
from .results_view import ResultsView, load

WEEKDAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _when_where(view: ResultsView, scope: data.Scope, signed_on: date | None, place: str | None):
    dates = [v.event_date for v in view.venues if v.event_date]
    when = signed_on or (max(dates) if dates else today_wib())
    if place is None:
        if scope.regency_code:
            place = gazetteer().regencies[scope.regency_code].short_name
        elif scope.province:
            place = "Bandung"
        else:
            place = data.place_of(view.venues[0]) if view.venues else "Bandung"
    return when, place


def _selected_tables(view: ResultsView, width: float) -> list:
    out: list = []
    widths = fit_widths([6, 44, 22, 20, 11, 9], width)
    for t in view.tables:
        chosen = [r for r in t.rows if r.selected]
        quota = f"kuota {t.quota}" if t.quota else "tanpa kuota"
        out += [CondPageBreak(35 * mm), para(f"{t.group_label} — jalur {track_label(t.track)} ({quota}; "
                                             f"{len(t.rows)} dinilai, {len(chosen)} lolos)", "h2")]
        rows = [[para(str(i), "cell_center"),
                 markup(f"{escape(r.name)}{' <font size=7>(keputusan pleno)</font>' if r.overridden else ''}"),
                 para(f"{r.reg_number}\n{r.nspp or '-'}", "small"), para(r.district_name, "small"),
                 para(score_text(r.score), "cell_right"), para(r.rank_label, "cell_center")]
                for i, r in enumerate(chosen, start=1)]
        if not rows:
            rows = [["", para("Tidak ada pesantren yang lolos."), "", "", "", ""]]
        out.append(grid_table(["No", "Pesantren", "No. reg / NSPP", "Kecamatan", "Nilai", "Per."], rows, widths,
                              header_align=["center", "left", "left", "left", "center", "center"]))
    return out


def _overrides(view: ResultsView, width: float) -> list:
    if not view.overrides:
        return [Spacer(1, 3 * mm), para("Sidang pleno tidak mengubah hasil peringkat.", "body")]
    rows = [[para(str(i), "cell_center"), para(o.name), para(f"{o.old} → {o.new}", "small"), para(o.reason, "small"),
             para(f"{o.chair}{'; ' + o.members if o.members else ''}", "small")]
            for i, o in enumerate(view.overrides, start=1)]
    return [CondPageBreak(30 * mm), para("Keputusan sidang pleno", "h2"),
            grid_table(["No", "Pesantren", "Perubahan", "Alasan", "Pimpinan / anggota sidang"], rows,
                       fit_widths([6, 30, 18, 30, 22], width), header_align=["center"] + ["left"] * 4)]


def _signature_blocks(view: ResultsView, width: float, place: str, when: date, province: bool) -> list:
    half = width / 2

    def block(role: str, name: str = "( ........................................ )"):
        return table([[para(role, "center")], [para("")], [para(name, "center")]], [half - 4 * mm],
                     rowHeights=[None, 14 * mm, None])

    out = [CondPageBreak(60 * mm), Spacer(1, 5 * mm), para(f"{place}, {date_id(when)}", "right"),
           Spacer(1, 2 * mm), para("Dewan Juri", "h2")]
    jurors = [block(f"Juri {i}{' — ' + j.institution if j.institution else ''}", f"( {j.name} )")
              for i, j in enumerate(view.jurors, start=1)]
    if not jurors:
        jurors = [block("Juri"), block("Juri")]
    if len(jurors) % 2:
        jurors.append(para(""))
    out.append(table([jurors[i:i + 2] for i in range(0, len(jurors), 2)], [half, half]))
    committee = [block("Ketua Panitia"), block("Sekretaris Panitia")]
    out.append(KeepTogether([para("Panitia Pelaksana", "h2"), table([committee], [half, half])]))
    if province:
        out.append(KeepTogether([Spacer(1, 3 * mm), para("Mengetahui,", "center"),
                                 para("Kepala Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat", "center"),
                                 Spacer(1, 16 * mm), para("( ........................................ )", "center")]))
    return out


def minutes_pdf(session: Session, out, scope: data.Scope, *, paper: str = "A4", blank: bool = False,
                progress: ProgressFn | None = None, signed_on: date | None = None,
                place: str | None = None) -> PdfResult:
    """Berita Acara of a kab/kota (``scope.regency_code``) or of the province (any other scope
    is read as its venue's result)."""
    if progress:
        progress(0, 0, "Menghitung peringkat")
    view = load(session, scope)
    width, _h = frame_size(paper)
    when, place = _when_where(view, scope, signed_on, place)
    venue_names = ", ".join(dict.fromkeys(v.name for v in view.venues)) or "-"
    selected = sum(1 for t in view.tables for r in t.rows if r.selected)
    assessed = sum(len(t.rows) for t in view.tables)
    story = [para("BERITA ACARA HASIL AUDISI", "title"),
             para(f"{view.programme_name} — {view.stage_name}", "subtitle"),
             para(view.scope_label, "subtitle"),
             para(f"Pada hari ini, {WEEKDAYS_ID[when.weekday()]}, tanggal {date_id(when)}, bertempat di "
                  f"{venue_names}, telah dilaksanakan {view.stage_name} program One Pesantren One Product "
                  f"({view.programme_name}) untuk {view.scope_label}. Dari {assessed} pesantren yang dinilai oleh "
                  f"dewan juri, berdasarkan peringkat nilai akhir, kuota tiap jalur dan keputusan sidang pleno, "
                  f"ditetapkan {selected} pesantren lolos sebagai berikut:", "body")]
    admin = None
    if scope.stage_number == 1 and (scope.province or scope.regency_code):
        admin = selection_summary(session, programme_id=current_programme(session).id,
                                  regency_code=scope.regency_code)
        if admin.passed or admin.failed:
            story.append(para(f"Sebelumnya, dari {admin.registered} pesantren yang mendaftar, {admin.passed} "
                              f"dinyatakan lolos seleksi administrasi dan {admin.failed} tidak lolos; hanya yang "
                              f"lolos seleksi administrasi yang diundang ke tahap ini.", "body"))
    story += _selected_tables(view, width)
    story += _overrides(view, width)
    if view.open_flags:
        story.append(para(f"Catatan: {view.open_flags} tanda varians belum ditindaklanjuti saat berita acara "
                          f"ini dicetak.", "small"))
    story.append(Spacer(1, 3 * mm))
    story.append(para("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
                      "body"))
    story += _signature_blocks(view, width, place, when, scope.province or not (
        scope.regency_code or scope.panel_id or scope.venue_id))
    if progress:
        progress(1, 1, "Menyusun berita acara")
    return build_pdf(out, DocInfo(view.programme_name, "Berita Acara Hasil Audisi", paper), story, documents=1,
                     progress=progress, counts={"selected": selected, "assessed": assessed,
                                                "admin_passed": admin.passed if admin else None,
                                                "admin_failed": admin.failed if admin else None,
                                                "overrides": len(view.overrides), "place": place,
                                                "date": date_id(when)})
