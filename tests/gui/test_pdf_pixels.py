"""Paragraphs drawn as reusable forms look exactly like paragraphs drawn in place: the same
score-sheet pages rendered by Qt's PDF engine come out pixel for pixel the same."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from pdf_helpers import make_audition  # noqa: E402

QtPdf = pytest.importorskip("PySide6.QtPdf")


def _render(path, pages):
    from PySide6.QtCore import QSize

    doc = QtPdf.QPdfDocument()
    doc.load(str(path))
    assert doc.pageCount() >= max(pages) + 1
    return [doc.render(n, QSize(620, 877)) for n in pages]


def test_forms_render_like_direct_drawing(qapp, session, programme, tmp_path, monkeypatch):
    from opop_desktop.core.pdf import layout
    from opop_desktop.core.pdf.data import Scope
    from opop_desktop.core.pdf.score_sheets import score_sheets_pdf

    # Nine jurors: from the eighth signature block on, "Juri," is a form inside a form.
    make_audition(session, programme, n_pesantren=2, n_jurors=9)
    score_sheets_pdf(session, tmp_path / "forms.pdf", Scope(stage_number=2))
    monkeypatch.setattr(layout, "FORM_AFTER", 10**9)  # every paragraph drawn in place
    score_sheets_pdf(session, tmp_path / "direct.pdf", Scope(stage_number=2))
    pages = [0, 9, 17]
    with_forms, direct = _render(tmp_path / "forms.pdf", pages), _render(tmp_path / "direct.pdf", pages)
    assert (tmp_path / "forms.pdf").read_bytes() != (tmp_path / "direct.pdf").read_bytes()
    for n, a, b in zip(pages, with_forms, direct):
        assert not a.isNull() and a == b, f"page {n + 1} differs"
