"""The tabulation engine: sheets → juror totals → panel aggregate → ranking per group and track.

Pure: plain dataclasses in (inputs.py), plain dataclasses out (outputs.py). Rules, in order:
1. Only locked or verified sheets that have every criterion count; the rest is listed in
   ``excluded`` (with a flag so the venue sees it before sealing). Absent pesantren are excluded.
2. Juror total = Σ weight × score / 10; the panel aggregate is the mean, the trimmed mean (≥ 5
   jurors: drop one highest and one lowest) or the median of the totals. Exact: computed in
   scaled whole numbers (totals.Scale), divided only for display.
3. Inside each (group, track): order by aggregate, then by the tie-break criteria's panel means
   (all descending); rows still equal share a rank (competition ranking: 1, 2, 3=, 3=, 5).
4. Selection: aggregate ≥ threshold (when set) and rank within the quota (when set). A shared
   rank that straddles the quota line is not decided here: its rows get outcome ``plenary``.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace
from functools import partial
from decimal import Decimal
from itertools import chain, repeat
from operator import attrgetter, itemgetter, mul

from ..catalogue import Message
from .diagnostics import juror_stats, mean_z, z_scales
from .flags import (
    flat_profile_flag, juror_far_flags, missing_codes, missing_criterion_flag, pending_sheet_flag,
    soft_conflict_flags,
)
from .inputs import ALL_TRACKS, COUNTED_SHEET_STATUSES, EntrantInput, RankingRules, SheetInput, TabulationInput
from .outputs import Cusp, Exclusion, Flag, GroupResult, RankedRow, RankingResult
from .totals import Scale, aggregate_units, frac

PROVINCE_KEY = "32"
PROVINCE_LABEL = "Jawa Barat"


def group_key(entrant: EntrantInput, group_by: str) -> str:
    if group_by == "district":
        return entrant.district_code
    if group_by == "regency":
        return entrant.regency_code
    if group_by == "field":
        return entrant.field_code
    if group_by == "province":
        return PROVINCE_KEY
    raise ValueError(f"unknown group_by {group_by!r}")


def group_label(entrant: EntrantInput, group_by: str, labels: dict[str, str]) -> str:
    key = group_key(entrant, group_by)
    if key in labels:
        return labels[key]
    return {"district": entrant.district_name, "regency": entrant.regency_name,
            "field": entrant.field_name, "province": PROVINCE_LABEL}[group_by] or key


def _group_of(group_by: str, labels: dict[str, str]):
    """entrant → (group key, group label), remembered per key: a province has 9,000 entrants in
    a few hundred groups, and all of a group's entrants carry the same names."""
    seen: dict[tuple, tuple[str, str]] = {}
    name_of = {"district": attrgetter("district_name"), "regency": attrgetter("regency_name"),
               "field": attrgetter("field_name")}.get(group_by, lambda e: PROVINCE_LABEL)

    def of(entrant: EntrantInput) -> tuple[str, str]:
        key = group_key(entrant, group_by)
        got = seen.get((key, name_of(entrant)))
        if got is None:
            got = seen[(key, name_of(entrant))] = (key, group_label(entrant, group_by, labels))
        return got
    return of


def _pending_reason(sheet: SheetInput) -> Message:
    who = sheet.juror_name or sheet.juror_id
    if sheet.source == "paper" and sheet.status in ("entered_once", "mismatch"):
        what = Message("scoring.paper_entered_once" if sheet.status == "entered_once" else "scoring.paper_entries_differ")
        return Message("scoring.pending_paper", {"juror": who, "what": what})
    return Message("scoring.pending_status", {"juror": who, "status": sheet.status})


MISSING_LAST = 10 ** 40  # sorts after every negated (≤ 0) key


class OrderKeys:
    """Each row's sort key: descending aggregate, then descending tie-break means (a criterion
    the row lacks sorts last), as whole numbers: a ratio num/den becomes num × (common_den / den)
    with one ``common_den`` for every ratio, so equal means give equal keys and the order is the
    exact order of the fractions."""

    def __init__(self, common_den: int, tie_breaks: tuple[str, ...]):
        self.common_den, self.tie_breaks = common_den, tie_breaks
        self._positions: dict[tuple[str, ...], tuple] = {}  # codes → (tie-break positions, picker)

    def key(self, agg: tuple[int, int], codes: tuple[str, ...], sums: tuple[int, ...],
            counts: tuple[int, ...]) -> tuple[int, ...]:
        """``agg``: (num, den); ``codes``, ``sums``, ``counts``: the row's criteria, parallel."""
        den = self.common_den
        head = -agg[0] * (den // agg[1])
        got = self._positions.get(codes)
        if got is None:
            positions = tuple(codes.index(c) if c in codes else None for c in self.tie_breaks)
            pick = _items(positions) if positions and None not in positions else None
            got = self._positions[codes] = (positions, pick)
        positions, pick = got
        if pick is not None and counts.count(counts[0]) == len(counts):  # every mean over n sheets
            return (head, *map(mul, pick(sums), repeat(-(den // counts[0]))))
        return (head, *(MISSING_LAST if i is None else -sums[i] * (den // counts[i]) for i in positions))


def _items(keys: tuple):
    """The items at ``keys`` (a sheet's values at its codes, a row's sums at the tie-break
    positions), as a tuple: itemgetter of one key gives no tuple."""
    if len(keys) == 1:
        key = keys[0]
        return lambda values: (values[key],)
    return itemgetter(*keys)


def assign_ranks(rows: list[RankedRow], tie_breaks: tuple[str, ...]) -> list[RankedRow]:
    """Sort by ``order_key`` (then name and id, for a stable listing) and give competition
    ranks; rows equal on every key share a rank and ``tie``. (``tie_breaks`` are already part of
    each row's key.)"""
    rows.sort(key=_listing_order)
    i, n = 0, len(rows)
    while i < n:
        key = rows[i].order_key
        j = i
        while j + 1 < n and rows[j + 1].order_key == key:
            j += 1
        shared = j > i
        label = f"{i + 1}=" if shared else str(i + 1)
        for r in rows[i:j + 1]:
            r.rank, r.tie, r.rank_label = i + 1, shared, label
        i = j + 1
    return rows


_listing_order = attrgetter("order_key", "name", "pesantren_id")
_counts = attrgetter("criterion_counts")
_juror_then_sheet = attrgetter("juror_id", "sheet_id")


def select(rows: list[RankedRow], quota: int | None) -> bool:
    """Set outcomes on ranked rows (``passes_threshold`` already set); True when a tie straddles
    the quota line."""
    straddle = False
    # Size of each shared-rank block, to see whether it crosses the quota line.
    block = defaultdict(int)
    for r in rows:
        block[r.rank] += 1
    for r in rows:
        last = r.rank + block[r.rank] - 1
        r.within_quota = quota is None or last <= quota
        if not r.passes_threshold:
            r.outcome = "not_selected"
        elif quota is not None and r.rank <= quota < last:
            r.outcome = "plenary"
            straddle = True
        elif r.within_quota:
            r.outcome = "selected"
        else:
            r.outcome = "not_selected"
    return straddle


def cusp(rows: list[RankedRow], quota, threshold, size: int) -> Cusp | None:
    if quota is None and threshold is None:
        return None
    line = sum(1 for r in rows if r.outcome in ("selected", "plenary"))
    return Cusp(line="quota" if quota is not None else "threshold",
                inside=rows[max(0, line - size):line], outside=rows[line:line + size])


def per_panel_rankings(rows: list[RankedRow], tie_breaks) -> dict[str, list[RankedRow]]:
    by_panel: dict[str, list[RankedRow]] = defaultdict(list)
    for r in rows:
        for p in r.panel_ids:
            by_panel[p].append(replace(r, flags=list(r.flags)))
    return {p: assign_ranks(rs, tie_breaks) for p, rs in sorted(by_panel.items())}


def criterion_sums(scale: Scale, scores_by_rubric: dict[str, list[tuple[int, ...]]], order: list[str],
                   in_order: dict[str, bool], counts_of) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """A pesantren's counted sheets summed per criterion, in ``order``: (codes, Σ score units,
    number of sheets), three parallel tuples. Each rubric's sheets are summed column by column;
    ``in_order[rubric]``: its codes already come in ``order``; ``counts_of((n, k))``: the tuple
    of k times n, shared."""
    if len(scores_by_rubric) == 1:  # the usual case: one rubric, one row of sums
        (rubric_id, sheets), = scores_by_rubric.items()
        codes = scale.codes[rubric_id]
        sums = tuple(map(sum, zip(*sheets)))
        counts = counts_of((len(sheets), len(codes)))
        if in_order[rubric_id]:
            return codes, sums, counts
        acc = dict(zip(codes, zip(sums, counts)))
    else:
        acc = {}
        for rubric_id, sheets in scores_by_rubric.items():
            for code, column in zip(scale.codes[rubric_id], zip(*sheets)):
                got = acc.setdefault(code, (0, 0))
                acc[code] = (got[0] + sum(column), got[1] + len(column))
    codes = tuple(code for code in order if code in acc)
    return codes, tuple(acc[c][0] for c in codes), tuple(acc[c][1] for c in codes)


class _SharedCounts(dict):
    """(n, k) → the tuple of k times n: one per size, shared by the rows' sheet counts."""

    def __missing__(self, key: tuple[int, int]) -> tuple[int, ...]:
        got = self[key] = (key[0],) * key[1]
        return got


def _far_from_median(totals: list[int], far2: int) -> bool:
    """Whether some total is more than the limit from the median, in whole numbers: twice the
    distance (the median of an even count is a half) against twice the limit (``far2``). Only
    then are the flags made, in exact decimals (flags.juror_far_flags)."""
    if len(totals) < 2:
        return False
    vals = sorted(totals)
    mid = len(vals) // 2
    med2 = 2 * vals[mid] if len(vals) % 2 else vals[mid - 1] + vals[mid]
    return max(2 * vals[-1] - med2, med2 - 2 * vals[0]) > far2


def _panels_of(counted: list[tuple[SheetInput, int]]) -> tuple[str, ...]:
    """The panels that scored these sheets, sorted (nearly always one)."""
    first = counted[0][0].panel_id
    for s, _t in counted:
        if s.panel_id != first:
            return tuple(sorted({s.panel_id for s, _ in counted}))
    return (first,)


def tabulate(data: TabulationInput, rules: RankingRules) -> RankingResult:
    criteria_order: list[str] = []
    for crits in data.rubrics.values():
        for c in crits:
            if c.code not in criteria_order:
                criteria_order.append(c.code)
    result = RankingResult(
        stage_number=rules.stage_number, group_by=rules.group_by, aggregate=rules.aggregate,
        quota=dict(rules.quota), threshold=rules.threshold, tie_breaks=tuple(rules.tie_breaks),
        criteria=tuple(criteria_order), variance_limit=Decimal(rules.variance_limit))
    sheets_of: dict[str, list[SheetInput]] = defaultdict(list)  # each pesantren's sheets by juror
    for s in data.sheets:
        sheets_of[s.pesantren_id].append(s)
    for own in sheets_of.values():  # a few each: cheaper than one sort of all 45,000 of a province
        if len(own) > 1:
            own.sort(key=_juror_then_sheet)

    def criteria_of(sheet: SheetInput):
        return data.rubrics.get(sheet.rubric_id, ())

    values = data.score_values
    if values is None:
        values = set(chain.from_iterable(map(dict.values, map(attrgetter("values"), data.sheets))))
    scale = Scale(data.rubrics, values)
    # Twice the juror_far limit in total units, rounded down: a whole number exceeds a limit
    # exactly when it exceeds the limit's floor.
    far2 = math.floor(2 * frac(rules.variance_limit) * scale.total_den)
    # rubric → (its values in order, weight units): rubrics without criteria count nothing.
    plans = {rid: (_items(scale.codes[rid]), scale.weights[rid]) for rid, crits in data.rubrics.items() if crits}
    in_order = {rid: [c for c in criteria_order if c in scale.code_sets[rid]] == list(scale.codes[rid])
                for rid in data.rubrics}
    units = scale.units.__getitem__
    plan_of, counted_statuses = plans.get, COUNTED_SHEET_STATUSES
    total_of = scale.totals  # total units → exact total
    counted_of: dict[str, list[tuple[SheetInput, int]]] = {}
    by_juror: dict[str, list[tuple[SheetInput, int]]] = defaultdict(list)  # counted sheets, total units
    rows: list[RankedRow] = []
    agg_of: dict[str, tuple[int, int]] = {}  # pesantren → aggregate, as (numerator, denominator)
    counts_of = _SharedCounts().__getitem__
    shown_mean = scale.shown_mean.__getitem__
    flags: list[Flag] = []
    far_of: list[str] = []  # pesantren with a juror_far flag (made later)
    group_of = _group_of(rules.group_by, data.group_labels)
    by_mean, total_den, tie_breaks = rules.aggregate == "mean", scale.total_den, result.tie_breaks
    for e in sorted(data.entrants, key=attrgetter("pesantren_id")):
        pid = e.pesantren_id
        if e.attendance == "absent":
            scored = len(sheets_of.get(pid, []))
            reason = (Message("scoring.excluded_absent_scored", {"sheets": scored}) if scored
                      else Message("scoring.excluded_absent"))
            result.excluded.append(Exclusion(pid, e.name, "absent", reason))
            continue
        counted: list[tuple[SheetInput, int]] = []
        counted_units: list[int] = []
        scores_by_rubric: dict[str, list[tuple[int, ...]]] = {}
        flat: list[SheetInput] = []
        for s in sheets_of.get(pid, ()):
            if s.status not in counted_statuses:
                reason = _pending_reason(s)
                result.excluded.append(Exclusion(pid, e.name, "sheet_not_final", reason, s.sheet_id, s.juror_id))
                flags.append(pending_sheet_flag(e, s, reason))
                continue
            plan = plan_of(s.rubric_id)
            try:
                scores = None if plan is None else tuple(map(units, plan[0](s.values)))
            except KeyError:  # a criterion without a value
                scores = None
            if scores is None:
                crits = criteria_of(s)
                missing = missing_codes(crits, s.values) if crits else ["(rubrik tidak dikenal)"]
                flag = missing_criterion_flag(e, s, missing)
                result.excluded.append(Exclusion(pid, e.name, "sheet_incomplete", flag.message, s.sheet_id,
                                                 s.juror_id))
                flags.append(flag)
                continue
            t = sum(map(mul, plan[1], scores))
            same_rubric = scores_by_rubric.get(s.rubric_id)
            if same_rubric is None:
                scores_by_rubric[s.rubric_id] = [scores]
            else:
                same_rubric.append(scores)
            # First and last compared first: they nearly always differ.
            if len(scores) > 1 and scores[0] == scores[-1] and scores.count(scores[0]) == len(scores):
                flat.append(s)
            counted_units.append(t)
            pair = (s, t)
            counted.append(pair)
            by_juror[s.juror_id].append(pair)
        if not counted:
            result.excluded.append(Exclusion(pid, e.name, "no_valid_sheet",
                                             Message("scoring.excluded_no_valid_sheet")))
            continue
        counted_of[pid] = counted
        plain_mean = (sum(counted_units), len(counted_units))
        agg = plain_mean if by_mean else aggregate_units(rules.aggregate, counted_units)
        codes, sums, counts = criterion_sums(scale, scores_by_rubric, criteria_order, in_order, counts_of)
        agg_of[pid] = agg
        key, label = group_of(e)
        # Positional, in field order (9,000 rows): ..., rank, rank_label, tie, score_ratio,
        # mean_ratio, criterion_means, criterion_codes, criterion_units, criterion_counts,
        # score_den, juror_count, juror_totals, panel_ids
        rows.append(RankedRow(
            pid, e.name, e.track, key, label, e.nspp, e.reg_number, e.district_code, e.district_name,
            e.regency_code, e.regency_name, e.field_code, e.field_name, 0, "", False,
            (agg[0], agg[1] * total_den), (plain_mean[0], plain_mean[1] * total_den),
            dict(zip(codes, map(shown_mean, zip(sums, counts)))), codes, sums, counts, scale.score_den,
            len(counted), {s.juror_id: total_of[t] for s, t in counted}, _panels_of(counted)))
        if _far_from_median(counted_units, far2):
            # Made on first read of result.flags; the row's kinds need only know there is one.
            far_of.append(pid)
            result._flags_later.append(partial(_far_flags, e, counted, total_of, rules.variance_limit))
        if flat:
            flags += [flat_profile_flag(e, sheet, criteria_of(sheet)) for sheet in flat]
        if data.soft_conflicts:
            flags += soft_conflict_flags(e, counted, data.soft_conflicts)

    # Diagnostics on the totals as floats, sheet by sheet in the order they were counted.
    as_float = {t: float(total) for t, total in total_of.items()}
    result._jurors_later = partial(juror_stats, by_juror, as_float)
    scales = z_scales(by_juror, as_float)
    kinds_of: dict[str, list[str]] = defaultdict(list)
    for f in flags:
        if f.kind not in kinds_of[f.pesantren_id]:
            kinds_of[f.pesantren_id].append(f.kind)
    for pid in far_of:
        kinds_of[pid].append("juror_far")
    # One common denominator for every aggregate and tie-break mean: their keys are whole numbers.
    dens = set(map(itemgetter(1), agg_of.values()))
    dens.update(chain.from_iterable(set(map(_counts, rows))))  # the counts tuples are mostly shared
    keys = OrderKeys(math.lcm(1, *dens), tie_breaks)
    kinds_get = kinds_of.get
    # score ≥ threshold in whole numbers: agg_num / (agg_den × total_den) ≥ t_num / t_den
    limit = None if rules.threshold is None else frac(rules.threshold)
    for r in rows:
        pid = r.pesantren_id
        agg = agg_of[pid]
        if limit is not None:
            r.passes_threshold = agg[0] * limit.denominator >= limit.numerator * agg[1] * total_den
        r.order_key = keys.key(agg, r.criterion_codes, r.criterion_units, r.criterion_counts)
        r.z_score = mean_z(counted_of[pid], as_float, scales)
        kinds = kinds_get(pid)
        r.flags = sorted(kinds) if kinds else []

    grouped: dict[tuple[str, str], list[RankedRow]] = defaultdict(list)
    for r in rows:
        grouped[(r.group_key, r.track if rules.per_track else ALL_TRACKS)].append(r)
    for (key, track), members in sorted(grouped.items()):
        assign_ranks(members, result.tie_breaks)
        quota = rules.quota_for(track)
        g = GroupResult(key=key, label=members[0].group_label, track=track, quota=quota,
                        threshold=rules.threshold, rows=members, tie_breaks=result.tie_breaks)
        g.needs_plenary = select(members, quota)
        if g.needs_plenary:
            g.warnings.append(Message("scoring.warning_tie_at_quota",
                                      {"quota": quota, "group": g.label, "track": track}))
        panels = {p for r in members for p in r.panel_ids}
        if len(panels) > 1:
            g.mixed_panels = True
            g.warnings.append(Message("scoring.warning_mixed_panels",
                                      {"group": g.label, "track": track, "n": len(panels)}))
        g.cusp = cusp(members, quota, rules.threshold, rules.cusp_size)
        result.groups.append(g)
        result.rows += members
        result.warnings += g.warnings
    result._flags = sorted(flags, key=lambda f: (f.pesantren_name, f.kind, f.key))
    return result


def _far_flags(entrant: EntrantInput, counted: list[tuple[SheetInput, int]], total_of: dict[int, Decimal],
               limit) -> list[Flag]:
    return juror_far_flags(entrant, [(s, total_of[t]) for s, t in counted], limit)
