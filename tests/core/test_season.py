"""The season rehearsal: province, three kab/kota, two venue laptops each, stages 1–3, through
the documented commands, each laptop its own database file and data folder (tests/season_world.py).

Expected statuses and ranks are recomputed independently with fractions; honest flows must give
zero conflicts; every laptop must show the same statuses and funnel; laptops that should agree
must dump the same shared content (``opop db dump``)."""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from opop_desktop.cli import build_parser
from season_world import Laptop, Season, command_path, expected, key

DOC = Path(__file__).resolve().parents[2] / "docs" / "season.md"

REGENCIES = ["32.04", "32.05", "32.06"]


@pytest.fixture(scope="module")
def season(tmp_path_factory):
    s = Season(tmp_path_factory.mktemp("season"), REGENCIES)
    s.outcome = s.run()
    yield s
    s.close()


def test_registration_nspp_decides_and_administration_is_recorded(season):
    reg = season.outcome["registration"]
    assert reg["import"]["created"] == 10 * len(REGENCIES) and reg["import"]["duplicates"] == 0
    # Same name and kecamatan, different NSPP: two pesantren, with a warning.
    assert sum("NSPP berbeda" in w for w in reg["import"]["warnings"]) == len(REGENCIES)
    assert reg["decide"]["passed"] == 9 * len(REGENCIES) and reg["decide"]["failed"] == len(REGENCIES)
    assert reg["decide"]["written"] and reg["decide"]["rejected"] == []


def test_honest_flows_make_no_conflicts(season):
    assert season.imports and all(r["status"] == "merged" for r in season.imports)
    assert [r["file"] for r in season.imports if r["conflicts"]] == []
    assert season.outcome["conflicts"] and all(c == [] for c in season.outcome["conflicts"].values())


def test_statuses_are_exact_on_every_laptop(season):
    want = expected(season.entrants).status
    assert season.statuses(season.province) == want
    for code in REGENCIES:
        mine = {key(e): want[key(e)] for e in season.entrants if e.regency == code}
        assert season.statuses(season.regency[code]) == mine, code
        for v in season.venues[code]:
            assert season.statuses(v) == mine, v.name


def test_funnel_is_the_same_everywhere(season):
    want = expected(season.entrants).status
    n = len(REGENCIES)
    venues = [v for vs in season.venues.values() for v in vs]
    for lap in [season.province, *season.regency.values(), *venues]:
        # `opop registrants funnel` is the funnel of the Beranda screen.
        data = season.outcome["funnel"][lap.name]
        share = n if lap is season.province else 1
        assert data["registered"] == 10 * share
        assert data["admin_failed"] == share
        assert data["admin_passed"] == 9 * share
        assert data["absent_1"] == share
        assert data["passed_1"] == 6 * share
        assert data["passed_2"] == 3 * share
    for lap in [season.province, *season.regency.values(), *venues]:
        mine = [e for e in season.entrants if lap is season.province or e.regency == lap.regency]
        assert season.outcome["funnel"][lap.name]["passed_3"] == sum(want[key(e)] == "passed_3" for e in mine)


def test_ranks_match_the_independent_computation(season):
    x = expected(season.entrants)
    by_key = season.by_key()
    got2, got3 = {}, {}
    for stage, got in ((2, got2), (3, got3)):
        data = season.province.json("rank", "--stage", stage)
        for row in data:
            got[row["nspp"]] = row["rank"]
    assert got2 == x.rank2
    assert got3 == x.rank3
    # One champion per product field whatever the track (2019), not one per field and track.
    fields = {by_key[k].field for k, s in x.status.items() if s == "passed_3"}
    assert sum(s == "passed_3" for s in x.status.values()) == len(fields)


def test_tie_on_the_quota_line_is_settled_by_the_plenary(season):
    code, _, err = season.outcome["tie_refusal"]
    assert code == 1 and "pleno" in err
    x = expected(season.entrants)
    assert len(x.tie) == 2
    statuses = season.statuses(season.province)
    other = next(t for t in x.tie if t != x.plenary_pick)
    assert statuses[other] == "failed_2"
    assert statuses[x.plenary_pick] in ("passed_3", "failed_3", "absent_3")  # went on to stage 3
    overrides = [ln for ln in season.outcome["dumps"][season.province.name] if '"table":"plenary_override"' in ln]
    assert len(overrides) == 2


def test_next_stage_is_refused_to_those_who_did_not_pass(season):
    refused = season.outcome["refused"]
    assert len(refused) == len(REGENCIES) + 1
    for code, _, err in refused:
        assert code == 1 and "tidak lolos tahap" in err


def test_bundles_are_incremental_after_receipts(season):
    # The stage-3 results bundle to a kab/kota carries the new snapshots, not its pesantren again.
    for code in REGENCIES:
        first, later = season.bundles[f"down-1-{code}"], season.bundles[f"results-3-{code}"]
        assert not first["incremental"] and first["counts"]["pesantren"] == 10
        assert later["incremental"] and later["counts"]["pesantren"] == 0
        assert later["counts"]["result_snapshot"] >= 3
        up = season.bundles[f"up-2-{code}"]
        assert up["incremental"] and up["counts"]["score_entry"] == 7 * 3 * 5
    full = season.province.json("bundle", "export", "--out", season.root / "penuh.opop", "--for", REGENCIES[0],
                                "--full")
    assert not full["incremental"] and full["counts"]["pesantren"] == 10  # on request, everything again


def test_laptops_that_should_agree_dump_the_same_shared_content(season):
    def dump(lap):  # each laptop's record of the bundles it merged stays its own until it sends again
        return {ln for ln in season.outcome["dumps"][lap.name] if '"action":"bundle.import"' not in ln}

    prov = dump(season.province)
    for code in REGENCIES:
        kab = dump(season.regency[code])
        assert kab <= prov, sorted(kab - prov)[:3]
        venues = [dump(v) for v in season.venues[code]]
        for d in venues:
            assert d <= kab, sorted(d - kab)[:3]
        # Both venue laptops of a kab/kota hold the same set-up and results from above.
        down = ("pesantren", "admin_decision", "result_snapshot", "plenary_override", "panel_slot")

        def share(lines):
            out = set()
            for ln in lines:
                item = json.loads(ln)
                if item.get("table") in down and item["row"].get("scope") != "venue":
                    out.add(ln)
            return out
        assert share(venues[0]) == share(venues[1]) == share(kab)


def test_every_command_in_the_season_guide_parses_and_was_rehearsed(season):
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    commands = [shlex.split(line)[1:] for b in blocks for line in b.splitlines() if line.startswith("opop ")]
    assert len(commands) > 40
    parser = build_parser()
    for argv in commands:
        args = parser.parse_args(argv)  # exits (failing the test) on any unknown flag
        assert getattr(args, "handler", None), argv
        assert command_path(argv) in Laptop.used, f"not rehearsed: opop {' '.join(argv)}"
