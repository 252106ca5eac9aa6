"""Exact arithmetic: sheet totals and panel aggregates as fractions; half-up display rounding.

Everything that is compared stays a ``Fraction``; only display values are rounded, so 80.125
and 80.12 never look like a tie to the engine.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Iterable, Sequence

from .inputs import TRIM_MIN_JURORS, CriterionSpec


def frac(value) -> Fraction:
    """Exact fraction of a Decimal/int/str (floats go through their shortest repr)."""
    if isinstance(value, (Fraction, Decimal, int)):
        return Fraction(value)
    return Fraction(Decimal(str(value)))


def sheet_total(criteria: Sequence[CriterionSpec], values: dict[str, Decimal]) -> Fraction:
    """Σ weight × score / 10 over the rubric (0–100 when weights sum to 100 and scores ≤ 10)."""
    return sum((frac(c.weight) * frac(values[c.code]) for c in criteria), Fraction(0)) / 10


def mean(values: Iterable[Fraction]) -> Fraction:
    vals = list(values)
    if not vals:
        raise ValueError("mean of nothing")
    return sum(vals, Fraction(0)) / len(vals)


def median(values: Iterable[Fraction]) -> Fraction:
    vals = sorted(values)
    if not vals:
        raise ValueError("median of nothing")
    mid = len(vals) // 2
    return vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2


def trimmed_mean(values: Iterable[Fraction]) -> Fraction:
    """Drop one highest and one lowest total when there are ≥ 5; otherwise the plain mean."""
    vals = sorted(values)
    if len(vals) >= TRIM_MIN_JURORS:
        vals = vals[1:-1]
    return mean(vals)


def aggregate(kind: str, values: Iterable[Fraction]) -> Fraction:
    if kind == "mean":
        return mean(values)
    if kind == "trimmed":
        return trimmed_mean(values)
    if kind == "median":
        return median(values)
    raise ValueError(f"unknown aggregate {kind!r}")


def round_half_up(value: Fraction | Decimal, places: int = 2) -> Decimal:
    """Display rounding only: exact fraction → Decimal rounded half-up (80.125 → 80.13)."""
    q = Fraction(value)
    scaled = q * 10 ** places
    # floor(x + 1/2) for positives, mirrored for negatives: half away from zero == half-up here.
    sign = -1 if scaled < 0 else 1
    n = (abs(scaled) + Fraction(1, 2)).__floor__()
    return (Decimal(sign * n) / Decimal(10 ** places)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def display(value: Fraction | Decimal | None, places: int = 2) -> str:
    """"80.13": a dot-decimal string for CLI/JSON/PDF (the GUI uses a decimal comma)."""
    return "" if value is None else format(round_half_up(value, places), "f")
