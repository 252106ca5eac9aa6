"""Reading the registered pesantren: the flat list the Peserta screen and `opop registrants list`
show, and the funnel counts of Beranda.

``list_pesantren`` is one query over plain columns plus dictionary lookups for region and field
names, so 9,000 rows come back in a fraction of a second.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Pesantren, ProductField, ProgrammeYear
from ..regions import gazetteer
from .registrant_list import COLUMNS, PesantrenRow, pesantren_row  # noqa: F401 - PesantrenRow is part of this API


@dataclass
class FunnelCounts:
    """Cumulative: a pesantren that passed stage 1 also counts as invited to and came to stage 1."""

    registered: int = 0
    admin_passed: int = 0
    admin_failed: int = 0
    invited_1: int = 0
    came_1: int = 0
    absent_1: int = 0
    passed_1: int = 0
    passed_2: int = 0
    passed_3: int = 0


def _programme_id(session: Session, programme_id: str | None) -> str | None:
    if programme_id:
        return programme_id
    py = session.scalars(select(ProgrammeYear.id).where(ProgrammeYear.is_current)).first()
    if py is None:
        py = session.scalars(select(ProgrammeYear.id).order_by(ProgrammeYear.year.desc())).first()
    return py


_COLUMNS = tuple(getattr(Pesantren, name) for name in COLUMNS)


def list_pesantren(session: Session, *, programme_id: str | None = None,
                   regency_code: str | None = None) -> list[PesantrenRow]:
    """Pesantren of the programme year (default: the current one), ordered by kab/kota, kecamatan, name."""
    pid = _programme_id(session, programme_id)
    if pid is None:
        return []
    g = gazetteer()
    field_by_id = {fid: (code, name) for fid, code, name in
                   session.execute(select(ProductField.id, ProductField.code, ProductField.name))}
    query = select(*_COLUMNS).where(Pesantren.programme_year_id == pid)
    if regency_code:
        query = query.where(Pesantren.regency_code == regency_code)
    query = query.order_by(Pesantren.regency_code, Pesantren.district_code, Pesantren.name_key)
    return [pesantren_row(g, field_by_id, row) for row in session.execute(query)]


# Statuses that imply each funnel step was reached (the status is the furthest point).
_LATER_THAN_1 = {f"{s}_{n}" for n in (2, 3) for s in ("invited", "present", "absent", "passed", "failed")}
_REACHED = {
    "admin_passed": {"admin_passed", "invited_1", "present_1", "absent_1", "passed_1", "failed_1"} | _LATER_THAN_1,
    "invited_1": {"invited_1", "present_1", "absent_1", "passed_1", "failed_1"} | _LATER_THAN_1,
    "came_1": {"present_1", "passed_1", "failed_1"} | _LATER_THAN_1,
    "absent_1": {"absent_1"},
    "passed_1": {"passed_1"} | _LATER_THAN_1,
    "passed_2": {"passed_2", "invited_3", "present_3", "absent_3", "passed_3", "failed_3"},
    "passed_3": {"passed_3"},
    "admin_failed": {"admin_failed"},
}


def funnel_counts(session: Session, *, programme_id: str | None = None,
                  regency_code: str | None = None) -> FunnelCounts:
    pid = _programme_id(session, programme_id)
    counts = FunnelCounts()
    if pid is None:
        return counts
    query = (select(Pesantren.status, func.count()).where(Pesantren.programme_year_id == pid)
             .group_by(Pesantren.status))
    if regency_code:
        query = query.where(Pesantren.regency_code == regency_code)
    by_status = dict(session.execute(query).all())
    counts.registered = sum(by_status.values())
    for step, statuses in _REACHED.items():
        setattr(counts, step, sum(n for s, n in by_status.items() if s in statuses))
    return counts
