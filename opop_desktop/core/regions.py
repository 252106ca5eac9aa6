"""Official West Java regions (Kemendagri codes) shipped in resources/regions.

Loaded once per process into plain dataclasses; the database stores codes only.
Tolerant name matching for messy spreadsheets lives in core/region_match.py.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import paths


@dataclass(frozen=True)
class Regency:
    """A kabupaten or kota."""

    code: str  # "32.04"
    name: str  # "Kabupaten Bandung"
    type: str  # kabupaten | kota

    @property
    def short_name(self) -> str:
        """"Bandung" for "Kabupaten Bandung"; "Kota Bandung" stays distinguishable via ``name``."""
        return re.sub(r"^(Kabupaten|Kota)\s+", "", self.name)


@dataclass(frozen=True)
class District:
    """A kecamatan."""

    code: str  # "32.04.01"
    regency_code: str
    name: str


@dataclass(frozen=True)
class Village:
    """A desa or kelurahan."""

    code: str  # "32.04.01.2001"
    district_code: str
    name: str
    type: str  # desa | kelurahan


@dataclass
class Gazetteer:
    """The official region codes and names of West Java (villages read on first use)."""

    regencies: dict[str, Regency] = field(default_factory=dict)
    districts: dict[str, District] = field(default_factory=dict)
    _villages: dict[str, Village] | None = field(default=None, repr=False)

    @property
    def villages(self) -> dict[str, Village]:
        """Read on first use: nearly 6,000 villages, which a ranking never needs."""
        if self._villages is None:
            self._villages = {r["code"]: Village(r["code"], r["district_code"], r["name"], r["type"])
                              for r in _rows("villages.csv")}
        return self._villages

    def districts_of(self, regency_code: str) -> list[District]:
        return [d for d in self.districts.values() if d.regency_code == regency_code]

    def villages_of(self, district_code: str) -> list[Village]:
        return [v for v in self.villages.values() if v.district_code == district_code]

    def regency_name(self, code: str | None) -> str:
        r = self.regencies.get(code or "")
        return r.name if r else (code or "")

    def district_name(self, code: str | None) -> str:
        d = self.districts.get(code or "")
        return d.name if d else (code or "")


def _rows(name: str) -> list[dict[str, str]]:
    with open(paths.resource("regions", name), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    for r in _rows("regencies.csv"):
        g.regencies[r["code"]] = Regency(r["code"], r["name"], r["type"])
    for r in _rows("districts.csv"):
        g.districts[r["code"]] = District(r["code"], r["regency_code"], r["name"])
    return g
