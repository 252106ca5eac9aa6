"""Result states on a real SQLite database: snapshots, seal refused with open flags, plenary
overrides, approval updating funnel statuses."""
from __future__ import annotations

import json

import pytest
from results_golden import seed_golden
from sqlalchemy import select

from opop_desktop.core.errors import ConflictError, ValidationError
from opop_desktop.core.models import AuditEntry, Pesantren, PlenaryOverride, ResultSnapshot
from opop_desktop.core.services import results_states as st
from opop_desktop.core.services.results import rank


@pytest.fixture
def golden(db, programme):
    with db.session() as s:
        return seed_golden(s)


def _ack_all(s, actor="koordinator"):
    for f in rank(s, 1).open_flags:
        st.acknowledge(s, 1, f.key, decision="accepted", reason="sudah dicek dengan juri", actor=actor)


def test_seal_refused_while_flags_open_then_allowed(db, golden):
    venue = golden["venue"]
    with db.session() as s:
        with pytest.raises(ConflictError, match="harus 'Diperiksa' dulu"):
            st.seal_venue(s, 1, venue, actor="koordinator")
        st.verify_venue(s, 1, venue, actor="petugas")
    with db.session() as s:
        with pytest.raises(ConflictError) as err:
            st.seal_venue(s, 1, venue, actor="koordinator")
        msg = str(err.value)
        assert "belum dapat disegel" in msg and "Pesantren Tarbiyah" in msg and "J5b" in msg
    with db.session() as s:
        _ack_all(s)
    with db.session() as s:
        sealed = st.seal_venue(s, 1, venue, actor="koordinator")
        assert sealed.state == "sealed" and sealed.seq == 2 and sealed.supersedes_id
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "results.sealed")).all()
        assert len(entries) == 1 and entries[0].actor == "koordinator"


def test_acknowledge_needs_reason_and_known_decision(db, golden):
    with db.session() as s:
        key = rank(s, 1).open_flags[0].key
        with pytest.raises(ValidationError):
            st.acknowledge(s, 1, key, decision="accepted", reason=" ", actor="x")
        with pytest.raises(ValidationError):
            st.acknowledge(s, 1, key, decision="maybe", reason="ok", actor="x")
        st.acknowledge(s, 1, key, decision="corrected", reason="nilai diperbaiki", actor="x")
    with db.session() as s:
        flag = next(f for f in rank(s, 1).flags if f.key == key)
        assert flag.acknowledged and flag.ack_decision == "corrected" and flag.ack_by == "x"


def test_snapshots_are_immutable_and_corrections_supersede(db, golden):
    venue = golden["venue"]
    with db.session() as s:
        first = st.verify_venue(s, 1, venue, actor="a")
    with pytest.raises(ConflictError, match="tidak dapat diubah"):
        with db.session() as s:
            snap = s.get(ResultSnapshot, first.id)
            snap.payload_json = "{}"
            s.flush()
    with pytest.raises(ConflictError, match="tidak boleh dihapus"):
        with db.session() as s:
            s.delete(s.get(ResultSnapshot, first.id))
            s.flush()
    with db.session() as s:
        second = st.verify_venue(s, 1, venue, actor="b", note="lembar W dikoreksi")
        hist = st.snapshot_history(s, 1, "venue", venue)
        assert [h.id for h in hist] == [first.id, second.id]
        assert second.supersedes_id == first.id
        assert all(h.intact for h in hist)
        old = st.snapshot_payload(s, first.id)
        assert old["rows"] and json.loads(s.get(ResultSnapshot, first.id).payload_json) == old


def test_tampering_outside_the_app_is_visible(db, golden):
    from sqlalchemy import text

    with db.session() as s:
        first = st.verify_venue(s, 1, golden["venue"], actor="a")
    with db.session() as s:  # raw SQL bypasses the ORM guard, as a hand edit of the file would
        s.execute(text("UPDATE result_snapshot SET payload_json = '{\"rows\": []}' WHERE id = :i"), {"i": first.id})
    with db.session() as s:
        (info,) = st.snapshot_history(s, 1, "venue", golden["venue"])
        assert not info.intact


def test_reopen_needs_a_reason(db, golden):
    venue = golden["venue"]
    with db.session() as s:
        _ack_all(s)
        st.verify_venue(s, 1, venue, actor="a")
        st.seal_venue(s, 1, venue, actor="a")
        with pytest.raises(ValidationError, match="alasan"):
            st.verify_venue(s, 1, venue, actor="a")
        again = st.verify_venue(s, 1, venue, actor="a", note="koreksi lembar juri J2")
        assert again.state == "verified" and again.seq == 3


def test_merge_override_approve_publish_updates_status(db, golden):
    venue = golden["venue"]
    pes = golden["pesantren"]
    with db.session() as s:
        with pytest.raises(ConflictError, match="belum disegel: Aula Soreang"):
            st.merge(s, 1, regency_code="32.04", actor="admin")
        _ack_all(s)
        st.verify_venue(s, 1, venue, actor="petugas")
        st.seal_venue(s, 1, venue, actor="koordinator")
        merged = st.merge(s, 1, regency_code="32.04", actor="admin")
        assert merged.state == "merged" and merged.scope == "regency"
        with pytest.raises(ConflictError, match="Pesantren Fathul"):
            st.approve(s, 1, regency_code="32.04", actor="admin")  # F/G tie at the quota line
        info = st.override(s, 1, pes["F"], new_outcome="selected", reason="keunggulan kunjungan lapangan",
                           chair="Dr. Ketua", members="Anggota 1, Anggota 2", actor="admin")
        assert (info.old_outcome, info.new_outcome) == ("plenary", "selected")
        st.override(s, 1, pes["G"], new_outcome="not_selected", reason="kuota satu",
                    chair="Dr. Ketua", actor="admin")
        approved = st.approve(s, 1, regency_code="32.04", actor="admin", note="sidang pleno 3 Sept")
        assert approved.state == "approved"
    with db.session() as s:
        status = {p.reg_number: p.status for p in s.scalars(select(Pesantren))}
        assert status["REG-E"] == "passed_1" and status["REG-F"] == "passed_1"
        assert status["REG-G"] == "failed_1" and status["REG-A"] == "failed_1"
        assert status["REG-V"] == "absent_1"
        o = s.scalars(select(PlenaryOverride).where(PlenaryOverride.pesantren_id == pes["F"])).one()
        assert o.chair == "Dr. Ketua" and o.members == "Anggota 1, Anggota 2" and o.snapshot_id == merged.id
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "results.override")).first()
        pub = st.publish(s, 1, regency_code="32.04", actor="admin")
        assert pub.state == "published"
        assert st.snapshot_payload(s, pub.id) == st.snapshot_payload(s, approved.id)
        states = {(x.scope, x.state) for x in st.status(s, 1)}
        assert states == {("venue", "sealed"), ("regency", "published")}


def test_publish_before_approval_refused(db, golden):
    with db.session() as s:
        with pytest.raises(ConflictError, match="Disahkan pleno"):
            st.publish(s, 1, regency_code="32.04", actor="admin")


def test_corrected_score_reopens_an_accepted_flag(db, golden):
    from types import SimpleNamespace

    from opop_desktop.core.models import ScoreEntry

    sheet = golden["sheets"]["s-T-J5b"]  # J5b gave T 100: 25 from the median
    with db.session() as s:
        (far,) = [f for f in rank(s, 1).flags if f.kind == "juror_far"]
        st.acknowledge(s, 1, far.key, decision="accepted", reason="juri yakin",
                       actor=SimpleNamespace(username="koordinator"))
    with db.session() as s:
        assert not [f for f in rank(s, 1).open_flags if f.kind == "juror_far"]
        # The juror corrects PSR 10 → 9: total 98, still far; the reviewer must look again.
        old = s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheet, ScoreEntry.criterion_code == "PSR")).one()
        s.add(ScoreEntry(sheet_id=sheet, criterion_code="PSR", value=old.value - 1, kind="correction",
                         supersedes_id=old.id, reason="salah tulis"))
    with db.session() as s:
        result = rank(s, 1)
        (again,) = [f for f in result.flags if f.kind == "juror_far"]
        assert again.key != far.key and not again.acknowledged and "98,00" in str(again.message)
        assert result.row(golden["pesantren"]["T"]).juror_totals[golden["jurors"]["J5b"]] == 98
        ack = s.scalars(select(st.FlagAcknowledgement)).one()
        assert ack.actor == "koordinator"


def test_signed_in_roles_are_checked(db, golden):
    from opop_desktop.core.errors import PermissionDenied
    from opop_desktop.core.services.accounts import SignedInUser

    officer = SignedInUser("u1", "petugas", "Petugas", "officer")
    juror = SignedInUser("u2", "juri", "Juri", "juror")
    with db.session() as s:
        st.verify_venue(s, 1, golden["venue"], actor=officer)
        with pytest.raises(PermissionDenied, match="menyegel"):
            st.seal_venue(s, 1, golden["venue"], actor=officer)
        key = rank(s, 1).open_flags[0].key
        with pytest.raises(PermissionDenied):
            st.acknowledge(s, 1, key, decision="accepted", reason="x", actor=juror)
        with pytest.raises(PermissionDenied, match="pleno"):
            st.override(s, 1, golden["pesantren"]["F"], new_outcome="selected", reason="r", chair="c",
                        actor=SignedInUser("u3", "koord", "K", "coordinator"))
