"""Tabulation speed.

1. The pure engine on a synthetic province: 4,000 pesantren × 5 jurors × 7 criteria in 627
   kecamatan, ranked per kecamatan (mean and trimmed). Baseline in the same run: a naive float
   version (weighted totals, mean, one sort per kecamatan) over the same sheets, i.e. what the
   exact fractions, tie-breaks, flags, cusp lists and z-scores cost on top.
2. ``rank(session, 1)`` from a SQLite file filled by ``generate_demo(scale="province")``.
   Baseline: reading the same score_entry rows with one plain SELECT.

Run: .venv/bin/python bench/bench_tabulation.py
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._table import row  # noqa: E402
from opop_desktop.core.tabulation import (  # noqa: E402
    CriterionSpec, EntrantInput, RankingRules, SheetInput, TabulationInput, tabulate,
)

PESANTREN, JURORS = 4000, 5
WEIGHTS = [("PSR", 20), ("PTN", 20), ("PRF", 15), ("INV", 15), ("UNK", 10), ("KUA", 10), ("SDM", 10)]


def synthetic(seed: int = 1) -> TabulationInput:
    rng = random.Random(seed)
    rubric = {"R": tuple(CriterionSpec(c, Decimal(w)) for c, w in WEIGHTS)}
    entrants, sheets = [], []
    for i in range(PESANTREN):
        d = f"32.{i % 27:02d}.{i % 23:02d}"
        entrants.append(EntrantInput(f"p{i}", f"Pesantren {i}", rng.choice(["start-up", "scale-up"]),
                                     district_code=d, attendance="present"))
        for j in range(JURORS):
            values = {c: Decimal(rng.randint(2, 20)) / 2 for c, _ in WEIGHTS}
            sheets.append(SheetInput(f"s{i}-{j}", f"p{i}", f"j{i // 40}-{j}", f"P{i // 40}", "R",
                                     "locked", values=values))
    return TabulationInput(entrants, sheets, rubric)


def naive(data: TabulationInput) -> int:
    weights = dict(WEIGHTS)
    totals = defaultdict(list)
    for s in data.sheets:
        totals[s.pesantren_id].append(sum(weights[c] * float(v) for c, v in s.values.items()) / 10)
    groups = defaultdict(list)
    for e in data.entrants:
        t = totals[e.pesantren_id]
        groups[(e.district_code, e.track)].append((-sum(t) / len(t), e.pesantren_id))
    return sum(len(sorted(g)) for g in groups.values())


def best_of(fn, n=3) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def engine() -> None:
    data = synthetic()
    base = best_of(lambda: naive(data))
    rules = dict(group_by="district", quota={"start-up": 2, "scale-up": 2}, threshold=Decimal(60))
    t_mean = best_of(lambda: tabulate(data, RankingRules(aggregate="mean", **rules)))
    t_trim = best_of(lambda: tabulate(data, RankingRules(aggregate="trimmed", **rules)))
    n = len(data.sheets)
    print(f"engine: {PESANTREN} pesantren, {n} sheets")
    print(f"  naive float baseline   {base * 1000:8.1f} ms")
    print(f"  tabulate mean          {t_mean * 1000:8.1f} ms  ({t_mean / base:.1f}× baseline, {n / t_mean:,.0f} sheets/s)")
    print(f"  tabulate trimmed       {t_trim * 1000:8.1f} ms  ({t_trim / base:.1f}× baseline)")
    row("tabulation", t_mean, base, note=f"{n:,} sheets, best of 3; trimmed {t_trim / base:.1f}×")


def database() -> None:
    from sqlalchemy import func, select

    from opop_desktop.core.db import open_database
    from opop_desktop.core.demo import generate_demo
    from opop_desktop.core.models import ScoreEntry, ScoreSheet
    from opop_desktop.core.services.results import rank

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OPOP_DATA_DIR"] = str(Path(tmp) / "data")
        db = open_database(str(Path(tmp) / "bench.sqlite3"))
        t = time.perf_counter()
        with db.session() as s:
            generate_demo(s, scale="province", seed=1)
        gen = time.perf_counter() - t
        with db.session() as s:
            sheets = s.scalar(select(func.count()).select_from(ScoreSheet))
            base = best_of(lambda: s.execute(select(ScoreEntry.sheet_id, ScoreEntry.criterion_code,
                                                    ScoreEntry.value, ScoreEntry.supersedes_id)).all())
            t_rank = best_of(lambda: rank(s, 1))
            result = rank(s, 1)
            from opop_desktop.core.models import Venue
            venue = s.scalars(select(Venue).order_by(Venue.name)).first()
            t_venue = best_of(lambda: rank(s, 1, venue_id=venue.id))
            venue_rows = len(rank(s, 1, venue_id=venue.id).rows)
        db.dispose()
    print(f"database: demo province ({gen:.1f} s to generate): {len(result.rows)} ranked, {sheets} sheets, "
          f"{len(result.flags)} flags")
    print(f"  SELECT score entries   {base * 1000:8.1f} ms")
    print(f"  rank(session, 1)       {t_rank * 1000:8.1f} ms  ({t_rank / base:.1f}× baseline)")
    print(f"  rank(.., venue_id=…)   {t_venue * 1000:8.1f} ms  ({t_venue / base:.1f}× baseline; {venue_rows} ranked)")


if __name__ == "__main__":
    engine()
    database()
