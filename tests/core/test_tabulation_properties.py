"""Hypothesis properties of the tabulation engine."""
from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from opop_desktop.core.tabulation import (
    CriterionSpec, EntrantInput, RankingRules, SheetInput, TabulationInput, tabulate,
)

RUBRIC = {"R": (CriterionSpec("PSR", Decimal(40)), CriterionSpec("PTN", Decimal(35)),
                CriterionSpec("INV", Decimal(25)))}
SCORE = st.integers(min_value=2, max_value=20).map(lambda n: Decimal(n) / 2)  # 1.0 … 10.0 step .5


@st.composite
def datasets(draw):
    n_pes = draw(st.integers(2, 7))
    n_jur = draw(st.integers(1, 5))
    entrants = [EntrantInput(f"p{i}", f"Pesantren {i % 3}", draw(st.sampled_from(["start-up", "scale-up"])),
                             district_code=draw(st.sampled_from(["d1", "d2"])),
                             attendance=draw(st.sampled_from(["present", "present", "absent", None])))
                for i in range(n_pes)]
    sheets = []
    for e in entrants:
        for j in range(n_jur):
            status = draw(st.sampled_from(["locked", "verified", "locked", "draft", "entered_once"]))
            values = {c.code: draw(SCORE) for c in RUBRIC["R"]}
            if draw(st.integers(0, 9)) == 0:
                values.pop("INV")
            sheets.append(SheetInput(f"s-{e.pesantren_id}-{j}", e.pesantren_id, f"j{j}", "P", "R",
                                     status, values=values))
    quota = draw(st.sampled_from([None, 1, 2, 3]))
    rules = RankingRules(group_by="district", quota={"start-up": quota, "scale-up": quota},
                         threshold=draw(st.sampled_from([None, Decimal(50), Decimal("62.5")])),
                         aggregate=draw(st.sampled_from(["mean", "trimmed", "median"])),
                         tie_breaks=("PTN", "INV"))
    return TabulationInput(entrants, sheets, RUBRIC), rules


def _fingerprint(result):
    return (
        sorted((r.pesantren_id, r.group_key, r.track, r.rank, r.tie, r.outcome, r.score_exact,
                tuple(r.flags)) for r in result.rows),
        sorted((g.key, g.track, tuple(r.pesantren_id for r in g.rows), g.needs_plenary) for g in result.groups),
        sorted((e.pesantren_id, e.reason_code, e.sheet_id or "") for e in result.excluded),
        sorted(f.key for f in result.flags),
    )


@settings(max_examples=150, deadline=None)
@given(datasets(), st.randoms(use_true_random=False))
def test_input_order_never_changes_results(case, rnd: random.Random):
    data, rules = case
    before = _fingerprint(tabulate(data, rules))
    entrants, sheets = list(data.entrants), list(data.sheets)
    rnd.shuffle(entrants)
    rnd.shuffle(sheets)
    after = _fingerprint(tabulate(TabulationInput(entrants, sheets, dict(reversed(list(data.rubrics.items())))), rules))
    assert before == after


@st.composite
def complete_panels(draw):
    n_pes = draw(st.integers(2, 8))
    n_jur = draw(st.integers(3, 6))
    entrants = [EntrantInput(f"p{i}", f"P{i}", "start-up", district_code="d") for i in range(n_pes)]
    grid = {(i, j): {c.code: draw(SCORE) for c in RUBRIC["R"]} for i in range(n_pes) for j in range(n_jur)}
    juror = draw(st.integers(0, n_jur - 1))
    shift = Decimal(draw(st.integers(-4, 4))) / 2
    return entrants, grid, n_jur, juror, shift


def _sheets(grid, juror=None, shift=Decimal(0)):
    return [SheetInput(f"s{i}-{j}", f"p{i}", f"j{j}", "P", "R", "locked",
                       values={k: v + shift if j == juror else v for k, v in vals.items()})
            for (i, j), vals in grid.items()]


@settings(max_examples=150, deadline=None)
@given(complete_panels())
def test_constant_shift_of_one_juror_keeps_panel_mean_order(case):
    entrants, grid, _, juror, shift = case
    rules = RankingRules(group_by="district", aggregate="mean", tie_breaks=("PTN", "INV", "PSR"))
    base = tabulate(TabulationInput(entrants, _sheets(grid), RUBRIC), rules)
    shifted = tabulate(TabulationInput(entrants, _sheets(grid, juror, shift), RUBRIC), rules)
    assert [(r.pesantren_id, r.rank, r.tie) for r in base.rows] == \
           [(r.pesantren_id, r.rank, r.tie) for r in shifted.rows]
    # Every aggregate moved by the same amount: shift × Σweights / 10 / jurors.
    n = len({j for (_, j) in grid})
    deltas = {shifted.row(r.pesantren_id).score_exact - r.score_exact for r in base.rows}
    assert deltas == {Fraction(shift) * 100 / 10 / n}


@given(st.fractions(), st.integers(0, 4))
def test_display_float_is_the_float_of_the_displayed_text(value: Fraction, places: int):
    from opop_desktop.core.tabulation.totals import display, display_float

    for v in (value, value / 1000, Fraction(round(value * 1000), 1000), Decimal(value.numerator) / 8):
        assert display_float(v, places) == float(display(v, places))
        assert str(display_float(v, places)) == str(float(display(v, places)))  # -0.0 never appears


@given(st.lists(st.integers(0, 4000), min_size=1, max_size=7), st.sampled_from([1, 2, 4, 10, 20, 40, 100]),
       st.decimals(min_value=0, max_value=40, places=3))
def test_far_from_median_in_whole_numbers_agrees_with_the_flags(units, den, limit):
    from opop_desktop.core.tabulation.flags import juror_far_flags
    from opop_desktop.core.tabulation.ranking import _far_from_median

    entrant = EntrantInput("p", "P", "start-up")
    counted = [(SheetInput(f"s{i}", "p", f"j{i}", "P", "R", "locked"), Decimal(u) / den) for i, u in enumerate(units)]
    far2 = int(2 * Fraction(limit) * den // 1)
    assert _far_from_median(units, far2) == bool(juror_far_flags(entrant, counted, limit))


CODES = ("PSR", "PTN", "INV", "PRF")


@st.composite
def criterion_rows(draw):
    """A row's aggregate and criteria: every criterion over the same sheets, or (several rubrics)
    each over its own number of sheets, some missing. Aggregates are few, so the tie-breaks
    decide often."""
    n = draw(st.integers(1, 6))
    agg = (draw(st.sampled_from([6, 12, 30])), draw(st.sampled_from([n, 2 * n])))
    codes = tuple(c for c in CODES if draw(st.integers(0, 5)))
    same = draw(st.booleans())
    counts = tuple(n if same else draw(st.integers(1, 6)) for _ in codes)
    sums = tuple(draw(st.integers(0, 3 * k)) for k in counts)
    return agg, codes, sums, counts


@settings(max_examples=300, deadline=None)
@given(st.lists(criterion_rows(), min_size=2, max_size=12),
       st.sampled_from([("PTN", "INV"), ("PRF",), (), ("INV", "PSR", "PTN", "PRF")]))
def test_order_keys_order_rows_as_their_exact_means_do(rows, tie_breaks):
    import math

    from opop_desktop.core.tabulation.ranking import OrderKeys

    dens = {agg[1] for agg, *_ in rows} | {c for *_, counts in rows for c in counts}
    keys = OrderKeys(math.lcm(*dens), tie_breaks)
    got = [keys.key(*row) for row in rows]

    def exact(row):  # descending, a missing criterion last
        agg, codes, sums, counts = row
        means = dict(zip(codes, (Fraction(s, c) for s, c in zip(sums, counts))))
        return (-Fraction(*agg), *((0, -means[c]) if c in means else (1, 0) for c in tie_breaks))

    for a, ka in zip(rows, got):
        for b, kb in zip(rows, got):
            assert (ka < kb) == (exact(a) < exact(b)) and (ka == kb) == (exact(a) == exact(b))
