"""Variance flags per pesantren, raised before sealing (the barberscore 'variance sheet').

Pure functions over the sheets that count; every flag carries a stable key so that an
acknowledgement stored in the database finds it again on the next run."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Sequence

from .inputs import CriterionSpec, EntrantInput, SheetInput, SoftConflict
from .outputs import Flag
from .totals import median_decimal


def flag_key(kind: str, pesantren_id: str, juror_id: str | None = None, sheet_id: str | None = None,
             detail: str = "") -> str:
    """``kind|pesantren|juror|sheet|detail``. ``detail`` is what the reviewer saw (a total, a
    status, missing codes): when it changes, the key changes and the flag is open again."""
    return f"{kind}|{pesantren_id}|{juror_id or ''}|{sheet_id or ''}|{detail}"


def _flag(kind, entrant: EntrantInput, message, juror_id=None, sheet_id=None, detail="") -> Flag:
    return Flag(key=flag_key(kind, entrant.pesantren_id, juror_id, sheet_id, detail), kind=kind,
                pesantren_id=entrant.pesantren_id, pesantren_name=entrant.name, message=message,
                juror_id=juror_id, sheet_id=sheet_id)


@lru_cache(maxsize=1)
def _points_text():
    """``formats.decimal_comma`` remembering its last few thousand answers: a province raises
    thousands of juror_far flags over a few hundred distinct totals. (Imported here: formats
    imports the tabulation package.) Equal Decimals give the same text at fixed places."""
    from ..formats import decimal_comma

    return lru_cache(maxsize=8192)(decimal_comma)


def juror_far_flags(entrant: EntrantInput, counted: Sequence[tuple[SheetInput, Decimal]],
                    limit: Decimal) -> list[Flag]:
    """A juror whose total is more than ``limit`` points from the panel median."""
    if len(counted) < 2:
        return []
    med = median_decimal(t for _, t in counted)
    bound = Decimal(limit)
    out = []
    for sheet, total in counted:
        diff = total - med  # exact: both are finite decimals
        if abs(diff) > bound:
            num = _points_text()
            out.append(_flag(
                "juror_far", entrant,
                lambda sheet=sheet, total=total, diff=diff, num=num:
                f"Nilai total juri {sheet.juror_name or sheet.juror_id} ({num(total, 2)}) berbeda "
                f"{num(abs(diff), 2)} poin dari median panel ({num(med, 2)}); batas {num(limit, 2)}.",
                sheet.juror_id, sheet.sheet_id, f"{total}/{med}"))
    return out


def flat_profile_flag(entrant: EntrantInput, sheet: SheetInput, criteria: Sequence[CriterionSpec]) -> Flag:
    """All criteria equal on one sheet: often a juror who did not really score each aspect."""
    value = sheet.values[criteria[0].code]
    return _flag("flat_profile", entrant,
                 f"Juri {sheet.juror_name or sheet.juror_id} memberi nilai sama ({value}) "
                 f"untuk semua kriteria.",
                 sheet.juror_id, sheet.sheet_id, str(value))


def missing_criterion_flag(entrant: EntrantInput, sheet: SheetInput, missing: Sequence[str]) -> Flag:
    return _flag("missing_criterion", entrant,
                 f"Lembar juri {sheet.juror_name or sheet.juror_id} tidak memiliki nilai untuk "
                 f"kriteria {', '.join(missing)}; lembar tidak dihitung.", sheet.juror_id, sheet.sheet_id,
                 ",".join(missing))


def pending_sheet_flag(entrant: EntrantInput, sheet: SheetInput, reason: str) -> Flag:
    return _flag("sheet_pending", entrant, reason, sheet.juror_id, sheet.sheet_id, sheet.status)


def soft_conflict_flags(entrant: EntrantInput, counted: Sequence[tuple[SheetInput, Decimal]],
                        conflicts: Sequence[SoftConflict]) -> list[Flag]:
    out = []
    seen = set()
    for sheet, _ in counted:
        for c in conflicts:
            if c.juror_id != sheet.juror_id or sheet.juror_id in seen:
                continue
            if c.pesantren_id == entrant.pesantren_id or (
                    c.district_code and c.district_code == entrant.district_code):
                seen.add(sheet.juror_id)
                what = "pesantren ini" if c.pesantren_id else f"kecamatan {entrant.district_name or c.district_code}"
                note = f" ({c.note})" if c.note else ""
                out.append(_flag(
                    "soft_conflict", entrant,
                    f"Juri {sheet.juror_name or sheet.juror_id} memiliki konflik kepentingan ringan "
                    f"dengan {what}{note}.", sheet.juror_id, sheet.sheet_id))
    return out


def missing_codes(criteria: Sequence[CriterionSpec], values: dict[str, Decimal]) -> list[str]:
    return [c.code for c in criteria if values.get(c.code) is None]
