"""Audit entries appended in batches (head kept in memory within a transaction, many rows in one
executemany) form the same chain as entries written one transaction at a time; a rolled-back
savepoint leaves no gap or fork; the head is found through the (device, chain_index) index."""
from __future__ import annotations

import sqlite3

from opop_desktop.core.db import open_database
from opop_desktop.core.services import audit
from opop_desktop.core.services.audit import Change

CONTENT = "chain_index, actor, action, entity, entity_id, old_json, new_json, reason"


def _changes(start: int, n: int) -> list[Change]:
    return [Change("score.set", "score_sheet", f"sheet-{i % 7}", old={"PSR": f"{i}.5"} if i % 3 else None,
                   new={"PSR": f"{i + 1}.5"}, reason="" if i % 4 else f"koreksi {i}") for i in range(start, start + n)]


def _write(session, change: Change) -> None:
    audit.record(session, actor="juri1", action=change.action, entity=change.entity,
                 entity_id=change.entity_id, old=change.old, new=change.new, reason=change.reason)


def _chain(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT {CONTENT}, device_seq, prev_hash, hash FROM audit_entry "
                           "ORDER BY chain_index").fetchall()
    finally:
        con.close()


def test_batched_chain_equals_cell_by_cell_chain(tmp_path):
    batched = open_database(str(tmp_path / "batched.sqlite3"))
    one_by_one = open_database(str(tmp_path / "one.sqlite3"))
    first, bulk, after = _changes(0, 12), _changes(100, 40), _changes(200, 9)

    with batched.session() as s:
        for c in first:
            _write(s, c)
        lost = s.begin_nested()  # a sheet refused half-way: its entries must vanish, not fork
        for c in _changes(900, 3):
            _write(s, c)
        lost.rollback()
        audit.record_many(s, "juri1", bulk)
        for c in after:
            _write(s, c)
    for c in first + bulk + after:
        with one_by_one.session() as s:
            _write(s, c)

    a, b = _chain(batched.url.split("///")[1]), _chain(one_by_one.url.split("///")[1])
    assert [r[:8] for r in a] == [r[:8] for r in b]
    assert [r[0] for r in a] == list(range(1, len(first) + len(bulk) + len(after) + 1))
    for chain in (a, b):
        seqs = [r[8] for r in chain]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)  # sequence follows the chain
        assert all(chain[i][9] == chain[i - 1][10] for i in range(1, len(chain)))
    for db in (batched, one_by_one):
        with db.session() as s:
            result = audit.verify(s)
        assert result.ok and result.checked == len(a)

    # A later transaction continues from the stored head.
    with batched.session() as s:
        _write(s, _changes(300, 1)[0])
    with batched.session() as s:
        assert audit.verify(s).ok
    assert _chain(batched.url.split("///")[1])[-1][0] == len(a) + 1
    batched.dispose()
    one_by_one.dispose()


def test_chain_head_is_an_index_seek(db):
    con = sqlite3.connect(db.url.split("///")[1])
    try:
        plan = " ".join(str(r) for r in con.execute(
            "EXPLAIN QUERY PLAN SELECT chain_index, hash FROM audit_entry WHERE origin_device = ? "
            "ORDER BY chain_index DESC LIMIT 1", ("dev-x",)))
    finally:
        con.close()
    assert "ix_audit_entry_device_chain" in plan and "TEMP B-TREE" not in plan


def test_batched_entries_on_postgresql(pg_url):
    """The plain-row batch (driver executemany, pyformat parameters) writes the same chain on the
    provincial PostgreSQL master."""
    database = open_database(pg_url)
    try:
        with database.session() as s:
            for c in _changes(0, 3):
                _write(s, c)
            audit.record_many(s, "juri1", _changes(10, 25))
            _write(s, _changes(50, 1)[0])
        with database.session() as s:
            result = audit.verify(s)
        assert result.ok and result.checked == 29
    finally:
        database.dispose()
