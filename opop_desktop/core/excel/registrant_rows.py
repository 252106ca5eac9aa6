"""Reading registrant workbooks: opening, header detection per sheet, one row → clean values.

No database access here; the importer (registrant_import.py) decides what the values mean for
the stored pesantren.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator

from ..catalogue import Message, msg
from ..errors import ImportRejected
from ..region_match import RegionError, RegionMatcher
from ..textnorm import (cell_text, compact, name_key, normalise_nspp, normalise_phone, normalise_track,
                        parse_date, reason)
from .registrant_headers import HEADER_SCAN_ROWS, SheetLayout, detect_header


@dataclass
class RowProblem:
    field: str
    msg: Message


@dataclass
class CleanRow:
    """One spreadsheet row turned into canonical values (regions resolved to official codes)."""

    sheet: str
    row: int
    name: str
    name_key: str
    nspp: str | None
    regency_code: str
    regency_name: str
    district_code: str
    district_name: str
    village_code: str | None
    leader: str
    phone: str
    address: str
    product: str
    field_text: str
    product_field_id: str | None
    track: str
    registered_on: date | None
    present: set[str] = field(default_factory=set)  # fields whose column the sheet has
    warnings: list[Message] = field(default_factory=list)


def open_workbook(path: Path):
    """The workbook in read-only mode, or ImportRejected with a message the officer understands."""
    from openpyxl import load_workbook

    if not path.exists():
        raise ImportRejected("files.not_found", path=str(path), where=str(path))
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise ImportRejected("files.not_xlsx", name=path.name, where=str(path))
    try:
        return load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportRejected("files.xlsx_unreadable", name=path.name, detail=str(exc),
                             where=str(path)) from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on malformed files
        raise ImportRejected("files.unreadable", name=path.name, detail=str(exc), where=str(path)) from exc


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
MAX_MERGED_CELLS = 200_000


def merged_ranges(ws) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col0, max_row, max_col0) of the merged ranges of a read-only sheet.

    Read-only mode does not expose merges, so the sheet XML is scanned for <mergeCell ref=...>."""
    from openpyxl.utils import column_index_from_string

    get_source = getattr(ws, "_get_source", None)
    if get_source is None:
        return [(r.min_row, r.min_col - 1, r.max_row, r.max_col - 1) for r in ws.merged_cells.ranges]
    src = get_source()
    try:
        xml = src.read()
    finally:
        src.close()
    out = []
    for c1, r1, c2, r2 in _MERGE_REF.findall(xml):
        out.append((int(r1), column_index_from_string(c1.decode()) - 1,
                    int(r2), column_index_from_string(c2.decode()) - 1))
    return out


def sheet_rows(ws) -> Iterator[tuple[int, tuple]]:
    """(spreadsheet row number, values) for every row, including blank ones.

    Cells covered by a merged range carry the value of its top-left cell: officers merge the
    kab/kota or kecamatan down a block of rows, and headers across or down two rows."""
    followers: dict[int, list[tuple[int, int, int]]] = {}  # row → [(col, top row, top col)]
    tops: set[tuple[int, int]] = set()
    cells = 0
    for r1, c1, r2, c2 in merged_ranges(ws):
        cells += (r2 - r1 + 1) * (c2 - c1 + 1)
        if cells > MAX_MERGED_CELLS:
            break
        tops.add((r1, c1))
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    followers.setdefault(r, []).append((c, r1, c1))
    try:
        ws.reset_dimensions()  # some writers store a wrong <dimension>; read what is really there
    except AttributeError:
        pass
    top_values: dict[tuple[int, int], object] = {}
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if tops:
            for col, value in enumerate(values):
                if (number, col) in tops:
                    top_values[(number, col)] = value
        fill = followers.get(number)
        if fill:
            width = max(len(values), max(c for c, _, _ in fill) + 1)
            row = list(values) + [None] * (width - len(values))
            for col, tr, tc in fill:
                if row[col] is None:
                    row[col] = top_values.get((tr, tc))
            values = tuple(row)
        yield number, values


def layout_of(ws) -> tuple[SheetLayout | None, list[tuple[int, tuple]], Iterator[tuple[int, tuple]]]:
    """Header layout of a sheet, the rows read while looking for it, and the rest of the rows."""
    rows = sheet_rows(ws)
    head: list[tuple[int, tuple]] = []
    for number, values in rows:
        head.append((number, values))
        if number >= HEADER_SCAN_ROWS:
            break
    return detect_header(ws.title, [v for _, v in head]), head, rows


def is_blank(values: tuple, columns: dict[int, str] | None = None) -> bool:
    """True when every cell (or every cell of the known ``columns``) is empty. Rows holding only a
    pre-filled "No" or a "Jumlah" note outside the known columns count as blank."""
    cells = values if columns is None else [values[c] for c in columns if c < len(values)]
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in cells)


class RowCleaner:
    """Turns raw rows of one sheet into ``CleanRow`` or a list of problems (one per field)."""

    def __init__(self, matcher: RegionMatcher, field_lookup: "FieldLookup"):
        self.matcher = matcher
        self.fields = field_lookup

    def clean(self, layout: SheetLayout, number: int, values: tuple) -> CleanRow | list[RowProblem]:
        cells: dict[str, object] = {}
        for col, f in layout.columns.items():
            cells[f] = values[col] if col < len(values) else None
        problems: list[RowProblem] = []
        warnings: list[Message] = []

        name = cell_text(cells.get("name"))
        if not name:
            problems.append(RowProblem("name", msg("files.row_name_required")))
        nspp = None
        try:
            nspp = normalise_nspp(cells.get("nspp"))
        except ValueError as exc:
            problems.append(RowProblem("nspp", reason(exc)))
        region = None
        if "regency" not in layout.fields:
            problems.append(RowProblem("kabupaten_kota", msg("files.row_no_regency_column")))
        else:
            try:
                region = self.matcher.resolve(cells.get("regency"), cells.get("district"), cells.get("village"))
            except RegionError as err:
                problems.append(RowProblem(err.field, err.msg))
        track = "start-up"
        if "track" in layout.fields:
            try:
                track = normalise_track(cells.get("track"))
            except ValueError as exc:
                problems.append(RowProblem("kategori_usaha", reason(exc) if cell_text(cells.get("track"))
                                           else msg("files.row_track_required")))
        if problems:
            return problems

        phone = ""
        try:
            phone = normalise_phone(cells.get("phone"))
        except ValueError as exc:
            warnings.append(msg("files.row_cleared", problem=reason(exc)))
        registered_on = None
        try:
            registered_on = parse_date(cells.get("date"))
        except ValueError as exc:
            warnings.append(msg("files.row_cleared", problem=reason(exc)))
        field_text = cell_text(cells.get("field"))
        field_id = None
        if field_text:
            field_id = self.fields.find(field_text)
            if field_id is None:
                warnings.append(msg("files.row_cleared", problem=msg(
                    "files.row_field_unknown", text=field_text, choices=list(self.fields.names))))
        if region.village_msg:
            warnings.append(msg("files.row_cleared", problem=region.village_msg))
        return CleanRow(
            sheet=layout.sheet, row=number, name=name, name_key=name_key(name), nspp=nspp,
            regency_code=region.regency.code, regency_name=region.regency.name,
            district_code=region.district.code, district_name=region.district.name,
            village_code=region.village.code if region.village else None,
            leader=cell_text(cells.get("leader")), phone=phone, address=cell_text(cells.get("address")),
            product=cell_text(cells.get("product")), field_text=field_text, product_field_id=field_id,
            track=track, registered_on=registered_on, present=set(layout.fields), warnings=warnings,
        )


# Words officers write for the product fields (bidang usaha) beyond their official names.
FIELD_ALIASES = {
    "fashion": "konfeksi", "busana": "konfeksi", "pakaian": "konfeksi", "garmen": "konfeksi",
    "tekstil": "konfeksi", "konveksi": "konfeksi", "makanannabati": "makanan-olahan-nabati",
    "olahannabati": "makanan-olahan-nabati", "makananhewani": "makanan-olahan-hewani",
    "olahanhewani": "makanan-olahan-hewani", "kerajinantangan": "kerajinan", "handicraft": "kerajinan",
    "kriya": "kerajinan", "minumanolahan": "minuman", "agribisnis": "pertanian", "dagang": "perdagangan",
    "retail": "perdagangan", "ritel": "perdagangan", "toko": "perdagangan", "layanan": "jasa",
    "perikanandankelautan": "perikanan", "budidayaikan": "perikanan", "kebun": "perkebunan",
}


class FieldLookup:
    """Product field (bidang usaha) text → ProductField id, tolerant to case, spacing and aliases."""

    def __init__(self, fields: list[tuple[str, str, str]]):  # (id, code, name)
        self.by_key: dict[str, str] = {}
        self.names = [name for _, _, name in fields]
        by_code = {}
        for fid, code, name in fields:
            self.by_key[compact(code)] = fid
            self.by_key[compact(name)] = fid
            by_code[code] = fid
        for alias, code in FIELD_ALIASES.items():
            if code in by_code:
                self.by_key.setdefault(alias, by_code[code])
        self._cache: dict[str, str | None] = {}

    def find(self, text: str) -> str | None:
        key = compact(text)
        if key in self._cache:
            return self._cache[key]
        found = self.by_key.get(key)
        if found is None and key:
            # "Makanan Olahan Nabati (keripik)" or "Bidang Kerajinan": a unique known name inside it.
            inside = {fid for k, fid in self.by_key.items() if len(k) >= 4 and k in key}
            if len(inside) == 1:
                found = inside.pop()
        if found is None and key:
            import difflib
            close = difflib.get_close_matches(key, list(self.by_key), n=1, cutoff=0.85)
            found = self.by_key[close[0]] if close else None
        self._cache[key] = found
        return found
