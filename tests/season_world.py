"""A whole OPOP season on separate laptops, for the rehearsal test and bench/season.py.

Every laptop is its own SQLite file and data folder (keys, receipts, backups). They talk only
through ``.opop`` files, and act through the documented ``opop`` commands (docs/season.md);
only the jurors' score entry goes straight through the models (the Penilaian screen's job).

The plan is deterministic: per kab/kota ten registrants (two sharing name and kecamatan with
different NSPPs, one failing administration), stage-1 qualities around the pass threshold (60),
stage 2 with an exact tie on the start-up quota line in the first kab/kota (settled by the
plenary), stage 3 one champion per product field with one pesantren absent. ``expected_*``
recompute every outcome independently with fractions.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook

from opop_desktop.cli import build_parser
from opop_desktop.cli import main as opop_main
from opop_desktop.core.models import Rubric, ScoreEntry, ScoreSheet, Stage, utcnow
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.sync.sandbox import Node
from sqlalchemy import select

CODES = ("PSR", "PTN", "PRF", "INV", "UNK", "KUA", "SDM")
WEIGHTS = {"PSR": 20, "PTN": 20, "PRF": 15, "INV": 15, "UNK": 10, "KUA": 10, "SDM": 10}
VARIATION = (Fraction(0), Fraction(1, 2), Fraction(-1, 2), Fraction(0), Fraction(1, 2), Fraction(-1, 2),
             Fraction(0))
JUROR_OFFSET = (Fraction(-1, 2), Fraction(0), Fraction(1, 2))
THRESHOLD_1 = 60
QUOTA_2 = {"scale-up": 3, "start-up": 1}
FIELDS = {0: "konfeksi", 1: "minuman", 2: "jasa", 3: "minuman", 4: "kerajinan", 5: "pertanian",
          6: "perikanan", 7: "jasa", 8: "peternakan", 9: "perdagangan"}
TRACKS = {0: "scale-up", 1: "scale-up", 2: "scale-up"}  # the rest start-up
FIELD_NAMES = {"konfeksi": "Konfeksi", "minuman": "Minuman", "jasa": "Jasa", "kerajinan": "Kerajinan",
               "pertanian": "Pertanian", "perikanan": "Perikanan", "peternakan": "Peternakan",
               "perdagangan": "Perdagangan"}


# ---------------------------------------------------------------- the plan

@dataclass
class Entrant:
    regency: str
    index: int
    name: str
    nspp: str
    district_name: str
    track: str
    field: str
    admin_pass: bool
    q1: Fraction | None  # None: absent at stage 1
    q2: Fraction | None = None
    q3: tuple[Fraction, int] | None = None  # (base, extra half points) — distinct in a field
    absent_3: bool = False
    reg_number: str = ""
    id: str = ""


def plan(regencies: list[str]) -> list[Entrant]:
    g = gazetteer()
    out: list[Entrant] = []
    q1s = [Fraction(17, 2), 8, Fraction(15, 2), 7, Fraction(13, 2), 6, Fraction(11, 2), 5, None, 8]
    for r, code in enumerate(regencies):
        districts = sorted(g.districts_of(code), key=lambda d: d.code)
        digits = code.replace(".", "")
        for i in range(10):
            name = "Pondok Pesantren Miftahul Huda" if i in (0, 1) else f"Pondok Pesantren Al-Hikmah {digits}-{i}"
            fld = ("minuman", "jasa", "pertanian")[r % 3] if i == 1 else FIELDS[i]
            e = Entrant(code, i, name, f"5100{digits}{i + 1:04d}", districts[0 if i < 2 else i % 3].name,
                        TRACKS.get(i, "start-up"), fld, admin_pass=i != 9, q1=q1s[i])
            # Stage 2: scale-up 0 and 1 come, 2 stays away; start-up 3 and 4 tie in the first kab/kota.
            e.q2 = {0: Fraction(8), 1: Fraction(15, 2), 2: None, 3: Fraction(7),
                    4: Fraction(7) if r == 0 else Fraction(13, 2), 5: Fraction(6)}.get(i)
            out.append(e)
    per_field: dict[str, int] = defaultdict(int)
    for e in out:  # stage 3: distinct totals inside each product field (70 steps); one absent
        k = per_field[e.field]
        per_field[e.field] += 1
        e.q3 = (Fraction(9, 2) + Fraction(k // 10 % 7, 2), k % 10)
    if len(regencies) >= 3:
        next(e for e in out if e.regency == regencies[2] and e.index == 1).absent_3 = True
    return out


def values(q, juror: int) -> dict[str, Fraction]:
    """One juror's sheet: a base quality, the juror's severity, a profile, and (stage 3) extra
    half points spread over the three weight-10 criteria — all on the rubric's 0.5 grid."""
    q, extra = q if isinstance(q, tuple) else (q, 0)
    base = q + JUROR_OFFSET[juror]
    out = {c: base + VARIATION[n] for n, c in enumerate(CODES)}
    for n, c in enumerate(("UNK", "KUA", "SDM")):
        out[c] += Fraction(min(max(extra - 3 * n, 0), 3), 2)
    return out


def mean_total(q) -> Fraction:
    totals = [sum(WEIGHTS[c] * v for c, v in values(q, j).items()) / 10 for j in range(3)]
    return sum(totals) / len(totals)


def competition_ranks(scores: dict[str, Fraction]) -> dict[str, int]:
    ordered = sorted(scores.values(), reverse=True)
    return {k: 1 + sum(1 for s in ordered if s > v) for k, v in scores.items()}


@dataclass
class Expected:
    status: dict[str, str] = field(default_factory=dict)  # reg key → status
    rank2: dict[str, int] = field(default_factory=dict)
    rank3: dict[str, int] = field(default_factory=dict)
    tie: list[str] = field(default_factory=list)  # keys tied on the stage-2 quota line
    plenary_pick: str = ""


def key(e: Entrant) -> str:
    return e.nspp


def expected(entrants: list[Entrant], *, upto: int = 3) -> Expected:
    """Every outcome recomputed from the plan with fractions (not by the product)."""
    x = Expected()
    for e in entrants:
        x.status[key(e)] = "admin_passed" if e.admin_pass else "admin_failed"
    stage1 = [e for e in entrants if e.admin_pass]
    passed1 = []
    for e in stage1:
        if e.q1 is None:
            x.status[key(e)] = "absent_1"
        elif mean_total(e.q1) >= THRESHOLD_1:
            x.status[key(e)] = "passed_1"
            passed1.append(e)
        else:
            x.status[key(e)] = "failed_1"
    if upto < 2:
        return x
    passed2 = []
    groups = defaultdict(list)
    for e in passed1:
        if e.q2 is None:
            x.status[key(e)] = "absent_2"
        else:
            groups[(e.regency, e.track)].append(e)
    for (_, track), members in groups.items():
        scores = {key(e): mean_total(e.q2) for e in members}
        ranks = competition_ranks(scores)
        x.rank2.update(ranks)
        quota = QUOTA_2[track]
        for e in members:
            r = ranks[key(e)]
            above = sum(v < r for v in ranks.values())
            through = sum(v <= r for v in ranks.values())
            if above < quota < through:  # a full tie across the quota line: the plenary decides
                x.tie.append(key(e))
                continue
            if through <= quota:
                x.status[key(e)] = "passed_2"
                passed2.append(e)
            else:
                x.status[key(e)] = "failed_2"
    if x.tie:  # the plenary picks the one with the larger stage-1 score (the rule our plenary uses)
        tied = sorted((e for e in entrants if key(e) in x.tie), key=lambda e: (mean_total(e.q1), e.nspp))
        x.plenary_pick = key(tied[-1])
        for e in tied:
            if key(e) == x.plenary_pick:
                x.status[key(e)] = "passed_2"
                passed2.append(e)
            else:
                x.status[key(e)] = "failed_2"
    if upto < 3:
        return x
    by_field = defaultdict(list)
    for e in passed2:
        if e.absent_3:
            x.status[key(e)] = "absent_3"
        else:
            by_field[e.field].append(e)
    for members in by_field.values():
        ranks = competition_ranks({key(e): mean_total(e.q3) for e in members})
        x.rank3.update(ranks)
        for e in members:
            x.status[key(e)] = "passed_3" if ranks[key(e)] == 1 else "failed_3"
    return x


# ---------------------------------------------------------------- laptops

@functools.lru_cache(maxsize=1)
def _parser():
    return build_parser()


def command_path(argv: list[str]) -> tuple[str, str]:
    """("bundle", "export") for ``opop bundle export …``; ("trust", "") for ``opop trust FILE``."""
    parser = _parser()
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    sub = groups[0].choices.get(argv[0]) if groups else None
    if sub is None or len(argv) < 2:
        return argv[0], ""
    inner = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
    return argv[0], argv[1] if inner and argv[1] in inner[0].choices else ""


class Laptop:
    """One installation: its own database file and data folder, set up with ``opop init``."""

    used: set[tuple[str, str]] = set()  # (command, action) run by any laptop: docs/season.md is checked

    def __init__(self, root: Path, name: str, role: str, regency: str | None = None, year: int = 2019):
        self.name, self.role, self.regency = name, role, regency
        self.home = root / name.replace(" ", "-")
        self.data = self.home / "data"
        self.db_path = self.home / "opop.sqlite3"
        self.opop("init", "--role", role, "--name", name, "--year", year,
                  *(["--regency", regency] if regency else []))
        self.key_file = root / "kunci" / f"{self.home.name}.key"
        self.key_file.parent.mkdir(exist_ok=True)
        self.opop("device", "export-key", "--out", self.key_file)
        with self.active():
            self.node = Node(str(self.db_path), role=role, name=name, regency=regency)

    @contextlib.contextmanager
    def active(self):
        old = os.environ.get("OPOP_DATA_DIR")
        os.environ["OPOP_DATA_DIR"] = str(self.data)
        try:
            yield
        finally:
            if old is None:
                os.environ.pop("OPOP_DATA_DIR", None)
            else:
                os.environ["OPOP_DATA_DIR"] = old

    def opop(self, *argv, ok: bool = True):
        """Run ``opop --db <this laptop> …`` in-process; (exit code, JSON or text, stderr)."""
        Laptop.used.add(command_path([str(a) for a in argv]))
        out, err = io.StringIO(), io.StringIO()
        with self.active(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = opop_main(["--db", str(self.db_path), *map(str, argv)])
        text = out.getvalue()
        if ok and code != 0:
            raise AssertionError(f"{self.name}: opop {' '.join(map(str, argv))} → {code}\n{text}\n{err.getvalue()}")
        try:
            data = json.loads(text) if "--json" in argv else text
        except ValueError:
            data = text
        return code, data, err.getvalue()

    def json(self, *argv):
        return self.opop(*argv, "--json")[1]

    @contextlib.contextmanager
    def session(self):
        with self.active(), self.node.db.session() as s:
            yield s

    def close(self):
        self.node.close()


@dataclass
class Season:
    root: Path
    regencies: list[str]
    venues_per_regency: int = 2
    entrants: list[Entrant] = field(default_factory=list)
    province: Laptop | None = None
    regency: dict[str, Laptop] = field(default_factory=dict)
    venues: dict[str, list[Laptop]] = field(default_factory=dict)
    imports: list[dict] = field(default_factory=list)  # every bundle import outcome (JSON)
    timings: dict[str, float] = field(default_factory=dict)
    bundles: dict[str, dict] = field(default_factory=dict)  # label → export JSON
    n: int = 0

    # ------------------------------------------------------------ plumbing

    def laptops(self) -> list[Laptop]:
        return [self.province, *self.regency.values(), *(v for vs in self.venues.values() for v in vs)]

    def _file(self, label: str) -> Path:
        self.n += 1
        d = self.root / "usb"
        d.mkdir(exist_ok=True)
        return d / f"{self.n:04d}-{label}.opop"

    def send(self, src: Laptop, dst: Laptop, *args, label: str = "") -> dict:
        path = self._file(label or f"{src.name}-to-{dst.name}")
        exported = src.json("bundle", "export", "--out", path, *args)
        self.bundles[label or path.stem] = exported
        res = dst.json("bundle", "import", path)
        assert not res["errors"], res
        self.imports.extend(res["results"])
        return exported

    def phase(self, name: str):
        season = self

        class _Timer:
            def __enter__(self):
                self.t = time.perf_counter()

            def __exit__(self, *exc):
                season.timings[name] = time.perf_counter() - self.t
        return _Timer()

    def by_key(self) -> dict[str, Entrant]:
        return {key(e): e for e in self.entrants}

    # ------------------------------------------------------------ set-up

    def set_up(self) -> None:
        self.entrants = plan(self.regencies)
        self.province = Laptop(self.root, "Provinsi", "province")
        for code in self.regencies:
            self.regency[code] = Laptop(self.root, f"Kab-{code}", "regency", code)
            self.venues[code] = [Laptop(self.root, f"Lokasi-{code}-{k + 1}", "venue", code)
                                 for k in range(self.venues_per_regency)]
        # Enrolment: every laptop trusts the province and the laptops it exchanges files with;
        # the province trusts everyone (it checks who wrote every row).
        everyone = self.laptops()
        for lap in everyone:
            if lap is self.province:
                others = [o for o in everyone if o is not lap]
            elif lap.role == "regency":
                others = [self.province, *self.venues[lap.regency]]
            else:
                others = [self.province, self.regency[lap.regency]]
            for o in others:
                lap.opop("trust", o.key_file)
        assert len(self.province.json("device", "show")["devices"]) == len(everyone)

    def registrant_workbook(self) -> Path:
        wb = Workbook()
        ws = wb.active
        ws.title = "Pendaftar"
        ws.append(["REKAP PENDAFTAR OPOP"])
        ws.append(["Nama Pesantren", "NSPP", "Kabupaten/Kota", "Kecamatan", "Produk", "Bidang Usaha",
                   "Kategori Usaha", "Nama Pimpinan", "No. HP"])
        g = gazetteer()
        for e in self.entrants:
            ws.append([e.name, e.nspp, g.regency_name(e.regency), e.district_name, f"Produk {e.index}",
                       FIELD_NAMES[e.field], e.track, "KH. Ahmad", "081234567890"])
        path = self.root / "pendaftar.xlsx"
        wb.save(path)
        return path

    def decisions_workbook(self) -> Path:
        wb = Workbook()
        ws = wb.active
        ws.append(["No. Pendaftaran", "Nama Pesantren", "Keputusan", "Alasan"])
        for e in self.entrants:
            ws.append([e.reg_number, e.name, "Lolos" if e.admin_pass else "Tidak lolos",
                       "" if e.admin_pass else "Berkas proposal tidak lengkap"])
        path = self.root / "seleksi-administrasi.xlsx"
        wb.save(path)
        return path

    def registration(self) -> dict:
        p = self.province
        report = p.json("registrants", "import", self.registrant_workbook())
        listed = {r["nspp"]: r for r in p.json("registrants", "list")}
        for e in self.entrants:
            e.reg_number, e.id = listed[e.nspp]["reg_number"], listed[e.nspp]["id"]
        decided = p.json("registrants", "admin-decide", "--file", self.decisions_workbook())
        return {"import": report, "decide": decided}

    # ------------------------------------------------------------ stage 1

    def _jurors(self, lap: Laptop, panel_id: str, prefix: str) -> list[str]:
        ids = []
        for j in range(3):
            info = lap.json("jurors", "add", "--name", f"Juri {prefix} {j + 1}",
                            *(["--regency", lap.regency] if lap.regency else []))
            lap.json("panels", "assign", "--panel", panel_id, "--juror", info["id"])
            ids.append(info["id"])
        return ids

    def _venue(self, lap: Laptop, stage: int, name: str, regencies: list[str]) -> tuple[str, str]:
        args = ["venues", "add", "--stage", stage, "--name", name]
        for r in regencies:
            args += ["--regency", r]
        v = lap.json(*args)
        panel = lap.json("panels", "add", "--venue", v["id"], "--name", "Ruang 1")
        return v["id"], panel["id"]

    def score(self, lap: Laptop, stage: int, panel_id: str, jurors: list[str], e: Entrant, q: Fraction) -> None:
        """The jurors' sheets, locked (what the Penilaian screen writes)."""
        with lap.session() as s:
            st = s.scalar(select(Stage).where(Stage.number == stage))
            rubric = s.scalars(select(Rubric).where(Rubric.stage_id == st.id).order_by(Rubric.version.desc())).first()
            for j, juror in enumerate(jurors):
                sheet = ScoreSheet(stage_id=st.id, panel_id=panel_id, juror_id=juror, pesantren_id=e.id,
                                   rubric_id=rubric.id, status="locked", locked_at=utcnow(), locked_by=f"juri{j}")
                s.add(sheet)
                s.flush()
                for c, v in values(q, j).items():
                    s.add(ScoreEntry(sheet_id=sheet.id, criterion_code=c, value=Decimal(v.numerator) / v.denominator,
                                     entered_by=f"juri{j}"))
            s.flush()

    def audition(self, lap: Laptop, stage: int, venue_id: str, panel_id: str, jurors: list[str],
                 members: list[Entrant], quality) -> None:
        for e in members:
            q = quality(e)
            if q is None:
                lap.json("attendance", "absent", e.reg_number, "--stage", stage, "--reason", "tidak datang")
                continue
            lap.json("attendance", "checkin", e.reg_number, "--stage", stage, "--rep", "Ustadz Hasan")
            self.score(lap, stage, panel_id, jurors, e, q)
        lap.json("results", "verify", "--stage", stage, "--venue", venue_id, "--by", "petugas")
        lap.json("results", "seal", "--stage", stage, "--venue", venue_id, "--by", "koordinator")

    def stage1(self) -> None:
        p = self.province
        for code in self.regencies:
            k = self.regency[code]
            self.send(p, k, "--for", code, label=f"down-1-{code}")
            invited = [e for e in self.entrants if e.regency == code and e.admin_pass]
            plans = []
            for n, vlap in enumerate(self.venues[code]):
                venue_id, panel_id = self._venue(k, 1, f"Aula {code} {n + 1}", [code])
                members = invited[n::len(self.venues[code])]
                k.json("panels", "add-pesantren", "--panel", panel_id, *[e.reg_number for e in members])
                jurors = self._jurors(k, panel_id, f"{code}-{n + 1}")
                plans.append((vlap, venue_id, panel_id, jurors, members))
            for vlap, *_ in plans:
                self.send(k, vlap, "--for", code, label=f"down-1-{vlap.name}")
            for vlap, venue_id, panel_id, jurors, members in plans:
                self.audition(vlap, 1, venue_id, panel_id, jurors, members, lambda e: e.q1)
                self.send(vlap, k, "--to", "regency", label=f"up-1-{vlap.name}")
            k.json("results", "merge", "--stage", 1, "--regency", code, "--by", "koordinator")
            self.send(k, p, "--to", "province", label=f"up-1-{code}")

    def plenary(self, stage: int) -> None:
        p = self.province
        for code in self.regencies:
            p.json("results", "approve", "--stage", stage, "--regency", code, "--by", "pleno")
            p.json("results", "publish", "--stage", stage, "--regency", code, "--by", "admin")

    def results_down(self, stage: int) -> None:
        for code in self.regencies:
            k = self.regency[code]
            self.send(self.province, k, "--for", code, label=f"results-{stage}-{code}")
            for vlap in self.venues[code]:
                self.send(k, vlap, "--for", code, label=f"results-{stage}-{vlap.name}")

    # ------------------------------------------------------------ stage 2 (at the kab/kota office)

    def stage2(self, refused: list) -> None:
        x = expected(self.entrants, upto=1)
        for code in self.regencies:
            k = self.regency[code]
            venue_id, panel_id = self._venue(k, 2, f"Kantor {code}", [code])
            losers = [e for e in self.entrants if e.regency == code and x.status[key(e)] == "failed_1"]
            refused.append(k.opop("panels", "add-pesantren", "--panel", panel_id, losers[0].reg_number, ok=False))
            winners = [e for e in self.entrants if e.regency == code and x.status[key(e)] == "passed_1"]
            k.json("panels", "add-pesantren", "--panel", panel_id, *[e.reg_number for e in winners])
            jurors = self._jurors(k, panel_id, f"{code}-T2")
            self.audition(k, 2, venue_id, panel_id, jurors, winners, lambda e: e.q2)
            k.json("results", "merge", "--stage", 2, "--regency", code, "--by", "koordinator")
            self.send(k, self.province, "--to", "province", label=f"up-2-{code}")

    def settle_tie(self) -> tuple:
        """The approval is refused while the tie is open; the plenary decides both, then approves."""
        x = expected(self.entrants, upto=2)
        p = self.province
        tied = [self.by_key()[t] for t in x.tie]
        ranked = p.json("rank", "--stage", 2, "--regency", tied[0].regency)
        assert {r["nspp"] for r in ranked if r["outcome"] == "plenary"} == set(x.tie)
        assert p.json("results", "cusp", "--stage", 2, "--regency", tied[0].regency)
        refusal = p.opop("results", "approve", "--stage", 2, "--regency", tied[0].regency, "--by", "pleno", ok=False)
        for e in tied:
            p.json("results", "override", "--stage", 2, "--pesantren", e.reg_number,
                   "--outcome", "selected" if key(e) == x.plenary_pick else "not_selected",
                   "--reason", "Nilai sama persis; pleno memilih nilai tahap 1 yang lebih tinggi",
                   "--chair", "Kepala Biro", "--by", "pleno")
        return refusal

    # ------------------------------------------------------------ stage 3 (at the province)

    def stage3(self, refused: list) -> None:
        x = expected(self.entrants, upto=2)
        p = self.province
        assert p.json("results", "quota", "--stage", 3)["per_track"] is False  # one champion per field
        venue_id, panel_id = self._venue(p, 3, "Gedung Sate", self.regencies)
        loser = next(e for e in self.entrants if x.status[key(e)] == "failed_2")
        refused.append(p.opop("panels", "add-pesantren", "--panel", panel_id, loser.reg_number, ok=False))
        finalists = [e for e in self.entrants if x.status[key(e)] == "passed_2"]
        p.json("panels", "add-pesantren", "--panel", panel_id, *[e.reg_number for e in finalists])
        jurors = self._jurors(p, panel_id, "Provinsi")
        self.audition(p, 3, venue_id, panel_id, jurors, finalists, lambda e: None if e.absent_3 else e.q3)
        p.json("results", "merge", "--stage", 3, "--by", "admin")
        p.json("results", "approve", "--stage", 3, "--by", "pleno")
        p.json("results", "publish", "--stage", 3, "--by", "admin")

    # ------------------------------------------------------------ what every laptop says

    def statuses(self, lap: Laptop) -> dict[str, str]:
        return {r["nspp"]: r["status"] for r in lap.json("registrants", "list")}

    def dump_lines(self, lap: Laptop) -> set[str]:
        return set(lap.opop("db", "dump")[1].splitlines())

    def conflicts(self, lap: Laptop) -> list:
        return lap.json("conflicts", "list")

    def run(self, refused: list | None = None) -> dict:
        refused = [] if refused is None else refused
        out = {}
        with self.phase("set-up and enrolment"):
            self.set_up()
        with self.phase("registration and administration"):
            out["registration"] = self.registration()
        with self.phase("stage 1 (venues → kab/kota → province)"):
            self.stage1()
        with self.phase("stage 1 plenary and results down"):
            self.plenary(1)
            self.results_down(1)
        with self.phase("stage 2 (kab/kota offices → province)"):
            self.stage2(refused)
        with self.phase("stage 2 plenary (tie) and results down"):
            out["tie_refusal"] = self.settle_tie()
            self.plenary(2)
            self.results_down(2)
        with self.phase("stage 3 (province) and results down"):
            self.stage3(refused)
            self.results_down(3)
        out["refused"] = refused
        # Every laptop's conflict list at the end, as each coordinator checks it (docs/season.md)
        out["conflicts"] = {lap.name: self.conflicts(lap) for lap in self.laptops()}
        out["funnel"] = {lap.name: lap.json("registrants", "funnel") for lap in self.laptops()}
        out["dumps"] = {lap.name: self.dump_lines(lap) for lap in self.laptops()}
        return out

    def close(self) -> None:
        for lap in self.laptops():
            if lap is not None:
                lap.close()
