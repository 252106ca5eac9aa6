"""Convergence, in the style of cr-sqlite's property tests: several venue laptops make random
edits; their bundles travel random routes (direct, via a kab/kota, duplicated, reordered,
delayed, lost and re-sent); every province copy ends with the same canonical dump, equal to
merging every laptop's edits into one database, with conflicts exactly where edits were
concurrent. Every import goes through the import service with the writer rules on, and a
dishonest but enrolled laptop sends lying bundles along the same routes: each is quarantined
wherever it arrives, and the honest laptops still converge to the same dump as without it."""
from __future__ import annotations

import json

import random
import shutil
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opop_desktop.core.sync import conflicts
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.scenario import add_attendance, add_score, add_sheet, set_up_province

MAX_VENUES = 5
CODES = ("PSR", "PTN", "INV")

op = st.one_of(
    st.tuples(st.just("sheet"), st.integers(0, 1), st.integers(0, 2)),
    st.tuples(st.just("score"), st.integers(0, 9), st.sampled_from(CODES), st.integers(1, 10)),
    st.tuples(st.just("correct"), st.integers(0, 9), st.sampled_from(CODES), st.integers(1, 10)),
    st.tuples(st.just("attend"), st.integers(0, 2), st.sampled_from(["present", "absent"])),
    st.tuples(st.just("share"), st.integers(0, MAX_VENUES - 1)),
    st.tuples(st.just("comment"), st.integers(0, 9), st.sampled_from(["rapi", "ulang", "cek"])),
    st.tuples(st.just("send"), st.sampled_from(["direct", "kab", "dup", "lost"])),
    st.tuples(st.just("lie"), st.integers(0, 3)),
)
scenario = st.tuples(st.integers(2, MAX_VENUES),
                     st.lists(st.tuples(st.integers(0, MAX_VENUES - 1), op), min_size=4, max_size=22),
                     st.randoms(use_true_random=False))


class Templates:
    """Province, kab/kota and venue databases initialised once from the same set-up bundle;
    every example works on fresh copies of these files."""

    def __init__(self, root):
        self.root = root
        prov = Node(str(root / "prov.sqlite3"), role="province", name="Provinsi")
        self.world = set_up_province(prov, pesantren=3, jurors=2)
        down = prov.export(root / "down.opop", for_regency="32.04").path
        kab = Node(str(root / "kab.sqlite3"), role="regency", name="Kab Garut", regency="32.04")
        venues = [Node(str(root / f"v{i}.sqlite3"), role="venue", name=f"Garut-{i + 1}", regency="32.04")
                  for i in range(MAX_VENUES)]
        liar = Node(str(root / "liar.sqlite3"), role="venue", name="Garut-Liar", regency="32.04")
        everyone = [prov, kab, *venues, liar]
        for n in everyone:
            n.trust(*[o for o in everyone if o is not n])
        for n in (kab, *venues, liar):
            n.import_(down)
        self.files = {n.name: root / f"{p}.sqlite3" for n, p in
                      zip(everyone, ["prov", "kab"] + [f"v{i}" for i in range(MAX_VENUES)] + ["liar"])}
        for n in everyone:
            n.close()

    def node(self, name: str, dest) -> Node:
        target = dest / f"{name}.sqlite3"
        shutil.copyfile(self.files[name], target)
        role = {"Provinsi": "province", "Kab Garut": "regency"}.get(name, "venue")
        return Node(str(target), role=role, name=name, regency=None if role == "province" else "32.04")


_templates: dict = {}
STATS = {"conflicts": 0, "versions": 0, "record_conflicts": 0}


def _run(tmp_path, n_venues, ops, rnd, premade=True):
    key = str(tmp_path)
    if key not in _templates:
        (tmp_path / "tpl").mkdir()
        _templates[key] = Templates(tmp_path / "tpl")
    tpl = _templates[key]
    ex = tmp_path / f"ex{len(list(tmp_path.glob('ex*')))}"
    ex.mkdir()
    for sub in ("a", "b", "r"):
        (ex / sub).mkdir()
    prov_a, prov_b = tpl.node("Provinsi", ex / "a"), tpl.node("Provinsi", ex / "b")
    ref = tpl.node("Provinsi", ex / "r")  # every laptop's final bundle, merged once, in order
    kab = tpl.node("Kab Garut", ex)
    venues = [tpl.node(f"Garut-{i + 1}", ex) for i in range(n_venues)]
    liar = tpl.node("Garut-Liar", ex)
    lies: set[str] = set()
    sheets: list[tuple[int, str]] = []  # (owner venue, sheet id)
    known: list[set[str]] = [set() for _ in venues]  # sheets each laptop has
    head = [dict() for _ in venues]  # laptop → (chain key) → its local head version id
    versions = []  # (chain key, id, supersedes)
    in_flight = []  # (destination, path)
    counter = [0]

    for v in range(n_venues if premade else 0):  # every laptop starts the day with a sheet of its own
        sid = add_sheet(venues[v], tpl.world, v % 2, v % 3)
        sheets.append((v, sid))
        known[v].add(sid)

    def bundle(v, **kw):
        counter[0] += 1
        return venues[v].export(ex / f"b{counter[0]}.opop", **kw).path

    for who, action in ops:
        v = who % n_venues
        kind = action[0]
        if kind == "sheet":
            sid = add_sheet(venues[v], tpl.world, action[1], action[2])
            sheets.append((v, sid))
            known[v].add(sid)
        elif kind in ("score", "correct"):
            mine = sorted(known[v])
            sid = mine[action[1] % len(mine)]
            chain = ("score", sid, action[2])
            prev = head[v].get(chain) if kind == "correct" else None
            if kind == "score" and chain in head[v]:
                prev = head[v][chain]
            new = add_score(venues[v], sid, action[2], action[3], supersedes=prev)
            versions.append((chain, new, prev))
            head[v][chain] = new
        elif kind == "comment":  # a mutable record edited on several laptops
            mine = sorted(known[v])
            _comment(venues[v], mine[action[1] % len(mine)], action[2])
        elif kind == "attend":
            chain = ("attendance", action[1])
            prev = head[v].get(chain)
            new = add_attendance(venues[v], tpl.world, action[1], action[2], supersedes=prev)
            versions.append((chain, new, prev))
            head[v][chain] = new
        elif kind == "share":
            src = action[1] % n_venues
            if src != v:  # a USB stick between two laptops: full copy of the other's results
                venues[v].import_(bundle(src))
                known[v] |= known[src]
                _refresh_heads(venues[v], head[v], versions)
        elif kind == "send":
            path = bundle(v, to_province=True)
            route = action[1]
            if route == "direct":
                in_flight += [(prov_a, path), (prov_b, path)]
            elif route == "kab":
                in_flight.append((kab, path))
            elif route == "dup":
                in_flight += [(prov_a, path), (prov_a, path), (prov_b, path), (kab, path)]
            # "lost": never delivered; the final re-send carries it
        elif kind == "lie":
            counter[0] += 1
            path = _lie(liar, action[1], ex / f"lie{counter[0]}.opop", venues, versions, prov_a)
            lies.add(path)
            in_flight += [(d, path) for d in (prov_a, prov_b, kab) if rnd.random() < 0.7]
    rnd.shuffle(in_flight)  # reordered and delayed
    for dest, path in in_flight:
        out = dest.import_(path)
        assert (out.status == "quarantined") == (path in lies), out.message
    for v in range(n_venues):  # the re-send at the end of the day reaches everyone
        path = bundle(v, to_province=True)
        dest = [prov_a, prov_b, kab]
        rnd.shuffle(dest)
        for d in dest:
            d.import_(path)
        ref.import_(path)
    relay = kab.export(ex / "kab.opop", to_province=True).path
    prov_b.import_(relay)
    prov_a.import_(relay)
    ref.import_(relay)  # the kab/kota's own writes (its audited trust decisions) reach everyone

    dumps = {n.name + str(i): _received(n) for i, n in enumerate((prov_a, prov_b, ref))}
    assert len(set(dumps.values())) == 1, "province copies diverged"
    # Conflicts exactly where edits were concurrent: chains with more than one head.
    superseded = {prev for _, _, prev in versions if prev}
    heads = defaultdict(set)
    for chain, vid, _ in versions:
        if vid not in superseded:
            heads[chain].add(vid)
    expected = {frozenset(h) for h in heads.values() if len(h) > 1}
    with prov_a.db.session() as s:
        found = {frozenset(v.version_id for v in i.versions) for i in conflicts.list_conflicts(s)
                 if i.kind in ("score", "attendance")}
    assert found == expected
    STATS["conflicts"] += len(expected)
    STATS["record_conflicts"] += sum(
        1 for line in dumps["Provinsi0"].splitlines() if line.startswith('{"conflict"')
    )
    STATS["versions"] += len(versions)
    for n in (prov_a, prov_b, ref, kab, liar, *venues):
        n.close()


def _lie(liar, what: int, path, venues, versions, prov) -> str:
    """A bundle the enrolled liar signs with its own key, with content it may not write."""
    from sync_forge import bump, forge, rows_of

    if what == 1 and versions:  # an honest laptop's score rewritten in place, "as" that laptop
        vid = versions[0][1]
        for v in venues:
            found = rows_of(v, "score_entry", id=vid) or rows_of(v, "attendance", id=vid)
            if found:
                row = dict(found[0])
                table = "score_entry" if "value" in row else "attendance"
                # always a change: a "rewrite" to the same content would be the honest version itself
                row.update({"value": "10" if row["value"] != "10" else "9"} if table == "score_entry"
                           else {"status": "absent", "reason": "x" if row.get("reason") != "x" else "y"})
                return forge(liar, path, {table: [row]}, claim_writer=row["modified_device"])
    if what == 2:  # its own device row, promoted to province
        (me,) = rows_of(liar, "device", device_id=liar.device_id)
        return forge(liar, path, {"device": [bump(liar, me, role="province")]})
    pes = rows_of(liar, "pesantren")[0]
    if what == 3:  # set-up "by the province" without the province's signature
        return forge(liar, path, {"pesantren": [dict(pes, name="PP Palsu", device_seq=pes["device_seq"] + 500)]},
                     claim_writer=prov.device_id)
    return forge(liar, path, {"pesantren": [bump(liar, pes, name="PP Palsu")]})


def _comment(node, sheet_id: str, text: str) -> None:
    from opop_desktop.core.models import ScoreSheet

    with node.db.session() as s:
        s.get(ScoreSheet, sheet_id).comment = text


def _refresh_heads(node, heads: dict, versions) -> None:
    """After a share the laptop's own view of each chain's head is what its database says."""
    from opop_desktop.core.models import Attendance, ScoreEntry

    with node.db.session() as s:
        have_s = {e.id for e in s.query(ScoreEntry.id)}
        have_a = {a.id for a in s.query(Attendance.id)}
    have = have_s | have_a
    superseded = {prev for _, vid, prev in versions if prev and vid in have}
    for chain, vid, _ in versions:
        if vid in have and vid not in superseded:
            heads[chain] = vid  # with two heads the laptop corrects one of them


def _received(node) -> str:
    """A copy's data without the audit entries of trusting laptops and of merging bundles: every
    node of this test is set up with its own trusts and records each bundle it merges (entries
    that reach only the copies that got that laptop's later bundles); those are not what the
    copies must agree on."""
    lines = []
    for line in node.dump().splitlines():
        rec = json.loads(line)
        if rec.get("table") == "audit_entry" and rec["row"].get("action") in ("device.trust", "bundle.import"):
            continue
        lines.append(line)
    return "\n".join(lines)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                               HealthCheck.too_slow])
@given(scenario)
def test_every_route_converges(tmp_path, case):
    n_venues, ops, rnd = case
    _run(tmp_path, n_venues, ops, random.Random(rnd.random()))


def test_a_known_concurrent_case_converges_with_its_conflicts(tmp_path):
    """The property is not vacuous: two laptops correct the same shared score concurrently."""
    before = STATS["conflicts"]
    ops = [(0, ("sheet", 0, 0)), (0, ("score", 0, "PSR", 6)), (1, ("share", 0)), (0, ("send", "kab")),
           (0, ("correct", 0, "PSR", 7)), (1, ("correct", 0, "PSR", 8)), (1, ("attend", 1, "present")),
           (0, ("attend", 1, "absent")), (1, ("send", "dup")), (0, ("send", "lost"))]
    _run(tmp_path, 2, ops, random.Random(7), premade=False)
    assert STATS["conflicts"] - before == 2  # the score chain and the attendance chain


def test_a_dishonest_laptop_changes_nothing_among_honest_ones(tmp_path):
    """Every kind of lie, sent everywhere, among honest edits travelling every route."""
    ops = [(0, ("sheet", 0, 0)), (0, ("score", 0, "PSR", 6)), (1, ("share", 0)), (0, ("send", "kab")),
           (0, ("lie", 1)), (1, ("correct", 0, "PSR", 8)), (0, ("lie", 0)), (1, ("send", "dup")),
           (0, ("lie", 2)), (0, ("lie", 3)), (1, ("attend", 1, "present")), (1, ("send", "direct"))]

    class Everywhere(random.Random):
        def random(self):
            return 0.0  # every lie reaches every receiver
    _run(tmp_path, 2, ops, Everywhere(3), premade=False)
