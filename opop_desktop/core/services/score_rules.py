"""Score entry rules shared by the grid, paper entry and import: parsing "7,5"/"7.5", refusing
values off the range or step (never rounding), weighted totals, who may see whose sheets."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import permissions
from ..catalogue import Num
from ..errors import NotFoundError, PermissionDenied, ValidationError
from ..models import Panel, PanelJuror, Venue
from ..tabulation.totals import rounded_total
from .accounts import SignedInUser
from .rubric import CriterionInfo

# Sheets that count for results: laptop sheets locked by the juror, paper/imported sheets verified.
COUNTING_STATUSES = ("locked", "verified")
# Paper sheets between the first keying and verification: not editable anywhere else.
PAPER_BUSY = ("entered_once", "mismatch")


def parse_score(text) -> Decimal:
    """"7,5" / "7.5" / 7.5 → Decimal("7.5"); ValidationError when not a number."""
    if isinstance(text, Decimal):
        return text
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return Decimal(str(text))
    raw = str(text or "").strip()
    if not raw:
        raise ValidationError("scoring.value_empty", where="scoring.field_value")
    if raw.count(",") + raw.count(".") > 1:
        raise ValidationError("scoring.value_bad_separators", text=raw, where="scoring.field_value")
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise ValidationError("scoring.value_not_number", text=raw, where="scoring.field_value") from None
    if not value.is_finite():
        raise ValidationError("scoring.value_not_number", text=raw, where="scoring.field_value")
    return value


def check_value(criterion: CriterionInfo, value: Decimal) -> Decimal:
    """Refuse (never round) a value outside the range or off the step of ``criterion``."""
    lo, hi, step = criterion.min_score, criterion.max_score, criterion.step
    if value < lo or value > hi or (value - lo) % step != 0:
        raise ValidationError("scoring.value_refused", value=Num(value), code=criterion.code,
                              allowed=criterion.allowed(), where=criterion.code)
    return value


def validate_cell(criterion: CriterionInfo, text) -> Decimal:
    return check_value(criterion, parse_score(text))


def weighted_total(criteria: list[CriterionInfo], values: dict[str, Decimal]) -> Decimal:
    """The grid's running total over the criteria entered so far, rounded like every other
    total (core/tabulation/totals.rounded_total)."""
    return rounded_total(criteria, values, partial=True)


def is_complete(criteria: list[CriterionInfo], values: dict[str, Decimal]) -> bool:
    return all(c.code in values for c in criteria)


def can_view(actor: SignedInUser, juror_id: str) -> None:
    """Every role may open score sheets, a juror only their own."""
    permissions.require(actor, "score.view")
    if actor.role == "juror" and actor.juror_id != juror_id:
        raise PermissionDenied("scoring.juror_view_own")


def ensure_assigned(session: Session, panel_id: str, juror_id: str) -> None:
    if session.scalar(select(PanelJuror.id).where(PanelJuror.panel_id == panel_id,
                                                  PanelJuror.juror_id == juror_id)) is None:
        raise NotFoundError("scoring.juror_not_on_panel")


def panel_stage(session: Session, panel_id: str) -> tuple[Panel, str]:
    panel = session.get(Panel, panel_id)
    if panel is None:
        raise NotFoundError("scoring.panel_missing", panel=panel_id)
    return panel, session.get(Venue, panel.venue_id).stage_id
