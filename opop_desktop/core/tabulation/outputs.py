"""What the tabulation engine returns. Printing (recaps, minutes), the CLI and the Hasil screen
all read these dataclasses.

Display vs exact: ``score``/``criterion_means`` are Decimals rounded half-up to 2 places for
display; ``score_exact``/``criterion_means_exact`` are the exact fractions; the engine compares
whole numbers that order rows as the fractions do.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..catalogue import Message
from .totals import rounded_ratio

OUTCOMES = ("selected", "not_selected", "plenary")


@dataclass
class Flag:
    """Something the venue must look at (and acknowledge) before sealing.

    kind: juror_far (a juror's total more than the limit from the panel median), flat_profile
    (all criteria equal on a sheet), missing_criterion (a final sheet lacks a criterion),
    soft_conflict (a juror with a soft conflict of interest scored it), sheet_pending (a sheet
    not locked/verified yet). ``key`` is stable across runs and is what acknowledgements name."""

    key: str
    kind: str
    pesantren_id: str
    message: Message  # says who and what
    juror_id: str | None = None
    sheet_id: str | None = None
    pesantren_name: str = ""
    acknowledged: bool = False
    ack_decision: str = ""  # accepted | corrected
    ack_reason: str = ""
    ack_by: str = ""


@dataclass
class Exclusion:
    """A pesantren or a sheet left out of the ranking, with the reason."""

    pesantren_id: str
    pesantren_name: str
    reason_code: str  # absent | no_valid_sheet | sheet_not_final | sheet_incomplete
    reason: Message
    sheet_id: str | None = None
    juror_id: str | None = None


@dataclass(slots=True)  # 9,000 in a province, each of 31 fields
class RankedRow:
    """One ranked pesantren: who it is, its group, rank and outcome, and the exact figures
    behind them."""

    pesantren_id: str
    name: str
    track: str
    group_key: str
    group_label: str
    nspp: str | None = None
    reg_number: str = ""
    district_code: str = ""
    district_name: str = ""
    regency_code: str = ""
    regency_name: str = ""
    field_code: str = ""
    field_name: str = ""
    rank: int = 0  # competition ranking inside (group, track): 1, 2, 3, 3, 5
    rank_label: str = ""  # "3=" when shared
    tie: bool = False  # rank shared after every tie-break
    # The exact aggregate and plain mean of juror totals (shown beside trimmed/median) as
    # (numerator, denominator): score (display), score_exact and mean_exact are made from them
    # when asked (a province has 9,000 rows; its JSON needs none of them).
    score_ratio: tuple[int, int] = (0, 1)
    mean_ratio: tuple[int, int] = (0, 1)
    criterion_means: dict[str, Decimal] = field(default_factory=dict)  # display, 2 places
    # Per criterion, in rubric order, three parallel tuples: its code, Σ score units over the
    # counted sheets (a score unit is 1 / score_den points) and the number of those sheets
    criterion_codes: tuple[str, ...] = ()
    criterion_units: tuple[int, ...] = ()
    criterion_counts: tuple[int, ...] = ()
    score_den: int = 1
    juror_count: int = 0
    juror_totals: dict[str, Decimal] = field(default_factory=dict)  # juror_id → sheet total (exact)
    panel_ids: tuple[str, ...] = ()
    z_score: float | None = None  # mean per-juror z of this pesantren: diagnostic only
    passes_threshold: bool = True
    within_quota: bool = True
    outcome: str = "not_selected"  # selected | not_selected | plenary (tie across a quota line)
    overridden: bool = False  # outcome set by a plenary override
    flags: list[str] = field(default_factory=list)  # flag kinds on this pesantren
    # Exact sort key in whole numbers (aggregate, then tie-break means; see ranking.order_key).
    order_key: tuple[int, ...] = ()

    @property
    def selected(self) -> bool:
        return self.outcome == "selected"

    @property
    def score(self) -> Decimal:
        """The aggregate for display: rounded half-up to 2 places."""
        return rounded_ratio(*self.score_ratio)

    @property
    def score_exact(self) -> Fraction:
        return Fraction(*self.score_ratio)

    @property
    def mean_exact(self) -> Fraction:
        return Fraction(*self.mean_ratio)

    @property
    def criterion_sums(self) -> dict[str, tuple[int, int]]:
        """criterion → (Σ score units, number of sheets)."""
        return dict(zip(self.criterion_codes, zip(self.criterion_units, self.criterion_counts)))

    @property
    def criterion_means_exact(self) -> dict[str, Fraction]:
        return {code: Fraction(total, n * self.score_den)
                for code, total, n in zip(self.criterion_codes, self.criterion_units, self.criterion_counts)}


@dataclass
class Cusp:
    """Around a group's selection line: the last ``n`` in and the first ``n`` out."""

    line: str  # quota | threshold
    inside: list[RankedRow]
    outside: list[RankedRow]


@dataclass
class GroupResult:
    """One ranking: a group (kecamatan / kab/kota / field / province) and one track."""

    key: str
    label: str
    track: str
    quota: int | None
    threshold: Decimal | None
    rows: list[RankedRow]
    needs_plenary: bool = False  # a full tie straddles the quota line
    mixed_panels: bool = False  # scored by different panels: scores not comparable as-is
    warnings: list[Message] = field(default_factory=list)
    cusp: Cusp | None = None
    tie_breaks: tuple[str, ...] = ()
    _per_panel: dict[str, list[RankedRow]] | None = field(default=None, repr=False, compare=False)

    @property
    def per_panel(self) -> dict[str, list[RankedRow]]:
        """panel → its own ranking of this group's rows (copies), when several panels scored
        the group; made on first use: only the Hasil screen's panel view reads it, and a
        province has a thousand mixed groups."""
        if self._per_panel is None:
            from .ranking import per_panel_rankings  # ranking builds these dataclasses

            self._per_panel = per_panel_rankings(self.rows, self.tie_breaks) if self.mixed_panels else {}
        return self._per_panel


@dataclass
class JurorStats:
    """One juror's totals over the sheets they scored: a diagnostic beside the ranking."""

    juror_id: str
    name: str
    panel_ids: tuple[str, ...]
    count: int
    mean: float
    sd: float | None  # population SD of the juror's totals; None with fewer than 2 sheets
    minimum: float
    maximum: float
    totals: list[float] = field(default_factory=list)


@dataclass
class RankingResult:
    """The result of ranking one stage. ``rows`` holds every ranked pesantren ordered by group,
    track and rank; ``groups`` the same rows per (group, track) with quota line, cusp list and
    panel warnings; ``excluded`` what was left out and why; ``flags`` the variance flags."""

    stage_number: int
    group_by: str
    aggregate: str
    quota: dict[str, int | None]
    threshold: Decimal | None
    tie_breaks: tuple[str, ...]
    criteria: tuple[str, ...]  # criterion codes in rubric order
    variance_limit: Decimal = Decimal(15)  # juror_far flags: points from the panel median
    rows: list[RankedRow] = field(default_factory=list)
    groups: list[GroupResult] = field(default_factory=list)
    excluded: list[Exclusion] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    panel_names: dict[str, str] = field(default_factory=dict)  # filled by the service layer
    # The flags made so far, and callables that make the rest (each → list of Flag) on first
    # read of ``flags``: a province raises thousands of juror_far flags and `opop rank` shows none.
    _flags: list[Flag] = field(default_factory=list, repr=False)
    _flags_later: list = field(default_factory=list, repr=False, compare=False)
    # Per-juror statistics, made on first read of ``jurors`` (the diagnostics screen and the
    # juror report read them; the ranking itself needs only each juror's mean and SD).
    _jurors: list[JurorStats] = field(default_factory=list, repr=False)
    _jurors_later: Callable[[], list[JurorStats]] | None = field(default=None, repr=False, compare=False)

    @property
    def flags(self) -> list[Flag]:
        """Every flag, ordered by pesantren name, kind and key."""
        if self._flags_later:
            later, self._flags_later = self._flags_later, []
            made = self._flags + [f for make in later for f in make()]
            self._flags = sorted(made, key=lambda f: (f.pesantren_name, f.kind, f.key))
        return self._flags

    @flags.setter
    def flags(self, value: list[Flag]) -> None:
        self._flags, self._flags_later = value, []

    @property
    def jurors(self) -> list[JurorStats]:
        """Statistics of every juror, ordered by panels, name and id."""
        if self._jurors_later is not None:
            self._jurors, self._jurors_later = self._jurors_later(), None
        return self._jurors

    @jurors.setter
    def jurors(self, value: list[JurorStats]) -> None:
        self._jurors, self._jurors_later = value, None

    @property
    def selected(self) -> list[RankedRow]:
        return [r for r in self.rows if r.selected]

    @property
    def plenary_groups(self) -> list[GroupResult]:
        return [g for g in self.groups if g.needs_plenary]

    @property
    def open_flags(self) -> list[Flag]:
        return [f for f in self.flags if not f.acknowledged]

    def row(self, pesantren_id: str) -> RankedRow | None:
        return next((r for r in self.rows if r.pesantren_id == pesantren_id), None)
