"""How numbers are written for people, everywhere (screens, PDFs, workbooks' text, the CLI):
Indonesian decimal comma, dot thousands separator for counts.

Rounding for display is the tabulation's half-up rule (``round_half_up``), so a total never
reads 70,62 on screen and 70,63 on paper. Machine output (JSON, bundles) keeps plain numbers.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .tabulation.totals import round_half_up


def decimal_comma(value, places: int | None = None) -> str:
    """``places=None``: as entered, no trailing zeros (7.50 → "7,5", 10 → "10").
    ``places=n``: rounded half-up to n places (80.125 → "80,13", 78.2 → "78,20").
    ``None`` or "" → ""."""
    if value is None or value == "":
        return ""
    if places is None:
        text = format(_exact(value).normalize(), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = format(round_half_up(_exact(value) if not isinstance(value, Fraction) else value, places), "f")
    return text.replace(".", ",")


def score_text(value) -> str:
    """A total or panel score as shown in every table: two places ("80,25")."""
    return decimal_comma(value, 2)


def count_text(n: int | None) -> str:
    """A count with the Indonesian thousands separator: 1287 → "1.287"; unknown → "–"."""
    return "–" if n is None else f"{n:,}".replace(",", ".")


def _exact(value) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        return Decimal(repr(value))  # 70.625 stays 70.625, not its binary neighbour
    return Decimal(str(value).replace(",", "."))
