"""Scoring and results speak the chosen language: refusals, check-in and paper-entry outcomes,
flags and warnings of a ranking; stored snapshots and official documents stay Indonesian."""
from __future__ import annotations

import json

import pytest
from audition_day import JUROR_PINS, full_sheet
from results_golden import QUOTA, THRESHOLD, golden_input, seed_golden

from opop_desktop.core import catalogue
from opop_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from opop_desktop.core.services import attendance, paper_entry, results, results_states, scoring
from opop_desktop.core.services.scoring import SheetKey
from opop_desktop.core.tabulation import RankingRules, tabulate


def _key(day, juror=0, pesantren=0):
    return SheetKey(day.stage_id, day.panel_id, day.jurors[juror], day.pesantren[pesantren])


@pytest.mark.day(n_pesantren=2, n_jurors=2)
def test_score_refusals_in_english(db, day):
    catalogue.set_language("en")
    with db.session() as s:
        with pytest.raises(ValidationError) as info:
            scoring.set_score(s, day.juror_user(0), _key(day), "PSR", "11")
        assert str(info.value).startswith("PSR: Value 11 for PSR refused: enter 1–10, in steps of 0")
        with pytest.raises(ValidationError) as info:
            scoring.set_score(s, day.juror_user(0), _key(day), "PSR", "")
        assert str(info.value) == "value: No value entered."
        with pytest.raises(ValidationError) as info:
            scoring.set_score(s, day.juror_user(0), _key(day), "PSR", "tujuh")
        assert info.value.message == "'tujuh' is not a number."
        with pytest.raises(PermissionDenied) as info:
            scoring.set_score(s, day.juror_user(1), _key(day, juror=0), "PSR", "8")
        assert str(info.value) == "A juror may open only their own score sheets."
    with db.session() as s:
        scoring.set_score(s, day.juror_user(0), _key(day), "PSR", "8")
    with db.session() as s:
        with pytest.raises(ValidationError) as info:
            scoring.lock_sheets(s, day.juror_user(0), day.panel_id, day.jurors[0], JUROR_PINS[0])
        text = str(info.value)
        assert text.startswith("Submit & lock: The sheets are incomplete and cannot be locked yet — no. 1 ")
        assert text.endswith("(If a pesantren is absent, ask an officer to mark it.)")
        # Indonesian stays exactly as before.
        assert info.value.text("id").startswith("Kirim & kunci: Lembar belum lengkap, belum dapat dikunci — no. 1 ")


@pytest.mark.day(n_pesantren=2, n_jurors=1)
def test_check_in_and_paper_entry_outcomes_in_english(db, day):
    catalogue.set_language("en")
    off = day.users["off1"]
    with db.session() as s:
        first = attendance.check_in(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[0])
        assert str(first.message) == "Pondok Pesantren Uji 0 recorded as present."
        again = attendance.check_in(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[0])
        assert str(again.message) == "Pondok Pesantren Uji 0 is already recorded as present."
        assert again.message.text("id") == "Pondok Pesantren Uji 0 sudah tercatat hadir."
        with pytest.raises(ConflictError, match="already recorded as present; use a correction with a reason"):
            attendance.mark_absent(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[0])
        with pytest.raises(ValidationError) as info:
            attendance.correct(s, off, stage_id=day.stage_id, pesantren_id=day.pesantren[0], status="gone",
                               reason="x")
        assert str(info.value) == "status: The attendance status must be 'present' or 'absent'."
    values = {code: str(v) for code, v in full_sheet().items()}
    key = _key(day, pesantren=1)
    with db.session() as s:
        res = paper_entry.key_in(s, day.users["off1"], key, values)
        assert str(res.message) == "First entry saved; ask another officer to key it in again."
        with pytest.raises(PermissionDenied, match="^The second entry must be made by another officer"):
            paper_entry.key_in(s, day.users["off1"], key, values)
        with pytest.raises(ValidationError) as info:
            paper_entry.key_in(s, day.users["off2"], key, {**values, "PSR": "", "XYZ": "3"})
        assert str(info.value) == "paper entry: Paper sheet refused: PSR empty; unknown criteria: XYZ."
        assert info.value.text("id") == "entri kertas: Lembar kertas ditolak: PSR kosong; kriteria tidak dikenal: XYZ."
        res = paper_entry.key_in(s, day.users["off2"], key, {**values, "PSR": "3"})
        assert str(res.message).startswith("The entries differ on PSR ") and "a third person" in str(res.message)


def test_flags_and_warnings_of_a_ranking_in_english_but_stored_in_indonesian():
    result = tabulate(golden_input(), RankingRules(group_by="district", quota=QUOTA, threshold=THRESHOLD))
    catalogue.set_language("en")
    far = next(f for f in result.flags if f.kind == "juror_far")
    assert str(far.message).startswith("Juror Juri J5b's total (")
    assert "points from the panel median" in str(far.message) and "limit 15" in str(far.message)
    plenary = next(g for g in result.groups if g.needs_plenary)
    assert str(plenary.warnings[0]).startswith("Exactly equal scores at the quota line (")
    absent = next(e for e in result.excluded if e.reason_code == "absent")
    assert str(absent.reason).startswith("Absent; not ranked")
    pending = next(e for e in result.excluded if e.sheet_id == "s-W-J3")
    assert "is not verified" in str(pending.reason) and "not counted" in str(pending.reason)
    # A snapshot stores what it always stored: the Indonesian text.
    stored = results.result_dict(result)
    assert any(f["message"].startswith("Nilai total juri Juri J5b (100,00) berbeda 25,00 poin") for f in stored["flags"])
    assert any(w.startswith("Nilai sama persis di batas kuota") for w in stored["warnings"])
    json.dumps(stored)
    assert results.result_dict(result, lang=None)["warnings"][0].startswith("Exactly equal scores")


def test_results_state_refusals_in_english(db, programme):
    with db.session() as s:
        ids = seed_golden(s)
    catalogue.set_language("en")
    with db.session() as s:
        with pytest.raises(ConflictError) as info:
            results_states.seal_venue(s, 1, ids["venue"], actor="koord")
        assert str(info.value) == ("The results of Aula Soreang at stage 1 are 'Draft'; they must be "
                                   "'Checked' before 'Sealed'.")
        with pytest.raises(ValidationError, match="^A plenary decision must be 'selected' or 'not_selected'.$"):
            results_states.override(s, 1, ids["pesantren"]["F"], new_outcome="maybe", reason="x", chair="y",
                                    actor="admin")
        results_states.verify_venue(s, 1, ids["venue"], actor="petugas")
        with pytest.raises(ConflictError) as info:
            results_states.seal_venue(s, 1, ids["venue"], actor="koord")
        lines = str(info.value).split("\n")
        assert lines[0].startswith("The results of venue Aula Soreang cannot be sealed yet: ")
        assert all(line.startswith("- ") for line in lines[1:]) and len(lines) > 1


def test_cli_refusal_in_english(cli, db, programme):
    with db.session() as s:
        seed_golden(s)
    code, _out, err = cli("--lang", "en", "results", "seal", "--stage", "1", "--venue", "Aula Soreang")
    assert code == 1 and "they must be 'Checked' before 'Sealed'" in err
    code, _out, err = cli("results", "seal", "--stage", "1", "--venue", "Aula Soreang")
    assert code == 1 and "harus 'Diperiksa' dulu sebelum 'Disegel'" in err
