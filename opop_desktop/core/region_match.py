"""Tolerant resolution of kab/kota, kecamatan and desa names typed into spreadsheets.

"Kab. Bogor", "KABUPATEN BOGOR", "kab bogor" and "Bogor" (settled by the kecamatan) all find
Kabupaten Bogor; "Gunung Putri" finds the official "Gunungputri"; "Kec. Cibinong" drops its
prefix. Failures come back as catalogue messages naming the candidates, never as guesses.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from .catalogue import Message, msg
from .regions import District, Gazetteer, Regency, Village, gazetteer
from .textnorm import cell_text, compact, fold

_KOTA_PREFIX = re.compile(r"^(kota\s*madya|kotamadya|kota|kodya|kot)\s+")
_KAB_PREFIX = re.compile(r"^(kabupaten|kabupaten\s+administrasi|kab|kb)\s+")
_DISTRICT_PREFIX = re.compile(r"^(kecamatan|kec)\s+")
# Abbreviations officers use for a kab/kota (compacted short name they stand for).
_REGENCY_ALIASES = {"kbb": "bandungbarat", "bdg": "bandung", "bdgbarat": "bandungbarat", "tasik": "tasikmalaya"}
_VILLAGE_PREFIX = re.compile(r"^(desa|kelurahan|kel|ds)\s+")


@dataclass
class RegionMatch:
    regency: Regency
    district: District
    village: Village | None = None
    village_msg: Message | None = None  # a village that was given but not found

    @property
    def village_warning(self) -> str | None:
        return None if self.village_msg is None else str(self.village_msg)


class RegionError(ValueError):
    """A region that cannot be resolved; ``field`` is "kabupaten_kota" or "kecamatan", ``msg``
    the catalogue message saying why."""

    def __init__(self, field: str, message: Message):
        super().__init__(message)
        self.field = field
        self.msg = message

    @property
    def message(self) -> str:
        return str(self.msg)


def _listing(names: list[str], limit: int = 5) -> str | Message:
    names = list(dict.fromkeys(names))
    shown = ", ".join(names[:limit])
    return msg("files.region_more", names=shown, count=len(names)) if len(names) > limit else shown


def _maybe(names: list[str]) -> Message | str:
    """The "did you mean" tail of a message, or nothing."""
    return msg("files.region_maybe", names=_listing(names)) if names else ""


class RegionMatcher:
    """Lookup tables built once per gazetteer; ``resolve`` is a handful of dict lookups."""

    def __init__(self, g: Gazetteer):
        self.g = g
        self.regencies_by_key: dict[str, list[Regency]] = {}
        for r in g.regencies.values():
            self.regencies_by_key.setdefault(compact(r.short_name), []).append(r)
        self.districts_by_key: dict[str, list[District]] = {}
        self.districts_of: dict[str, dict[str, District]] = {}
        for d in g.districts.values():
            key = compact(d.name)
            self.districts_by_key.setdefault(key, []).append(d)
            self.districts_of.setdefault(d.regency_code, {})[key] = d
        self.villages_of: dict[str, dict[str, Village]] = {}
        for v in g.villages.values():
            self.villages_of.setdefault(v.district_code, {})[compact(v.name)] = v
        self._cache: dict[tuple, RegionMatch | RegionError] = {}

    # ------------------------------------------------------------ regency
    def regency_candidates(self, text: str) -> list[Regency]:
        """All regencies the text may mean (two for a bare "Bandung"); ``RegionError`` if none."""
        raw = cell_text(text)
        folded = fold(raw)
        if not folded:
            raise RegionError("kabupaten_kota", msg("files.region_regency_required"))
        if re.fullmatch(r"32\s*\d{2}", folded):  # an official code such as "32.04"
            code = f"32.{folded[-2:]}"
            if code in self.g.regencies:
                return [self.g.regencies[code]]
        kind = None
        if _KOTA_PREFIX.match(folded):
            kind, folded = "kota", _KOTA_PREFIX.sub("", folded)
        elif _KAB_PREFIX.match(folded):
            kind, folded = "kabupaten", _KAB_PREFIX.sub("", folded)
        key = _REGENCY_ALIASES.get(folded.replace(" ", ""), folded.replace(" ", ""))
        found = [r for r in self.regencies_by_key.get(key, []) if kind is None or r.type == kind]
        if found:
            return found
        if key in self.regencies_by_key:  # "Kota Garut": the name exists, the kind does not
            real = _listing([r.name for r in self.regencies_by_key[key]])
            raise RegionError("kabupaten_kota", msg("files.region_wrong_kind", text=raw, names=real))
        close = difflib.get_close_matches(key, list(self.regencies_by_key), n=3, cutoff=0.75)
        hint = _maybe([r.name for k in close for r in self.regencies_by_key[k]])
        raise RegionError("kabupaten_kota", msg("files.region_regency_unknown", text=raw, hint=hint))

    # ------------------------------------------------------------ district
    def _district_key(self, text: str) -> str:
        return _DISTRICT_PREFIX.sub("", fold(cell_text(text))).replace(" ", "")

    def resolve(self, regency_text, district_text, village_text=None) -> RegionMatch:
        """Official entries for the three cells, or ``RegionError`` naming the candidates."""
        cache_key = (cell_text(regency_text), cell_text(district_text), cell_text(village_text))
        hit = self._cache.get(cache_key)
        if hit is None:
            try:
                hit = self._resolve(*cache_key)
            except RegionError as err:
                hit = err
            if len(self._cache) < 50_000:
                self._cache[cache_key] = hit
        if isinstance(hit, RegionError):
            raise hit
        return hit

    def _resolve(self, regency_text: str, district_text: str, village_text: str) -> RegionMatch:
        key = self._district_key(district_text)
        if not fold(regency_text) and key in self.districts_by_key:
            places = _listing([self.g.regencies[d.regency_code].name for d in self.districts_by_key[key]])
            raise RegionError("kabupaten_kota", msg("files.region_regency_required_for",
                                                    district=district_text, places=places))
        candidates = self.regency_candidates(regency_text)
        if not key:
            raise RegionError("kecamatan", msg("files.region_district_required"))
        hits = [self.districts_of[r.code][key] for r in candidates if key in self.districts_of[r.code]]
        if len(hits) > 1:
            raise RegionError("kabupaten_kota", msg("files.region_ambiguous", regency=regency_text,
                                                    names=_listing([r.name for r in candidates]),
                                                    district=district_text))
        if not hits:
            raise RegionError("kecamatan", self._district_miss(candidates, district_text, key))
        district = hits[0]
        regency = self.g.regencies[district.regency_code]
        village, warning = self._village(district, village_text)
        return RegionMatch(regency, district, village, warning)

    def _district_miss(self, candidates: list[Regency], text: str, key: str) -> Message:
        where = " / ".join(r.name for r in candidates)
        elsewhere = self.districts_by_key.get(key, [])
        if elsewhere:
            places = _listing([self.g.regencies[d.regency_code].name for d in elsewhere])
            return msg("files.region_district_elsewhere", text=text, regency=where, places=places)
        names = {k: d.name for r in candidates for k, d in self.districts_of[r.code].items()}
        close = difflib.get_close_matches(key, list(names), n=4, cutoff=0.7)
        return msg("files.region_district_unknown", text=text, regency=where,
                   hint=_maybe([names[k] for k in close]))

    def _village(self, district: District, text: str) -> tuple[Village | None, Message | None]:
        folded = fold(text)
        if not folded:
            return None, None
        key = _VILLAGE_PREFIX.sub("", folded).replace(" ", "")
        village = self.villages_of.get(district.code, {}).get(key)
        if village:
            return village, None
        names = {k: v.name for k, v in self.villages_of.get(district.code, {}).items()}
        close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.75)
        return None, msg("files.region_village_unknown", text=text, district=district.name,
                         hint=_maybe([names[k] for k in close]))


@lru_cache(maxsize=1)
def matcher() -> RegionMatcher:
    return RegionMatcher(gazetteer())


def resolve_region(regency_text, district_text, village_text=None) -> RegionMatch:
    """Module-level shortcut over the shared matcher."""
    return matcher().resolve(regency_text, district_text, village_text)
