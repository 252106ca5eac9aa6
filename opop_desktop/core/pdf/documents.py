"""The catalogue of printable documents: one key per document, shared by the CLI (`opop print
KEY`) and the Cetak screen. Every generator has the same signature::

    generate(session, out_path, scope, *, paper="A4", blank=False, progress=None) -> PdfResult

``generate`` below is the one entry for printing: it checks the actor's ``print`` permission.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Callable


@dataclass(frozen=True)
class DocumentKind:
    key: str
    label: str  # Indonesian, as printed on the Cetak screen
    generator: str  # "module:function" inside this package, imported on first use (reportlab is slow to load)
    uses_blank: bool  # whether "blank/filled" means something for it
    needs_results: bool  # built from the ranking (services/results.py)

    @property
    def generate(self) -> Callable:
        module, name = self.generator.split(":")
        return getattr(import_module(f"{__package__}.{module}"), name)


DOCUMENTS: dict[str, DocumentKind] = {d.key: d for d in (
    DocumentKind("score-sheets", "Lembar Penilaian (per juri dan pesantren)", "score_sheets:score_sheets_pdf", True, False),
    DocumentKind("score-grid", "Lembar Penilaian Panel (per juri, semua pesantren)", "score_sheets:panel_grid_pdf", True, False),
    DocumentKind("attendance", "Daftar Hadir", "attendance:attendance_pdf", True, False),
    DocumentKind("cards", "Kartu Peserta", "cards:cards_pdf", False, False),
    DocumentKind("recap", "Rekapitulasi Nilai", "recap:recap_pdf", False, True),
    DocumentKind("minutes", "Berita Acara Hasil Audisi", "minutes:minutes_pdf", False, True),
    DocumentKind("juror-report", "Laporan Juri", "juror_report:juror_report_pdf", False, True),
)}


def generate(key: str, session, out, scope, *, actor, paper: str = "A4", blank: bool = False, progress=None):
    from .. import permissions
    from ..errors import UsageError

    permissions.require(actor, "print")
    kind = DOCUMENTS.get(key)
    if kind is None:
        raise UsageError("files.document_unknown", document=key, choices=list(DOCUMENTS))
    return kind.generate(session, out, scope, paper=paper, blank=blank, progress=progress)
