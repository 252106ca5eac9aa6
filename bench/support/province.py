"""A scored stage 1 of any size, written fast with bulk inserts: N pesantren over every
kecamatan of the 27 kab/kota, panels of 20, 5 jurors per panel, every sheet locked with 7
criteria (N × 35 score rows), 2% of the cells corrected once (a superseding version).

The file is cached under the system temp folder by size and seed, so repeated runs of a
benchmark pay the generation once.
"""
from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

PANEL_SIZE = 20
JURORS_PER_PANEL = 5
CACHE = Path(tempfile.gettempdir()) / "opop-bench-cache"
SCHEMA_TAG = "v4"


def _uid(kind: str, i: int) -> str:
    return f"{kind}-{i:09d}"


def build(path: Path, n_pesantren: int, seed: int = 1, scored: bool = True) -> dict:
    """Write the stage into a fresh database at ``path``; returns counts. ``scored=False``: the
    same pesantren, panels and jurors, no sheets (the target of a score import)."""
    from sqlalchemy import insert, select

    from opop_desktop.core.db import open_database
    from opop_desktop.core.models import (
        Juror, Panel, PanelJuror, PanelSlot, Pesantren, Rubric, ScoreEntry, ScoreSheet, Venue,
    )
    from opop_desktop.core.regions import gazetteer
    from opop_desktop.core.services.programme import create_programme_year
    from opop_desktop.core.services.rubric import active_rubric

    rng = random.Random(seed)
    g = gazetteer()
    districts = sorted(g.districts.values(), key=lambda d: d.code)
    db = open_database(str(path))
    now = datetime.now(timezone.utc)
    base = dict(origin_device=db.device_id, modified_device=db.device_id, device_seq=0,
                created_at=now, updated_at=now)
    with db.session() as s:
        info = create_programme_year(s, 2026)
        stage_id = info.stage_ids[1]
        rubric_id = s.scalar(select(Rubric.id).where(Rubric.stage_id == stage_id))
        codes = [c.code for c in active_rubric(s, stage_id).criteria]
        pesantren, venues, panels, jurors, pj, slots, sheets, entries = [], [], [], [], [], [], [], []
        for i in range(n_pesantren):
            d = districts[i % len(districts)]
            pesantren.append(dict(base, id=_uid("p", i), programme_year_id=info.id, reg_number=f"OPOP-{i:05d}",
                                  nspp=f"5100{i:08d}", name=f"Pondok Pesantren Bench {i}",
                                  name_key=f"pondok pesantren bench {i}", district_code=d.code,
                                  regency_code=d.regency_code, status="admin_passed",
                                  track="scale-up" if rng.random() < 0.45 else "start-up"))
        by_regency: dict[str, list[dict]] = {}
        for p in pesantren:
            by_regency.setdefault(p["regency_code"], []).append(p)
        n_panel = n_juror = n_sheet = n_entry = 0
        for v, (regency, members) in enumerate(sorted(by_regency.items())):
            venue_id = _uid("v", v)
            venues.append(dict(base, id=venue_id, stage_id=stage_id, name=f"Aula {g.regency_name(regency)}",
                               regency_codes=regency))
            for start in range(0, len(members), PANEL_SIZE):
                panel_id = _uid("pn", n_panel)
                n_panel += 1
                panels.append(dict(base, id=panel_id, venue_id=venue_id, name=f"Ruang {start // PANEL_SIZE + 1}"))
                panel_jurors = []
                for _ in range(JURORS_PER_PANEL):
                    jid = _uid("j", n_juror)
                    n_juror += 1
                    jurors.append(dict(base, id=jid, name=f"Juri {n_juror}", regency_code=regency))
                    pj.append(dict(base, id=_uid("pj", n_juror), panel_id=panel_id, juror_id=jid))
                    panel_jurors.append(jid)
                for pos, p in enumerate(members[start:start + PANEL_SIZE], start=1):
                    slots.append(dict(base, id=_uid("sl", len(slots)), panel_id=panel_id,
                                      pesantren_id=p["id"], position=pos))
                    for jid in panel_jurors:
                        sid = _uid("s", n_sheet)
                        n_sheet += 1
                        sheets.append(dict(base, id=sid, stage_id=stage_id, panel_id=panel_id, juror_id=jid,
                                           pesantren_id=p["id"], rubric_id=rubric_id, source="laptop",
                                           status="locked", locked_at=now, locked_by="bench"))
                        for code in codes:
                            value = Decimal(rng.randint(2, 20)) / 2
                            eid = _uid("e", n_entry)
                            n_entry += 1
                            entries.append(dict(base, id=eid, sheet_id=sid, criterion_code=code, value=value,
                                                kind="entry", entered_by="bench", reason=""))
                            if rng.random() < 0.02:
                                entries.append(dict(base, id=_uid("e", n_entry), sheet_id=sid,
                                                    criterion_code=code, value=Decimal(rng.randint(2, 20)) / 2,
                                                    kind="entry", entered_by="bench", reason="",
                                                    supersedes_id=eid))
                                n_entry += 1
        tables = [(Pesantren, pesantren), (Venue, venues), (Panel, panels), (Juror, jurors), (PanelJuror, pj),
                  (PanelSlot, slots)]
        if scored:
            tables += [(ScoreSheet, sheets), (ScoreEntry, entries)]
        for model, rows in tables:
            for i in range(0, len(rows), 20000):
                s.execute(insert(model), rows[i:i + 20000])
    db.dispose()
    return {"pesantren": n_pesantren, "sheets": len(sheets), "score_rows": len(entries)}


def stage_database(n_pesantren: int, seed: int = 1, scored: bool = True) -> Path:
    """Path of a cached database with the scored stage (made on first use)."""
    CACHE.mkdir(exist_ok=True)
    target = CACHE / f"stage1-{n_pesantren}-{seed}-{'scored' if scored else 'empty'}-{SCHEMA_TAG}.sqlite3"
    if not target.exists():
        tmp = target.with_suffix(".building")
        for extra in ("", "-wal", "-shm"):
            Path(str(tmp) + extra).unlink(missing_ok=True)
        t = time.perf_counter()
        os.environ.setdefault("OPOP_DATA_DIR", str(CACHE / "data"))
        counts = build(tmp, n_pesantren, seed, scored)
        _checkpoint(tmp)
        shutil.move(str(tmp), str(target))
        print(f"(generated {counts} in {time.perf_counter() - t:.1f} s, cached at {target})", flush=True)
    return target


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so that one file is the whole database."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def score_file(n_pesantren: int, kind: str = "xlsx", seed: int = 1) -> Path:
    """The stage's scores as one long file (nspp, juror, criterion, score): N × 35 rows."""
    target = CACHE / f"scores-{n_pesantren}-{seed}-{SCHEMA_TAG}.{kind}"
    if target.exists():
        return target
    con = sqlite3.connect(stage_database(n_pesantren, seed))
    rows = con.execute("SELECT p.nspp, j.name, e.criterion_code, e.value FROM score_entry e "
                       "JOIN score_sheet s ON s.id = e.sheet_id JOIN pesantren p ON p.id = s.pesantren_id "
                       "JOIN juror j ON j.id = s.juror_id WHERE e.id NOT IN "
                       "(SELECT supersedes_id FROM score_entry WHERE supersedes_id IS NOT NULL) "
                       "ORDER BY s.id, e.criterion_code")
    tmp = target.with_suffix(".building")
    if kind == "csv":
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["nspp", "juror", "criterion", "score"])
            w.writerows(rows)
    else:
        import openpyxl
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Nilai")
        ws.append(["nspp", "juror", "criterion", "score"])
        for nspp, juror, code, value in rows:
            ws.append([nspp, juror, code, float(value)])
        wb.save(str(tmp))
    con.close()
    shutil.move(str(tmp), str(target))
    return target


def working_copy(n_pesantren: int, folder: Path, seed: int = 1, scored: bool = True) -> Path:
    """A private copy of the cached stage database, safe to write into."""
    src = stage_database(n_pesantren, seed, scored)
    dst = folder / src.name
    shutil.copyfile(src, dst)
    return dst
