"""Reading current scores out of the append-only version chains.

A ScoreEntry is a *head* when no other entry supersedes it. One head per (sheet, criterion)
is the current value; several heads are an unresolved conflict and count as no value.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import ScoreEntry


def superseded_ids(entries: Iterable[ScoreEntry]) -> set[str]:
    """Ids superseded by any of ``entries`` (extend here if an entry can supersede several)."""
    out: set[str] = set()
    for e in entries:
        if e.supersedes_id:
            out.add(e.supersedes_id)
        extra = getattr(e, "merges_id", None)
        if extra:
            out.add(extra)
    return out


def entry_heads(session: Session, sheet_ids: Iterable[str]) -> dict[str, dict[str, list[ScoreEntry]]]:
    """sheet_id → criterion code → head entries (normally one)."""
    ids = list(sheet_ids)
    entries: list[ScoreEntry] = []
    for i in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        entries += session.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id.in_(ids[i:i + 500]))).all()
    gone = superseded_ids(entries)
    heads: dict[str, dict[str, list[ScoreEntry]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        if e.id not in gone:
            heads[e.sheet_id][e.criterion_code].append(e)
    return heads


def current_values(session: Session, sheet_ids: Iterable[str]) -> dict[str, dict[str, Decimal]]:
    """sheet_id → criterion code → current value; conflicting criteria are left out."""
    out: dict[str, dict[str, Decimal]] = {}
    for sheet_id, by_code in entry_heads(session, sheet_ids).items():
        out[sheet_id] = {code: hs[0].value for code, hs in by_code.items() if len(hs) == 1}
    return out
