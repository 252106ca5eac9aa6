"""Rubric validation, the default rubric, freezing and new versions."""
from __future__ import annotations

from decimal import Decimal

import pytest
from audition_day import build_day
from sqlalchemy import select

from opop_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from opop_desktop.core.models import Rubric, ScoreSheet
from opop_desktop.core.services import rubric, scoring
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.services.rubric import CriterionSpec


def _specs(weights=(50, 50), lo="1", hi="10", step="0.5"):
    return [CriterionSpec(code=f"C{i}", name=f"Kriteria {i}", weight=Decimal(w), min_score=Decimal(lo),
                          max_score=Decimal(hi), step=Decimal(step)) for i, w in enumerate(weights)]


def test_default_rubric_is_valid_and_in_interface_order(session, programme):
    r = rubric.active_rubric(session, programme.stage_ids[1])
    assert r.codes == ["PSR", "PTN", "PRF", "INV", "UNK", "KUA", "SDM"]
    assert [int(c.weight) for c in r.criteria] == [20, 20, 15, 15, 10, 10, 10]
    assert rubric.validate_criteria(r.criteria)
    assert r.criteria[0].allowed_text() == "1–10, kelipatan 0,5"


@pytest.mark.parametrize("specs, message", [
    (_specs((50, 40)), "jumlah bobot 90, harus tepat 100"),
    (_specs(lo="10", hi="1"), "nilai minimum (10) harus lebih kecil dari maksimum (1)"),
    (_specs(step="0"), "kelipatan harus lebih dari 0"),
    (_specs(step="2"), "rentang 1–10 tidak habis dibagi kelipatan 2"),
    ([CriterionSpec("A", "a", Decimal(50)), CriterionSpec("a", "b", Decimal(50))],
     "kode A dipakai lebih dari sekali"),
    ([CriterionSpec("", "a", Decimal(100))], "kode wajib diisi"),
    ([], "minimal satu kriteria"),
])
def test_validation_messages(specs, message):
    with pytest.raises(ValidationError) as info:
        rubric.validate_criteria(specs)
    assert message in str(info.value)


def test_several_problems_are_listed_together():
    with pytest.raises(ValidationError) as info:
        rubric.validate_criteria(_specs((30, 30), step="4"))
    text = str(info.value)
    assert "jumlah bobot 60" in text and "kriteria 1 (C0)" in text and "kriteria 2 (C1)" in text


def test_edit_in_place_before_scores_new_version_after(db):
    day = build_day(db, n_pesantren=1, n_jurors=1)
    with db.session() as s:
        with pytest.raises(PermissionDenied):
            rubric.save_rubric(s, day.users["koord"], day.stage_id, _specs())
        r1 = rubric.save_rubric(s, SYSTEM_ACTOR, day.stage_id, _specs((60, 40)))
        assert r1.version == 1 and r1.codes == ["C0", "C1"] and not r1.frozen
        scoring.set_score(s, day.juror_user(0), scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[0],
                                                                 day.pesantren[0]), "C0", "8")
        assert rubric.active_rubric(s, day.stage_id).frozen
        with pytest.raises(ConflictError, match="dibekukan"):
            rubric.ensure_editable(s, r1.id)
        r2 = rubric.save_rubric(s, SYSTEM_ACTOR, day.stage_id, _specs((70, 30)))
        assert r2.version == 2 and r2.id != r1.id
        assert rubric.active_rubric(s, day.stage_id).id == r2.id
        # The old sheet keeps the version it was scored with, unchanged.
        sheet = s.scalars(select(ScoreSheet)).one()
        assert sheet.rubric_id == r1.id
        assert [c.weight for c in rubric.rubric_info(s, r1.id).criteria] == [Decimal(60), Decimal(40)]
        assert len(s.scalars(select(Rubric).where(Rubric.stage_id == day.stage_id)).all()) == 2
