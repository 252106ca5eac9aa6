"""Score import: long .csv/.xlsx with decimal comma or point, the per-juror template read back,
rejected rows reported by sheet/row/field, dry run, jurors and assignments created."""
from __future__ import annotations

import csv
import json
from decimal import Decimal

import pytest
from audition_day import CODES, add_pesantren
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from opop_desktop.core.excel.score_import import import_scores
from opop_desktop.core.excel.score_template import write_score_template
from opop_desktop.core.models import AuditEntry, Juror, PanelJuror, ScoreEntry, ScoreSheet
from opop_desktop.core.services import attendance, scoring, setup
from opop_desktop.core.services.accounts import SYSTEM_ACTOR

VALUES = ["8", "7,5", "6", "7.5", "9", "8,5", "7"]


pytestmark = pytest.mark.day(n_pesantren=3, n_jurors=2)


def _long_rows(nspp, juror, values=VALUES):
    return [[nspp, juror, code, v] for code, v in zip(CODES, values)]


def _write_csv(path, rows, sep=";"):
    with open(path, "w", newline="", encoding="utf-8") as fh:  # "7,5" gets quoted when sep is ","
        writer = csv.writer(fh, delimiter=sep)
        writer.writerow(["nspp", "juror", "criterion", "score"])
        writer.writerows(rows)
    return path


def _counts(s):
    return s.scalar(select(func.count()).select_from(ScoreSheet)), s.scalar(select(func.count()).select_from(ScoreEntry))


def test_long_csv_with_decimal_commas_becomes_verified_sheets(db, day, tmp_path):
    path = _write_csv(tmp_path / "nilai.csv", _long_rows(day.nspp[0], "Juri 1") + _long_rows(day.nspp[1],
                                                                                             "juri  1"))
    with db.session() as s:
        report = import_scores(s, path, actor=SYSTEM_ACTOR)
    assert report.written and report.sheets_created == 2 and report.rejected == [] and report.rows_read == 14
    assert report.jurors_created == [] and report.assignments_created == 0  # "juri  1" is Juri 1
    with db.session() as s:
        sheets = scoring.list_sheets(s, stage_id=day.stage_id, statuses=scoring.COUNTING_STATUSES)
        assert {(x.juror_name, x.source, x.status) for x in sheets} == {("Juri 1", "import", "verified")}
        assert sheets[0].values["PTN"] == Decimal("7.5") and sheets[0].total == Decimal("75.75")
        assert {e.kind for e in s.scalars(select(ScoreEntry))} == {"import"}
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "score.import")).all()
    with db.session() as s:  # importing the same file again changes nothing
        again = import_scores(s, path, actor=SYSTEM_ACTOR)
    assert (again.sheets_created, again.sheets_unchanged, again.rejected) == (0, 2, [])


def test_rejected_rows_are_reported_by_sheet_row_and_field(db, day, tmp_path):
    rows = (_long_rows(day.nspp[0], "Juri 1", ["8", "7,3", "6", "7", "9", "8", "7"])   # rows 2-8, bad PTN
            + _long_rows("999999999999", "Juri 1")                                       # rows 9-15, unknown
            + _long_rows(day.nspp[1],
                         "Juri 2")[:5]                                      # rows 16-20, incomplete
            + [[day.nspp[2], "Juri 2", "XYZ", "5"]] + _long_rows(day.nspp[2],
                                                                 "Juri 2")   # row 21 unknown code
            + _long_rows(day.nspp[2], "Juri 1"))                                         # rows 29-35 fine
    path = _write_csv(tmp_path / "campur.csv", rows, sep=",")
    with db.session() as s:
        report = import_scores(s, path, actor=SYSTEM_ACTOR)
    by_row = {(r.row, r.field): r.message for r in report.rejected}
    assert by_row[(3, "score")] == "Nilai 7,3 untuk PTN ditolak: isi 1–10, kelipatan 0,5."
    assert by_row[(2, "lembar")] == "lembar juri ini tidak disimpan karena ada baris yang ditolak (baris 3)"
    assert by_row[(9, "nspp")] == "pesantren '999999999999' tidak ditemukan"
    assert by_row[(16, "criterion")].startswith("lembar tidak lengkap, kriteria belum ada: KUA, SDM")
    assert "XYZ" in by_row[(21, "criterion")] and "baris 21" in by_row[(22, "lembar")]
    # Rows of a sheet with one bad row are not stored; the clean sheet of Juri 1 for pesantren 2 is.
    assert report.sheets_created == 1 and all(r.sheet == "campur.csv" for r in report.rejected)
    assert report.rejected_row_count == 7 + 7 + 5 + 1 + 7 and max(r.row for r in report.rejected) == 28
    data = report.to_json()
    assert data["rejected"][1] == {"sheet": "campur.csv", "row": 3, "field": "score",
                                   "message": "Nilai 7,3 untuk PTN ditolak: isi 1–10, kelipatan 0,5."}


def test_a_sheet_is_judged_on_all_its_rows_wherever_they_stand_in_the_file(db, day, tmp_path):
    # Juri 1's sheet for pesantren 0 is complete after row 8, but row 16 gives PTN another value;
    # Juri 2's rows alternate with Juri 1's for pesantren 1 and are both whole.
    first = _long_rows(day.nspp[1], "Juri 1")
    second = _long_rows(day.nspp[1], "Juri 2")
    interleaved = [row for pair in zip(first, second) for row in pair]
    rows = (_long_rows(day.nspp[0], "Juri 1") + interleaved
            + [[day.nspp[0], "Juri 1", "PTN", "9"]])  # row 2 + 7 + 14 = row 23
    path = _write_csv(tmp_path / "acak.csv", rows)
    with db.session() as s:
        report = import_scores(s, path, actor=SYSTEM_ACTOR)
    assert report.sheets_created == 2 and report.rows_read == 22
    clash = [r for r in report.rejected if r.field == "score"]
    assert [r.row for r in clash] == [2, 3, 4, 5, 6, 7, 8, 23]
    assert clash[0].message == "nilai berbeda untuk kriteria yang sama: PTN"
    with db.session() as s:
        sheets = scoring.list_sheets(s, stage_id=day.stage_id, statuses=scoring.COUNTING_STATUSES)
        assert sorted(x.juror_name for x in sheets) == ["Juri 1", "Juri 2"]
        assert all(x.values["PTN"] == Decimal("7.5") for x in sheets)


def test_a_windows_1252_csv_is_read(db, day, tmp_path):
    path = tmp_path / "nilai-excel.csv"
    lines = ["nspp;juror;criterion;score;komentar"] + [
        f"{nspp};{juror};{code};{value};{'Sangat baik — rapi' if code == CODES[0] else ''}"
        for nspp, juror, code, value in _long_rows(day.nspp[0], "Juri 1")]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    with db.session() as s:
        report = import_scores(s, path, actor=SYSTEM_ACTOR)
    assert report.sheets_created == 1 and report.rejected == []
    with db.session() as s:
        assert s.scalars(select(ScoreSheet)).one().comment == "Sangat baik — rapi"


def test_dry_run_writes_nothing(db, day, tmp_path):
    path = _write_csv(tmp_path / "nilai.csv", _long_rows(day.nspp[0], "Juri Baru"))
    with db.session() as s:
        before = _counts(s), s.scalar(select(func.count()).select_from(AuditEntry))
        report = import_scores(s, path, dry_run=True, actor=SYSTEM_ACTOR)
        assert report.sheets_created == 1 and report.jurors_created == ["Juri Baru"] and not report.written
    with db.session() as s:
        assert (_counts(s), s.scalar(select(func.count()).select_from(AuditEntry))) == before
        assert setup.find_juror_by_name(s, "Juri Baru") is None


def test_unknown_juror_is_created_and_assigned_a_pesantren_without_panel_gets_one(db, day, tmp_path):
    with db.session() as s:
        loner = add_pesantren(s, day.programme_id, 77, regency="32.78")
        loner_nspp = loner.nspp
    wb = Workbook()
    ws = wb.active
    ws.title = "Nilai"
    ws.append(["Rekap nilai audisi"])  # a title row above the header is fine
    ws.append([])
    ws.append(["NSPP", "Juri", "Kriteria", "Nilai"])
    for r in _long_rows(day.nspp[0], "Dr. Rina Kurniawan") + _long_rows(loner_nspp, "Dr. Rina Kurniawan"):
        ws.append([r[0], r[1], r[2], float(r[3].replace(",", "."))])  # numbers, as Excel stores them
    path = tmp_path / "nilai.xlsx"
    wb.save(path)
    with db.session() as s:
        report = import_scores(s, path, actor=SYSTEM_ACTOR)
    assert report.rejected == [] and report.sheets_created == 2
    assert report.jurors_created == ["Dr. Rina Kurniawan"] and report.assignments_created == 2
    with db.session() as s:
        juror = s.scalars(select(Juror).where(Juror.name == "Dr. Rina Kurniawan")).one()
        assert juror.regency_code == "32.05"
        panels = {p.venue_name for p in setup.list_panels(s) if s.scalar(select(PanelJuror.id).where(
            PanelJuror.panel_id == p.id, PanelJuror.juror_id == juror.id))}
        assert panels == {"Aula Garut", "Impor nilai — Kota Tasikmalaya"}


def test_absent_pesantren_and_locked_sheets_are_refused(db, day, tmp_path):
    with db.session() as s:
        attendance.mark_absent(s, day.users["off1"], stage_id=day.stage_id, pesantren_id=day.pesantren[2])
        key = scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[0])
        for code in CODES:
            scoring.set_score(s, day.juror_user(0), key, code, "5")
        scoring.lock_sheets(s, day.juror_user(0), day.panel_id, day.jurors[0], "111111",
                            pesantren_ids=[day.pesantren[0]])
    path = _write_csv(tmp_path / "n.csv", _long_rows(day.nspp[0], "Juri 1") + _long_rows(day.nspp[2],
                                                                                         "Juri 1"))
    with db.session() as s:
        report = import_scores(s, path, actor=SYSTEM_ACTOR)
    messages = {r.row: r.message for r in report.rejected}
    assert "terkunci" in messages[2] and "tidak hadir" in messages[9] and report.sheets_created == 0


def test_template_round_trip(db, day, tmp_path):
    out = tmp_path / "templat.xlsx"
    with db.session() as s:
        write_score_template(s, day.panel_id, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Juri 1", "Juri 2"]
    ws = wb["Juri 1"]
    header = [c.value for c in ws[5]]
    assert header[:4] == ["No", "NSPP", "No. Daftar", "Nama Pesantren"] and header[4:11] == CODES
    assert ws["B2"].value == "Juri 1" and ws["B6"].value == day.nspp[0] and ws["B6"].number_format == "@"
    assert [ws.cell(row=r, column=4).value for r in (6, 7,
                                                     8)] == [f"Pondok Pesantren Uji {i}" for i in range(3)]
    # Juri 1 types row 1 fully (decimal commas as text, numbers), leaves the others empty.
    for col, value in enumerate(["8", "7,5", 6, 7.5, "9", "8,5", 7], start=5):
        ws.cell(row=6, column=col, value=value)
    ws.cell(row=6, column=12, value="Kemasan bagus")
    ws2 = wb["Juri 2"]
    for col, value in enumerate(["8", "7,5", 6, 7.5, "9", "8,5", "12"], start=5):  # 12 is out of range
        ws2.cell(row=7, column=col, value=value)
    wb.save(out)
    with db.session() as s:
        report = import_scores(s, out, actor=SYSTEM_ACTOR)
    assert report.sheets_created == 1
    assert [(r.sheet, r.row, r.field) for r in report.rejected if "12" in r.message] == [("Juri 2", 7,
                                                                                          "score")]
    with db.session() as s:
        sheet = s.scalars(select(ScoreSheet)).one()
        assert (sheet.juror_id, sheet.pesantren_id, sheet.comment) == (day.jurors[0], day.pesantren[0],
                                                                       "Kemasan bagus")
        assert scoring.sheet_values(s, sheet.id)["PTN"] == Decimal("7.5")


def test_cli_import_and_template(cli, db, day, tmp_path):
    path = _write_csv(tmp_path / "nilai.csv", _long_rows(day.nspp[0], "Juri 1", ["8", "7,3", "6", "7", "9",
                                                                                 "8", "7"]))
    code, out, _ = cli("scores", "import", str(path), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 1 and data["dry_run"] and not data["written"] and data["rejected_rows"] == 7
    assert {r["row"]: r["field"] for r in data["rejected"]}[3] == "score"
    path = _write_csv(tmp_path / "ok.csv", _long_rows(day.nspp[0], "Juri 1"))
    code, out, _ = cli("scores", "import", str(path), "--stage", "1")
    assert code == 0 and "1 lembar baru" in out
    code, out, _ = cli("scores", "template", "--panel", day.panel_id, "--out", str(tmp_path / "t.xlsx"))
    assert code == 0 and (tmp_path / "t.xlsx").exists()
    code, out, _ = cli("scores", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["total"] == "75.75" and rows[0]["values"]["PTN"] == "7.5"
    code, _, err = cli("scores", "import", str(tmp_path / "nope.csv"))
    assert code == 1 and "tidak ditemukan" in err


def test_bulk_written_rows_are_stamped_like_orm_rows(db, day, tmp_path):
    """Sheets, entries and audit entries written as plain rows carry this laptop's origin and a
    gap-free device sequence continuing the ORM's, and the audit chain verifies."""
    from opop_desktop.core.models import DeviceCounter
    from opop_desktop.core.services import audit

    path = _write_csv(tmp_path / "nilai.csv", _long_rows(day.nspp[0], "Juri 1") + _long_rows(day.nspp[1], "Juri 2")
                      + _long_rows(day.nspp[2], "Juri 1"))
    with db.session() as s:
        before = s.get(DeviceCounter, db.device_id).last_seq
        report = import_scores(s, path, actor=SYSTEM_ACTOR)
    assert report.sheets_created == 3
    with db.session() as s:
        last = s.get(DeviceCounter, db.device_id).last_seq
        seqs = []
        for model in (ScoreSheet, ScoreEntry, AuditEntry):  # the rubric's freeze is derived, not written
            rows = s.execute(select(model.origin_device, model.modified_device, model.device_seq)
                             .where(model.device_seq > before)).all()
            assert {(r[0], r[1]) for r in rows} == {(db.device_id, db.device_id)}
            seqs += [r[2] for r in rows]
        assert sorted(seqs) == list(range(before + 1, last + 1))  # nothing skipped, nothing twice
        assert len(seqs) == 3 + 21 + 3
        assert audit.verify(s).ok
        sheet = s.scalars(select(ScoreSheet).where(ScoreSheet.pesantren_id == day.pesantren[0])).one()
        assert sheet.locked_at is not None and sheet.created_at.tzinfo is not None
        assert scoring.sheet_values(s, sheet.id)["PTN"] == Decimal("7.5")
