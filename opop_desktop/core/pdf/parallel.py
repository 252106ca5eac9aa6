"""Large score-sheet batches laid out by several processes, a run of whole panels each, joined in
panel order.

Each part is a complete PDF numbered as its place in the whole ("Halaman 651 dari 1300"), which
holds because a score sheet is one page; a part that comes out longer makes the caller lay the
batch out in one process instead. Workers start with the spawn method (as on Windows) and open
the database themselves, so they print what is committed: batches of fewer than
``PARALLEL_MIN_SHEETS`` sheets, and in-memory databases, are never split.
"""
from __future__ import annotations

import multiprocessing
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..atomic import replacing
from . import data
from .layout import PdfResult, ProgressFn

PARALLEL_MIN_SHEETS = 300
MAX_WORKERS = 4
# A second process costs about two CPU-seconds (start-up, reading its panels, joining the parts):
# on two processors that eats what it saves, so by default a batch is split from three on.
MIN_PROCESSORS = 3


@dataclass(frozen=True)
class Part:
    panel_ids: tuple[str, ...]
    sheets: int
    page_offset: int


@dataclass(frozen=True)
class _Job:
    url: str
    scope: data.Scope
    part: Part
    paper: str
    blank: bool
    out: str
    page_total: int


def _database_url(session) -> str | None:
    url = session.get_bind().url
    if url.get_backend_name() == "sqlite" and (not url.database or url.database == ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def plan(session, panels: list[data.PanelInfo], workers: int | None) -> list[Part]:
    """Contiguous runs of panels with about the same number of sheets each; [] for one process."""
    sizes = [len(pi.jurors) * len(pi.slots) for pi in panels]
    total = sum(sizes)
    if workers is None:
        cpus = os.cpu_count() or 1
        workers = min(cpus, MAX_WORKERS) if cpus >= MIN_PROCESSORS and total >= PARALLEL_MIN_SHEETS else 1
    workers = min(workers, sum(1 for size in sizes if size))
    if workers < 2 or _database_url(session) is None:
        return []
    parts: list[Part] = []
    ids: list[str] = []
    start = running = 0
    for pi, size in zip(panels, sizes):
        ids.append(pi.panel.id)
        running += size
        if len(parts) < workers - 1 and running >= total * (len(parts) + 1) / workers:
            parts.append(Part(tuple(ids), running - start, start))
            ids, start = [], running
    if ids:
        parts.append(Part(tuple(ids), running - start, start))
    return parts if len(parts) > 1 else []


def render_parts(session, out, ctx: data.StageContext, panels: list[data.PanelInfo], scope: data.Scope,
                 parts: list[Part], *, paper: str, blank: bool,
                 progress: ProgressFn | None = None) -> PdfResult | None:
    """Lay the parts out (the first here, the others in worker processes) and join them into
    ``out``; None when a part did not come out one page per sheet."""
    from .score_sheets import render_sheets

    total = sum(part.sheets for part in parts)
    url = _database_url(session)
    with tempfile.TemporaryDirectory(prefix="opop-pdf-", ignore_cleanup_errors=True) as tmp:
        files = [Path(tmp) / f"part-{n}.pdf" for n in range(len(parts))]
        jobs = [_Job(url, scope, part, paper, blank, str(path), total) for part, path in zip(parts[1:], files[1:])]
        pool = multiprocessing.get_context("spawn").Pool(len(jobs))
        try:
            pending = [pool.apply_async(_render_job, (job,)) for job in jobs]
            first = set(parts[0].panel_ids)
            mine = render_sheets(session, files[0], ctx, [pi for pi in panels if pi.panel.id in first], scope,
                                 paper=paper, blank=blank, page_total=total,
                                 progress=(lambda done, _n, text: progress(done, total, text)) if progress else None)
            pages = [mine.pages]
            for n, result in enumerate(pending, start=2):
                pages.append(result.get())
                if progress:
                    progress(sum(pages), total, f"Bagian {n} dari {len(parts)} selesai")
        finally:
            pool.terminate()
            pool.join()
        if pages != [part.sheets for part in parts]:
            return None
        _join(files, out)
    return PdfResult(str(out), total, total, {"sheets": total, "panels": sum(len(p.panel_ids) for p in parts)})


def _render_job(job: _Job) -> int:
    """In a worker process: one part of the batch; returns its page count."""
    from sqlalchemy.orm import Session

    from ..db import make_engine
    from .score_sheets import render_sheets

    # Not open_database: that takes the write lock (device stamping), which the parent's unit of
    # work may hold while it waits for this part. A deferred transaction only reads.
    engine = make_engine(job.url)
    try:
        with Session(engine.execution_options(opop_read_only=True)) as session, session.begin():
            ctx, panels = data.panels_in_scope(session, job.scope)
            wanted = set(job.part.panel_ids)
            result = render_sheets(session, job.out, ctx, [pi for pi in panels if pi.panel.id in wanted], job.scope,
                                   paper=job.paper, blank=job.blank, page_offset=job.part.page_offset,
                                   page_total=job.page_total)
        return result.pages
    finally:
        engine.dispose()


def _join(files: list[Path], out) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for path in files:
        writer.append(str(path))
    metadata = PdfReader(str(files[0])).metadata
    if metadata:
        writer.add_metadata(dict(metadata))
    with replacing(out) as tmp:
        with open(tmp, "wb") as fh:
            writer.write(fh)
