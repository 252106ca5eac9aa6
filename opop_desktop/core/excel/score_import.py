"""`opop scores import`: long-format .xlsx/.csv (or the per-juror template) → verified sheets.

Same validation as the grid (range and step, never rounded). Rows are grouped into sheets
(pesantren × juror); a sheet is accepted only when every criterion is present exactly once
with a valid value, otherwise all its rows are rejected with the reason. Accepted sheets are
stored as verified sheets (source "import", entries of kind "import"). A juror unknown by name
is created in the pesantren's kab/kota and assigned to the pesantren's panel (a pesantren with
no panel yet gets one at an "Impor nilai" venue of its kab/kota). Everything happens in the
caller's one transaction; a dry run does the same work inside a savepoint and rolls it back.

A province file has 315,000 rows, so everything the checks need (pesantren, jurors, panels,
assignments, existing sheets, absences) is read once up front, and new sheets, their entries
and their audit entries are written in batches of plain rows (core/bulk.py). Only the rare
sheet that replaces an unlocked one goes through the per-sheet services.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import bulk, permissions
from ..catalogue import Message, msg
from ..db import refuse_database_file
from ..errors import ImportRejected, OpopError
from ..models import Panel, ScoreEntry, ScoreSheet, Venue, utcnow
from ..plain_sql import plain_rows
from ..regions import gazetteer
from ..services import attendance, audit, setup
from ..services.accounts import SignedInUser
from ..services.programme import stage_by_number
from ..services.rubric import active_rubric
from ..services.scoring import head_entry, sheet_values, validate_cell, write_value
from .registrant_import import RejectedRow
from .score_rows import RawRow, read_score_file

Progress = Callable[[int, int, str], None]  # the text rendered when said, like registrant_import's


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
    warning_msgs: list[Message] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False

    @property
    def rejected_row_count(self) -> int:
        return len({(r.sheet, r.row) for r in self.rejected})

    @property
    def warnings(self) -> list[str]:
        """The warnings in the chosen language (rendered when read)."""
        return [str(m) for m in self.warning_msgs]

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


class _Cell(NamedTuple):
    """An accepted row, kept compact until its sheet is complete."""

    sheet: str
    row: int
    criterion: str
    value: Decimal
    comment: str


def _reject(report: ScoreImportReport, rows: list[RawRow] | list[_Cell], field_: str,
            message: Message) -> None:
    for r in rows:
        report.rejected.append(RejectedRow(r.sheet, r.row, field_, message))


@dataclass
class _PesantrenRef:
    id: str
    regency_code: str


def _pesantren_index(session: Session, programme_year_id: str) -> dict[str, _PesantrenRef]:
    index: dict[str, _PesantrenRef] = {}
    for pid, reg, nspp, regency in plain_rows(
            session, "SELECT id, reg_number, nspp, regency_code FROM pesantren WHERE programme_year_id = :py",
            py=programme_year_id):
        p = _PesantrenRef(pid, regency)
        index["id:" + pid] = p
        index["reg:" + reg.lower()] = p
        if nspp:
            index["nspp:" + nspp] = p
    return index


def _find(index: dict[str, _PesantrenRef], r: RawRow) -> _PesantrenRef | None:
    if r.pesantren_id:
        return index.get("id:" + r.pesantren_id)
    if r.nspp:
        return index.get("nspp:" + r.nspp)
    if r.reg_number:
        return index.get("reg:" + r.reg_number.lower())
    return None


class _Known:
    """What the per-sheet checks look up, read once for the whole file and kept up to date as
    the import creates jurors, panels and assignments."""

    def __init__(self, session: Session, stage_id: str):
        self.absent = attendance.absent_ids(session, stage_id)
        self.jurors: dict[str, list[tuple[str, str | None]]] = defaultdict(list)  # name key → (id, regency)
        for jid, name, regency in plain_rows(session, "SELECT id, name, regency_code FROM juror"):
            self.jurors[" ".join(name.split()).lower()].append((jid, regency))
        self.panel_of: dict[str, str] = {}
        for pesantren_id, panel_id in plain_rows(
                session, "SELECT sl.pesantren_id, sl.panel_id FROM panel_slot sl "
                         "JOIN panel p ON p.id = sl.panel_id JOIN venue v ON v.id = p.venue_id WHERE v.stage_id = :stage", stage=stage_id):
            self.panel_of.setdefault(pesantren_id, panel_id)
        self.assigned = set(plain_rows(session, "SELECT panel_id, juror_id FROM panel_juror"))
        self.sheets = {(juror, pesantren): (sid, status) for sid, juror, pesantren, status in plain_rows(
            session, "SELECT id, juror_id, pesantren_id, status FROM score_sheet WHERE stage_id = :stage",
            stage=stage_id)}

    def juror(self, name: str, regency_code: str) -> str | None:
        found = self.jurors.get(" ".join(name.split()).lower())
        if not found:
            return None
        return next((jid for jid, regency in found if regency == regency_code), found[0][0])


def _panel_for(session: Session, actor: SignedInUser, stage_id: str, p: _PesantrenRef, known: _Known) -> str:
    """The pesantren's panel at the stage; one at the kab/kota's "Impor nilai" venue if none."""
    if p.id in known.panel_of:
        return known.panel_of[p.id]
    name = f"Impor nilai — {gazetteer().regency_name(p.regency_code)}"
    venue = session.scalars(select(Venue).where(Venue.stage_id == stage_id, Venue.name == name)).first()
    venue_id = venue.id if venue else setup.create_venue(session, actor, stage_id=stage_id, name=name,
                                                          regency_codes=[p.regency_code]).id
    panel = session.scalars(select(Panel).where(Panel.venue_id == venue_id)).first()
    panel_id = panel.id if panel else setup.create_panel(session, actor, venue_id=venue_id,
                                                         name="Panel impor").id
    setup.add_pesantren(session, actor, panel_id=panel_id, pesantren_id=p.id)
    known.panel_of[p.id] = panel_id
    return panel_id


@dataclass
class _Batch:
    """New verified sheets waiting to be written as plain rows."""

    sheets: list[dict] = field(default_factory=list)
    entries: list[dict] = field(default_factory=list)
    changes: list[audit.Change] = field(default_factory=list)

    def write(self, session: Session, actor: SignedInUser) -> None:
        bulk.insert_replicated(session, ScoreSheet, self.sheets)
        bulk.insert_replicated(session, ScoreEntry, self.entries)
        audit.record_many(session, actor, self.changes)
        self.sheets, self.entries, self.changes = [], [], []


BATCH_SHEETS = 2000


def _store(session: Session, actor: SignedInUser, report: ScoreImportReport, stage_id: str, rubric_id: str,
           p: _PesantrenRef, juror_name: str, values: dict[str, Decimal], comment: str, known: _Known,
           batch: _Batch) -> None:
    """Resolve juror and panel, then queue one verified sheet (raises OpopError to reject)."""
    if p.id in known.absent:
        raise _Rejected("juror", msg("files.score_absent"))
    juror_id = known.juror(juror_name, p.regency_code)
    existing = known.sheets.get((juror_id, p.id)) if juror_id else None
    if existing is not None and existing[1] in ("locked", "verified"):
        if sheet_values(session, existing[0]) == values:
            report.sheets_unchanged += 1
            return
        raise _Rejected("score", msg("files.score_sheet_locked"))
    panel_id = known.panel_of.get(p.id)
    if juror_id is None or panel_id is None or (panel_id, juror_id) not in known.assigned or existing:
        # Something to create or replace first, through the services and in a savepoint of its own.
        nested = session.begin_nested()
        try:
            if juror_id is None:
                info = setup.create_juror(session, actor, name=juror_name, regency_code=p.regency_code)
                report.jurors_created.append(info.name)
                juror_id = info.id
            panel_id = _panel_for(session, actor, stage_id, p, known)
            if (panel_id, juror_id) not in known.assigned:
                setup.assign_juror(session, actor, panel_id=panel_id, juror_id=juror_id)
                report.assignments_created += 1
            if existing is not None:
                _replace_unlocked(session, actor, report, existing[0], values, comment)
            nested.commit()
        except BaseException:
            nested.rollback()
            known.__init__(session, stage_id)  # forget what the savepoint took back
            raise
        known.jurors[" ".join(juror_name.split()).lower()].append((juror_id, p.regency_code))
        known.assigned.add((panel_id, juror_id))
        if existing is not None:
            return
    now = utcnow()
    sheet_id = bulk.new_uuids(1)[0]
    batch.sheets.append({"id": sheet_id, "stage_id": stage_id, "panel_id": panel_id, "juror_id": juror_id,
                         "pesantren_id": p.id, "rubric_id": rubric_id, "source": "import",
                         "status": "verified",
                         "comment": comment, "locked_at": now, "locked_by": actor.username})
    batch.entries += [{"sheet_id": sheet_id, "criterion_code": code, "value": value, "kind": "import",
                       "entered_by": actor.username, "reason": "", "supersedes_id": None, "merges_id": None}
                      for code, value in values.items()]
    batch.changes.append(audit.Change("score.import", "score_sheet", sheet_id, None, values,
                                      f"impor berkas {report.file}"))
    report.sheets_created += 1


def _replace_unlocked(session: Session, actor: SignedInUser, report: ScoreImportReport, sheet_id: str,
                      values: dict[str, Decimal], comment: str) -> None:
    """An unlocked sheet of the same juror and pesantren: new versions supersede its values."""
    sheet = session.get(ScoreSheet, sheet_id)
    old = sheet_values(session, sheet.id)
    for code, value in values.items():
        write_value(session, sheet, code, value, kind="import", by=actor.username,
                    head=head_entry(session, sheet.id, code))
    sheet.source, sheet.status = "import", "verified"
    sheet.locked_at, sheet.locked_by = utcnow(), actor.username
    if comment:
        sheet.comment = comment
    audit.record(session, actor=actor, action="score.import", entity="score_sheet", entity_id=sheet.id,
                 old=old, new=values, reason=f"impor berkas {report.file}")
    report.sheets_updated += 1


class _Rejected(Exception):
    def __init__(self, field_: str, message: Message):
        super().__init__(message)
        self.field, self.msg = field_, message


def _sheet_key(index: dict[str, _PesantrenRef], r: RawRow) -> tuple[str, str] | None:
    """(pesantren id, juror name key) of a row, or None when the row names no known pesantren or no juror."""
    p = _find(index, r)
    return (p.id, " ".join(r.juror.split()).lower()) if p is not None and r.juror else None


def _last_rows(path: Path, codes: set[str],
               index: dict[str, _PesantrenRef]) -> tuple[bytearray, int, tuple[int, int]]:
    """First pass over the file: which rows are the last of their sheet, one bit per row, so that
    the second pass can finish a sheet as soon as its rows are all read instead of holding the
    whole file. The per-sheet positions are only needed until the bits are set. Returns the bits,
    the number of rows and the file's size and time as it was opened."""
    last: dict[tuple[str, str], int] = {}
    count = 0
    rows = read_score_file(path, codes, [])  # refuses a missing or unreadable file
    stamp = _stamp(path)
    for count, r in enumerate(rows, start=1):
        key = _sheet_key(index, r)
        if key is not None:
            last[key] = count - 1
    ends = bytearray((count + 7) // 8)
    for n in last.values():
        ends[n >> 3] |= 1 << (n & 7)
    return ends, count, stamp


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _is_last(ends: bytearray, n: int) -> bool:
    return n >> 3 < len(ends) and bool(ends[n >> 3] & (1 << (n & 7)))


@dataclass
class _Sheet:
    """The accepted rows of one sheet (pesantren × juror) while the file is read."""

    pesantren: _PesantrenRef
    juror: str = ""
    cells: list[_Cell] = field(default_factory=list)
    spoiled: list[int] = field(default_factory=list)  # rows of it rejected by the row checks


def _finish(session: Session, actor: SignedInUser, report: ScoreImportReport, stage_id: str, rubric,
            sheet: _Sheet, known: _Known, batch: _Batch) -> None:
    """The sheet-level checks of one complete sheet, then store it (or reject all its rows)."""
    raw = sheet.cells
    if sheet.spoiled:
        _reject(report, raw, "lembar", msg("files.score_sheet_spoiled", rows=list(sheet.spoiled)))
        return
    values: dict[str, Decimal] = {}
    clash = set()
    for c in raw:
        if values.setdefault(c.criterion, c.value) != c.value:
            clash.add(c.criterion)
    if clash:
        _reject(report, raw, "score", msg("files.score_clash", codes=sorted(clash)))
        return
    lacking = [c for c in rubric.codes if c not in values]
    if lacking:
        _reject(report, raw, "criterion", msg("files.score_incomplete", codes=lacking))
        return
    comment = next((r.comment for r in raw if r.comment), "")
    before = (len(report.jurors_created), report.assignments_created)
    try:
        _store(session, actor, report, stage_id, rubric.id, sheet.pesantren, sheet.juror, values, comment,
               known, batch)
    except (_Rejected, OpopError) as err:
        del report.jurors_created[before[0]:]
        report.assignments_created = before[1]
        _reject(report, raw, getattr(err, "field", "juror"), err.msg)


def import_scores(session: Session, path: str | Path, *, stage_number: int = 1, dry_run: bool = False,
                  actor: SignedInUser | None = None, progress: Progress | None = None) -> ScoreImportReport:
    """Two passes over the file, neither holding it: the first finds where each sheet's rows end,
    the second checks the rows like the grid and stores each sheet once its last row is read."""
    permissions.require(actor, "scores.import")
    path = Path(path)
    refuse_database_file(session, path)
    stage = stage_by_number(session, stage_number)
    rubric = active_rubric(session, stage.id)
    report = ScoreImportReport(path.name, stage_number, dry_run=dry_run)
    codes = set(rubric.codes)
    index = _pesantren_index(session, stage.programme_year_id)
    ends, row_count, stamp = _last_rows(path, codes, index)
    sheet_count = sum(bin(byte).count("1") for byte in ends)
    open_sheets: dict[tuple[str, str], _Sheet] = {}
    accepted: dict[tuple[str, object], Decimal] = {}
    known = _Known(session, stage.id)
    batch = _Batch()
    finished = 0
    savepoint = session.begin_nested()
    try:
        for n, r in enumerate(read_score_file(path, codes, report.warning_msgs)):  # row checks, like the grid
            report.rows_read += 1
            key = _sheet_key(index, r)
            if key is None:
                if not r.juror and _find(index, r) is not None:
                    _reject(report, [r], "juror", msg("files.score_no_juror"))
                else:
                    ident = r.pesantren_id or r.nspp or r.reg_number
                    _reject(report, [r], "nspp", msg("files.score_pesantren_unknown", ident=ident) if ident
                            else msg("files.score_no_pesantren"))
                continue
            sheet = open_sheets.get(key)
            if sheet is None:
                sheet = open_sheets[key] = _Sheet(index["id:" + key[0]])
            try:
                value = accepted.get((r.criterion, r.score))
                if value is None:  # each distinct (criterion, cell) is checked once, like the grid would
                    value = validate_cell(rubric.criterion(r.criterion), r.score)
                    accepted[(r.criterion, r.score)] = value
                sheet.cells.append(_Cell(r.sheet, r.row, r.criterion, value, r.comment))
                sheet.juror = sheet.juror or " ".join(r.juror.split())  # as written on its first valid row
            except OpopError as err:
                # A code the rubric does not know is the criterion's fault, anything else the value's.
                _reject(report, [r], "score" if r.criterion in codes else "criterion", err.msg)
                sheet.spoiled.append(r.row)
            if not _is_last(ends, n):
                continue
            del open_sheets[key]
            finished += 1
            if progress and finished % 500 == 0:
                progress(finished, sheet_count, str(msg("files.progress_saving_scores")))
            _finish(session, actor, report, stage.id, rubric, sheet, known, batch)
            if len(batch.sheets) >= BATCH_SHEETS:
                batch.write(session, actor)
        if open_sheets or report.rows_read != row_count or _stamp(path) != stamp:
            raise ImportRejected("files.score_changed_during_import", name=path.name)
        batch.write(session, actor)
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
