"""Exact arithmetic: sheet totals as exact Decimals, panel aggregates as fractions, half-up
display rounding, and the scaled integers the engine ranks with.

Scores and weights are finite decimals, so Σ weight × score / 10 is an exact Decimal (a wide
local context with the Inexact trap on guarantees it). Means can be repeating (x/3), so
aggregates are ``Fraction``s. Only display values are rounded: 80.125 and 80.12 never look like
a tie to the engine.

``Scale`` does the same sums in whole numbers: a score is a count of score units (0.5 when every
score is a multiple of the step 0.5), a weight a count of weight units (1 for integer weights,
the common denominator otherwise), so a sheet total is an ``int`` and only the final display
divides.
"""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal, Inexact, localcontext
from fractions import Fraction
from typing import Iterable, Mapping, Sequence

from .inputs import TRIM_MIN_JURORS, CriterionSpec

# Wide enough for any rubric; Inexact raises instead of silently rounding.
EXACT = Context(prec=60, traps=[Inexact])
EXACT_ROUNDING = Context(prec=60)  # quantize for display: rounding is the point here


def frac(value) -> Fraction:
    """Exact fraction of a Decimal/int/Fraction/str (floats go through their shortest repr)."""
    if isinstance(value, (Fraction, Decimal, int)):
        return Fraction(value)
    return Fraction(Decimal(str(value)))


def weighted_score(weight, value) -> Decimal:
    """One criterion's share of the total: weight × score / 10, exact."""
    with localcontext(EXACT):
        return Decimal(weight) * Decimal(value) / 10


def sheet_total(criteria: Sequence[CriterionSpec], values: dict[str, Decimal], *,
                partial: bool = False) -> Decimal | None:
    """Σ weight × score / 10 over the rubric (0–100 when weights sum to 100 and scores ≤ 10),
    exact. None while a criterion has no value, unless ``partial`` (the grid's running total
    over the values entered so far)."""
    if not partial and any(c.code not in values for c in criteria):
        return None
    with localcontext(EXACT):
        return sum((Decimal(c.weight) * Decimal(values[c.code]) for c in criteria if c.code in values),
                   Decimal(0)) / 10


def rounded_total(criteria: Sequence[CriterionSpec], values: dict[str, Decimal], *,
                  partial: bool = False) -> Decimal | None:
    """The sheet total as every screen, paper, workbook and command shows it: the exact total
    rounded half-up to 2 places (70.625 → 70.63 everywhere, never 70.62 somewhere)."""
    total = sheet_total(criteria, values, partial=partial)
    return None if total is None else round_half_up(total)


def median_decimal(values: Iterable[Decimal]) -> Decimal:
    """Median of exact decimals, itself exact (a midpoint of two finite decimals is finite)."""
    vals = sorted(values)
    mid = len(vals) // 2
    if len(vals) % 2:
        return vals[mid]
    with localcontext(EXACT):
        return (vals[mid - 1] + vals[mid]) / 2


def round_half_up(value: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """Display rounding only: exact value → Decimal rounded half-up, away from zero on a tie
    (80.125 → 80.13, -1.005 → -1.01). Integer arithmetic: no float, no context."""
    if isinstance(value, Decimal):
        d = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=EXACT_ROUNDING)
        return d.copy_abs() if d == 0 else d  # never "-0.00"
    q = value if type(value) is Fraction else frac(value)
    return rounded_ratio(q.numerator, q.denominator, places)


def rounded_ratio(num: int, den: int, places: int = 2) -> Decimal:
    """num / den (den > 0) rounded half-up to ``places`` for display, as a Decimal."""
    return Decimal(half_up_count(num, den, places)).scaleb(-places)


def half_up_count(num: int, den: int, places: int = 2) -> int:
    """num / den (den > 0, not necessarily in lowest terms) in units of 10^-places, rounded
    half-up (away from zero on a tie)."""
    n = (abs(num) * 10 ** places * 2 + den) // (2 * den)
    return -n if num < 0 else n


def ratio_text(num: int, den: int) -> str:
    """str(Fraction(num, den)) without the Fraction: "1741/20", or "87" when whole (den > 0)."""
    g = math.gcd(num, den)
    num, den = num // g, den // g
    return str(num) if den == 1 else f"{num}/{den}"


def display_float(value: Fraction | Decimal | int, places: int = 2) -> float:
    """``float(display(value))`` without the text: the display rounding, then the float nearest
    to it (n / 10^places is correctly rounded, as float() of the decimal text is)."""
    if isinstance(value, Decimal):
        return float(round_half_up(value, places))
    q = value if type(value) is Fraction else frac(value)
    return ratio_float(q.numerator, q.denominator, places)


def ratio_float(num: int, den: int, places: int = 2) -> float:
    """num / den (den > 0) as ``display_float`` gives it, from the ratio (no Fraction made)."""
    return half_up_count(num, den, places) / 10 ** places


def display(value: Fraction | Decimal | None, places: int = 2) -> str:
    """"80.13": a dot-decimal string for CLI/JSON/PDF (the GUI uses a decimal comma)."""
    return "" if value is None else format(round_half_up(value, places), "f")


def _lcm_of_denominators(values: Iterable) -> int:
    den = 1
    for v in values:
        den = math.lcm(den, Fraction(v).denominator)
    return den


class Scale:
    """Whole-number arithmetic for one tabulation run.

    ``units[value]`` is a score in score units (value × score_den), ``weights[rubric_id]`` the
    rubric's (code, weight × weight_den) pairs; a sheet's total in units is
    Σ weight units × score units and equals total × ``total_den`` exactly."""

    def __init__(self, rubrics: Mapping[str, Sequence[CriterionSpec]], values: Iterable[Decimal]):
        distinct = values if isinstance(values, (set, frozenset)) else set(values)
        self.weight_den = _lcm_of_denominators(c.weight for crits in rubrics.values() for c in crits)
        self.score_den = _lcm_of_denominators(distinct)
        self.total_den = self.weight_den * self.score_den * 10
        self.units = _Units({v: int(v * self.score_den) for v in distinct})
        self.codes = {rid: tuple(c.code for c in crits) for rid, crits in rubrics.items()}
        self.code_sets = {rid: frozenset(codes) for rid, codes in self.codes.items()}
        self.weights = {rid: tuple(int(Decimal(c.weight) * self.weight_den) for c in crits)
                        for rid, crits in rubrics.items()}
        # sheet total in units → the exact Decimal total, each distinct total converted once
        self.totals: dict[int, Decimal] = _ExactTotals(self.total_den)
        # (Σ score units, n) → that mean for display: a province's 63,000 means take a few hundred
        self.shown_mean: dict[tuple[int, int], Decimal] = _ShownMeans(self.score_den)


class _ShownMeans(dict):
    def __init__(self, score_den: int):
        super().__init__()
        self._den = score_den

    def __missing__(self, key: tuple[int, int]) -> Decimal:
        shown = self[key] = rounded_ratio(key[0], key[1] * self._den)
        return shown


class _Units(dict):
    """Score value → score units. A value missing here is a value the scale was not made from
    (TabulationInput.score_values left one out): an error, never a criterion without a value."""

    def __missing__(self, value: Decimal) -> int:
        raise ValueError(f"score {value} is not among the values the scale was made from")


class _ExactTotals(dict):
    """Total units → exact Decimal total (units / total_den), made on first look-up: a plain
    dict look-up after that, for the 45,000 sheets of a province."""

    def __init__(self, total_den: int):
        super().__init__()
        self._den = total_den

    def __missing__(self, total_units: int) -> Decimal:
        with localcontext(EXACT):
            total = self[total_units] = Decimal(total_units) / self._den
        return total


def aggregate_units(kind: str, totals: Sequence[int]) -> tuple[int, int]:
    """The aggregate of sheet totals in units as (numerator, denominator): mean Σ/n, trimmed
    mean (≥ 5 totals: drop one highest and one lowest), median (middle, or the two middles / 2)."""
    if not totals:
        raise ValueError("aggregate of nothing")
    if kind == "mean":
        return sum(totals), len(totals)
    vals = sorted(totals)
    if kind == "trimmed":
        if len(vals) >= TRIM_MIN_JURORS:
            vals = vals[1:-1]
        return sum(vals), len(vals)
    if kind == "median":
        mid = len(vals) // 2
        return (vals[mid], 1) if len(vals) % 2 else (vals[mid - 1] + vals[mid], 2)
    raise ValueError(f"unknown aggregate {kind!r}")
