"""Synthetic registrants for the demo programme year: plausible names, leaders, phones, products.

Everything comes from the ``random.Random`` passed in, so one seed always gives the same
pesantren (same names, regions, NSPP, registration numbers); only the UUIDs differ.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AdminDecision, Pesantren, ProductField
from ..regions import District, gazetteer
from ..services.admin_selection import decision_id
from ..services.programme import ProgrammeInfo
from ..textnorm import name_key
from . import names as N

SCALES = {
    # scale → (regency codes or None for all 27, number of registrants)
    "small": (["32.05", "32.78"], 60),  # Kabupaten Garut + Kota Tasikmalaya
    "province": (None, 1500),
}
PHONE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0877", "0878",
                  "0881", "0895", "0896"]
ADMIN_FAILED_SHARE = 0.08
STILL_REGISTERED_SHARE = 0.05
SCALE_UP_SHARE = 0.45


@dataclass
class DemoRegistrants:
    created: int
    regency_codes: list[str]
    admin_failed: int
    admin_passed: int


def _districts(rng: random.Random, regency_codes: list[str], count: int) -> list[District]:
    """A kecamatan per registrant: a few in every kab/kota, the rest spread at random."""
    g = gazetteer()
    pools = {rc: sorted(g.districts_of(rc), key=lambda d: d.code) for rc in regency_codes}
    everywhere = [d for rc in regency_codes for d in pools[rc]]
    picks: list[District] = []
    for rc in regency_codes:
        picks += rng.sample(pools[rc], min(2, len(pools[rc])))
    while len(picks) < count:
        picks.append(rng.choice(everywhere))
    rng.shuffle(picks)
    return picks[:count]


def _name(rng: random.Random, district: District) -> str:
    suffix = rng.choice(N.NAME_SUFFIXES).format(district=district.name)
    return f"{rng.choice(N.NAME_PREFIXES)} {rng.choice(N.NAME_CORES)}{suffix}"


def _leader(rng: random.Random) -> str:
    return f"{rng.choice(N.LEADER_TITLES)} {rng.choice(N.LEADER_FIRST)} {rng.choice(N.LEADER_LAST)}"


def _phone(rng: random.Random) -> str:
    return rng.choice(PHONE_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 8))))


def _village(rng: random.Random, district: District):
    villages = sorted(gazetteer().villages_of(district.code), key=lambda v: v.code)
    return rng.choice(villages) if villages else None


def generate_registrants(session: Session, rng: random.Random, programme: ProgrammeInfo, *,
                         scale: str = "small", progress=None) -> DemoRegistrants:
    regency_codes, count = SCALES[scale]
    g = gazetteer()
    regency_codes = list(regency_codes or sorted(g.regencies))
    fields = {code: fid for fid, code in session.execute(select(ProductField.id, ProductField.code))}
    field_codes = sorted(c for c in N.PRODUCTS if c in fields)
    start = date(programme.year, 7, 1)
    seen: set[tuple[str, str]] = set()
    serial_by_regency: dict[str, int] = {}
    objects: list[Pesantren] = []
    failed = passed = 0
    for index, district in enumerate(_districts(rng, regency_codes, count)):
        if progress and index % 100 == 0:
            progress(index, count, "Membuat peserta contoh…")
        name = _name(rng, district)
        while (name_key(name), district.code) in seen:
            name = _name(rng, district)
        seen.add((name_key(name), district.code))
        rc = district.regency_code
        serial_by_regency[rc] = serial_by_regency.get(rc, 0) + 1
        nspp = None if rng.random() < 0.1 else f"5100{rc.replace('.', '')}{serial_by_regency[rc]:04d}"
        field_code = rng.choice(field_codes) if field_codes else None
        product = rng.choice(N.PRODUCTS[field_code]) if field_code else "Produk Pesantren"
        village = _village(rng, district)
        roll = rng.random()
        status = ("admin_failed" if roll < ADMIN_FAILED_SHARE else
                  "registered" if roll < ADMIN_FAILED_SHARE + STILL_REGISTERED_SHARE else "admin_passed")
        failed += status == "admin_failed"
        passed += status == "admin_passed"
        address = f"{rng.choice(N.STREETS)} {rng.choice(N.NAME_CORES).replace('Al-', '')} No. {rng.randrange(1, 200)}"
        objects.append(Pesantren(
            programme_year_id=programme.id, reg_number=f"OPOP-{programme.year}-{index + 1:04d}", nspp=nspp,
            name=name, name_key=name_key(name), leader=_leader(rng), phone=_phone(rng),
            address=address + (f", {village.type.capitalize()} {village.name}" if village else ""),
            village_code=village.code if village else None, district_code=district.code,
            regency_code=rc, product=product, product_field_id=fields.get(field_code),
            track="scale-up" if rng.random() < SCALE_UP_SHARE else "start-up",
            registered_on=start + timedelta(days=rng.randrange(0, 45)), status=status,
        ))
    session.add_all(objects)
    session.flush()
    session.add_all(AdminDecision(id=decision_id(p.id), pesantren_id=p.id,
                                  decision="passed" if p.status == "admin_passed" else "failed",
                                  reason="" if p.status == "admin_passed" else "Berkas tidak lengkap",
                                  actor="sistem")
                    for p in objects if p.status in ("admin_passed", "admin_failed"))
    session.flush()
    return DemoRegistrants(len(objects), regency_codes, failed, passed)
