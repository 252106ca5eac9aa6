"""One grid cell without the ORM: a juror typing a value into their own draft laptop sheet.

A typed cell is the most frequent write of the whole programme and each one is its own
transaction, so its cost is what a juror feels between two cells. Through ``scoring.set_score``
most of that cost was SQLAlchemy's ORM (session bookkeeping, ScoreEntry objects for every version
of the sheet, the flush and its stamping hooks), not SQLite. Here the same checks run on the same
rules and the same rows are written with a handful of plain statements on the session's own
connection (its transaction, its write lock, synchronous=FULL untouched): the SQL text is built
once per process, so SQLite's per-connection statement cache keeps it prepared.

Same as ``set_score``, on purpose and checked by tests/core/test_score_cell.py:
- refusals: ``can_view``, ``scoring._check_edit``, ``RubricInfo.criterion`` and
  ``validate_cell`` are called as they are, so every message is the same;
- heads: an entry superseded (``supersedes_id`` or ``merges_id``) by an entry of the same sheet
  is gone; several heads are a sync conflict, the newest by (created_at, device_seq) is the one
  a new version supersedes and the criterion counts as no value;
- rows: the ScoreEntry version and then the audit entry take the next two numbers of the
  device's gap-free sequence, in that order, as the ORM flushes them; the audit entry is built
  by ``audit._next_row`` on the chain head read once per transaction (kept in ``session.info``
  exactly where ``audit`` keeps it, so a later ``audit.record`` in the transaction goes on from it).

A sheet's first cell creates the sheet here too, on ``scoring.get_or_create_sheet``'s
conditions (the juror assigned to the panel, the pesantren in its order and not absent, the
stage's active rubric); when one fails, get_or_create_sheet itself refuses. Anything else — a
coordinator's correction, a sheet id that does not exist, a session with pending ORM changes,
sync imports, PostgreSQL — goes through ``scoring.set_score`` unchanged.
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from sqlalchemy.orm import Session

from .. import permissions
from ..models import ScoreEntry, new_uuid, utcnow
from . import audit, scoring
from .accounts import SignedInUser
from .rubric import RubricInfo, rubric_info
from .score_rules import can_view, is_complete, validate_cell, weighted_total


class _Sheet(NamedTuple):
    """The columns of a sheet that the edit rule reads (``scoring._check_edit`` takes it as is)."""

    id: str
    juror_id: str
    source: str
    status: str
    rubric_id: str
    pesantren_id: str


class _Head(NamedTuple):
    id: str
    value: Decimal
    created_at: str  # stored text; parsed only to order the heads of a sync conflict
    device_seq: int


_SHEET_COLS = "id, juror_id, source, status, rubric_id, pesantren_id"
_SHEET_BY_ID = f"SELECT {_SHEET_COLS} FROM score_sheet WHERE id = ?"
# find_sheet's query: the oldest sheet of (stage, juror, pesantren)
_SHEET_BY_KEY = (f"SELECT {_SHEET_COLS} FROM score_sheet WHERE stage_id = ? AND juror_id = ? "
                 "AND pesantren_id = ? ORDER BY created_at LIMIT 1")
_ENTRIES = ("SELECT id, criterion_code, value, created_at, device_seq, supersedes_id, merges_id "
            "FROM score_entry WHERE sheet_id = ?")
_CHAIN_HEAD = ("SELECT chain_index, hash FROM audit_entry WHERE origin_device = ? "
               "ORDER BY chain_index DESC LIMIT 1")
_RESERVE = "UPDATE device_counter SET last_seq = last_seq + ? WHERE device_id = ? RETURNING last_seq"
_ASSIGNED = "SELECT 1 FROM panel_juror WHERE panel_id = ? AND juror_id = ?"
_IN_ORDER = "SELECT 1 FROM panel_slot WHERE panel_id = ? AND pesantren_id = ?"
_ACTIVE_RUBRIC = "SELECT id FROM rubric WHERE stage_id = ? ORDER BY version DESC LIMIT 1"
# Absence is decided by the current attendance version; without any "absent" version there is none.
_EVER_ABSENT = ("SELECT 1 FROM attendance WHERE stage_id = ? AND pesantren_id = ? AND status = 'absent' "
                "LIMIT 1")
_SHEET_INSERT_COLS = ("id", "origin_device", "modified_device", "device_seq", "created_at", "updated_at",
                      "stage_id", "panel_id", "juror_id", "pesantren_id", "rubric_id", "source", "status",
                      "comment", "locked_at", "locked_by")
_ENTRY_COLS = ("id", "origin_device", "modified_device", "device_seq", "created_at", "updated_at",
               "sheet_id", "criterion_code", "value", "kind", "entered_by", "reason", "supersedes_id",
               "merges_id")
_AUDIT_COLS = ("id", "origin_device", "modified_device", "device_seq", "created_at", "updated_at",
               "chain_index", "at", "actor", "action", "entity", "entity_id", "old_json", "new_json",
               "reason", "prev_hash", "hash")


def _insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


_INSERT_SHEET = _insert_sql("score_sheet", _SHEET_INSERT_COLS)
_INSERT_ENTRY = _insert_sql("score_entry", _ENTRY_COLS)
_INSERT_AUDIT = _insert_sql("audit_entry", _AUDIT_COLS)


class _Types:
    """The column types' own conversions, so values are stored in exactly the form the ORM
    stores them (a Decimal as its canonical text, a UTC datetime as SQLite text). Every
    timestamp written here (created_at, updated_at, an audit entry's ``at``) is a UtcDateTime."""

    def __init__(self, dialect):
        c = ScoreEntry.__table__.c
        # dialect_impl: the SQLite DATETIME under UtcDateTime, which writes the ORM's fixed
        # "YYYY-MM-DD HH:MM:SS.ffffff" (sqlite3's own adapter drops a zero microsecond part)
        when, value = c.created_at.type.dialect_impl(dialect), c.value.type.dialect_impl(dialect)
        self.when = when.bind_processor(dialect)
        self.when_back = when.result_processor(dialect, None)
        self.value = value.bind_processor(dialect)
        self.value_back = value.result_processor(dialect, None) or Decimal


# A rubric used by a sheet is frozen (rubric.save_rubric makes a new version instead), so it is
# read once, not once per cell. Its criteria's stamps are compared on every cell all the same: a
# restored backup or a province sync may still bring other criteria under the same rubric id,
# and a stale range would refuse or accept the wrong values.
_CRITERIA_STAMP = ("SELECT group_concat(s, ',') FROM (SELECT id || ':' || modified_device || ':' || "
                   "device_seq AS s FROM criterion WHERE rubric_id = ? ORDER BY id)")
_rubrics: dict[str, tuple[str, RubricInfo]] = {}
_types: list[_Types] = []


def _rubric(session: Session, run, rubric_id: str) -> RubricInfo:
    stamp = run(_CRITERIA_STAMP, (rubric_id,)).fetchone()[0]
    cached = _rubrics.get(rubric_id)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    if len(_rubrics) > 64:
        _rubrics.clear()
    info = rubric_info(session, rubric_id)
    _rubrics[rubric_id] = (stamp, info)
    return info


def _lean_possible(session: Session, actor: SignedInUser) -> bool:
    return (permissions.allowed(actor, "score.enter")
            and bool(session.info.get("device_id"))
            and not session.info.get("preserve_replication")
            and not (session.new or session.dirty or session.deleted)
            and session.get_bind().dialect.name == "sqlite")


def enter_cell(session: Session, actor: SignedInUser, sheet: str | scoring.SheetKey, code: str, text,
               *, reason: str = "") -> scoring.CellResult:
    """``scoring.set_score`` for the juror's grid: the same checks, rows and result, by plain SQL
    when a juror enters a value, otherwise through ``set_score``."""
    if not _lean_possible(session, actor):
        return scoring.set_score(session, actor, sheet, code, text, reason=reason)
    conn = session.connection()  # begins the transaction: BEGIN IMMEDIATE, the write lock
    # The DB-API connection under it, in that transaction: sqlite3 keeps each SQL text prepared
    # per connection, and a statement costs a few calls instead of SQLAlchemy's hundred or so.
    run = conn.connection.driver_connection.execute
    if isinstance(sheet, str):
        found = run(_SHEET_BY_ID, (sheet,)).fetchone()
    elif isinstance(sheet, scoring.SheetKey):
        found = run(_SHEET_BY_KEY, (sheet.stage_id, sheet.juror_id, sheet.pesantren_id)).fetchone()
    else:
        found = None
    if not _types:
        _types.append(_Types(conn.dialect))
    types = _types[0]
    if found is None:
        if not isinstance(sheet, scoring.SheetKey):  # no such sheet: set_score says so
            return scoring.set_score(session, actor, sheet, code, text, reason=reason)
        # A sheet's first cell (one grid cell in seven) creates it, before the juror checks, as
        # set_score does.
        found = _create_sheet(session, run, types, sheet)
    s = _Sheet(*found)
    can_view(actor, s.juror_id)
    kind = scoring._check_edit(actor, s, reason, session)
    rubric = _rubric(session, run, s.rubric_id)
    crit = rubric.criterion(code)
    value = validate_cell(crit, text)
    heads = _heads(run(_ENTRIES, (s.id,)).fetchall(), types)
    mine = heads.get(crit.code, [])
    head = _newest(mine, types)
    changed = head is None or head.value != value
    if changed:
        _write(session, run, types, s.id, crit.code, value, kind, actor, reason, head)
    values = {c: hs[0].value for c, hs in heads.items() if len(hs) == 1}
    if len(mine) > 1:
        values.pop(crit.code, None)  # a sync conflict on this criterion stays open for a person to settle
    else:
        values[crit.code] = value
    return scoring.CellResult(s.id, crit.code, value, changed, weighted_total(rubric.criteria, values),
                              is_complete(rubric.criteria, values), s.status)


def _create_sheet(session: Session, run, types: _Types, key: scoring.SheetKey) -> tuple:
    """``scoring.get_or_create_sheet`` for a sheet that is not there yet. Its conditions are
    looked up here; when one fails, get_or_create_sheet itself runs, so that it refuses with its
    own message and in its own order."""
    assigned = run(_ASSIGNED, (key.panel_id, key.juror_id)).fetchone()
    in_order = run(_IN_ORDER, (key.panel_id, key.pesantren_id)).fetchone()
    rubric = run(_ACTIVE_RUBRIC, (key.stage_id,)).fetchone()
    if assigned is None or in_order is None or rubric is None:
        new = scoring.get_or_create_sheet(session, key)  # raises
        return (new.id, new.juror_id, new.source, new.status, new.rubric_id, new.pesantren_id)
    if run(_EVER_ABSENT, (key.stage_id, key.pesantren_id)).fetchone() is not None:
        scoring.ensure_not_absent(session, key.stage_id, key.pesantren_id)  # the current version decides
    device = session.info["device_id"]
    seq = run(_RESERVE, (1, device)).fetchone()[0]
    sheet_id, now = new_uuid(), types.when(utcnow())
    run(_INSERT_SHEET, (sheet_id, device, device, seq, now, now, key.stage_id, key.panel_id, key.juror_id,
                        key.pesantren_id, rubric[0], "laptop", "draft", "", None, ""))
    return (sheet_id, key.juror_id, "laptop", "draft", rubric[0], key.pesantren_id)


def _heads(rows, types: _Types) -> dict[str, list[_Head]]:
    """criterion code → head entries, as ``score_query.entry_heads`` finds them for one sheet."""
    gone = {r[5] for r in rows if r[5]} | {r[6] for r in rows if r[6]}
    out: dict[str, list[_Head]] = {}
    for r in rows:
        if r[0] not in gone:
            out.setdefault(r[1], []).append(_Head(r[0], types.value_back(r[2]), r[3], r[4]))
    return out


def _newest(heads: list[_Head], types: _Types) -> _Head | None:
    if len(heads) < 2:
        return heads[0] if heads else None
    return max(heads, key=lambda h: (types.when_back(h.created_at), h.device_seq))


def _chain_head(session: Session, run) -> audit._Head:
    """``audit._head`` for SQLite (which needs no lock statement), by plain SQL."""
    device = audit._device(session)
    head = session.info.get(audit._HEAD_KEY)
    if head is not None and head.device == device:
        return head
    last = run(_CHAIN_HEAD, (device,)).fetchone()
    head = audit._Head(device, last[0] if last else 0, last[1] if last else "")
    session.info[audit._HEAD_KEY] = head
    return head


def _write(session: Session, run, types: _Types, sheet_id: str, code: str, value: Decimal, kind: str,
           actor: SignedInUser, reason: str, head: _Head | None) -> None:
    """The new version and its audit entry, stamped as ``db._stamp_replicated`` stamps them."""
    device = session.info["device_id"]
    first = run(_RESERVE, (2, device)).fetchone()[0] - 1
    now = utcnow()
    stored_now = types.when(now)
    entry_id = new_uuid()
    run(_INSERT_ENTRY, (entry_id, device, device, first, stored_now, stored_now, sheet_id, code,
                        types.value(value), kind, actor.username, reason, head.id if head else None, None))
    row = audit._next_row(_chain_head(session, run), actor=actor,
                          action="score.correct" if kind == "correction" else "score.set",
                          entity="score_sheet", entity_id=sheet_id,
                          old={code: head.value} if head else None, new={code: value}, reason=reason, at=now)
    run(_INSERT_AUDIT, (row["id"], device, device, first + 1, stored_now, stored_now, row["chain_index"],
                        types.when(row["at"]), row["actor"], row["action"], row["entity"], row["entity_id"],
                        row["old_json"], row["new_json"], row["reason"], row["prev_hash"], row["hash"]))

