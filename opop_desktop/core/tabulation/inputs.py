"""What the tabulation engine reads: plain, database-free dataclasses.

The service layer (core/services/results_load.py) fills these from the database; tests build
them by hand. Scores are ``Decimal`` (exact, as entered); the engine ranks in scaled whole
numbers (totals.Scale).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

COUNTED_SHEET_STATUSES = frozenset({"locked", "verified"})
AGGREGATES = ("mean", "trimmed", "median")
GROUP_BYS = ("district", "regency", "field", "province")
# Quota key meaning "both tracks ranked together in each group" (stage 3 of 2019).
ALL_TRACKS = "all"
TRIM_MIN_JURORS = 5  # trimmed mean drops one high and one low total only from 5 jurors up


@dataclass(frozen=True)
class CriterionSpec:
    """One criterion of a rubric."""

    code: str  # PSR, PTN, ...
    weight: Decimal  # weights of a rubric sum to 100; total = Σ weight × score / 10
    name: str = ""


@dataclass(slots=True)
class SheetInput:
    """One juror's sheet for one pesantren, with its current criterion values. (Not frozen, and
    slotted: a province builds 45,000 of these, and a frozen dataclass costs several times more
    to make.)"""

    sheet_id: str
    pesantren_id: str
    juror_id: str
    panel_id: str
    rubric_id: str
    status: str  # draft | locked | entered_once | mismatch | verified
    source: str = "laptop"  # laptop | paper | import
    values: dict[str, Decimal] = field(default_factory=dict)
    juror_name: str = ""
    panel_name: str = ""


@dataclass(slots=True)  # 9,000 in a province
class EntrantInput:
    """A pesantren taking part in the stage (slotted, checked in or scored)."""

    pesantren_id: str
    name: str
    track: str  # start-up | scale-up
    district_code: str = ""
    regency_code: str = ""
    field_code: str = ""
    nspp: str | None = None
    reg_number: str = ""
    district_name: str = ""
    regency_name: str = ""
    field_name: str = ""
    attendance: str | None = None  # present | absent | None (no check-in recorded)


@dataclass(frozen=True)
class SoftConflict:
    """A soft conflict of interest: juror ↔ pesantren, or juror ↔ kecamatan."""

    juror_id: str
    pesantren_id: str | None = None
    district_code: str | None = None
    note: str = ""


@dataclass(frozen=True)
class RankingRules:
    """How a stage is ranked: groups, quotas, threshold, aggregate and tie-breaks."""

    group_by: str = "district"
    quota: dict[str, int | None] = field(default_factory=dict)  # track (or ALL_TRACKS) → places per group
    threshold: Decimal | None = None  # pass when the aggregate ≥ threshold
    aggregate: str = "mean"
    tie_breaks: tuple[str, ...] = ("PTN", "INV", "PRF", "PSR")
    variance_limit: Decimal = Decimal(15)  # juror total vs panel median, in points
    cusp_size: int = 3
    stage_number: int = 0

    @property
    def per_track(self) -> bool:
        return ALL_TRACKS not in self.quota

    def quota_for(self, track: str) -> int | None:
        return self.quota.get(track)


@dataclass
class TabulationInput:
    """Everything one tabulation run reads."""

    entrants: list[EntrantInput]
    sheets: list[SheetInput]
    rubrics: dict[str, tuple[CriterionSpec, ...]]  # rubric_id → criteria
    soft_conflicts: list[SoftConflict] = field(default_factory=list)
    group_labels: dict[str, str] = field(default_factory=dict)  # group key → display label
    # Every score value the sheets hold, when the reader already knows them (it parses each
    # distinct value once); None: the engine collects them from the sheets.
    score_values: frozenset[Decimal] | None = None
