"""The kab/kota look-ups of the authority check (checks.BundleCheck): which kab/kota a row
belongs to, from its own columns or its parents, the bundle's rows first, then the database."""
from __future__ import annotations

from itertools import chain, repeat

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Juror, Panel, Pesantren, ScoreSheet, Venue
from . import authority
from .tables import rows_where_in

_UNSEEN = object()


def _pairs(session: Session, model, column: str):
    """(id, column) of every row of a small set-up table (venues, panels; text columns). Read again
    for every bundle, as a bundle before it may have changed them: on SQLite by the driver, no
    ORM result rows."""
    if session.get_bind().dialect.name == "sqlite":
        session.flush()  # as a Session query would (autoflush)
        return session.connection().exec_driver_sql(
            f"SELECT id, {column} FROM {model.__tablename__}").fetchall()
    return session.execute(select(model.id, model.__table__.c[column])).all()


class ScopeLookups:
    """The parents a row's kab/kota is read from: the bundle's own rows first, then the database
    (read once per bundle: a bundle before it may have changed them). The sheets, pesantren and
    jurors wanted from the database are worked out here, and read when the first one not in the
    bundle is asked for (most bundles carry every sheet their entries need, and attendance with
    its venue never asks for a pesantren): nothing is written between the check's start and its
    last look-up, so they read the same rows as they would have here."""

    def __init__(self, session: Session, records: dict[str, list[dict]]):
        self.session = session
        self._venue = dict(_pairs(session, Venue, "regency_codes"))
        self._venue.update({r.get("id"): r.get("regency_codes") or "" for r in records.get("venue", [])})
        self._panel = dict(_pairs(session, Panel, "venue_id"))
        self._panel.update({r.get("id"): r.get("venue_id") for r in records.get("panel", [])})
        self._sheet = {r.get("id"): r.get("panel_id") for r in records.get("score_sheet", [])}
        self._sheet_scope, self._venue_scope = {}, {}
        want = set(chain.from_iterable(map(dict.get, records.get(k, ()), repeat("sheet_id"))
                                       for k in ("score_entry", "paper_entry")))
        # what to read from the database on first need: which, its table and column, the ids
        self._stored = {"sheet": (ScoreSheet, ScoreSheet.panel_id, want - set(self._sheet))}
        self._pes = {r.get("id"): r.get("regency_code") for r in records.get("pesantren", [])}
        want = set(chain.from_iterable(map(dict.get, rows, repeat("pesantren_id")) for rows in records.values()
                                       if rows and "pesantren_id" in rows[0]))
        self._stored["pesantren"] = (Pesantren, Pesantren.regency_code, want - set(self._pes))
        self._juror = {r.get("id"): r.get("regency_code") for r in records.get("juror", [])}
        want = {r.get("juror_id") for r in records.get("conflict_of_interest", [])}
        self._stored["juror"] = (Juror, Juror.regency_code, want - set(self._juror))

    def scope(self) -> authority.Scope:
        return authority.Scope(self._venue_of, self._panel_of, self._sheet_of, self._pes_of, self._juror_of)

    def _known(self, key, into: dict, which: str) -> dict:
        """``into`` (``which``: sheets, pesantren or jurors), with the wanted rows of the database
        once a key not in it is asked for."""
        if key not in into and which in self._stored:
            model, col, ids = self._stored.pop(which)
            into.update(rows_where_in(self.session, model.__table__, ["id", col.expression.name],
                                      "id", [i for i in ids if isinstance(i, str)]))
        return into

    def _venue_of(self, vid):
        try:  # asked once per distinct sheet or panel of the bundle: each venue worked out once
            return self._venue_scope[vid]
        except KeyError:
            codes = self._venue.get(vid)
            out = self._venue_scope[vid] = None if codes is None else frozenset(c for c in codes.split(",") if c)
            return out

    def _panel_of(self, pid):
        return self._venue_of(self._panel.get(pid))

    def _sheet_of(self, sid):
        # no try/except: a big bundle asks once per distinct sheet, so most asks miss
        out = self._sheet_scope.get(sid, _UNSEEN)
        if out is _UNSEEN:
            out = self._sheet_scope[sid] = self._panel_of(self._known(sid, self._sheet, "sheet").get(sid))
        return out

    def _pes_of(self, pid):
        code = self._known(pid, self._pes, "pesantren").get(pid)
        return None if code is None else frozenset({code})

    def _juror_of(self, jid):
        jurors = self._known(jid, self._juror, "juror")
        if jid not in jurors:
            return None
        code = jurors[jid]
        return frozenset({code}) if code else authority.ANY
