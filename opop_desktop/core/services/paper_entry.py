"""Paper fallback with blind double entry.

1. Officer A keys a printed sheet in (PaperEntry no. 1) → sheet status "entered_once".
2. Officer B (a different user) keys the same sheet without seeing A's values (no. 2).
3. Equal → ScoreEntries of kind "paper", sheet "verified". Different → "mismatch"; the
   differing criteria are shown side by side (``differences``) and a third person settles each
   with a reason (``resolve``) → "verified". Only verified paper sheets count.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import permissions
from ..catalogue import Joined, Message, Num
from ..errors import ConflictError, PermissionDenied, ValidationError
from ..models import PaperEntry, ScoreSheet, utcnow
from . import audit
from .accounts import SignedInUser
from .rubric import RubricInfo, rubric_info
from .scoring import SheetKey, find_sheet, get_or_create_sheet, head_entry, validate_cell, write_value

@dataclass
class PaperDifference:
    code: str
    name: str
    first: Decimal
    second: Decimal


@dataclass
class PaperResult:
    sheet_id: str
    entry_no: int  # the entry just written (1 or 2); 0 after a resolution
    status: str  # entered_once | mismatch | verified
    differences: list[PaperDifference] = field(default_factory=list)
    message: Message | str = ""


@dataclass
class PaperProgress:
    """What the paper-entry screen needs to know before keying (never the values themselves)."""

    sheet_id: str | None
    status: str  # "" (nothing yet) | draft | entered_once | mismatch | verified | locked
    next_entry_no: int  # 1, 2, or 0 when no more keying is possible
    entered_by: list[str]


def parse_values(rubric: RubricInfo, values: dict[str, object]) -> dict[str, Decimal]:
    """Every criterion required, each checked like a grid cell; one ValidationError lists all."""
    given = {str(k).strip().upper(): v for k, v in values.items()}
    problems, out = [], {}
    for c in rubric.criteria:
        raw = given.pop(c.code, None)
        if raw is None or str(raw).strip() == "":
            problems.append(Message("scoring.paper_code_empty", {"code": c.code}))
            continue
        try:
            out[c.code] = validate_cell(c, raw)
        except ValidationError as err:
            problems.append(err.msg)
    if given:
        problems.append(Message("scoring.paper_unknown_criteria", {"codes": sorted(given)}))
    if problems:
        raise ValidationError("scoring.paper_rejected", problems=Joined(problems, "; "),
                              where="scoring.where_paper_entry")
    return out


def _entries(session: Session, sheet_id: str) -> list[PaperEntry]:
    return list(session.scalars(select(PaperEntry).where(PaperEntry.sheet_id == sheet_id)
                                .order_by(PaperEntry.entry_no)))


def progress(session: Session, key: SheetKey) -> PaperProgress:
    sheet = find_sheet(session, key)
    if sheet is None:
        return PaperProgress(None, "", 1, [])
    entries = _entries(session, sheet.id)
    by = [e.entered_by for e in entries]
    if sheet.status == "draft":
        return PaperProgress(sheet.id, "draft", 1, by)
    if sheet.status == "entered_once":
        return PaperProgress(sheet.id, sheet.status, 2, by)
    return PaperProgress(sheet.id, sheet.status, 0, by)


def _commit_values(session: Session, sheet: ScoreSheet, values: dict[str, Decimal], *, kind: str, by: str,
                   reason: str = "", kinds: dict[str, str] | None = None) -> None:
    for code, value in values.items():
        head = head_entry(session, sheet.id, code)
        if head is None or head.value != value or head.kind not in ("paper", "resolution", "import"):
            write_value(session, sheet, code, value, kind=(kinds or {}).get(code, kind), by=by, reason=reason,
                        head=head)
    sheet.status, sheet.locked_at, sheet.locked_by = "verified", utcnow(), by
    session.flush()


def key_in(session: Session, actor: SignedInUser, key: SheetKey, values: dict[str, object],
           comment: str = "") -> PaperResult:
    """Key one paper sheet in (blind). The first call is entry 1; the second, by a different
    user, is entry 2 and triggers the comparison."""
    permissions.require(actor, "paper.enter")
    sheet = get_or_create_sheet(session, key, source="paper")
    rubric = rubric_info(session, sheet.rubric_id)
    parsed = parse_values(rubric, values)
    if sheet.status in ("locked", "verified"):
        raise ConflictError("scoring.paper_final")
    if sheet.status == "mismatch":
        raise ConflictError("scoring.paper_awaiting_third")
    entries = _entries(session, sheet.id)
    payload = json.dumps({k: format(v.normalize(), "f") for k, v in parsed.items()}, sort_keys=True)
    if sheet.status == "draft" or not entries:
        sheet.source, sheet.status = "paper", "entered_once"
        session.add(PaperEntry(sheet_id=sheet.id, entry_no=1, entered_by=actor.username, values_json=payload,
                               comment=comment or ""))
        session.flush()
        audit.record(session, actor=actor, action="paper.entry1", entity="score_sheet", entity_id=sheet.id,
                     new={"entry_no": 1})  # values stay out of the log until compared (blind)
        return PaperResult(sheet.id, 1, "entered_once", [],
                           Message("scoring.paper_first_saved"))
    first = entries[0]
    if first.entered_by == actor.username:
        raise PermissionDenied("scoring.paper_second_other_officer")
    session.add(PaperEntry(sheet_id=sheet.id, entry_no=2, entered_by=actor.username, values_json=payload,
                           comment=comment or ""))
    first_values = {k: Decimal(v) for k, v in json.loads(first.values_json).items()}
    diffs = [PaperDifference(c.code, c.name, first_values.get(c.code), parsed[c.code])
             for c in rubric.criteria if first_values.get(c.code) != parsed[c.code]]
    if not diffs:
        sheet.comment = first.comment or comment or ""
        _commit_values(session, sheet, parsed, kind="paper", by=actor.username)
        audit.record(session, actor=actor, action="paper.verified", entity="score_sheet", entity_id=sheet.id,
                     new={"values": parsed, "entered_by": [first.entered_by, actor.username]})
        return PaperResult(sheet.id, 2, "verified", [], Message("scoring.paper_verified"))
    sheet.status = "mismatch"
    session.flush()
    audit.record(session, actor=actor, action="paper.mismatch", entity="score_sheet", entity_id=sheet.id,
                 new={"differences": {d.code: [d.first, d.second] for d in diffs}})
    listing = [Message("scoring.paper_difference", {"code": d.code, "first": Num(d.first), "second": Num(d.second)})
               for d in diffs]
    return PaperResult(sheet.id, 2, "mismatch", diffs, Message("scoring.paper_mismatch", {"listing": listing}))


def differences(session: Session, actor: SignedInUser, sheet_id: str) -> list[PaperDifference]:
    """The differing criteria of a mismatched sheet, side by side (after both entries exist)."""
    permissions.require(actor, "paper.enter")
    entries = _entries(session, sheet_id)
    if len(entries) < 2:
        raise ConflictError("scoring.paper_not_twice")
    sheet = session.get(ScoreSheet, sheet_id)
    rubric = rubric_info(session, sheet.rubric_id)
    a = {k: Decimal(v) for k, v in json.loads(entries[0].values_json).items()}
    b = {k: Decimal(v) for k, v in json.loads(entries[1].values_json).items()}
    return [PaperDifference(c.code, c.name, a.get(c.code), b.get(c.code)) for c in rubric.criteria
            if a.get(c.code) != b.get(c.code)]


def resolve(session: Session, actor: SignedInUser, sheet_id: str, chosen: dict[str, object],
            reason: str) -> PaperResult:
    """A third person (neither of the two officers) settles every differing criterion with a
    reason; agreed criteria keep the common value. The sheet becomes verified."""
    permissions.require(actor, "paper.enter")
    sheet = session.get(ScoreSheet, sheet_id)
    if sheet is None or sheet.status != "mismatch":
        raise ConflictError("scoring.paper_not_mismatched")
    entries = _entries(session, sheet_id)
    if actor.username in {e.entered_by for e in entries}:
        raise PermissionDenied("scoring.paper_third_person")
    if not (reason or "").strip():
        raise ValidationError("scoring.paper_resolve_reason", where="field.reason")
    rubric = rubric_info(session, sheet.rubric_id)
    diffs = differences(session, actor, sheet_id)
    given = {str(k).strip().upper(): v for k, v in chosen.items()}
    missing = [d.code for d in diffs if d.code not in given]
    if missing:
        raise ValidationError("scoring.paper_choose_values", codes=missing, where="scoring.where_resolution")
    first = {k: Decimal(v) for k, v in json.loads(entries[0].values_json).items()}
    final = dict(first)
    kinds = {}
    for d in diffs:
        final[d.code] = validate_cell(rubric.criterion(d.code), given[d.code])
        kinds[d.code] = "resolution"
    sheet.comment = sheet.comment or entries[0].comment or entries[1].comment
    _commit_values(session, sheet, final, kind="paper", by=actor.username, reason=reason.strip(), kinds=kinds)
    audit.record(session, actor=actor, action="paper.resolve", entity="score_sheet", entity_id=sheet_id,
                 old={d.code: [d.first, d.second] for d in diffs}, new={c: final[c] for c in kinds},
                 reason=reason.strip())
    return PaperResult(sheet_id, 0, "verified", [], Message("scoring.paper_resolved"))
