"""Exact arithmetic: sheet totals as exact Decimals, panel aggregates as fractions, half-up
display rounding.

Scores and weights are finite decimals, so Σ weight × score / 10 is an exact Decimal (a wide
local context with the Inexact trap on guarantees it). Means can be repeating (x/3), so
aggregates are ``Fraction``s. Only display values are rounded: 80.125 and 80.12 never look like
a tie to the engine.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, Inexact, localcontext
from fractions import Fraction
from typing import Iterable, Sequence

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


def mean(values: Iterable[Decimal | Fraction]) -> Fraction:
    vals = list(values)
    if not vals:
        raise ValueError("mean of nothing")
    if all(isinstance(v, Decimal) for v in vals):
        with localcontext(EXACT):
            return Fraction(sum(vals, Decimal(0))) / len(vals)
    return sum((frac(v) for v in vals), Fraction(0)) / len(vals)


def median(values: Iterable[Decimal | Fraction]) -> Fraction:
    vals = sorted(values)
    if not vals:
        raise ValueError("median of nothing")
    mid = len(vals) // 2
    return frac(vals[mid]) if len(vals) % 2 else (frac(vals[mid - 1]) + frac(vals[mid])) / 2


def median_decimal(values: Iterable[Decimal]) -> Decimal:
    """Median of exact decimals, itself exact (a midpoint of two finite decimals is finite)."""
    vals = sorted(values)
    mid = len(vals) // 2
    if len(vals) % 2:
        return vals[mid]
    with localcontext(EXACT):
        return (vals[mid - 1] + vals[mid]) / 2


def trimmed_mean(values: Iterable[Decimal | Fraction]) -> Fraction:
    """Drop one highest and one lowest total when there are ≥ 5; otherwise the plain mean."""
    vals = sorted(values)
    if len(vals) >= TRIM_MIN_JURORS:
        vals = vals[1:-1]
    return mean(vals)


def aggregate(kind: str, values: Iterable[Decimal | Fraction]) -> Fraction:
    if kind == "mean":
        return mean(values)
    if kind == "trimmed":
        return trimmed_mean(values)
    if kind == "median":
        return median(values)
    raise ValueError(f"unknown aggregate {kind!r}")


def round_half_up(value: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """Display rounding only: exact value → Decimal rounded half-up, away from zero on a tie
    (80.125 → 80.13, -1.005 → -1.01). Integer arithmetic: no float, no context."""
    if isinstance(value, Decimal):
        d = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=EXACT_ROUNDING)
        return d.copy_abs() if d == 0 else d  # never "-0.00"
    q = frac(value)
    num, den = abs(q.numerator), q.denominator
    n = (num * 10 ** places * 2 + den) // (2 * den)
    return Decimal(-n if q < 0 else n).scaleb(-places)


def display(value: Fraction | Decimal | None, places: int = 2) -> str:
    """"80.13": a dot-decimal string for CLI/JSON/PDF (the GUI uses a decimal comma)."""
    return "" if value is None else format(round_half_up(value, places), "f")
