"""The import decision table, per record, at every hop.

unknown id → insert · same version → nothing · incoming already known (its version vector is
covered by ours) → nothing · incoming descends from everything we know → apply · concurrent →
the deterministic winner (a total order extending causality, so every node picks the same one)
is the row, the loser is kept in ``sync_conflict`` until a person resolves it; identical
concurrent edits are not conflicts. Append-only versions (scores, attendance) are immutable, so
for them this reduces to a set union and concurrent edits show up as several heads of one chain
(see conflicts.py) — both kept, no silent winner.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import bindparam, delete, exists, insert, literal, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import ImportRejected, OpopError
from ..models import SyncClock, SyncConflict
from ..services.funnel_status import STATUS_FACTS, STATUS_FACTS_OF_ONE
from .incoming import Incoming, incoming, null_by_default, vv_ok
from .preview import DUPLICATE_KEYS, classify_versions, duplicates, new_parents
from .tables import (
    IDS, VERSION_KEYS, canonical, content_hash, from_json_row, known_ids, order_key, own_vv, replicated_tables,
    row_to_json, self_reference_columns, topological, vv_join, vv_leq,
)

CHUNK = 2000  # ids per IN (...) query; far below SQLite's 32766 bound parameters
SAMPLE = 8  # a table's first ids, looked up before its ids are taken as new (``assume_new``)


class NotAllNew(Exception):
    """A merge that took ids as new (``assume_new``) was refused or failed: whether because a row
    it took as new is stored here after all is not known, so the caller rolls the file back and
    merges it again looking every id up (which refuses or fails as it must, or merges)."""


@dataclass
class KindCounts:
    new: int = 0
    identical: int = 0
    updated: int = 0
    conflicts: int = 0


@dataclass
class MergeResult:
    counts: dict[str, KindCounts] = field(default_factory=dict)
    duplicates: list[dict] = field(default_factory=list)
    # pesantren whose derived status the written rows may change (None: possibly any)
    status_pesantren: set[str] | None = field(default_factory=set)

    @property
    def total_conflicts(self) -> int:
        return sum(c.conflicts for c in self.counts.values())

    @property
    def changed(self) -> int:
        return sum(c.new + c.updated for c in self.counts.values())


# ---------------------------------------------------------------- helpers

def _chunks(seq, n=CHUNK):
    seq = list(seq)
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def local_clock(row_json: dict, stored: str | None) -> tuple[dict, dict]:
    """(winner's own vector, everything known) of a local row; a local edit after the last
    merge shows as stamps the stored vector does not cover."""
    own = own_vv(row_json)
    if not stored:
        return own, own
    data = json.loads(stored)
    w, j = data["w"], data["j"]
    dev, seq = next(iter(own.items())) if own else ("", 0)
    if dev and w.get(dev, 0) < seq:  # edited here since
        w = vv_join(j, own)
        j = w
    return w, j


def clock_text(row_json: dict, w: dict, j: dict) -> str | None:
    """Stored only when it says more than the row's own stamps (keeps big merges cheap)."""
    own = own_vv(row_json)
    if w == own and j == own:
        return None
    return canonical({"w": w, "j": j})


def conflict_id(table: str, record_id: str, row_json: dict, w: dict) -> str:
    return hashlib.sha256(f"{table}|{record_id}|{canonical(w)}|{content_hash(row_json)}".encode()).hexdigest()


def _key(table_name: str, w: dict, row_json: dict) -> tuple:
    base = order_key(w, row_json)
    if table_name == "device":  # a revocation always wins over a concurrent trust
        return (row_json.get("status") == "revoked",) + base
    return (False,) + base


# ---------------------------------------------------------------- planning and applying

@dataclass
class _TablePlan:
    inserts: list[dict] = field(default_factory=list)
    updates: list[dict] = field(default_factory=list)
    clocks: dict[str, str | None] = field(default_factory=dict)  # record id → text (None: delete)
    add_conflicts: dict[str, dict] = field(default_factory=dict)
    drop_conflicts: set[str] = field(default_factory=set)
    values: dict[str, dict] = field(default_factory=dict)  # record id → Python values to write
    stored: dict[str, tuple] = field(default_factory=dict)  # SQLite: record id → storage values
    columns: tuple[str, ...] = ()
    incoming: Incoming | None = None  # its stored values, in order, when converted column by column


def merge_records(session: Session, records: dict[str, list[dict]], conflicts_in: list[dict], *,
                  apply: bool, where: str = "", check=None, assume_new: bool = False) -> MergeResult:
    """Plan (and with ``apply`` write) the merge of one bundle's records into this database.
    ``check`` (checks.BundleCheck) sees every table's rows with their stored versions before
    anything is written, and refuses the whole bundle by raising.

    ``assume_new`` (SQLite, with ``apply``, inside a savepoint the caller rolls back): a table none
    of whose first ``SAMPLE`` ids is stored here is taken as all new without looking each id up;
    its INSERT, which refuses a stored id (primary key), is what shows it, so the merge decides
    exactly as with every id looked up. Any refusal or failure then raises ``NotAllNew``: the
    caller rolls back and merges the file again without the assumption."""
    if not (assume_new and apply and session.get_bind().dialect.name == "sqlite"):
        return _merge_records(session, records, conflicts_in, apply=apply, where=where, check=check)
    try:
        return _merge_records(session, records, conflicts_in, apply=True, where=where, check=check,
                              assume_new=True)
    except (OpopError, IntegrityError) as exc:
        raise NotAllNew from exc


def _merge_records(session: Session, records: dict[str, list[dict]], conflicts_in: list[dict], *,
                   apply: bool, where: str, check, assume_new: bool = False) -> MergeResult:
    result = MergeResult()
    plans: dict[str, _TablePlan] = {}
    incoming_conflicts = defaultdict(list)
    for c in conflicts_in:
        if isinstance(c, dict) and isinstance(c.get("table"), str) and isinstance(c.get("row"), dict):
            incoming_conflicts[c["table"]].append(c)
    todo = [t for t in replicated_tables() if records.get(t.name) or incoming_conflicts.get(t.name)]
    names = [t.name for t in todo]
    with_clocks = _tables_holding(session, SyncClock.__table__, names)
    with_conflicts = _tables_holding(session, SyncConflict.__table__, names)
    for table in todo:
        rows = records.get(table.name, [])
        extra = incoming_conflicts.get(table.name, [])
        counts = result.counts.setdefault(table.name, KindCounts())
        plan = plans[table.name] = _TablePlan()
        _plan_table(session, table, rows, extra, counts, plan, f"{where}:data/{table.name}.jsonl", check,
                    table.name in with_clocks, table.name in with_conflicts, assume_new)
        if table.name in VERSION_KEYS:
            classify_versions(session, table, plan.inserts, counts,
                              new_parents(table, {n: p.inserts for n, p in plans.items()}),
                              plan.incoming.column if plan.inserts is plan.incoming.rows else None)
        if table.name in DUPLICATE_KEYS:
            result.duplicates += duplicates(session, table, plan.inserts)
        _status_scope(result, table.name, plan)
    if apply:
        try:
            _apply(session, plans)
        except IntegrityError as exc:
            raise ImportRejected("sync.missing_references", error=str(exc.orig), where=where) from exc
    return result


def _tables_holding(session: Session, table, names: list[str]) -> set[str]:
    """Which of ``names`` have rows in ``table`` (sync_clock, sync_conflict): one query."""
    if not names:
        return set()
    if session.get_bind().dialect.name == "sqlite":  # plain SQL: no statement to build and key per file
        sql = " UNION ALL ".join([f"SELECT ? WHERE EXISTS (SELECT 1 FROM {table.name} WHERE table_name = ?)"]
                                 * len(names))
        return {r[0] for r in session.connection().exec_driver_sql(sql, tuple(n for n in names for _ in "12"))}
    stmt = union_all(*[select(literal(n)).where(exists().where(table.c.table_name == n)) for n in names])
    return {r[0] for r in session.execute(stmt)}


def _status_scope(result: MergeResult, name: str, plan: _TablePlan) -> None:
    if name not in STATUS_FACTS or not (plan.inserts or plan.updates) or result.status_pesantren is None:
        return
    if name in STATUS_FACTS_OF_ONE:
        result.status_pesantren.update(r.get("pesantren_id") for r in plan.inserts + plan.updates)
    else:
        result.status_pesantren = None


def _plan_table(session, table, rows, extra_conflicts, counts: KindCounts, plan: _TablePlan, where: str,
                check, any_clock: bool, any_conf: bool, assume_new: bool = False):
    sqlite = session.get_bind().dialect.name == "sqlite"
    plan.columns = tuple(c.name for c in table.columns)  # local-only columns get their defaults
    inc = incoming(table, rows, plan.columns, plan.stored if sqlite else plan.values, where, sqlite,
                   lambda: null_by_default(session, table))
    plan.columns, plan.incoming = inc.names, inc
    ids = inc.ids + [c["record_id"] for c in extra_conflicts if isinstance(c.get("record_id"), str)]
    existing, clocks, stored_conf = {}, {}, defaultdict(dict)
    clock_t, conf_t = SyncClock.__table__, SyncConflict.__table__  # plain rows, no ORM objects
    # A row sent again is seldom alone (a bundle sent again in full: all its rows), so when none of
    # the first few is stored here the table is taken as new and its insert shows whether it was.
    if assume_new and not extra_conflicts and not known_ids(session, table, ids[:SAMPLE]):
        known = []
    else:
        known = known_ids(session, table, set(ids))  # usually none
    for chunk in _chunks(known):
        for r in session.execute(select(table).where(table.c.id.in_(IDS)), {"ids": chunk}):
            existing[r.id] = row_to_json(table, r)
    for chunk in _chunks(set(ids) if any_clock or any_conf else ()):
        if any_clock:
            for c in session.execute(select(clock_t.c.record_id, clock_t.c.vv).where(
                    clock_t.c.table_name == table.name, clock_t.c.record_id.in_(IDS)), {"ids": chunk}):
                clocks[c.record_id] = c.vv
        if any_conf:
            for c in session.execute(select(conf_t.c.id, conf_t.c.record_id, conf_t.c.vv).where(
                    conf_t.c.table_name == table.name, conf_t.c.record_id.in_(IDS)), {"ids": chunk}):
                stored_conf[c.record_id][c.id] = json.loads(c.vv)
    if check is not None:
        check.check_rows(table.name, inc.rows, existing, inc.column)
    # record id → (row, w, j) after this bundle of the known records (new ones: as in ``pending``)
    state: dict[str, tuple] = {}
    if not existing:  # all plainly new
        plan.inserts = inc.rows
        counts.new += len(plan.inserts)
        for rid, (row, iw, ij) in inc.clocks.items():
            text = clock_text(row, iw, ij)
            if text is not None:
                plan.clocks[rid] = text
    for rid, row in zip(inc.ids, inc.rows) if existing else ():
        iw, ij = inc.clocks.get(rid, (None, None, None))[1:]
        local = existing.get(rid)
        if local is None:
            counts.new += 1
            plan.inserts.append(row)
            if iw is not None:
                text = clock_text(row, iw, ij)
                if text is not None:
                    plan.clocks[rid] = text
            continue
        if iw is None:
            iw = ij = own_vv(row)
        lw, lj = local_clock(local, clocks.get(rid))
        new_j = vv_join(lj, ij)
        same = content_hash(local) == content_hash(row)
        if (lw == iw and same) or vv_leq(iw, lj):
            counts.identical += 1
            winner, ww = local, lw
        elif vv_leq(lj, iw):
            counts.updated += 1
            winner, ww = row, iw
        else:
            win_in = _key(table.name, iw, row) > _key(table.name, lw, local)
            winner, ww = (row, iw) if win_in else (local, lw)
            if same or table.name == "device":  # trust lists: the revocation-first winner is enough
                counts.identical += 1
            else:
                counts.conflicts += 1
                loser, lvv = (local, lw) if win_in else (row, iw)
                _record_loser(table.name, rid, loser, lvv, ww, stored_conf[rid], plan)
        _prune(stored_conf[rid], ww, plan)
        if winner is row and row != local:
            plan.updates.append(row)
        state[rid] = (winner, ww, new_j)
        text = clock_text(winner, ww, new_j)
        if text != clocks.get(rid):
            plan.clocks[rid] = text
    pending = inc.by_id() if extra_conflicts else {}
    for c in extra_conflicts:  # losers kept by an earlier hop travel on
        rid, lrow, lvv = c.get("record_id"), c.get("row"), c.get("vv")
        if not isinstance(rid, str) or not vv_ok(lvv):
            raise ImportRejected("sync.conflict_notes_invalid", where=where)
        if rid in state or rid in pending:
            cur_row, cw, cj = state.get(rid) or inc.clocks.get(rid) or (pending[rid], None, None)
            if cw is None:
                cw = cj = own_vv(cur_row)
        elif rid in existing:
            cur_row, cw, cj = existing[rid], *local_clock(existing[rid], clocks.get(rid))
        else:
            continue  # the record itself has not arrived here yet
        if content_hash(lrow) != content_hash(cur_row):
            _record_loser(table.name, rid, lrow, lvv, cw, stored_conf[rid], plan)
        new_j = vv_join(cj, lvv)  # known here now, as if it had arrived itself
        if new_j != cj:
            state[rid] = (cur_row, cw, new_j)
            plan.clocks[rid] = clock_text(cur_row, cw, new_j)


def _record_loser(table_name, rid, loser, lvv, winner_w, stored: dict, plan: _TablePlan) -> None:
    if vv_leq(lvv, winner_w) or any(vv_leq(lvv, v) for v in stored.values()):
        return
    for cid, v in list(stored.items()):
        if vv_leq(v, lvv):
            plan.drop_conflicts.add(cid)
            plan.add_conflicts.pop(cid, None)
            del stored[cid]
    cid = conflict_id(table_name, rid, loser, lvv)
    stored[cid] = lvv
    plan.drop_conflicts.discard(cid)
    plan.add_conflicts[cid] = {"id": cid, "table_name": table_name, "record_id": rid,
                               "values_json": canonical(loser), "vv": canonical(lvv)}


def _prune(stored: dict, winner_w: dict, plan: _TablePlan) -> None:
    for cid, v in list(stored.items()):
        if vv_leq(v, winner_w):
            plan.drop_conflicts.add(cid)
            plan.add_conflicts.pop(cid, None)
            del stored[cid]


def _apply(session: Session, plans: dict[str, _TablePlan]) -> None:
    by_name = {t.name: t for t in replicated_tables()}
    for name, plan in plans.items():  # plans were filled in foreign-key order
        table = by_name[name]
        if plan.inserts:
            inc = plan.incoming
            ordered = topological(plan.inserts, self_reference_columns(table),
                                  inc.column if inc is not None and plan.inserts is inc.rows else None)
            # SQLite: the rows' values as converted, column by column (``inc.stored``, in the
            # incoming order) or row by row (``plan.stored``, by id)
            by_column = inc is not None and inc.stored is not None
            if by_column and ordered is inc.rows:
                values = inc.stored  # every incoming row, in its order
            else:
                stored = dict(zip(inc.ids, inc.stored)) if by_column else plan.stored
                values = list(map(stored.__getitem__, map(itemgetter("id"), ordered))) if stored else None
            if values is not None:
                sql = (f"INSERT INTO {table.name} ({', '.join(plan.columns)}) "
                       f"VALUES ({', '.join('?' * len(plan.columns))})")
                session.connection().exec_driver_sql(sql, values)
            else:
                values = [plan.values[r["id"]] for r in ordered]
                for chunk in _chunks(values, 2000):
                    session.execute(insert(table), chunk)
        by_cols: dict[tuple, list[dict]] = defaultdict(list)  # one statement per kind (and column set)
        for r in plan.updates:
            vals = dict(plan.values.get(r["id"]) or from_json_row(table, r))
            rid = vals.pop("id")
            cols = tuple(sorted(vals))
            by_cols[cols].append({"_id": rid, **{"v_" + c: vals[c] for c in cols}})
        for cols, rows in by_cols.items():
            stmt = (update(table).where(table.c.id == bindparam("_id"))
                    .values({c: bindparam("v_" + c) for c in cols}))
            session.execute(stmt, rows)
        clock_t = SyncClock.__table__
        if plan.clocks:
            ids = list(plan.clocks)
            for chunk in _chunks(ids):
                session.execute(delete(clock_t).where(clock_t.c.table_name == name,
                                                      clock_t.c.record_id.in_(chunk)))
            new = [{"table_name": name, "record_id": rid, "vv": text} for rid, text in plan.clocks.items()
                   if text is not None]
            if new:
                session.execute(insert(clock_t), new)
        conf_t = SyncConflict.__table__
        drop = set(plan.drop_conflicts) | set(plan.add_conflicts)
        for chunk in _chunks(drop):
            session.execute(delete(conf_t).where(conf_t.c.id.in_(chunk)))
        if plan.add_conflicts:
            session.execute(insert(conf_t), list(plan.add_conflicts.values()))
    session.flush()
