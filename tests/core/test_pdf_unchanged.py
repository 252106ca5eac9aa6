"""Faster PDFs, same documents: the text of every page and every page size match a reference
written by the straightforward platypus layout (tests/core/golden/pdf_pages.json).

Text is compared as each page's words in sorted order, so drawing a page's static parts first
(as one reusable form) and its values after them still counts as the same page.

Regenerate the reference only for an intended change of a document:
    OPOP_WRITE_GOLDEN=1 pytest tests/core/test_pdf_unchanged.py
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from opop_desktop.core.pdf.data import Scope
from opop_desktop.core.pdf.documents import generate
from opop_desktop.core.services.accounts import SYSTEM_ACTOR

from pdf_helpers import make_audition, read_pdf

GOLDEN = Path(__file__).resolve().parent / "golden" / "pdf_pages.json"
CASES = [("score-sheets", "A4", False), ("score-sheets", "F4", True), ("score-grid", "A4", False),
         ("attendance", "A4", False), ("cards", "A4", False)]
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _pages(path) -> list[dict]:
    reader, _ = read_pdf(path)
    out = []
    for page in reader.pages:
        words = " ".join(sorted(_UUID.sub("<id>", page.extract_text() or "").split()))
        out.append({"size": [round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)],
                    "words": words})
    return out


@pytest.fixture
def documents(session, programme, tmp_path):
    make_audition(session, programme, n_pesantren=4, n_jurors=3)
    found = {}
    for key, paper, blank in CASES:
        out = tmp_path / f"{key}-{paper}-{blank}.pdf"
        generate(key, session, out, Scope(stage_number=2), actor=SYSTEM_ACTOR, paper=paper, blank=blank)
        found[f"{key} {paper}{' blank' if blank else ''}"] = _pages(out)
    return found


def test_documents_match_the_reference(documents):
    if os.environ.get("OPOP_WRITE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(documents, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    reference = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(documents) == sorted(reference)
    for name, pages in reference.items():
        got = documents[name]
        assert len(got) == len(pages), name
        for number, (want, have) in enumerate(zip(pages, got), start=1):
            assert have["size"] == want["size"], (name, number)
            assert have["words"] == want["words"], (name, number)


def test_repeated_paragraphs_lay_out_like_fresh_ones_and_still_split_across_pages(tmp_path):
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from opop_desktop.core.pdf.layout import para, styles

    text = " ".join(["Kalimat panjang berita acara audisi yang terus berlanjut."] * 12)
    fresh = Paragraph(text, styles()["body"])
    for width in (300, 120, 300):
        first, again = para(text, "body"), para(text, "body")
        assert first.wrap(width, 1000) == again.wrap(width, 1000) == fresh.wrap(width, 1000)
        assert [line[1] for line in again.blPara.lines] == [line[1] for line in fresh.blPara.lines]
    out = tmp_path / "long.pdf"
    SimpleDocTemplate(str(out)).build([para(text * 80, "body"), para("akhir", "body")])
    reader, _ = read_pdf(out)
    assert len(reader.pages) > 2 and "akhir" in reader.pages[-1].extract_text()
