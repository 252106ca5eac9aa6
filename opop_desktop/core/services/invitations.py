"""Who may be invited to a stage: to stage 1 those who passed the administration selection, to
stage N those who passed stage N-1 (results approved by the province, which travel down in the
set-up bundles). Used by the order of appearance (setup.add_pesantren, `opop panels
add-pesantren`, the Persiapan screen's dialog)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..catalogue import msg
from ..errors import ConflictError, NotFoundError
from ..labels import status_label
from ..models import Panel, PanelSlot, Pesantren, Stage, Venue
from . import funnel_status
from .registrants import list_pesantren


def invitable_pesantren(session: Session, stage_id: str, regency_codes: list[str]) -> list:
    """The pesantren of these kab/kota that may be invited to the stage and are in no panel of
    it yet: for stage 1 those who passed administration, for stage N the winners of N-1."""
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError("setup.stage_missing", id=stage_id)
    taken = set(session.scalars(select(PanelSlot.pesantren_id).join(Panel, Panel.id == PanelSlot.panel_id)
                                .join(Venue, Venue.id == Panel.venue_id).where(Venue.stage_id == stage_id)))
    status = funnel_status.derive_all(session)
    out = []
    for code in regency_codes:
        for p in list_pesantren(session, regency_code=code):
            if p.id in taken:
                continue
            if funnel_status.has_passed(status.get(p.id, "registered"), stage.number - 1):
                out.append(p)
    return out


def check_invitable(session: Session, p: Pesantren, stage_number: int) -> None:
    """Who may be invited to a stage: to stage 1 those who passed administration, to stage N
    those who passed stage N-1 (results approved by the province). ConflictError otherwise."""
    status = funnel_status.derive_all(session, [p.id]).get(p.id, "registered")
    if funnel_status.has_passed(status, stage_number - 1):
        return
    if stage_number == 1:
        why = msg("setup.admin_failed") if status == "admin_failed" else msg("setup.admin_undecided")
        raise ConflictError("setup.not_invitable_stage1", name=p.name, reg_number=p.reg_number, why=why)
    raise ConflictError("setup.not_invitable", name=p.name, reg_number=p.reg_number, previous=stage_number - 1,
                        status=status_label(status), stage=stage_number)
