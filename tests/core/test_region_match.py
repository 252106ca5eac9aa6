"""Tolerant region resolution: official entries or Indonesian messages naming candidates."""
from __future__ import annotations

import pytest

from opop_desktop.core.region_match import RegionError, matcher, resolve_region


@pytest.mark.parametrize("text", ["Kab. Sumedang", "Kabupaten Sumedang", "Kab Sumedang", "KAB. SUMEDANG",
                                  "kabupaten  sumedang", "Sumedang", "32.11"])
def test_regency_variants(text):
    m = resolve_region(text, "Jatinangor")
    assert (m.regency.code, m.district.name) == ("32.11", "Jatinangor")


def test_kota_and_kabupaten_are_told_apart():
    assert resolve_region("Kota Tasikmalaya", "Cihideung").regency.code == "32.78"
    with pytest.raises(RegionError) as err:
        resolve_region("Kota Tasikmalaya", "Singaparna")
    assert err.value.field == "kecamatan"
    assert "Kabupaten Tasikmalaya" in err.value.message  # where that kecamatan really is


def test_bare_name_settled_by_kecamatan():
    assert resolve_region("Bandung", "Coblong").regency.name == "Kota Bandung"
    assert resolve_region("BANDUNG", "Kec. Cicalengka").regency.name == "Kabupaten Bandung"
    assert resolve_region("Bandung Barat", "Lembang").regency.name == "Kabupaten Bandung Barat"


def test_spaced_unspaced_and_prefixed_kecamatan():
    a = resolve_region("Kab. Bogor", "Gunung Putri")
    b = resolve_region("Kab. Bogor", "Kec. Gunungputri")
    c = resolve_region("Kab. Bogor", "KECAMATAN gunung-putri")
    assert a.district.code == b.district.code == c.district.code == "32.01.02"
    assert a.district.name == "Gunungputri"  # the official entry is returned


def test_district_named_kota_is_not_mistaken_for_a_prefix():
    assert resolve_region("Kabupaten Garut", "Garut Kota").district.code == "32.05.01"


def test_unknown_kecamatan_names_close_candidates():
    with pytest.raises(RegionError) as err:
        resolve_region("Garut", "Tarogong Kidull")
    assert err.value.field == "kecamatan"
    assert "Tarogong Kidul" in err.value.message and "Kabupaten Garut" in err.value.message


def test_outside_west_java_and_missing():
    with pytest.raises(RegionError, match="di luar Jawa Barat") as err:
        resolve_region("Kabupaten Brebes", "Bumiayu")
    assert err.value.field == "kabupaten_kota"
    with pytest.raises(RegionError, match="wajib") as err:
        resolve_region("", "Cibinong")
    assert err.value.field == "kabupaten_kota"
    with pytest.raises(RegionError, match="wajib") as err:
        resolve_region("Bogor", None)
    assert err.value.field == "kecamatan"


def test_misspelt_regency_suggests():
    with pytest.raises(RegionError) as err:
        resolve_region("Kab. Tasikmalya", "Singaparna")
    assert "Kabupaten Tasikmalaya" in err.value.message


def test_village_optional_matched_or_warned():
    m = resolve_region("Kab. Bogor", "Cibinong", "Kel. Karadenan")
    assert m.village.code == "32.01.01.1002" and m.village_warning is None
    m = resolve_region("Kab. Bogor", "Cibinong", "Karadenann")
    assert m.village is None and "Karadenan" in m.village_warning
    assert resolve_region("Kab. Bogor", "Cibinong").village is None


def test_every_official_name_resolves_to_itself():
    g = matcher().g
    for d in g.districts.values():
        r = g.regencies[d.regency_code]
        assert resolve_region(r.name, d.name).district.code == d.code


def test_abbreviations_and_old_kota_prefixes():
    assert resolve_region("KBB", "Lembang").regency.name == "Kabupaten Bandung Barat"
    assert resolve_region("Kodya Bandung", "Coblong").regency.code == "32.73"
    assert resolve_region("Kotamadya Tasikmalaya", "Cihideung").regency.code == "32.78"
    assert resolve_region("Tasik", "Singaparna").regency.code == "32.06"


def test_missing_regency_hints_where_the_kecamatan_is():
    with pytest.raises(RegionError) as err:
        resolve_region(None, "Tarogong Kaler")
    assert err.value.field == "kabupaten_kota"
    assert "wajib" in err.value.message and "Kabupaten Garut" in err.value.message
