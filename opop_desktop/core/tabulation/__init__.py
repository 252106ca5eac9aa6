"""Pure tabulation engine (no database, no Qt): exact totals, aggregates, ranking with quotas,
tie-breaks and shared ranks, variance flags, cusp lists, per-juror diagnostics.

    from opop_desktop.core.tabulation import TabulationInput, RankingRules, tabulate
    result = tabulate(TabulationInput(entrants, sheets, rubrics), RankingRules(group_by="district"))
"""
from .inputs import (  # noqa: F401
    ALL_TRACKS, AGGREGATES, COUNTED_SHEET_STATUSES, GROUP_BYS, CriterionSpec, EntrantInput, RankingRules,
    SheetInput, SoftConflict, TabulationInput,
)
from .outputs import (  # noqa: F401
    OUTCOMES, Cusp, Exclusion, Flag, GroupResult, JurorStats, RankedRow, RankingResult,
)
from .ranking import PROVINCE_KEY, assign_ranks, tabulate  # noqa: F401
from .flags import flag_key  # noqa: F401
from .totals import display, round_half_up, rounded_total, sheet_total  # noqa: F401
