"""Per-juror statistics and z-scores: a diagnostic shown beside raw scores, never the rule.

Panels are nested in regencies, so a juror's mean mixes severity with the strength of the
pesantren they happened to see (DESIGN.md §4); z-scores only help spot a harsh or lenient juror.
"""
from __future__ import annotations

import math
from itertools import repeat
from operator import attrgetter, itemgetter, sub
from typing import Sequence

from .inputs import SheetInput
from .outputs import JurorStats

_sheet, _total, _panel_id = itemgetter(0), itemgetter(1), attrgetter("panel_id")


def _mean_sd(totals: list[float]) -> tuple[float, float | None]:
    """Mean and population SD (None under 2 totals), summed exactly (fsum: any order gives the
    same floats)."""
    n = len(totals)
    mu = math.fsum(totals) / n
    # Σ (t - mu)² in C-level passes: 45,000 sheets in a province.
    return mu, (math.sqrt(math.fsum(map(pow, map(sub, totals, repeat(mu)), repeat(2))) / n) if n >= 2 else None)


def juror_stats(by_juror: dict[str, list[tuple[SheetInput, int]]], as_float: dict[int, float]) -> list[JurorStats]:
    """One JurorStats per juror over their (sheet, total in units) pairs, in the order the
    sheets were counted (``as_float`` gives each total as a float); the juror's name is that of
    their first sheet."""
    out = []
    for juror_id, items in by_juror.items():
        totals = sorted(map(as_float.__getitem__, map(_total, items)))
        mu, sd = _mean_sd(totals)
        out.append(JurorStats(
            juror_id=juror_id, name=items[0][0].juror_name or juror_id,
            panel_ids=tuple(sorted(set(map(_panel_id, map(_sheet, items))))), count=len(totals), mean=mu, sd=sd,
            minimum=totals[0], maximum=totals[-1], totals=totals))
    out.sort(key=lambda j: (j.panel_ids, j.name, j.juror_id))
    return out


def mean_z(counted: Sequence[tuple[SheetInput, int]], as_float: dict[int, float],
           scales: dict[str, tuple[float, float]]) -> float | None:
    """Mean z of these sheets' totals (in units; ``as_float`` gives each as a float), each among
    its juror's totals (``scales``: juror → (mean, SD) for jurors whose SD is defined and not 0);
    None when no sheet has a z."""
    zs = []
    for sheet, total in counted:
        got = scales.get(sheet.juror_id)
        if got is not None:
            zs.append((as_float[total] - got[0]) / got[1])
    return sum(zs) / len(zs) if zs else None


def z_scales(by_juror: dict[str, list[tuple[SheetInput, int]]], as_float: dict[int, float]) -> dict[str, tuple[float, float]]:
    """juror → (mean, SD) of their totals, for jurors whose SD is defined and not 0: the same
    figures as their JurorStats, without making those (only the diagnostics screen shows them)."""
    scales = {}
    for juror_id, items in by_juror.items():
        if len(items) > 1:
            mu, sd = _mean_sd(list(map(as_float.__getitem__, map(_total, items))))
            if sd:
                scales[juror_id] = (mu, sd)
    return scales
