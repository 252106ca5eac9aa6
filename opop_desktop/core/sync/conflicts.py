"""The Konflik list and its resolution.

Version chains (scores, attendance) with several heads are conflicts derived from the data
itself, so every node sees the same list. Concurrent edits of mutable records keep the losing
version in ``sync_conflict``. Resolving either creates a new version (stamped by this device)
that supersedes every head, with a reason; it travels on like any other edit.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from .. import permissions
from ..catalogue import Message, msg
from ..errors import NotFoundError, ValidationError
from ..services import audit
from ..models import (
    Attendance, Base, Device, Juror, Pesantren, ScoreEntry, ScoreSheet, SyncClock, SyncConflict, utcnow,
)
from ..services import funnel_status
from .merge import DUPLICATE_KEYS, local_clock
from .tables import VERSION_KEYS, canonical, row_to_json, table_by_name, vv_join


@dataclass
class ConflictVersion:
    version_id: str
    value: str
    who: str
    device: str
    device_name: str
    when: datetime | None
    reason: str = ""


@dataclass
class ConflictItem:
    key: str
    kind: str  # score | attendance | record | duplicate
    table: str
    subject: str | Message
    versions: list[ConflictVersion] = field(default_factory=list)


def _device_names(session: Session) -> dict[str, str]:
    return {d.device_id: d.name for d in session.scalars(select(Device))}


def _heads(session: Session, model, key_cols) -> dict[tuple, list]:
    rows = session.scalars(select(model)).all()
    gone = {r.supersedes_id for r in rows} | {getattr(r, "merges_id", None) for r in rows}
    heads = defaultdict(list)
    for r in rows:
        if r.id not in gone:
            heads[tuple(getattr(r, c) for c in key_cols)].append(r)
    return {k: sorted(v, key=lambda r: r.id) for k, v in heads.items() if len(v) > 1}


def _sheet_subjects(session: Session, sheet_ids) -> dict[str, str]:
    """'PP Al-Falah · Juri 2' for each sheet, so a person recognises the paper sheet."""
    out = {}
    for sheet in session.scalars(select(ScoreSheet).where(ScoreSheet.id.in_(list(sheet_ids)))):
        pes = session.get(Pesantren, sheet.pesantren_id)
        juror = session.get(Juror, sheet.juror_id)
        out[sheet.id] = f"{pes.name if pes else sheet.pesantren_id[:8]} · {juror.name if juror else '?'}"
    return out


def list_conflicts(session: Session) -> list[ConflictItem]:
    names = _device_names(session)
    items: list[ConflictItem] = []
    score_heads = _heads(session, ScoreEntry, VERSION_KEYS["score_entry"])
    subjects = _sheet_subjects(session, {k[0] for k in score_heads})
    for (sheet_id, code), heads in sorted(score_heads.items()):
        items.append(ConflictItem(
            key=f"score_entry:{sheet_id}:{code}", kind="score", table="score_entry",
            subject=f"{subjects.get(sheet_id, sheet_id[:8])} · {code}",
            versions=[ConflictVersion(h.id, format(h.value.normalize(), "f"), h.entered_by, h.modified_device,
                                      names.get(h.modified_device, h.modified_device), h.created_at, h.reason)
                      for h in heads]))
    for (stage_id, pes_id), heads in sorted(_heads(session, Attendance, VERSION_KEYS["attendance"]).items()):
        items.append(ConflictItem(
            key=f"attendance:{stage_id}:{pes_id}", kind="attendance", table="attendance",
            subject=msg("sync.subject_attendance",
                        name=getattr(session.get(Pesantren, pes_id), "name", None) or pes_id[:8]),
            versions=[ConflictVersion(h.id, h.status, h.officer, h.modified_device,
                                      names.get(h.modified_device, h.modified_device), h.created_at, h.reason)
                      for h in heads]))
    for c in session.scalars(select(SyncConflict).order_by(SyncConflict.table_name, SyncConflict.record_id,
                                                           SyncConflict.id)):
        table = table_by_name(c.table_name)
        loser = json.loads(c.values_json)
        cur = (
            session.execute(select(table).where(table.c.id == c.record_id)).first()
            if table is not None
            else None
        )
        current = row_to_json(table, cur) if cur is not None else {}
        diff = sorted(k for k in set(loser) | set(current) if loser.get(k) != current.get(k)
                      and k not in ("modified_device", "device_seq", "updated_at"))
        def show(r):
            return "; ".join(f"{k}={r.get(k)}" for k in diff) or "-"
        versions = [ConflictVersion("current", show(current), "", current.get("modified_device", ""),
                                    names.get(current.get("modified_device", ""), ""), None),
                    ConflictVersion(c.id, show(loser), "", loser.get("modified_device", ""),
                                    names.get(loser.get("modified_device", ""), ""), None)]
        items.append(ConflictItem(key=f"record:{c.id[:16]}", kind="record", table=c.table_name,
                                  subject=f"{c.table_name} {c.record_id[:8]}", versions=versions))
    for dup in possible_duplicates(session):
        items.append(
            ConflictItem(
                key="duplicate:" + ":".join(dup["ids"])[:80],
                kind="duplicate",
                table=dup["table"],
                subject=msg("sync.subject_duplicate", key=[f"{k}={v[:8]}" for k, v in dup["key"].items()]),
                versions=[ConflictVersion(i, "", "", "", "", None) for i in dup["ids"]],
            )
        )
    return items


def possible_duplicates(session: Session) -> list[dict]:
    """Same juror × pesantren × stage sheets with different ids (entered on two laptops)."""
    out = []
    cols = DUPLICATE_KEYS["score_sheet"]
    groups = defaultdict(list)
    for s in session.scalars(select(ScoreSheet)):
        groups[tuple(getattr(s, c) for c in cols)].append(s.id)
    for k, ids in sorted(groups.items()):
        if len(ids) > 1:
            out.append({"table": "score_sheet", "key": dict(zip(cols, k)), "ids": sorted(ids)})
    return out


def _find(session: Session, key: str) -> ConflictItem:
    for item in list_conflicts(session):
        if item.key == key or (len(key) >= 8 and item.key.startswith(key)):
            return item
    raise NotFoundError("sync.conflict_not_found", key=key)


def resolve_conflict(session: Session, key: str, *, reason: str, actor, pick: str | None = None,
                     value: str | None = None, who: str = "") -> str:
    """Pick one version (its id) or enter a value; returns the id of the resolving version.
    ``actor`` is the signed-in user (permission ``sync.resolve``); ``who`` the name written on
    the resolving version and in the audit log, the actor's username unless given."""
    permissions.require(actor, "sync.resolve")
    who = who.strip() or actor.username
    if not reason.strip():
        raise ValidationError("sync.conflict_reason_required")
    if not who:
        raise ValidationError("sync.conflict_who_required")
    item = _find(session, key)
    if item.kind == "duplicate":
        raise ValidationError("sync.conflict_duplicate_sheet")
    if (pick is None) == (value is None):
        raise ValidationError("sync.conflict_pick_or_value")
    chosen = None
    if pick is not None:
        chosen = next(
            (v for v in item.versions if v.version_id == pick or v.version_id.startswith(pick)), None
        )
        if chosen is None:
            raise NotFoundError("sync.conflict_version_unknown", pick=pick)
    if item.kind in ("score", "attendance"):
        resolved = _resolve_chain(session, item, chosen, value, reason, who)
    else:
        resolved = _resolve_record(session, item, chosen, value, reason)
    funnel_status.recompute(session)  # an attendance or an administration decision may have changed
    audit.record(session, actor=who, action="conflict.resolve", entity=item.kind, entity_id=key,
                 old={"versions": [v.version_id for v in item.versions]},
                 new={"picked": chosen.version_id if chosen else None, "value": value, "resolution": resolved},
                 reason=reason)
    return resolved


def _resolve_chain(session, item: ConflictItem, chosen, value, reason, who: str) -> str:
    model = ScoreEntry if item.kind == "score" else Attendance
    heads = [session.get(model, v.version_id) for v in item.versions]
    base = session.get(model, chosen.version_id) if chosen else heads[0]
    prev = heads[0]
    new = None
    for other in heads[1:]:  # one resolution per extra head: each supersedes two
        if model is ScoreEntry:
            try:
                val = Decimal(value.replace(",", ".")) if value is not None else base.value
            except InvalidOperation as exc:
                raise ValidationError("sync.conflict_value_not_number", value=value) from exc
            new = ScoreEntry(sheet_id=base.sheet_id, criterion_code=base.criterion_code, value=val,
                             kind="resolution", entered_by=who, reason=reason)
        else:
            status = value if value is not None else base.status
            if status not in ("present", "absent"):
                raise ValidationError("sync.conflict_attendance_status")
            new = Attendance(stage_id=base.stage_id, pesantren_id=base.pesantren_id, venue_id=base.venue_id,
                             status=status, rep1_name=base.rep1_name, rep2_name=base.rep2_name,
                             checked_at=base.checked_at, officer=who or base.officer, late=base.late,
                             reason=reason)
        new.supersedes_id, new.merges_id = prev.id, other.id
        session.add(new)
        session.flush()
        prev = new
    return new.id


def _mapped_class(table_name: str):
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper.class_
    raise NotFoundError("sync.table_unknown", table=table_name)


def _resolve_record(session, item: ConflictItem, chosen, value, reason) -> str:
    if value is not None:
        raise ValidationError("sync.conflict_record_pick")
    cid = next(v.version_id for v in item.versions if v.version_id != "current")
    conf = session.get(SyncConflict, cid)
    cls = _mapped_class(conf.table_name)
    obj = session.get(cls, conf.record_id)
    loser = json.loads(conf.values_json)
    table = cls.__table__
    stored = session.get(SyncClock, (conf.table_name, conf.record_id))
    w, j = local_clock(row_to_json(table, obj), stored.vv if stored else None)
    if chosen.version_id != "current":
        from .tables import from_json_row
        for k, v in from_json_row(table, loser).items():
            if k not in ("id", "origin_device", "modified_device", "device_seq", "created_at"):
                setattr(obj, k, v)
    obj.updated_at = utcnow()  # a new version even when the current values are kept
    session.flush()
    j = vv_join(j, json.loads(conf.vv))
    own = {obj.modified_device: obj.device_seq}
    new_w = vv_join(j, own)
    ct = SyncClock.__table__
    session.execute(delete(ct).where(ct.c.table_name == conf.table_name, ct.c.record_id == conf.record_id))
    session.execute(insert(ct).values(table_name=conf.table_name, record_id=conf.record_id,
                                      vv=canonical({"w": new_w, "j": new_w})))
    session.delete(conf)
    session.flush()
    return conf.record_id
