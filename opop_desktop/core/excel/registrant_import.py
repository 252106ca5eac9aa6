"""Registrant import: every sheet of an .xlsx → pesantren of the current programme year.

Rows are read in openpyxl's read-only mode, cleaned (registrant_rows.py), checked for in-file
duplicates, matched against the stored pesantren (by NSPP when both rows have one, else normalised
name + kecamatan)
with one query, then written in the caller's single transaction. Nothing is written on a dry
run, nor in strict mode when any row was rejected.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..catalogue import Message, msg
from ..db import refuse_database_file
from .. import bulk, permissions
from ..clock import today_wib
from ..errors import ImportRejected
from ..models import Pesantren, ProductField, ProgrammeYear
from ..region_match import matcher
from ..services import audit
from ..services.programme import DEFAULT_PRODUCT_FIELDS, current_programme, ensure_product_fields
from .registrant_headers import FIELD_LABELS, SheetLayout
from .registrant_rows import CleanRow, FieldLookup, RowCleaner, is_blank, layout_of, open_workbook

# done, total, what is being done: shown at once, so rendered when said, in the chosen language
Progress = Callable[[int, int, str], None]
PROGRESS_EVERY = 250

# Columns compared and copied from a row to the stored pesantren, with the sheet field that
# carries them (None = always present). An absent column never clears a stored value.
COPIED = (
    ("name", None), ("name_key", None), ("nspp", "nspp"), ("leader", "leader"), ("phone", "phone"),
    ("address", "address"), ("village_code", "village"), ("district_code", None),
    ("regency_code", None), ("product", "product"), ("product_field_id", "field"), ("track", "track"),
    ("registered_on", "date"),
)


@dataclass
class RejectedRow:
    sheet: str
    row: int  # spreadsheet row number
    field: str
    msg: Message  # why the row was rejected

    @property
    def message(self) -> str:
        """Why, in the chosen language (rendered when shown)."""
        return str(self.msg)


@dataclass
class AcceptedRow:
    sheet: str
    row: int
    name: str
    nspp: str | None
    regency_name: str
    district_name: str
    track: str
    action: str  # created | updated | unchanged | duplicate
    pesantren_id: str | None = None


@dataclass
class ImportReport:
    file: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    warning_msgs: list[Message] = field(default_factory=list)
    accepted: list[AcceptedRow] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    duplicates: int = 0
    sheets: list[SheetLayout] = field(default_factory=list)  # where each table was found

    @property
    def rejected_row_count(self) -> int:
        return len({(r.sheet, r.row) for r in self.rejected})

    @property
    def warnings(self) -> list[str]:
        """The warnings in the chosen language (rendered when read)."""
        return [str(m) for m in self.warning_msgs]

    def to_json(self) -> dict:
        return {
            "file": self.file, "created": self.created, "updated": self.updated,
            "unchanged": self.unchanged, "duplicates": self.duplicates,
            "rejected": [{"sheet": r.sheet, "row": r.row, "field": r.field, "message": r.message}
                         for r in self.rejected],
            "rejected_rows": self.rejected_row_count, "warnings": list(self.warnings),
            "dry_run": self.dry_run, "written": self.written,
        }


def _where(sheet: str, row: int) -> Message:
    return msg("files.sheet_row", sheet=sheet, row=row)


def _read(path: Path, cleaner: RowCleaner, report: ImportReport, progress: Progress | None) -> list[CleanRow]:
    wb = open_workbook(path)
    try:
        total = sum((ws.max_row or 0) for ws in wb.worksheets if hasattr(ws, "iter_rows")) or 1
        done = 0
        clean: list[CleanRow] = []
        if progress:
            progress(0, total, str(msg("files.progress_reading")))
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):  # chartsheets
                continue
            layout, head, rest = layout_of(ws)
            if layout is None:
                if not all(is_blank(v) for _, v in head):
                    report.warning_msgs.append(msg("files.registrant_sheet_skipped", sheet=ws.title))
                done += ws.max_row or 0
                continue
            report.sheets.append(layout)
            if "regency" not in layout.fields or "district" not in layout.fields:
                missing = [FIELD_LABELS[f] for f in ("regency", "district") if f not in layout.fields]
                report.warning_msgs.append(msg("files.registrant_columns_missing", sheet=ws.title,
                                               columns=missing))
            for number, values in itertools.chain(head, rest):
                done += 1
                if progress and done % PROGRESS_EVERY == 0:
                    progress(min(done, total), total,
                             str(msg("files.progress_reading_row", sheet=ws.title, row=number)))
                if number <= layout.header_row or is_blank(values, layout.columns):
                    continue
                result = cleaner.clean(layout, number, values)
                if isinstance(result, list):
                    report.rejected.extend(RejectedRow(ws.title, number, p.field, p.msg) for p in result)
                    continue
                clean.append(result)
        if not report.sheets:
            raise ImportRejected("files.registrant_no_table", name=path.name, where=str(path))
        return clean
    finally:
        wb.close()


def _field_lookup(session: Session) -> FieldLookup:
    rows = session.execute(select(ProductField.id, ProductField.code, ProductField.name)).all()
    if not rows:  # fresh database: the defaults that ensure_product_fields will create
        return FieldLookup([(code, code, name) for code, name in DEFAULT_PRODUCT_FIELDS])
    return FieldLookup([tuple(r) for r in rows])


def _programme(session: Session, programme_id: str | None, create: bool) -> tuple[str | None, int]:
    if programme_id:
        py = session.get(ProgrammeYear, programme_id)
        if py is None:
            raise ImportRejected("files.programme_missing", programme=programme_id)
        return py.id, py.year
    if create:
        info = current_programme(session, create_year=today_wib().year)
        return info.id, info.year
    py = session.scalars(select(ProgrammeYear).where(ProgrammeYear.is_current)).first() or \
        session.scalars(select(ProgrammeYear).order_by(ProgrammeYear.year.desc())).first()
    return (py.id, py.year) if py else (None, today_wib().year)


def _next_reg_numbers(existing: list[Pesantren], year: int):
    prefix = f"OPOP-{year}-"
    last = 0
    for p in existing:
        if p.reg_number.startswith(prefix) and p.reg_number[len(prefix):].isdigit():
            last = max(last, int(p.reg_number[len(prefix):]))
    while True:
        last += 1
        yield f"{prefix}{last:04d}"


def _values(row: CleanRow) -> dict:
    return {
        "name": row.name, "name_key": row.name_key, "nspp": row.nspp, "leader": row.leader,
        "phone": row.phone, "address": row.address, "village_code": row.village_code,
        "district_code": row.district_code, "regency_code": row.regency_code, "product": row.product,
        "product_field_id": row.product_field_id, "track": row.track, "registered_on": row.registered_on,
    }


def _changes(existing: Pesantren, row: CleanRow) -> dict:
    values = _values(row)
    out = {}
    for attr, column in COPIED:
        if column is not None and column not in row.present:
            continue
        new = values[attr]
        if attr == "nspp" and new is None:
            continue  # a row without NSPP never erases a known one
        if attr == "product_field_id" and new is None and row.field_text:
            continue  # unknown field text: keep what was stored
        if getattr(existing, attr) != new:
            out[attr] = new
    return out


def import_registrants(session: Session, path, *, dry_run: bool = False, strict: bool = False,
                       programme_id: str | None = None, progress: Progress | None = None,
                       actor: Any = None, who: str = "") -> ImportReport:
    """Import a registrant workbook; see the module docstring. ``progress`` may raise to cancel.
    ``actor`` is the signed-in user (permission ``registrants.manage``); ``who`` names them in
    the audit log (the actor's username unless given)."""
    permissions.require(actor, "registrants.manage")
    path = Path(path)
    refuse_database_file(session, path)
    report = ImportReport(file=str(path), dry_run=dry_run)
    cleaner = RowCleaner(matcher(), _field_lookup(session))
    rows = _read(path, cleaner, report, progress)
    write = not dry_run and not (strict and report.rejected)
    if strict and report.rejected:
        report.warning_msgs.append(msg("files.strict_nothing_saved", count=report.rejected_row_count))

    pid, year = _programme(session, programme_id, create=write)
    existing: list[Pesantren] = []
    if pid:
        existing = list(session.scalars(select(Pesantren).where(Pesantren.programme_year_id == pid)))
    by_nspp = {p.nspp: p for p in existing if p.nspp}
    by_name = {(p.name_key, p.district_code): p for p in existing}
    first_seen_nspp: dict[str, CleanRow] = {}
    first_seen_name: dict[tuple, CleanRow] = {}
    matched: dict[str, CleanRow] = {}  # pesantren id → the row that matched it
    reg_numbers = _next_reg_numbers(existing, year)
    if write:
        ensure_product_fields(session)
        # On a fresh database the fields were matched against the defaults' codes; now that the
        # ProductField rows exist, match against their real ids.
        cleaner.fields = _field_lookup(session)
        for r in rows:
            r.product_field_id = cleaner.fields.find(r.field_text) if r.field_text else None
    new_rows: list[dict] = []  # written as plain rows in one executemany (core/bulk.py)
    new_ids = bulk.new_uuids(len(rows)) if write else []

    for index, row in enumerate(rows):
        if progress and index % PROGRESS_EVERY == 0:
            progress(index, len(rows), str(msg("files.progress_matching")))
        name_k = (row.name_key, row.district_code)
        # When both rows have an NSPP, the NSPP decides: a common name (Miftahul Huda) in one
        # kecamatan with two NSPPs is two pesantren. Without an NSPP, name + kecamatan match.
        first = first_seen_nspp.get(row.nspp) if row.nspp else None
        prior = first_seen_name.get(name_k)
        if first is None and prior is not None:
            if row.nspp and prior.nspp and prior.nspp != row.nspp:
                report.warning_msgs.append(msg(
                    "files.nspp_differs_in_file", place=_where(row.sheet, row.row),
                    prior=_where(prior.sheet, prior.row), name=row.name, nspp_a=prior.nspp, nspp_b=row.nspp))
            else:
                first = prior
        target = by_nspp.get(row.nspp) if row.nspp else None
        if target is None:
            candidate = by_name.get(name_k)
            if candidate is not None and (not row.nspp or not candidate.nspp or candidate.nspp == row.nspp):
                target = candidate
            elif candidate is not None and first is None and prior is None:
                report.warning_msgs.append(msg(
                    "files.nspp_differs_stored", place=_where(row.sheet, row.row),
                    reg_number=candidate.reg_number, name=candidate.name, nspp_a=candidate.nspp,
                    nspp_b=row.nspp))
        if first is None and target is not None and target.id in matched:
            first = matched[target.id]
        accepted = AcceptedRow(row.sheet, row.row, row.name, row.nspp, row.regency_name, row.district_name,
                               row.track, "duplicate")
        report.accepted.append(accepted)
        if first is not None:
            same = "files.same_nspp" if row.nspp and row.nspp == first.nspp else "files.same_name_district"
            report.duplicates += 1
            report.warning_msgs.append(msg("files.duplicate_row", place=_where(row.sheet, row.row),
                                           first=_where(first.sheet, first.row), reason=Message(same),
                                           name=row.name))
            continue
        report.warning_msgs.extend(msg("files.at", place=_where(row.sheet, row.row), message=w)
                                   for w in row.warnings)
        if row.nspp:
            first_seen_nspp[row.nspp] = row
        first_seen_name[name_k] = row
        if target is None:
            accepted.action = "created"
            report.created += 1
            if write:
                accepted.pesantren_id = new_ids.pop()
                new_rows.append({"id": accepted.pesantren_id, "programme_year_id": pid,
                                 "reg_number": next(reg_numbers), "status": "registered", "notes": "",
                                 **_values(row)})
            continue
        matched[target.id] = row
        accepted.pesantren_id = target.id
        changes = _changes(target, row)
        if not changes:
            accepted.action = "unchanged"
            report.unchanged += 1
            continue
        accepted.action = "updated"
        report.updated += 1
        if write:
            for attr, value in changes.items():
                setattr(target, attr, value)

    if write:
        if progress:
            progress(len(rows), len(rows), str(msg("files.progress_saving")))
        session.flush()  # updated pesantren first, in the device sequence too
        bulk.insert_replicated(session, Pesantren, new_rows)
        report.written = True
        audit.record(session, actor=who or actor, action="registrants.import", entity="programme_year", entity_id=pid,
                     new={"file": path.name, "created": report.created, "updated": report.updated,
                          "unchanged": report.unchanged, "rejected_rows": report.rejected_row_count})
    return report


def write_error_workbook(report: ImportReport, source_path, out_path) -> Path:
    """The rejected rows as they were, plus a message column; see error_workbook.py."""
    from .error_workbook import write_error_workbook as _write

    return _write(report, source_path, out_path)
