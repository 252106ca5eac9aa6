"""Score entry (Penilaian): the juror's grid, one cell per transaction, locking, corrections.

Rules:
- A juror sees and edits only their own sheets; officers score only through paper entry.
- Values are parsed with a decimal comma or point and must lie in the criterion's range on its
  step; anything else is refused with a message naming the allowed range — never rounded.
- Every accepted cell is a new ``ScoreEntry`` superseding the previous head. Call ``set_score``
  in its own transaction per cell (the GUI commits each cell at once).
- "Kirim & kunci" (``lock_sheets``) needs the juror's PIN and complete sheets; afterwards only
  an admin/coordinator may change a value, with a reason (kind "correction").
- An absent pesantren cannot be scored at that stage.
- Sheets that count for results: status in ``COUNTING_STATUSES`` (laptop sheets locked, paper
  and imported sheets verified).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from ..models import Juror, Panel, PanelJuror, PanelSlot, Pesantren, ScoreEntry, ScoreSheet, Venue, utcnow
from . import attendance, audit
from .accounts import SignedInUser, verify_juror_pin
from .rubric import CriterionInfo, RubricInfo, active_rubric, format_decimal, freeze, rubric_info
from .score_query import entry_heads

COUNTING_STATUSES = ("locked", "verified")
PAPER_BUSY = ("entered_once", "mismatch")


@dataclass(frozen=True)
class SheetKey:
    stage_id: str
    panel_id: str
    juror_id: str
    pesantren_id: str


@dataclass
class GridRow:
    position: int
    time_slot: str
    pesantren_id: str
    name: str
    nspp: str | None
    reg_number: str
    sheet_id: str | None
    values: dict[str, Decimal]  # criterion code → current value (missing = not scored yet)
    total: Decimal  # Σ weight × score / 10 over the values entered so far
    complete: bool
    comment: str
    status: str  # "" (no sheet yet) | draft | locked | entered_once | mismatch | verified
    source: str
    absent: bool
    editable: bool  # for the actor who asked for the grid


@dataclass
class JurorGrid:
    stage_id: str
    panel_id: str
    panel_name: str
    juror_id: str
    juror_name: str
    rubric: RubricInfo
    rows: list[GridRow]
    scored: int
    to_score: int
    locked: bool  # every scorable row is locked/verified


@dataclass
class CellResult:
    sheet_id: str
    code: str
    value: Decimal
    changed: bool
    total: Decimal
    complete: bool
    status: str


@dataclass
class LockResult:
    locked: int
    sheet_ids: list[str] = field(default_factory=list)


@dataclass
class JurorProgress:
    panel_id: str
    juror_id: str
    scored: int
    to_score: int


@dataclass
class SheetSummary:
    sheet_id: str
    stage_id: str
    panel_id: str
    panel_name: str
    juror_id: str
    juror_name: str
    pesantren_id: str
    pesantren_name: str
    nspp: str | None
    status: str
    source: str
    values: dict[str, Decimal]
    total: Decimal
    complete: bool


# ---------------------------------------------------------------- values

def parse_score(text) -> Decimal:
    """"7,5" / "7.5" / 7.5 → Decimal("7.5"); ValidationError when not a number."""
    if isinstance(text, Decimal):
        return text
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return Decimal(str(text))
    raw = str(text or "").strip()
    if not raw:
        raise ValidationError("Nilai kosong.", where="nilai")
    if raw.count(",") + raw.count(".") > 1:
        raise ValidationError(f"'{raw}' bukan angka yang sah (gunakan satu koma atau titik desimal).", where="nilai")
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise ValidationError(f"'{raw}' bukan angka.", where="nilai") from None
    if not value.is_finite():
        raise ValidationError(f"'{raw}' bukan angka.", where="nilai")
    return value


def check_value(criterion: CriterionInfo, value: Decimal) -> Decimal:
    """Refuse (never round) a value outside the range or off the step of ``criterion``."""
    if value < criterion.min_score or value > criterion.max_score or (value - criterion.min_score) % criterion.step != 0:
        raise ValidationError(f"Nilai {format_decimal(value)} untuk {criterion.code} ditolak: isi "
                              f"{criterion.allowed_text()}.", where=criterion.code)
    return value


def validate_cell(criterion: CriterionInfo, text) -> Decimal:
    return check_value(criterion, parse_score(text))


def weighted_total(criteria: list[CriterionInfo], values: dict[str, Decimal]) -> Decimal:
    """Σ weight × score / 10 over the criteria present in ``values`` (0–100 when complete)."""
    total = sum((c.weight * values[c.code] / 10 for c in criteria if c.code in values), Decimal(0))
    return total.quantize(Decimal("0.01"))


def is_complete(criteria: list[CriterionInfo], values: dict[str, Decimal]) -> bool:
    return all(c.code in values for c in criteria)


# ---------------------------------------------------------------- access

def _can_view(actor: SignedInUser, juror_id: str) -> None:
    if actor.role == "juror" and actor.juror_id != juror_id:
        raise PermissionDenied("Juri hanya boleh membuka lembar penilaiannya sendiri.")
    if actor.role not in ("admin", "coordinator", "officer", "juror"):
        raise PermissionDenied("Peran ini tidak boleh membuka lembar penilaian.")


def _assigned(session: Session, panel_id: str, juror_id: str) -> None:
    if session.scalar(select(PanelJuror.id).where(PanelJuror.panel_id == panel_id, PanelJuror.juror_id == juror_id)) is None:
        raise NotFoundError("Juri ini tidak ditugaskan pada panel tersebut.")


def _panel_stage(session: Session, panel_id: str) -> tuple[Panel, str]:
    panel = session.get(Panel, panel_id)
    if panel is None:
        raise NotFoundError(f"Panel '{panel_id}' tidak ditemukan.")
    return panel, session.get(Venue, panel.venue_id).stage_id


def find_sheet(session: Session, key: SheetKey) -> ScoreSheet | None:
    return session.scalars(select(ScoreSheet).where(
        ScoreSheet.stage_id == key.stage_id, ScoreSheet.juror_id == key.juror_id,
        ScoreSheet.pesantren_id == key.pesantren_id).order_by(ScoreSheet.created_at)).first()


def get_or_create_sheet(session: Session, key: SheetKey, *, source: str = "laptop") -> ScoreSheet:
    """The sheet of (stage, juror, pesantren); created on first use with the stage's active
    rubric (which is then frozen). Refused for an absent pesantren or outside the panel."""
    sheet = find_sheet(session, key)
    if sheet is not None:
        return sheet
    _assigned(session, key.panel_id, key.juror_id)
    if session.scalar(select(PanelSlot.id).where(PanelSlot.panel_id == key.panel_id,
                                                 PanelSlot.pesantren_id == key.pesantren_id)) is None:
        raise NotFoundError("Pesantren ini tidak ada dalam urutan tampil panel tersebut.")
    ensure_not_absent(session, key.stage_id, key.pesantren_id)
    rubric = active_rubric(session, key.stage_id)
    sheet = ScoreSheet(stage_id=key.stage_id, panel_id=key.panel_id, juror_id=key.juror_id,
                       pesantren_id=key.pesantren_id, rubric_id=rubric.id, source=source, status="draft")
    session.add(sheet)
    freeze(session, rubric.id)
    session.flush()
    return sheet


def ensure_not_absent(session: Session, stage_id: str, pesantren_id: str) -> None:
    if pesantren_id in attendance.absent_ids(session, stage_id, [pesantren_id]):
        p = session.get(Pesantren, pesantren_id)
        raise ConflictError(f"{p.name if p else 'Pesantren'} tercatat tidak hadir pada tahap ini, "
                            "sehingga tidak dapat dinilai.")


def _sheet(session: Session, sheet: str | SheetKey | ScoreSheet, create: bool = True) -> ScoreSheet:
    if isinstance(sheet, ScoreSheet):
        return sheet
    if isinstance(sheet, tuple) and not isinstance(sheet, SheetKey) and len(sheet) == 4:
        sheet = SheetKey(*sheet)  # (stage_id, panel_id, juror_id, pesantren_id)
    if isinstance(sheet, SheetKey):
        return get_or_create_sheet(session, sheet) if create else find_sheet(session, sheet)
    found = session.get(ScoreSheet, sheet)
    if found is None:
        raise NotFoundError(f"Lembar penilaian '{sheet}' tidak ditemukan.")
    return found


def _check_edit(actor: SignedInUser, sheet: ScoreSheet, reason: str, session: Session | None = None) -> str:
    """The entry kind this actor may write on this sheet, or an error saying why not."""
    if actor.role == "juror":
        if actor.juror_id != sheet.juror_id:
            raise PermissionDenied("Juri hanya boleh mengisi lembar penilaiannya sendiri.")
        if sheet.status in PAPER_BUSY or sheet.source != "laptop":
            raise ConflictError("Lembar ini dientri dari kertas; tidak dapat diubah dari grid juri.")
        if sheet.status != "draft":
            raise ConflictError("Lembar sudah dikunci. Hanya koordinator yang dapat mengoreksi, dengan alasan.")
        return "entry"
    if actor.role in ("admin", "coordinator"):
        if actor.role == "coordinator" and actor.regency_code and session is not None:
            p = session.get(Pesantren, sheet.pesantren_id)
            if p is not None and p.regency_code != actor.regency_code:
                raise PermissionDenied("Koordinator hanya boleh mengoreksi nilai pesantren kab/kotanya sendiri.")
        if sheet.status in PAPER_BUSY:
            raise ConflictError("Lembar kertas ini belum terverifikasi; selesaikan entri ganda lebih dulu.")
        if not (reason or "").strip():
            raise ValidationError("Koreksi oleh koordinator wajib disertai alasan.", where="alasan")
        return "correction"
    raise PermissionDenied("Petugas tidak boleh mengisi nilai di grid; gunakan entri lembar kertas.")


# ---------------------------------------------------------------- writing

def write_value(session: Session, sheet: ScoreSheet, code: str, value: Decimal, *, kind: str, by: str,
                reason: str = "", head: ScoreEntry | None = None) -> ScoreEntry:
    """Append one version (no checks, no audit): shared by paper entry and import."""
    e = ScoreEntry(sheet_id=sheet.id, criterion_code=code, value=value, kind=kind, entered_by=by,
                   reason=reason, supersedes_id=head.id if head else None)
    session.add(e)
    return e


def _head(session: Session, sheet_id: str, code: str) -> ScoreEntry | None:
    hs = entry_heads(session, [sheet_id]).get(sheet_id, {}).get(code, [])
    return max(hs, key=lambda e: (e.created_at, e.device_seq)) if hs else None


def sheet_values(session: Session, sheet_id: str) -> dict[str, Decimal]:
    by_code = entry_heads(session, [sheet_id]).get(sheet_id, {})
    return {code: hs[0].value for code, hs in by_code.items() if len(hs) == 1}


def set_score(session: Session, actor: SignedInUser, sheet: str | SheetKey | ScoreSheet, code: str, text,
              *, reason: str = "") -> CellResult:
    """Validate and store one cell. ``sheet`` is a sheet id, a ``SheetKey`` (the sheet is created
    on first use) or a ScoreSheet. Raises ValidationError (bad value; message gives the allowed
    range/step), PermissionDenied (not your sheet / role), ConflictError (locked, absent)."""
    s = _sheet(session, sheet)
    _can_view(actor, s.juror_id)
    kind = _check_edit(actor, s, reason, session)
    rubric = rubric_info(session, s.rubric_id)
    crit = rubric.criterion(code)
    value = validate_cell(crit, text)
    head = _head(session, s.id, crit.code)
    changed = head is None or head.value != value
    if changed:
        write_value(session, s, crit.code, value, kind=kind, by=actor.username, reason=reason, head=head)
        session.flush()
        audit.record(session, actor=actor, action="score.correct" if kind == "correction" else "score.set",
                     entity="score_sheet", entity_id=s.id,
                     old={crit.code: head.value} if head else None, new={crit.code: value}, reason=reason)
    values = sheet_values(session, s.id)
    return CellResult(s.id, crit.code, value, changed, weighted_total(rubric.criteria, values),
                      is_complete(rubric.criteria, values), s.status)


def correct_score(session: Session, actor: SignedInUser, sheet_id: str, code: str, text, *, reason: str) -> CellResult:
    """A coordinator's correction of a (locked) sheet; the old value stays as the superseded version."""
    if actor.role not in ("admin", "coordinator"):
        raise PermissionDenied("Hanya koordinator atau admin yang boleh mengoreksi nilai.")
    return set_score(session, actor, sheet_id, code, text, reason=reason)


def set_comment(session: Session, actor: SignedInUser, sheet: str | SheetKey | ScoreSheet, text: str,
                *, reason: str = "") -> str:
    """Store the juror's comment for one pesantren; same permissions as ``set_score``."""
    s = _sheet(session, sheet)
    _can_view(actor, s.juror_id)
    _check_edit(actor, s, reason, session)
    old = s.comment
    s.comment = (text or "").strip()
    if old != s.comment:
        session.flush()
        audit.record(session, actor=actor, action="score.comment", entity="score_sheet", entity_id=s.id,
                     old={"comment": old}, new={"comment": s.comment}, reason=reason)
    return s.id


# ---------------------------------------------------------------- reading

def juror_grid(session: Session, actor: SignedInUser, panel_id: str, juror_id: str) -> JurorGrid:
    """Rows = the panel's pesantren in order of appearance, with the juror's current values."""
    _can_view(actor, juror_id)
    panel, stage_id = _panel_stage(session, panel_id)
    _assigned(session, panel_id, juror_id)
    juror = session.get(Juror, juror_id)
    slots = session.execute(select(PanelSlot, Pesantren).join(Pesantren, Pesantren.id == PanelSlot.pesantren_id)
                            .where(PanelSlot.panel_id == panel_id).order_by(PanelSlot.position)).all()
    pids = [p.id for _, p in slots]
    sheets = {s.pesantren_id: s for s in session.scalars(select(ScoreSheet).where(
        ScoreSheet.stage_id == stage_id, ScoreSheet.juror_id == juror_id, ScoreSheet.pesantren_id.in_(pids)))} if pids else {}
    rubric = rubric_info(session, next(iter(sheets.values())).rubric_id) if sheets else active_rubric(session, stage_id)
    values = _values(session, [s.id for s in sheets.values()])
    absent = attendance.absent_ids(session, stage_id, pids)
    rows = []
    for slot, p in slots:
        s = sheets.get(p.id)
        v = values.get(s.id, {}) if s else {}
        editable = p.id not in absent and (
            (actor.role == "juror" and (s is None or (s.status == "draft" and s.source == "laptop")))
            or (actor.can_manage and (s is None or s.status not in PAPER_BUSY)))
        rows.append(GridRow(slot.position, slot.time_slot, p.id, p.name, p.nspp, p.reg_number, s.id if s else None,
                            v, weighted_total(rubric.criteria, v), is_complete(rubric.criteria, v),
                            s.comment if s else "", s.status if s else "", s.source if s else "", p.id in absent,
                            editable))
    scorable = [r for r in rows if not r.absent]
    scored = sum(r.complete for r in scorable)
    return JurorGrid(stage_id, panel_id, panel.name, juror_id, juror.name if juror else "", rubric, rows, scored,
                     len(scorable) - scored, bool(scorable) and all(r.status in COUNTING_STATUSES for r in scorable))


def _values(session: Session, sheet_ids: list[str]) -> dict[str, dict[str, Decimal]]:
    from .score_query import current_values
    return current_values(session, sheet_ids)


def juror_progress(session: Session, panel_id: str, juror_id: str) -> JurorProgress:
    """Scored (complete sheets) / still to score, absent pesantren left out."""
    from .accounts import SYSTEM_ACTOR
    g = juror_grid(session, SYSTEM_ACTOR, panel_id, juror_id)
    return JurorProgress(panel_id, juror_id, g.scored, g.to_score)


def lock_sheets(session: Session, actor: SignedInUser, panel_id: str, juror_id: str, pin: str,
                *, pesantren_ids: list[str] | None = None) -> LockResult:
    """"Kirim & kunci": the juror's PIN locks all their draft sheets in the panel (or only
    ``pesantren_ids``). Refused with the list of what is missing when any sheet is incomplete."""
    if actor.role == "juror" and actor.juror_id != juror_id:
        raise PermissionDenied("Juri hanya boleh mengunci lembar penilaiannya sendiri.")
    if actor.role == "officer":
        raise PermissionDenied("Petugas tidak boleh mengunci lembar juri.")
    verify_juror_pin(session, juror_id, pin)
    grid = juror_grid(session, actor, panel_id, juror_id)
    rows = [r for r in grid.rows if not r.absent and (pesantren_ids is None or r.pesantren_id in pesantren_ids)]
    missing = []
    for r in rows:
        if r.status in COUNTING_STATUSES:
            continue
        lacking = [c.code for c in grid.rubric.criteria if c.code not in r.values]
        if lacking:
            missing.append(f"no. {r.position} {r.name}: {', '.join(lacking)}")
    if missing:
        raise ValidationError("Lembar belum lengkap, belum dapat dikunci — " + "; ".join(missing)
                              + ". (Jika pesantren tidak hadir, minta petugas menandainya.)", where="Kirim & kunci")
    locked = []
    now = utcnow()
    for r in rows:
        if r.status == "draft" and r.sheet_id:
            s = session.get(ScoreSheet, r.sheet_id)
            if s.source != "laptop":
                continue
            s.status, s.locked_at, s.locked_by = "locked", now, actor.username
            locked.append(s.id)
    session.flush()
    if locked:
        audit.record(session, actor=actor, action="score.lock", entity="panel_juror", entity_id=f"{panel_id}/{juror_id}",
                     new={"sheets": locked, "status": "locked"})
    return LockResult(len(locked), locked)


def list_sheets(session: Session, *, stage_id: str | None = None, panel_id: str | None = None,
                juror_id: str | None = None, statuses: tuple[str, ...] | None = None) -> list[SheetSummary]:
    """Every sheet with its current values and weighted total (for `opop scores list`, results)."""
    q = (select(ScoreSheet, Panel, Juror, Pesantren).join(Panel, Panel.id == ScoreSheet.panel_id)
         .join(Juror, Juror.id == ScoreSheet.juror_id).join(Pesantren, Pesantren.id == ScoreSheet.pesantren_id)
         .order_by(Panel.name, Juror.name, Pesantren.name))
    if stage_id:
        q = q.where(ScoreSheet.stage_id == stage_id)
    if panel_id:
        q = q.where(ScoreSheet.panel_id == panel_id)
    if juror_id:
        q = q.where(ScoreSheet.juror_id == juror_id)
    if statuses:
        q = q.where(ScoreSheet.status.in_(statuses))
    rows = session.execute(q).all()
    values = _values(session, [s.id for s, *_ in rows])
    rubrics: dict[str, RubricInfo] = {}
    out = []
    for s, panel, juror, p in rows:
        rubric = rubrics.get(s.rubric_id) or rubrics.setdefault(s.rubric_id, rubric_info(session, s.rubric_id))
        v = values.get(s.id, {})
        out.append(SheetSummary(s.id, s.stage_id, s.panel_id, panel.name, s.juror_id, juror.name, p.id, p.name,
                                p.nspp, s.status, s.source, v, weighted_total(rubric.criteria, v),
                                is_complete(rubric.criteria, v)))
    return out
