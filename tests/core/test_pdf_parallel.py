"""A score-sheet batch split across worker processes comes out as the same document."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from opop_desktop.core.models import (
    Criterion, Juror, Panel, PanelJuror, PanelSlot, Pesantren, Rubric, ScoreEntry, ScoreSheet, Venue,
)
from opop_desktop.core.pdf import parallel
from opop_desktop.core.pdf.data import Scope, panels_in_scope
from opop_desktop.core.pdf.score_sheets import score_sheets_pdf

from pdf_helpers import read_pdf


def _audition(db, programme, panels: int, jurors: int, pesantren: int, long_description: bool = False) -> None:
    """Committed, so worker processes see it: ``panels`` panels of ``jurors`` × ``pesantren`` sheets."""
    with db.session() as s:
        stage_id = programme.stage_ids[1]
        rubric = s.query(Rubric).filter_by(stage_id=stage_id).one()
        criteria = s.query(Criterion).filter_by(rubric_id=rubric.id).order_by(Criterion.sort_order).all()
        if long_description:  # every sheet's criteria table runs onto a second page
            for c in criteria:
                c.description = " ".join(["Uraian kriteria yang panjang untuk juri."] * 25)
        venue = Venue(stage_id=stage_id, name="Gedung Serbaguna", event_date=date(2019, 9, 3), regency_codes="32.04")
        s.add(venue)
        s.flush()
        n = 0
        for pn in range(panels):
            panel = Panel(venue_id=venue.id, name=f"Ruang {pn + 1}", sort_order=pn)
            people = [Juror(name=f"Juri {pn + 1}.{j + 1}") for j in range(jurors)]
            s.add(panel)
            s.add_all(people)
            s.flush()
            s.add_all([PanelJuror(panel_id=panel.id, juror_id=j.id) for j in people])
            for i in range(pesantren):
                n += 1
                p = Pesantren(programme_year_id=programme.id, reg_number=f"OPOP-2019-{n:05d}", name=f"Pesantren {n}",
                              name_key=f"pesantren {n}", district_code="32.04.01", regency_code="32.04",
                              product="Keripik", track="start-up")
                s.add(p)
                s.flush()
                s.add(PanelSlot(panel_id=panel.id, pesantren_id=p.id, position=i + 1))
                for j in people:
                    sheet = ScoreSheet(stage_id=stage_id, panel_id=panel.id, juror_id=j.id, pesantren_id=p.id,
                                       rubric_id=rubric.id, status="locked")
                    s.add(sheet)
                    s.flush()
                    s.add_all([ScoreEntry(sheet_id=sheet.id, criterion_code=c.code, value=Decimal(5 + (n + k) % 5))
                               for k, c in enumerate(criteria)])


def _pages(path):
    reader, _ = read_pdf(path)
    return [(tuple(page.mediabox), sorted((page.extract_text() or "").split())) for page in reader.pages]


def test_plan_cuts_contiguous_runs_of_panels_of_about_equal_size(db, programme):
    _audition(db, programme, panels=5, jurors=2, pesantren=3)
    with db.session() as s:
        _ctx, panels = panels_in_scope(s, Scope(stage_number=1))
        parts = parallel.plan(s, panels, 2)
        assert [pid for part in parts for pid in part.panel_ids] == [pi.panel.id for pi in panels]
        assert [(p.sheets, p.page_offset) for p in parts] == [(18, 0), (12, 18)]
        assert parallel.plan(s, panels, None) == []  # 30 sheets: one process
        assert parallel.plan(s, panels, 1) == []


def test_split_batch_is_the_same_document(db, programme, tmp_path):
    _audition(db, programme, panels=3, jurors=2, pesantren=2)
    with db.session() as s:
        one = score_sheets_pdf(s, tmp_path / "one.pdf", Scope(stage_number=1), workers=1)
        split = score_sheets_pdf(s, tmp_path / "split.pdf", Scope(stage_number=1), workers=3)
    assert (split.pages, split.documents) == (one.pages, one.documents) == (12, 12)
    assert _pages(tmp_path / "split.pdf") == _pages(tmp_path / "one.pdf")
    _, text = read_pdf(tmp_path / "split.pdf")
    assert [f"Halaman {n} dari 12" in text for n in range(1, 13)] == [True] * 12


def test_sheets_longer_than_a_page_are_laid_out_in_one_process(db, programme, tmp_path):
    _audition(db, programme, panels=2, jurors=1, pesantren=2, long_description=True)
    with db.session() as s:
        split = score_sheets_pdf(s, tmp_path / "split.pdf", Scope(stage_number=1), workers=2)
        one = score_sheets_pdf(s, tmp_path / "one.pdf", Scope(stage_number=1), workers=1)
    assert split.pages == one.pages > split.documents == 4
    assert _pages(tmp_path / "split.pdf") == _pages(tmp_path / "one.pdf")
