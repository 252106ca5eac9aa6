"""Normalisers of spreadsheet values (core/textnorm.py)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from opop_desktop.core.textnorm import (name_key, normalise_nspp, normalise_phone, normalise_track,
                                        parse_date)


@pytest.mark.parametrize("raw, phone", [
    ("+62 811-2233-4455", "081122334455"), (81312345678, "081312345678"), (81312345678.0, "081312345678"),
    ("0812.3456.7890", "081234567890"), ("62 857 1111 2222", "085711112222"), ("(022) 7654321", "0227654321"),
    (None, ""), ("", ""),
])
def test_phone(raw, phone):
    assert normalise_phone(raw) == phone


def test_phone_without_digits_or_too_short():
    for bad in ("tidak ada", "0811"):
        with pytest.raises(ValueError, match="telepon"):
            normalise_phone(bad)


@pytest.mark.parametrize("raw, nspp", [(510032050001, "510032050001"), (510032050001.0, "510032050001"),
                                       ("510032050001", "510032050001"), ("5100 3205 0001", "510032050001"),
                                       ("510032050001.0", "510032050001"), ("5.10032050001E+11", "510032050001"),
                                       (None, None), ("-", None)])
def test_nspp(raw, nspp):
    assert normalise_nspp(raw) == nspp


def test_nspp_bad():
    for bad in ("12345", "ABCDEFGHIJKL", 1.5):
        with pytest.raises(ValueError, match="NSPP"):
            normalise_nspp(bad)


@pytest.mark.parametrize("raw", [datetime(2019, 9, 3, 10, 0), date(2019, 9, 3), "03/09/2019", "3/9/2019",
                                 "2019-09-03", "03-09-2019", 43711, "43711"])
def test_dates(raw):
    assert parse_date(raw) == date(2019, 9, 3)


def test_bad_dates():
    for bad in ("31/02/2019", "besok", 12):
        with pytest.raises(ValueError, match="tanggal"):
            parse_date(bad)


def test_tracks():
    assert {normalise_track(t) for t in ("start-up", "Startup", "START UP", "Rintisan")} == {"start-up"}
    assert {normalise_track(t) for t in ("scale-up", "scale up", "Skill Up", "skill-up", "Pengembangan")} == {"scale-up"}
    with pytest.raises(ValueError, match="kategori usaha"):
        normalise_track("sedang")


def test_name_key_ignores_prefix_case_and_punctuation():
    assert name_key("Pondok Pesantren Al-Hikmah") == name_key("PONPES AL HIKMAH") == name_key("PP. Al Hikmah") \
        == name_key("al-hikmah")
    assert name_key("Al-Hikmah") != name_key("Al-Hikmah 2")
