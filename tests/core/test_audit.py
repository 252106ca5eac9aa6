"""Hash-chained audit log: intact chains verify; an edited or deleted row in the file is found."""
from __future__ import annotations

import json
import sqlite3
import threading

import pytest

from audition_day import build_day
from sqlalchemy import select

from opop_desktop.core.models import AuditEntry
from opop_desktop.core.services import audit, scoring
from opop_desktop.core.services.scoring import SheetKey


def _day_with_scores(db):
    day = build_day(db, n_pesantren=2, n_jurors=1)
    with db.session() as s:
        key = SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[0])
        for code, value in (("PSR", "7"), ("PTN", "8"), ("PSR", "9")):
            scoring.set_score(s, day.juror_user(0), key, code, value)
    return day


def _rows(db_path):
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT id, chain_index, action, new_json, prev_hash, hash FROM audit_entry "
                           "ORDER BY chain_index").fetchall()
    finally:
        con.close()


def test_every_change_is_chained_and_verifies(db):
    _day_with_scores(db)
    with db.session() as s:
        result = audit.verify(s)
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.chain_index)).all()
    assert result.ok and result.first_broken is None and result.checked == len(entries) > 10
    assert [e.chain_index for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == "" and all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:]))
    assert {e.origin_device for e in entries} == {db.device_id}
    last = entries[-1]
    assert (last.action, last.actor, json.loads(last.old_json), json.loads(last.new_json)) == (
        "score.set", "juri1", {"PSR": "7"}, {"PSR": "9"})
    assert {"account.create", "venue.create", "panel.create", "juror.create", "panel.assign_juror",
            "panel.add_pesantren", "score.set"} <= {e.action for e in entries}


def test_tampering_with_one_entry_in_the_file_is_detected_and_named(db, db_path, cli):
    _day_with_scores(db)
    rows = _rows(db_path)
    victim = next(r for r in rows if r[2] == "score.set" and '"8"' in r[3])
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE audit_entry SET new_json = ? WHERE id = ?", ('{"PTN":"10"}', victim[0]))
    con.commit()
    con.close()
    code, out, _ = cli("audit", "verify", "--json")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False and report["first_broken"]["id"] == victim[0]
    assert report["first_broken"]["chain_index"] == victim[1] and "diubah" in report["first_broken"]["problem"]
    code, out, _ = cli("audit", "verify")
    assert code == 1 and victim[0] in out and f"nomor {victim[1]}" in out and "RUSAK" in out


def test_recomputing_the_hash_of_an_edited_entry_still_breaks_the_next_link(db, db_path):
    _day_with_scores(db)
    rows = _rows(db_path)
    victim = rows[3]
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE audit_entry SET hash = ? WHERE id = ?", ("0" * 64, victim[0]))
    con.commit()
    con.close()
    from opop_desktop.core.db import open_database
    again = open_database(str(db_path))
    with again.session() as s:
        result = audit.verify(s)
    again.dispose()
    # Entry 4's stored hash no longer matches its content: it is the first broken one.
    assert not result.ok and result.first_broken["chain_index"] == victim[1]


def test_deleting_an_entry_is_detected(db, db_path, cli):
    _day_with_scores(db)
    rows = _rows(db_path)
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM audit_entry WHERE id = ?", (rows[5][0],))
    con.commit()
    con.close()
    code, out, _ = cli("audit", "verify", "--json")
    report = json.loads(out)
    assert code == 1 and report["first_broken"]["chain_index"] == rows[6][1]
    assert "hilang" in report["first_broken"]["problem"]


def test_chains_are_per_device(db):
    with db.session() as s:
        audit.record(s, actor="a", action="x.one", entity="t", entity_id="1")
        # As if written on another laptop and merged by sync (which keeps the sender's stamps).
        s.info.update(device_id="laptop-garut-2", preserve_replication=True)
        audit.record(s, actor="b", action="x.two", entity="t", entity_id="2", old={"v": 1}, new={"v": 2},
                     reason="coba")
        s.info.update(device_id=db.device_id, preserve_replication=False)
        audit.record(s, actor="a", action="x.three", entity="t", entity_id="3")
    with db.session() as s:
        result = audit.verify(s)
        mine = s.scalars(select(AuditEntry).where(AuditEntry.origin_device == db.device_id)
                         .order_by(AuditEntry.chain_index)).all()
        other = s.scalars(select(AuditEntry).where(AuditEntry.origin_device == "laptop-garut-2")).one()
        listed = audit.list_entries(s, entity="t", entity_id="2")
    assert result.ok and result.devices == 2 and result.checked == 3
    assert [e.chain_index for e in mine] == [1, 2] and mine[1].prev_hash == mine[0].hash
    assert other.chain_index == 1 and other.prev_hash == ""
    assert listed[0].old == {"v": 1} and listed[0].new == {"v": 2} and listed[0].reason == "coba"


@pytest.mark.postgres
def test_concurrent_writers_on_postgresql_never_fork_the_chain(pg_url):
    """The provincial master is PostgreSQL with several users at once: the device-counter row
    lock makes concurrent audit writers queue, so the chain stays one line."""
    from opop_desktop.core.db import open_database

    database = open_database(pg_url)
    errors = []

    def writer(name):
        try:
            for i in range(15):
                with database.session() as s:
                    audit.record(s, actor=name, action="test.concurrent", entity="t", entity_id=f"{name}-{i}")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    try:
        assert errors == []
        with database.session() as s:
            result = audit.verify(s)
            indexes = s.scalars(select(AuditEntry.chain_index).order_by(AuditEntry.chain_index)).all()
        assert result.ok and indexes == list(range(1, 61))
    finally:
        database.dispose()
