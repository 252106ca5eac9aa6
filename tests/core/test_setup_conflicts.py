"""Venues, panels, jurors, order of appearance and the conflict-of-interest registry."""
from __future__ import annotations

import json

import pytest
from audition_day import add_pesantren
from sqlalchemy import select

from opop_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from opop_desktop.core.models import AuditEntry, ConflictOfInterest, PanelJuror
from opop_desktop.core.services import setup
from opop_desktop.core.services import conflicts_of_interest as coi
from opop_desktop.core.services.accounts import SYSTEM_ACTOR


pytestmark = pytest.mark.day(n_pesantren=3, n_jurors=1)


def test_panel_detail_lists_jurors_and_order(db, day):
    with db.session() as s:
        d = setup.panel_detail(s, day.panel_id)
        assert [x.position for x in d.slots] == [1, 2, 3]
        assert [x.pesantren_id for x in d.slots] == day.pesantren
        assert [j.juror.name for j in d.jurors] == ["Juri 1"]
        assert d.panel.juror_count == 1 and d.panel.pesantren_count == 3
        venues = setup.list_venues(s, day.stage_id)
        assert venues[0].regency_codes == ["32.05"] and venues[0].panel_count == 1 and venues[0].stage_number == 1


def test_hard_conflict_with_a_pesantren_refuses_assignment(db, day):
    with db.session() as s:
        j = setup.create_juror(s, SYSTEM_ACTOR, name="Ahmad Fauzi", element="business")
        coi.add_conflict(s, SYSTEM_ACTOR, juror_id=j.id, pesantren_id=day.pesantren[1], kind="alumnus",
                           severity="hard")
        with pytest.raises(ConflictError, match="Ahmad Fauzi.*Pondok Pesantren Uji 1.*alumni.*ditolak"):
            setup.assign_juror(s, SYSTEM_ACTOR, panel_id=day.panel_id, juror_id=j.id)
        assert s.scalar(select(PanelJuror).where(PanelJuror.juror_id == j.id)) is None


def test_hard_conflict_with_a_kecamatan_refuses_assignment(db, day):
    with db.session() as s:
        j = setup.create_juror(s, SYSTEM_ACTOR, name="Juri Kecamatan")
        coi.add_conflict(s, SYSTEM_ACTOR, juror_id=j.id, district_code=day.district_codes[2], kind="family")
        with pytest.raises(ConflictError, match="kecamatan"):
            setup.assign_juror(s, SYSTEM_ACTOR, panel_id=day.panel_id, juror_id=j.id)


def test_soft_conflict_warns_and_is_recorded(db, day):
    with db.session() as s:
        j = setup.create_juror(s, SYSTEM_ACTOR, name="Juri Lunak")
        coi.add_conflict(s, SYSTEM_ACTOR, juror_id=j.id, pesantren_id=day.pesantren[0], kind="same_yayasan",
                           severity="soft", note="satu yayasan 2015")
        res = setup.assign_juror(s, SYSTEM_ACTOR, panel_id=day.panel_id, juror_id=j.id)
        warnings = [str(w) for w in res.warnings]  # Messages; stored and audited as their Indonesian
        assert len(warnings) == 1 and "ringan" in warnings[0] and "satu yayasan 2015" in warnings[0]
        pj = s.get(PanelJuror, res.id)
        assert pj.warning == warnings[0]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "panel.assign_juror",
                                                   AuditEntry.entity_id == res.id)).one()
        assert json.loads(entry.new_json)["warnings"] == warnings
        # Assigning again is idempotent and returns the stored warning.
        assert setup.assign_juror(s, SYSTEM_ACTOR, panel_id=day.panel_id,
                                  juror_id=j.id).warnings == warnings


def test_adding_a_conflicted_pesantren_to_a_panel_is_checked_too(db, day):
    with db.session() as s:
        p = add_pesantren(s, day.programme_id, 50)
        coi.add_conflict(s, SYSTEM_ACTOR, juror_id=day.jurors[0], pesantren_id=p.id,
                           kind="business_partner")
        with pytest.raises(ConflictError, match="mitra usaha"):
            setup.add_pesantren(s, SYSTEM_ACTOR, panel_id=day.panel_id, pesantren_id=p.id)
        # A pesantren appears once per stage.
        with pytest.raises(ConflictError, match="sudah ada"):
            setup.add_pesantren(s, SYSTEM_ACTOR, panel_id=day.panel_id, pesantren_id=day.pesantren[0])


def test_conflict_registry_crud_is_audited(db, day):
    with db.session() as s:
        c = coi.add_conflict(s, SYSTEM_ACTOR, juror_id=day.jurors[0], district_code=day.district_codes[0],
                               kind="other", severity="soft")
        coi.update_conflict(s, SYSTEM_ACTOR, c.id, severity="hard", note="ternyata kerabat")
        assert coi.list_conflicts(s)[0].severity == "hard"
        with pytest.raises(ValidationError, match="Alasan"):
            coi.delete_conflict(s, SYSTEM_ACTOR, c.id, reason=" ")
        coi.delete_conflict(s, SYSTEM_ACTOR, c.id, reason="salah input")
        assert s.scalars(select(ConflictOfInterest)).all() == []
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "conflict_of_interest")
                                               .order_by(AuditEntry.chain_index))]
        assert actions == ["conflict.create", "conflict.update", "conflict.delete"]
        with pytest.raises(ValidationError, match="salah satu"):
            coi.add_conflict(s, SYSTEM_ACTOR, juror_id=day.jurors[0])
        with pytest.raises(ValidationError, match="tidak dikenal"):
            coi.add_conflict(s, SYSTEM_ACTOR, juror_id=day.jurors[0], district_code="99.99.99")


def test_only_managers_change_set_up(db, day):
    with db.session() as s:
        with pytest.raises(PermissionDenied, match="Petugas lokasi tidak boleh"):
            setup.create_venue(s, day.users["off1"], stage_id=day.stage_id, name="X")
        with pytest.raises(PermissionDenied):
            setup.assign_juror(s, day.users["juri1"], panel_id=day.panel_id, juror_id=day.jurors[0])
        with pytest.raises(ValidationError, match="32.99"):
            setup.create_venue(s, SYSTEM_ACTOR, stage_id=day.stage_id, name="X", regency_codes=["32.99"])
        v = setup.create_venue(s, day.users["koord"], stage_id=day.stage_id, name="Hotel Bersama",
                               regency_codes=["32.05", "32.78"])
        assert v.regency_codes == ["32.05", "32.78"]
