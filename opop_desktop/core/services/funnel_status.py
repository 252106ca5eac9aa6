"""A pesantren's funnel status, derived from facts that each have one writer.

- administration decision (province): ``admin_decision``;
- invitation to stage N (the kab/kota, or the province for stage 3): a place in the order of
  appearance of a stage-N panel;
- attendance at stage N (the venue): the head of the attendance chain;
- the outcome of stage N (the province): the latest approved or published result snapshot that
  ranks the pesantren (plenary overrides are already applied inside it).

The furthest fact reached wins. ``pesantren.status`` is only a local cache of this (it never
travels, see core/sync/tables.py LOCAL_COLUMNS), written without touching the record's
replication stamps, so no laptop ever edits another laptop's pesantren row by deriving it.
``recompute`` runs after every merge and every local change to one of the facts.
"""
from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ..models import AdminDecision, Attendance, Panel, PanelSlot, Pesantren, ResultSnapshot, Stage, Venue
from .results_load import attendance_heads

FINAL_STATES = ("approved", "published")
# The tables a status is derived from: writing none of them changes no status, and writing rows
# of STATUS_FACTS_OF_ONE changes only the status of those rows' ``pesantren_id``.
STATUS_FACTS = frozenset({"programme_year", "stage", "pesantren", "admin_decision", "venue", "panel",
                          "panel_slot", "attendance", "result_snapshot"})
STATUS_FACTS_OF_ONE = frozenset({"attendance"})
_OUTCOMES_CACHE: dict[tuple[str, str], dict[str, str]] = {}  # (snapshot id, hash) → outcomes


def _outcomes(snap_id: str, payload_hash: str, payload_json: str, n: int) -> dict[str, str]:
    """pesantren_id → passed_N | failed_N | absent_N from one (immutable) snapshot."""
    key = (snap_id, payload_hash)
    found = _OUTCOMES_CACHE.get(key)
    if found is None:
        payload = json.loads(payload_json)
        found = {r["pesantren_id"]: f"passed_{n}" if r.get("selected") else f"failed_{n}"
                 for r in payload.get("rows", [])}
        for e in payload.get("excluded", []):
            if e.get("reason_code") == "absent":
                found.setdefault(e["pesantren_id"], f"absent_{n}")
        if len(_OUTCOMES_CACHE) > 512:
            _OUTCOMES_CACHE.clear()
        _OUTCOMES_CACHE[key] = found
    return found


def stage_outcomes(session: Session, stage: Stage) -> dict[str, str]:
    """The outcome of every ranked pesantren of ``stage`` from its approved/published snapshots
    (kab/kota and province scope; a later snapshot overrides an earlier one)."""
    heads: dict[tuple[str, str], tuple] = {}  # the newest snapshot of each kab/kota or province chain
    for s in session.execute(
            select(ResultSnapshot.id, ResultSnapshot.scope, ResultSnapshot.scope_key, ResultSnapshot.seq,
                   ResultSnapshot.state, ResultSnapshot.at, ResultSnapshot.payload_hash)
            .where(ResultSnapshot.stage_id == stage.id, ResultSnapshot.scope.in_(("regency", "province")))):
        key = (s.scope, s.scope_key)
        if key not in heads or s.seq > heads[key].seq:
            heads[key] = s
    final = sorted((s for s in heads.values() if s.state in FINAL_STATES), key=lambda s: (s.at, s.id))
    out: dict[str, str] = {}
    for s in final:
        if (s.id, s.payload_hash) not in _OUTCOMES_CACHE:
            text = session.scalar(select(ResultSnapshot.payload_json).where(ResultSnapshot.id == s.id))
        else:
            text = ""
        out.update(_outcomes(s.id, s.payload_hash, text, stage.number))
    return out


def _heads(session: Session, stage_id: str, ids: list[str] | None) -> dict[str, str]:
    if ids is None:
        return attendance_heads(session, stage_id)
    rows = session.execute(select(Attendance.id, Attendance.pesantren_id, Attendance.status,
                                  Attendance.supersedes_id, Attendance.merges_id)
                           .where(Attendance.stage_id == stage_id, Attendance.pesantren_id.in_(ids))).all()
    gone = {r.supersedes_id for r in rows if r.supersedes_id} | {r.merges_id for r in rows if r.merges_id}
    out: dict[str, str] = {}
    for r in rows:  # same rule as results_load.attendance_heads: present wins over a concurrent absent
        if r.id not in gone and out.get(r.pesantren_id) != "present":
            out[r.pesantren_id] = r.status
    return out


def derive_all(session: Session, pesantren_ids=None) -> dict[str, str]:
    """pesantren id → derived status (all pesantren, or only ``pesantren_ids``)."""
    ids = None if pesantren_ids is None else list(dict.fromkeys(pesantren_ids))
    if ids is not None and len(ids) > 500:
        ids = None  # a big share: one pass over everything is cheaper than long IN lists
    wanted = None if pesantren_ids is None else set(pesantren_ids)
    stages = session.scalars(select(Stage).order_by(Stage.number)).all()
    by_year: dict[str, list[Stage]] = defaultdict(list)
    for st in stages:
        by_year[st.programme_year_id].append(st)
    q = select(AdminDecision.pesantren_id, AdminDecision.decision)
    slots = (select(PanelSlot.pesantren_id, Venue.stage_id).join(Panel, Panel.id == PanelSlot.panel_id)
             .join(Venue, Venue.id == Panel.venue_id))
    pes = select(Pesantren.id, Pesantren.programme_year_id)
    if ids is not None:
        q = q.where(AdminDecision.pesantren_id.in_(ids))
        slots = slots.where(PanelSlot.pesantren_id.in_(ids))
        pes = pes.where(Pesantren.id.in_(ids))
    decisions = dict(session.execute(q).all())
    invited: dict[str, set[str]] = defaultdict(set)  # stage id → pesantren ids
    for pid, stage_id in session.execute(slots):
        invited[stage_id].add(pid)
    heads = {st.id: _heads(session, st.id, ids) for st in stages}
    outcomes = {st.id: stage_outcomes(session, st) for st in stages}
    # each year's stages as plain values: read once, not as ORM attributes per pesantren and stage
    steps = {year: [(st.number, invited[st.id], heads[st.id], outcomes[st.id]) for st in sts]
             for year, sts in by_year.items()}
    out: dict[str, str] = {}
    for pid, year_id in session.execute(pes):
        if wanted is not None and pid not in wanted:
            continue
        status = "registered"
        if pid in decisions:
            status = "admin_passed" if decisions[pid] == "passed" else "admin_failed"
        for n, stage_invited, stage_heads, stage_outcome in steps.get(year_id, []):
            if pid in stage_invited:
                status = f"invited_{n}"
            came = stage_heads.get(pid)
            if came in ("present", "absent"):
                status = f"{came}_{n}"
            result = stage_outcome.get(pid)
            if result and (not result.startswith("absent")
                           or status in (f"invited_{n}", f"present_{n}", f"absent_{n}")):
                status = result
        out[pid] = status
    return out


def recompute(session: Session, pesantren_ids=None) -> int:
    """Refresh the cached status (all pesantren, or some); returns how many changed."""
    session.flush()
    derived = derive_all(session, pesantren_ids)
    q = select(Pesantren.id, Pesantren.status)
    if pesantren_ids is not None and len(derived) <= 500:
        q = q.where(Pesantren.id.in_(list(derived)))
    current = dict(session.execute(q).all()) if derived else {}
    changed: dict[str, list[str]] = defaultdict(list)
    for pid, status in derived.items():
        if current.get(pid) != status:
            changed[status].append(pid)
    t = Pesantren.__table__
    for status, ids in changed.items():
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            # The stamps stay: a derived cache is not an edit of the record.
            session.execute(update(t).where(t.c.id.in_(chunk))
                            .values(status=status, updated_at=t.c.updated_at),
                            execution_options={"synchronize_session": False})
    for obj in session.identity_map.values():
        if isinstance(obj, Pesantren) and obj.id in derived:
            set_committed_value(obj, "status", derived[obj.id])
    return sum(len(v) for v in changed.values())


_ORDER = {f"{k}_{n}": n * 10 + i for n in (1, 2, 3)
          for i, k in enumerate(("invited", "present", "absent", "failed", "passed"))}


def has_passed(status: str, stage_number: int) -> bool:
    """Does a pesantren with this derived status count as having passed stage ``stage_number``
    (0: administration)? Reaching a later stage means the earlier one was passed."""
    if stage_number == 0:
        return status not in ("registered", "admin_failed")
    return status == f"passed_{stage_number}" or _ORDER.get(status, 0) >= (stage_number + 1) * 10


def passed_stage(session: Session, pesantren_id: str, stage_number: int) -> bool:
    status = derive_all(session, [pesantren_id]).get(pesantren_id, "registered")
    return has_passed(status, stage_number)
