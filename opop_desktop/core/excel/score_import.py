"""`opop scores import`: long-format .xlsx/.csv (or the per-juror template) → verified sheets.

Same validation as the grid (range and step, never rounded). Rows are grouped into sheets
(pesantren × juror); a sheet is accepted only when every criterion is present exactly once
with a valid value, otherwise all its rows are rejected with the reason. Accepted sheets are
stored as verified sheets (source "import", entries of kind "import"). A juror unknown by name
is created in the pesantren's kab/kota and assigned to the pesantren's panel (a pesantren with
no panel yet gets one at an "Impor nilai" venue of its kab/kota). Everything happens in the
caller's one transaction; a dry run does the same work inside a savepoint and rolls it back.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import refuse_database_file
from ..errors import OpopError
from ..models import Panel, PanelJuror, PanelSlot, Pesantren, ScoreSheet, Venue, utcnow
from ..regions import gazetteer
from ..services import audit, setup
from ..services.accounts import SYSTEM_ACTOR, SignedInUser
from ..services.programme import stage_by_number
from ..services.rubric import active_rubric
from ..services.scoring import (
    SheetKey, ensure_not_absent, get_or_create_sheet, head_entry, sheet_values, validate_cell, write_value,
)
from .registrant_import import RejectedRow
from .score_rows import RawRow, read_score_file

Progress = Callable[[int, int, str], None]


@dataclass
class ScoreImportReport:
    file: str
    stage_number: int
    rows_read: int = 0
    sheets_created: int = 0
    sheets_updated: int = 0
    sheets_unchanged: int = 0
    jurors_created: list[str] = field(default_factory=list)
    assignments_created: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False

    @property
    def rejected_row_count(self) -> int:
        return len({(r.sheet, r.row) for r in self.rejected})

    def to_json(self) -> dict:
        return {
            "file": self.file, "stage": self.stage_number, "rows_read": self.rows_read,
            "sheets_created": self.sheets_created, "sheets_updated": self.sheets_updated,
            "sheets_unchanged": self.sheets_unchanged, "jurors_created": list(self.jurors_created),
            "assignments_created": self.assignments_created,
            "rejected": [{"sheet": r.sheet, "row": r.row, "field": r.field,
                          "message": r.message} for r in self.rejected],
            "rejected_rows": self.rejected_row_count, "warnings": list(self.warnings),
            "dry_run": self.dry_run, "written": self.written,
        }


def _reject(report: ScoreImportReport, rows: list[RawRow], field_: str, message: str) -> None:
    for r in rows:
        report.rejected.append(RejectedRow(r.sheet, r.row, field_, message))


def _pesantren_index(session: Session, programme_year_id: str) -> dict[str, Pesantren]:
    index: dict[str, Pesantren] = {}
    for p in session.scalars(select(Pesantren).where(Pesantren.programme_year_id == programme_year_id)):
        index["id:" + p.id] = p
        index["reg:" + p.reg_number.lower()] = p
        if p.nspp:
            index["nspp:" + p.nspp] = p
    return index


def _find(index: dict[str, Pesantren], r: RawRow) -> Pesantren | None:
    if r.pesantren_id:
        return index.get("id:" + r.pesantren_id)
    if r.nspp:
        return index.get("nspp:" + r.nspp)
    if r.reg_number:
        return index.get("reg:" + r.reg_number.lower())
    return None


def _panel_for(session: Session, actor: SignedInUser, stage_id: str, p: Pesantren) -> str:
    found = session.scalar(select(PanelSlot.panel_id).join(Panel, Panel.id == PanelSlot.panel_id)
                           .join(Venue, Venue.id == Panel.venue_id)
                           .where(Venue.stage_id == stage_id, PanelSlot.pesantren_id == p.id))
    if found:
        return found
    name = f"Impor nilai — {gazetteer().regency_name(p.regency_code)}"
    venue = session.scalars(select(Venue).where(Venue.stage_id == stage_id, Venue.name == name)).first()
    venue_id = venue.id if venue else setup.create_venue(session, actor, stage_id=stage_id, name=name,
                                                          regency_codes=[p.regency_code]).id
    panel = session.scalars(select(Panel).where(Panel.venue_id == venue_id)).first()
    panel_id = panel.id if panel else setup.create_panel(session, actor, venue_id=venue_id,
                                                         name="Panel impor").id
    setup.add_pesantren(session, actor, panel_id=panel_id, pesantren_id=p.id)
    return panel_id


def _store(session: Session, actor: SignedInUser, report: ScoreImportReport, stage_id: str, p: Pesantren,
           juror_name: str, values: dict[str, Decimal], comment: str) -> None:
    """Resolve juror and panel, then write one verified sheet (raises OpopError to reject)."""
    ensure_not_absent(session, stage_id, p.id)
    juror = setup.find_juror_by_name(session, juror_name, p.regency_code)
    if juror is None:
        info = setup.create_juror(session, actor, name=juror_name, regency_code=p.regency_code)
        report.jurors_created.append(info.name)
        juror_id = info.id
    else:
        juror_id = juror.id
    panel_id = _panel_for(session, actor, stage_id, p)
    if session.scalar(select(PanelJuror.id).where(PanelJuror.panel_id == panel_id,
                                                  PanelJuror.juror_id == juror_id)) is None:
        setup.assign_juror(session, actor, panel_id=panel_id, juror_id=juror_id)
        report.assignments_created += 1
    key = SheetKey(stage_id, panel_id, juror_id, p.id)
    existing = session.scalars(select(ScoreSheet).where(ScoreSheet.stage_id == stage_id,
                                                        ScoreSheet.juror_id == juror_id,
                                                        ScoreSheet.pesantren_id == p.id)).first()
    if existing is not None:
        current = sheet_values(session, existing.id)
        if current == values and existing.status in ("locked", "verified"):
            report.sheets_unchanged += 1
            return
        if existing.status in ("locked", "verified"):
            raise _Rejected("score", "lembar juri ini sudah terkunci/terverifikasi dengan nilai lain; "
                                     "perubahan hanya lewat koreksi koordinator")
    sheet = existing or get_or_create_sheet(session, key, source="import")
    old = sheet_values(session, sheet.id) if existing else None
    for code, value in values.items():
        head = head_entry(session, sheet.id, code)
        write_value(session, sheet, code, value, kind="import", by=actor.username, head=head)
    sheet.source, sheet.status = "import", "verified"
    sheet.locked_at, sheet.locked_by = utcnow(), actor.username
    if comment:
        sheet.comment = comment
    session.flush()
    audit.record(session, actor=actor, action="score.import", entity="score_sheet", entity_id=sheet.id,
                 old=old, new=values, reason=f"impor berkas {report.file}")
    if existing:
        report.sheets_updated += 1
    else:
        report.sheets_created += 1


class _Rejected(Exception):
    def __init__(self, field_: str, message: str):
        super().__init__(message)
        self.field, self.message = field_, message


def import_scores(session: Session, path: str | Path, *, stage_number: int = 1, dry_run: bool = False,
                  actor: SignedInUser = SYSTEM_ACTOR, progress: Progress | None = None) -> ScoreImportReport:
    path = Path(path)
    refuse_database_file(session, path)
    stage = stage_by_number(session, stage_number)
    rubric = active_rubric(session, stage.id)
    report = ScoreImportReport(path.name, stage_number, dry_run=dry_run)
    rows, report.warnings = read_score_file(path, set(rubric.codes))
    report.rows_read = len(rows)
    index = _pesantren_index(session, stage.programme_year_id)
    groups: dict[tuple[str, str], list[tuple[RawRow, Decimal]]] = defaultdict(list)
    spoiled: dict[tuple[str, str], list[int]] = defaultdict(list)  # sheet → rows rejected above
    pesantren: dict[str, Pesantren] = {}
    names: dict[tuple[str, str], str] = {}
    for r in rows:  # row-level checks, like the grid
        p = _find(index, r)
        if p is None:
            ident = r.pesantren_id or r.nspp or r.reg_number
            _reject(report, [r], "nspp",
                    f"pesantren '{ident}' tidak ditemukan" if ident else "nspp/pesantren_id kosong")
            continue
        if not r.juror:
            _reject(report, [r], "juror", "nama juri kosong")
            continue
        key = (p.id, " ".join(r.juror.split()).lower())
        try:
            crit = rubric.criterion(r.criterion)
            value = validate_cell(crit, r.score)
        except OpopError as err:
            _reject(report, [r], "criterion" if err.where == "kriteria" else "score", err.message)
            spoiled[key].append(r.row)
            continue
        pesantren[p.id] = p
        names.setdefault(key, " ".join(r.juror.split()))
        groups[key].append((r, value))
    savepoint = session.begin_nested()
    try:
        for n, (key, items) in enumerate(groups.items(), start=1):
            if progress and n % 50 == 0:
                progress(n, len(groups), "Menyimpan nilai…")
            raw = [r for r, _ in items]
            if key in spoiled:
                rows_text = ", ".join(str(n) for n in spoiled[key])
                _reject(report, raw, "lembar",
                        f"lembar juri ini tidak disimpan karena ada baris yang ditolak "
                                              f"(baris {rows_text})")
                continue
            values: dict[str, Decimal] = {}
            clash = [c for c in {r.criterion for r in raw}
                     if len({v for r, v in items if r.criterion == c}) > 1]
            if clash:
                _reject(report, raw, "score",
                        f"nilai berbeda untuk kriteria yang sama: {', '.join(sorted(clash))}")
                continue
            for r, v in items:
                values[r.criterion] = v
            lacking = [c for c in rubric.codes if c not in values]
            if lacking:
                _reject(report, raw, "criterion",
                        f"lembar tidak lengkap, kriteria belum ada: {', '.join(lacking)}")
                continue
            comment = next((r.comment for r in raw if r.comment), "")
            before = (len(report.jurors_created), report.assignments_created)
            nested = session.begin_nested()
            try:
                _store(session, actor, report, stage.id, pesantren[key[0]], names[key], values, comment)
                nested.commit()
            except (_Rejected, OpopError) as err:
                nested.rollback()
                del report.jurors_created[before[0]:]
                report.assignments_created = before[1]
                _reject(report, raw, getattr(err, "field", "juror"), err.message)
        if dry_run:
            savepoint.rollback()
        else:
            savepoint.commit()
            report.written = True
    except BaseException:
        if savepoint.is_active:
            savepoint.rollback()
        raise
    report.rejected.sort(key=lambda r: (r.sheet, r.row))
    return report
