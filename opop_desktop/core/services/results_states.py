"""The life of a ranking: draft → verified → sealed (venue) → merged (kab/kota or province) →
approved (plenary) → published. Each transition stores an immutable snapshot (ResultSnapshot)
of the ranking at that moment with who and when; a correction makes a new snapshot naming the
one it supersedes. Flag acknowledgements and plenary overrides are append-only records too.

    seal_venue(session, 1, venue_id, actor="koordinator")        # refused while flags are open
    merge(session, 1, regency_code="32.04", actor="admin")       # every venue of 32.04 sealed
    override(session, 1, "510232040001", new_outcome="selected", reason=..., chair=..., actor=...)
    approve(session, 1, regency_code="32.04", actor="admin")     # sets passed_1 / failed_1
    publish(session, 1, regency_code="32.04", actor="admin")
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..catalogue import Joined, Message
from ..errors import ConflictError, NotFoundError, ValidationError
from ..models import (
    ACK_DECISIONS, FlagAcknowledgement, Pesantren, PlenaryOverride, ResultSnapshot, Venue,
)
from ..regions import gazetteer
from ..tabulation import Flag, RankingResult
from . import funnel_status
from .programme import stage_by_number
from .results import rank, result_dict

VENUE_CHAIN = ("verified", "sealed")
MERGE_CHAIN = ("merged", "approved", "published")
STATE_LABELS = {"draft": "Draf", "verified": "Diperiksa", "sealed": "Disegel", "merged": "Digabung",
                "approved": "Disahkan pleno", "published": "Diumumkan"}
# The same names for the sentences, in the chosen language (STATE_LABELS: the stored codes' labels).
STATE_NAMES = {"draft": Message("scoring.state_draft"), "verified": Message("scoring.state_verified"),
               "sealed": Message("scoring.state_sealed"), "merged": Message("scoring.state_merged"),
               "approved": Message("scoring.state_approved"), "published": Message("scoring.state_published")}
OPEN_FLAGS_LISTED = 15


@dataclass
class SnapshotInfo:
    id: str
    stage_number: int
    scope: str  # venue | regency | province
    scope_key: str
    scope_label: str
    state: str
    seq: int
    actor: str
    at: datetime
    note: str
    payload_hash: str
    supersedes_id: str | None
    rows: int
    selected: int
    intact: bool = True  # payload still matches its SHA-256 (edits outside the app show here)


@dataclass
class AckInfo:
    id: str
    flag_key: str
    decision: str
    reason: str
    actor: str


@dataclass
class OverrideInfo:
    id: str
    pesantren_id: str
    name: str
    old_outcome: str
    new_outcome: str
    reason: str
    chair: str
    members: str


def _audit(session: Session, **kw) -> None:
    """Audit through the venue-day audit log (core/services/audit.py) when it is installed."""
    try:
        from . import audit
    except ImportError:  # pragma: no cover
        return
    audit.record(session, **kw)


def _who(actor) -> str:
    """A signed-in user (anything with ``username``) or a plain name."""
    return str(getattr(actor, "username", actor) or "")


def _allowed(actor, action: str, *, regency=None) -> str:
    """A signed-in user (GUI, CLI ``--as``) must hold ``results.<action>`` in the permission
    matrix, a coordinator only for their kab/kota (``regency``: the codes of the venue, or the
    kab/kota merged; ``()`` for the province level). A plain name (the CLI's ``--by``: whoever
    runs it holds the database file) is recorded as given."""
    if actor is None or getattr(actor, "role", None) is not None:
        from .. import permissions
        permissions.require(actor, f"results.{action}", regency=regency)
    return _who(actor)


def _venue_codes(v: Venue) -> list[str]:
    return [c.strip() for c in (v.regency_codes or "").split(",") if c.strip()]


def scope_label(session: Session, scope: str, key: str) -> str:
    if scope == "venue":
        v = session.get(Venue, key)
        return v.name if v else key
    if scope == "regency":
        return gazetteer().regency_name(key)
    return "Provinsi Jawa Barat"


def _info(session: Session, snap: ResultSnapshot, stage_number: int) -> SnapshotInfo:
    payload = json.loads(snap.payload_json)
    rows = payload.get("rows", [])
    return SnapshotInfo(snap.id, stage_number, snap.scope, snap.scope_key,
                        scope_label(session, snap.scope, snap.scope_key), snap.state, snap.seq,
                        snap.actor, snap.at, snap.note, snap.payload_hash, snap.supersedes_id,
                        len(rows), sum(1 for r in rows if r.get("selected")),
                        hashlib.sha256(snap.payload_json.encode("utf-8")).hexdigest() == snap.payload_hash)


def history(session: Session, stage_id: str, scope: str, key: str) -> list[ResultSnapshot]:
    return list(session.scalars(select(ResultSnapshot).where(
        ResultSnapshot.stage_id == stage_id, ResultSnapshot.scope == scope,
        ResultSnapshot.scope_key == key).order_by(ResultSnapshot.seq)))


def latest(session: Session, stage_id: str, scope: str, key: str) -> ResultSnapshot | None:
    snaps = history(session, stage_id, scope, key)
    return snaps[-1] if snaps else None


def _params(result: RankingResult) -> dict:
    return {"group_by": result.group_by, "aggregate": result.aggregate, "quota": result.quota,
            "tie_breaks": list(result.tie_breaks),
            "threshold": None if result.threshold is None else str(result.threshold),
            "variance_limit": str(result.variance_limit)}


def _store(session: Session, stage, scope: str, key: str, state: str, payload: dict, params: dict,
           actor, note: str) -> SnapshotInfo:
    """Append a snapshot superseding the scope's latest one (never edits an existing one)."""
    prev = latest(session, stage.id, scope, key)
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    snap = ResultSnapshot(
        stage_id=stage.id, scope=scope, scope_key=key, state=state, seq=(prev.seq + 1) if prev else 1,
        actor=actor, note=note, payload_json=text, params_json=json.dumps(params, sort_keys=True),
        payload_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        supersedes_id=prev.id if prev else None)
    session.add(snap)
    session.flush()
    _audit(session, actor=actor, action=f"results.{state}", entity="result_snapshot", entity_id=snap.id,
           old={"state": prev.state, "id": prev.id} if prev else None,
           new={"state": state, "scope": scope, "scope_key": key, "hash": snap.payload_hash}, reason=note)
    if scope != "venue":  # an outcome approved (or reopened) changes the funnel status
        funnel_status.recompute(session, [r["pesantren_id"] for r in payload.get("rows", [])]
                                + [e["pesantren_id"] for e in payload.get("excluded", [])])
    return _info(session, snap, stage.number)


def _store_result(session, stage, scope, key, state, result: RankingResult, actor, note) -> SnapshotInfo:
    return _store(session, stage, scope, key, state, result_dict(result), _params(result), actor, note)


def _check_order(session: Session, stage, scope: str, key: str, to_state: str, note: str) -> None:
    chain = VENUE_CHAIN if scope == "venue" else MERGE_CHAIN
    prev = latest(session, stage.id, scope, key)
    current = chain.index(prev.state) if prev and prev.state in chain else -1
    target = chain.index(to_state)
    label = scope_label(session, scope, key)
    if target > current + 1:
        need = STATE_NAMES[chain[target - 1]]
        now = STATE_NAMES[prev.state] if prev else STATE_NAMES["draft"]
        raise ConflictError("scoring.state_order", label=label, stage=stage.number, now=now, need=need,
                            target=STATE_NAMES[to_state])
    if target < current and not note.strip():
        raise ValidationError("scoring.state_reopen_note", label=label, now=STATE_NAMES[prev.state],
                              target=STATE_NAMES[to_state])


def _open_flag_text(flags: list[Flag]) -> Message | str:
    lines = [Message("scoring.open_flag_line", {"name": f.pesantren_name, "message": f.message})
             for f in flags[:OPEN_FLAGS_LISTED]]
    if len(flags) > OPEN_FLAGS_LISTED:
        lines.append(Message("scoring.open_flags_more", {"n": len(flags) - OPEN_FLAGS_LISTED}))
    return Joined(lines, "\n")


def _venue(session: Session, stage, venue_id: str) -> Venue:
    v = session.get(Venue, venue_id)
    if v is None or v.stage_id != stage.id:
        v = session.scalars(select(Venue).where(Venue.stage_id == stage.id, Venue.name == venue_id)).first()
    if v is None:
        raise NotFoundError("scoring.venue_not_in_stage", venue=venue_id, stage=stage.number)
    return v


def verify_venue(session: Session, stage_number: int, venue_id: str, *, actor, note: str = "",
                 variance_limit=None) -> SnapshotInfo:
    _allowed(actor, "verify")  # the role first: "not allowed" before "no such venue"
    stage = stage_by_number(session, stage_number)
    v = _venue(session, stage, venue_id)
    actor = _allowed(actor, "verify", regency=_venue_codes(v))
    _check_order(session, stage, "venue", v.id, "verified", note)
    result = rank(session, stage_number, venue_id=v.id, variance_limit=variance_limit)
    return _store_result(session, stage, "venue", v.id, "verified", result, actor, note)


def seal_venue(session: Session, stage_number: int, venue_id: str, *, actor, note: str = "",
               variance_limit=None) -> SnapshotInfo:
    """Seal a venue's results; refused while any variance flag is not acknowledged."""
    _allowed(actor, "seal")  # the role first: "not allowed" before "no such venue"
    stage = stage_by_number(session, stage_number)
    v = _venue(session, stage, venue_id)
    actor = _allowed(actor, "seal", regency=_venue_codes(v))
    _check_order(session, stage, "venue", v.id, "sealed", note)
    result = rank(session, stage_number, venue_id=v.id, variance_limit=variance_limit)
    open_ = result.open_flags
    if open_:
        raise ConflictError("scoring.seal_open_flags", venue=v.name, n=len(open_), flags=_open_flag_text(open_))
    return _store_result(session, stage, "venue", v.id, "sealed", result, actor, note)


def _scope_of(regency_code: str | None) -> tuple[str, str]:
    return ("regency", regency_code) if regency_code else ("province", "32")


def venues_serving(session: Session, stage, regency_code: str | None) -> list[Venue]:
    venues = session.scalars(select(Venue).where(Venue.stage_id == stage.id).order_by(Venue.name)).all()
    if regency_code is None:
        return list(venues)
    return [v for v in venues if regency_code in [c.strip() for c in (v.regency_codes or "").split(",")]]


def merge(session: Session, stage_number: int, *, regency_code: str | None = None, actor,
          note: str = "") -> SnapshotInfo:
    """Merge sealed venue results into the kab/kota (or, without a code, the province) ranking."""
    actor = _allowed(actor, "merge", regency=regency_code or ())
    stage = stage_by_number(session, stage_number)
    scope, key = _scope_of(regency_code)
    _check_order(session, stage, scope, key, "merged", note)
    unsealed = []
    for v in venues_serving(session, stage, regency_code):
        snap = latest(session, stage.id, "venue", v.id)
        if snap is None or snap.state != "sealed":
            unsealed.append(v.name)
    if unsealed:
        raise ConflictError("scoring.merge_unsealed", scope=scope_label(session, scope, key), venues=unsealed)
    return _store_result(session, stage, scope, key, "merged", rank(session, stage_number, regency_code=regency_code),
                  actor, note)


def approve(session: Session, stage_number: int, *, regency_code: str | None = None, actor,
            note: str = "") -> SnapshotInfo:
    """Plenary approval: refused while a tie at a quota line is undecided; then each ranked
    pesantren's funnel status becomes passed_N or failed_N (absent ones absent_N), derived in
    funnel_status.py from the approved snapshot."""
    actor = _allowed(actor, "approve", regency=regency_code or ())
    stage = stage_by_number(session, stage_number)
    scope, key = _scope_of(regency_code)
    _check_order(session, stage, scope, key, "approved", note)
    result = rank(session, stage_number, regency_code=regency_code)
    undecided = [r for r in result.rows if r.outcome == "plenary"]
    if undecided:
        names = [Message("scoring.undecided_row", {"name": r.name, "group": r.group_label, "track": r.track,
                                                    "rank": r.rank_label}) for r in undecided]
        raise ConflictError("scoring.approve_undecided", names=Joined(names, "; "))
    return _store_result(session, stage, scope, key, "approved", result, actor, note)


def publish(session: Session, stage_number: int, *, regency_code: str | None = None, actor,
            note: str = "") -> SnapshotInfo:
    actor = _allowed(actor, "publish", regency=regency_code or ())
    stage = stage_by_number(session, stage_number)
    scope, key = _scope_of(regency_code)
    _check_order(session, stage, scope, key, "published", note)
    prev = latest(session, stage.id, scope, key)
    # Publishing releases exactly what the plenary approved: copy that ranking, never recompute.
    return _store(session, stage, scope, key, "published", json.loads(prev.payload_json),
                  json.loads(prev.params_json or "{}"), actor, note)


def find_pesantren(session: Session, ref: str) -> Pesantren:
    """By id, NSPP or registration number."""
    p = session.get(Pesantren, ref)
    if p is None:
        p = session.scalars(select(Pesantren).where(or_(Pesantren.nspp == ref, Pesantren.reg_number == ref))).first()
    if p is None:
        raise NotFoundError("scoring.pesantren_ref_missing", ref=ref)
    return p


def acknowledge(session: Session, stage_number: int, flag_key: str, *, decision: str, reason: str,
                actor) -> AckInfo:
    """Record that a person looked at a flag: ``accepted`` as is or ``corrected`` (with a reason)."""
    actor = _allowed(actor, "acknowledge")
    stage = stage_by_number(session, stage_number)
    if decision not in ACK_DECISIONS:
        raise ValidationError("scoring.ack_decision_unknown", decision=decision)
    if not reason.strip():
        raise ValidationError("scoring.ack_reason")
    parts = flag_key.split("|")
    if len(parts) < 4 or not parts[1]:
        raise ValidationError("scoring.flag_key_invalid", key=flag_key)
    kind, pesantren_id, juror_id = parts[0], parts[1], parts[2] or None
    if session.get(Pesantren, pesantren_id) is None:
        raise NotFoundError("scoring.flag_pesantren_missing", key=flag_key)
    ack = FlagAcknowledgement(stage_id=stage.id, flag_key=flag_key, kind=kind, pesantren_id=pesantren_id,
                              juror_id=juror_id, decision=decision, reason=reason.strip(), actor=actor)
    session.add(ack)
    session.flush()
    _audit(session, actor=actor, action="results.flag_ack", entity="flag_acknowledgement",
           entity_id=ack.id, new={"flag": flag_key, "decision": decision}, reason=reason)
    return AckInfo(ack.id, flag_key, decision, ack.reason, actor)


def override(session: Session, stage_number: int, pesantren_ref: str, *, new_outcome: str, reason: str,
             chair: str, members: str = "", actor) -> OverrideInfo:
    """A plenary decision on one pesantren's outcome (e.g. settling a tie at a quota line)."""
    actor = _allowed(actor, "override")
    stage = stage_by_number(session, stage_number)
    if new_outcome not in ("selected", "not_selected"):
        raise ValidationError("scoring.override_bad_outcome")
    if not reason.strip() or not chair.strip():
        raise ValidationError("scoring.override_needs_reason")
    p = find_pesantren(session, pesantren_ref)
    row = rank(session, stage_number).row(p.id)
    if row is None:
        raise ConflictError("scoring.override_not_ranked", name=p.name, stage=stage_number)
    scope, key = _scope_of(p.regency_code)
    snap = latest(session, stage.id, scope, key) or latest(session, stage.id, "province", "32")
    o = PlenaryOverride(stage_id=stage.id, pesantren_id=p.id, snapshot_id=snap.id if snap else None,
                        old_outcome=row.outcome, new_outcome=new_outcome, reason=reason.strip(),
                        chair=chair.strip(), members=members.strip(), actor=actor)
    session.add(o)
    session.flush()
    _audit(session, actor=actor, action="results.override", entity="plenary_override", entity_id=o.id,
           old={"pesantren": p.id, "outcome": row.outcome}, new={"pesantren": p.id, "outcome": new_outcome},
           reason=f"{reason} (ketua: {chair}; anggota: {members})")
    return OverrideInfo(o.id, p.id, p.name, o.old_outcome, o.new_outcome, o.reason, o.chair, o.members)


def status(session: Session, stage_number: int) -> list[SnapshotInfo]:
    """Latest state per venue, kab/kota and province of the stage (venues without a snapshot: draft)."""
    stage = stage_by_number(session, stage_number)
    out: list = []
    for v in venues_serving(session, stage, None):
        snap = latest(session, stage.id, "venue", v.id)
        out.append(_info(session, snap, stage.number) if snap else SnapshotInfo(
            "", stage.number, "venue", v.id, v.name, "draft", 0, "", None, "", "", None, 0, 0))
    keys = session.execute(select(ResultSnapshot.scope, ResultSnapshot.scope_key).where(
        ResultSnapshot.stage_id == stage.id, ResultSnapshot.scope != "venue").distinct()).all()
    for scope, key in sorted(keys):
        out.append(_info(session, latest(session, stage.id, scope, key), stage.number))
    return out


def snapshot_history(session: Session, stage_number: int, scope: str, key: str) -> list[SnapshotInfo]:
    stage = stage_by_number(session, stage_number)
    return [_info(session, s, stage.number) for s in history(session, stage.id, scope, key)]


def snapshot_payload(session: Session, snapshot_id: str) -> dict:
    snap = session.get(ResultSnapshot, snapshot_id)
    if snap is None:
        raise NotFoundError("scoring.snapshot_missing", snapshot=snapshot_id)
    return json.loads(snap.payload_json)
