"""Per-juror statistics and z-scores: a diagnostic shown beside raw scores, never the rule.

Panels are nested in regencies, so a juror's mean mixes severity with the strength of the
pesantren they happened to see (DESIGN.md §4); z-scores only help spot a harsh or lenient juror.
"""
from __future__ import annotations

import math
from collections import defaultdict
from decimal import Decimal
from typing import Sequence

from .inputs import SheetInput
from .outputs import JurorStats


def juror_stats(counted: Sequence[tuple[SheetInput, Decimal]]) -> list[JurorStats]:
    by_juror: dict[str, list[tuple[SheetInput, Decimal]]] = defaultdict(list)
    for sheet, total in counted:
        by_juror[sheet.juror_id].append((sheet, total))
    out = []
    for juror_id, items in by_juror.items():
        totals = sorted(float(t) for _, t in items)
        n = len(totals)
        mu = math.fsum(totals) / n
        sd = math.sqrt(math.fsum((t - mu) ** 2 for t in totals) / n) if n >= 2 else None
        out.append(JurorStats(
            juror_id=juror_id, name=items[0][0].juror_name or juror_id,
            panel_ids=tuple(sorted({s.panel_id for s, _ in items})), count=n, mean=mu, sd=sd,
            minimum=totals[0], maximum=totals[-1], totals=totals))
    out.sort(key=lambda j: (j.panel_ids, j.name, j.juror_id))
    return out


def sheet_z_scores(counted: Sequence[tuple[SheetInput, Decimal]],
                   stats: Sequence[JurorStats]) -> dict[str, float]:
    """sheet_id → z of its total among that juror's totals (undefined with SD 0 or one sheet)."""
    by_id = {j.juror_id: j for j in stats}
    out = {}
    for sheet, total in counted:
        j = by_id[sheet.juror_id]
        if j.sd:
            out[sheet.sheet_id] = (float(total) - j.mean) / j.sd
    return out
