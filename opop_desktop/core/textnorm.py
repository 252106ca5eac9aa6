"""Normalisers for values typed by people into spreadsheets: names, phones, NSPP, dates, tracks.

Each function takes a raw cell value (text, number, date or None) and returns the canonical
value, or raises ``ValueError`` whose one argument is the catalogue ``Message`` the importer
shows for that cell (``str(err)`` is its text in the chosen language).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from .catalogue import Message, msg

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def cell_text(value) -> str:
    """A cell as trimmed text; integral floats lose their ".0" (Excel stores 12 as 12.0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return " ".join(str(value).split())  # every run of whitespace (no-break spaces too) → one space


def fold(text: str) -> str:
    """Lower case without accents, punctuation turned into single spaces."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub(" ", text).strip()


def compact(text: str) -> str:
    """``fold`` without any spaces: "Gunung Putri" and "Gunungputri" both give "gunungputri"."""
    return fold(text).replace(" ", "")


# Words that say "this is a pesantren" and vary between spreadsheets; matching ignores them.
_PESANTREN_PREFIXES = ("pondok pesantren", "pesantren", "ponpes", "pontren", "pp", "yayasan")


def name_key(name: str) -> str:
    """The normalised pesantren name used for matching ("Ponpes Al-Hikmah" == "PONDOK PESANTREN AL HIKMAH")."""
    folded = fold(name)
    changed = True
    while changed:
        changed = False
        for prefix in _PESANTREN_PREFIXES:
            if folded.startswith(prefix + " "):
                folded = folded[len(prefix) + 1:]
                changed = True
    return folded.replace(" ", "") or compact(name)


def normalise_phone(value) -> str:
    """Local digits starting with 0: "+62 811-2233-4455" → "081122334455", 81312345678 → "081312345678"."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    # Several numbers in one cell ("0811… / 0812…"): keep the first.
    first = re.split(r"[/;,]|\s{2,}|\bdan\b|\batau\b", text)[0]
    digits = re.sub(r"\D", "", first)
    if not digits:
        raise ValueError(msg("files.phone_no_digits", text=text))
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    elif not digits.startswith("0"):
        digits = "0" + digits
    if not 9 <= len(digits) <= 14:
        raise ValueError(msg("files.phone_length", text=text, count=len(digits)))
    return digits


def normalise_nspp(value) -> str | None:
    """NSPP as its 12-digit text; a number cell (510232040001 or 5.10232040001E+11) included."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(msg("files.nspp_not_integer", text=str(value)))
        value = int(value)
    text = str(value).strip()
    if text in ("-", "–", "0"):
        return None
    if re.fullmatch(r"\d+\.0+", text):  # "510232040001.0" from a number turned into text
        text = text.split(".")[0]
    elif re.fullmatch(r"\d(\.\d+)?[eE]\+?\d+", text):  # "5.10232040001E+11"
        text = str(int(float(text)))
    digits = re.sub(r"[\s.\-]", "", text)
    if not digits.isdigit():
        raise ValueError(msg("files.nspp_not_digits", text=text))
    if len(digits) != 12:
        raise ValueError(msg("files.nspp_length", text=text, count=len(digits)))
    return digits


_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value) -> date | None:
    """Excel dates (cells or serial numbers), ``dd/mm/yyyy``, ``dd-mm-yyyy`` and ``yyyy-mm-dd``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # 1954–2119 as Excel serial days
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(msg("files.date_unknown", text=str(value)))
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", text)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2}|\d{4})", text)
        if not m:
            if text.isdigit():
                return parse_date(int(text))
            raise ValueError(msg("files.date_format", text=text))
        d, mo, y = map(int, m.groups())
        if y < 100:
            y += 2000
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValueError(msg("files.date_not_in_calendar", text=text)) from None


_TRACKS = {
    "startup": "start-up", "rintisan": "start-up", "pemula": "start-up",
    "scaleup": "scale-up", "skillup": "scale-up", "pengembangan": "scale-up",
}


def normalise_track(value) -> str:
    """"start-up" or "scale-up" from the many spellings officers use; ValueError otherwise."""
    text = cell_text(value)
    key = compact(text)
    if key in _TRACKS:
        return _TRACKS[key]
    raise ValueError(msg("files.track_unknown", text=text))


def reason(exc: ValueError) -> Message | str:
    """The message a normaliser above raised (the error's one argument); any other ValueError as
    its text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Message) else str(exc)
