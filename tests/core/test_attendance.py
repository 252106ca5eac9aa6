"""Check-in: search (scanner codes), check in, absent, late, corrections, counts, no scores for absentees."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from opop_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from opop_desktop.core.models import Attendance, AuditEntry, Pesantren
from opop_desktop.core.services import attendance, scoring


pytestmark = pytest.mark.day(n_pesantren=12, n_jurors=1)


def test_search_by_code_is_exact_and_by_name_is_partial(db, day):
    with db.session() as s:
        hits = attendance.search_pesantren(s, day.nspp[3], stage_id=day.stage_id)
        assert [(h.id, h.exact) for h in hits] == [(day.pesantren[3], True)]
        hits = attendance.search_pesantren(s, "  OPOP-0005 ", stage_id=day.stage_id, venue_id=day.venue_id)
        assert [(h.id, h.exact) for h in hits] == [(day.pesantren[5], True)]
        hits = attendance.search_pesantren(s, "uji 1", stage_id=day.stage_id)  # Uji 1, 10, 11
        assert sorted(h.name for h in hits) == ["Pondok Pesantren Uji 1", "Pondok Pesantren Uji 10",
                                                "Pondok Pesantren Uji 11"]
        assert not any(h.exact for h in hits)
        assert attendance.search_pesantren(s, "   ", stage_id=day.stage_id) == []
        # Prefixed QR payloads: a participant card and a printed score sheet.
        card = attendance.search_pesantren(s, "OPOP1|R=OPOP-0007", stage_id=day.stage_id)
        sheet = attendance.search_pesantren(s, f"OPOP1|S=x|P=y|J=z|T={day.pesantren[8]}|V=1",
                                            stage_id=day.stage_id)
        assert [(h.id, h.exact) for h in card + sheet] == [(day.pesantren[7], True), (day.pesantren[8], True)]


def test_check_in_records_representatives_and_a_double_scan_writes_nothing(db, day):
    off = day.users["off1"]
    with db.session() as s:
        res = attendance.check_in(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[0],
                                  reps=["Ahmad Hidayat", "Siti Nurdin"])
        assert not res.already and res.row.status == "present" and res.row.officer == "off1"
        assert (res.row.rep1_name, res.row.rep2_name) == ("Ahmad Hidayat", "Siti Nurdin")
        assert res.row.checked_at is not None and res.row.panel_name == "Ruang 1" and res.row.position == 1
    with db.session() as s:
        again = attendance.check_in(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[0])
        assert again.already and "sudah tercatat hadir" in str(again.message)
        assert len(s.scalars(select(Attendance)).all()) == 1
        assert s.get(Pesantren, day.pesantren[0]).status == "present_1"
        with pytest.raises(ValidationError, match="Paling banyak 2"):
            attendance.check_in(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[1], reps=["a", "b",
                                                                                                    "c"])
        with pytest.raises(PermissionDenied):
            attendance.check_in(s, day.users["juri1"], stage_id=day.stage_id, pesantren_id=day.pesantren[1])


def test_absent_then_arriving_late_is_a_new_version(db, day):
    off = day.users["off1"]
    with db.session() as s:
        first = attendance.mark_absent(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[1])
        assert first.status == "absent"
        assert s.get(Pesantren, day.pesantren[1]).status == "absent_1"
        late = attendance.check_in(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[1],
                                   reps=["Dede"])
        assert late.row.late and late.row.status == "present" and late.row.reason == "datang terlambat"
        new = s.get(Attendance, late.row.attendance_id)
        assert new.supersedes_id == first.attendance_id
        with pytest.raises(ConflictError, match="koreksi"):
            attendance.mark_absent(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[1])


def test_correction_needs_a_reason_and_keeps_history(db, day):
    off = day.users["off2"]
    with db.session() as s:
        wrong = attendance.check_in(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[2])
        with pytest.raises(ValidationError, match="Alasan"):
            attendance.correct(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[2], status="absent",
                               reason="")
        fixed = attendance.correct(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[2],
                                   status="absent",
                                   reason="salah pindai kartu")
        assert fixed.status == "absent" and fixed.reason == "salah pindai kartu"
        chain = s.scalars(select(Attendance).where(Attendance.pesantren_id == day.pesantren[2])).all()
        assert len(chain) == 2 and s.get(Attendance,
                                         fixed.attendance_id).supersedes_id == wrong.row.attendance_id
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "attendance.correct")).one()
        assert entry.reason == "salah pindai kartu" and '"present"' in entry.old_json and '"absent"' in entry.new_json


def test_counts_expected_present_absent_awaited(db, day):
    off = day.users["off1"]
    with db.session() as s:
        for pid in day.pesantren[:7]:
            attendance.check_in(s, off, stage_id=day.stage_id, pesantren_id=pid)
        for pid in day.pesantren[7:9]:
            attendance.mark_absent(s, off, stage_id=day.stage_id, pesantren_id=pid)
        c = attendance.counts(s, day.stage_id, day.venue_id)
        assert (c.expected, c.present, c.absent, c.awaited) == (12, 7, 2, 3)
        rows = attendance.list_attendance(s, day.stage_id, day.venue_id)
        assert [r.status for r in rows] == ["present"] * 7 + ["absent"] * 2 + ["awaited"] * 3


def test_an_absent_pesantren_cannot_be_scored(db, day):
    with db.session() as s:
        attendance.mark_absent(s, day.users["off1"], stage_id=day.stage_id, pesantren_id=day.pesantren[4])
    with db.session() as s:
        key = scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[4])
        with pytest.raises(ConflictError, match="tidak hadir.*tidak dapat dinilai"):
            scoring.set_score(s, day.juror_user(0), key, "PSR", "8")
        grid = scoring.juror_grid(s, day.juror_user(0), day.panel_id, day.jurors[0])
        row = grid.rows[4]
        assert row.absent and not row.editable and grid.to_score == 11


def test_a_scored_pesantren_cannot_be_corrected_to_absent(db, day):
    with db.session() as s:
        key = scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[0])
        scoring.set_score(s, day.juror_user(0), key, "PSR", "8")
        with pytest.raises(ConflictError, match="sudah memiliki nilai"):
            attendance.correct(s, day.users["off1"], stage_id=day.stage_id, pesantren_id=day.pesantren[0],
                               status="absent", reason="keliru")
