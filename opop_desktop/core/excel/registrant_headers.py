"""Column header variants of the registrant spreadsheets and header-row detection.

Headers are compared after ``textnorm.fold`` (case and punctuation ignored), so "No. HP/WA",
"NO HP WA" and "no_hp_wa" are the same header.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..textnorm import cell_text, fold

HEADER_SCAN_ROWS = 15

# field → accepted header spellings (already folded by _variants below).
HEADER_VARIANTS: dict[str, tuple[str, ...]] = {
    "name": ("Nama Pondok Pesantren", "Nama Pesantren", "Nama Ponpes", "Pesantren", "Pondok Pesantren",
             "Nama Pontren", "Ponpes", "Nama Lembaga"),
    "nspp": ("NSPP", "No NSPP", "Nomor NSPP", "Nomor Statistik Pondok Pesantren"),
    "district": ("Kecamatan", "Kec.", "Kec", "Nama Kecamatan"),
    "regency": ("Kabupaten/Kota", "Kab/Kota", "Kota/Kabupaten", "Kabupaten", "Kab/Kot", "Kab.",
                "Kabupaten Kota", "Kota/Kab", "Kab Kota", "Asal Kabupaten/Kota"),
    "village": ("Desa/Kelurahan", "Desa", "Kelurahan", "Desa/Kel", "Kel/Desa", "Kelurahan/Desa"),
    "leader": ("Nama Pimpinan", "Pimpinan", "Pimpinan Pesantren", "Nama Pimpinan Pesantren",
               "Pengasuh", "Nama Pengasuh", "Kyai/Pimpinan"),
    "phone": ("No. HP", "No HP", "HP/WA", "No. HP/WA", "Telepon", "No Telepon", "No. Telp", "No Telp",
              "Telp", "HP", "WA", "No WA", "Nomor HP", "Kontak", "No. Telepon/HP", "Telepon/HP"),
    "address": ("Alamat", "Alamat Pesantren", "Alamat Lengkap", "Alamat Pondok Pesantren"),
    "product": ("Produk", "Nama Produk", "Produk Unggulan", "Produk Usaha"),
    "field": ("Bidang Usaha", "Bidang", "Jenis Produk", "Sektor Usaha", "Bidang Produk"),
    "track": ("Kategori Usaha", "Kategori", "Start-up/Scale-up", "Jenis Usaha", "Startup/Scaleup",
              "Start Up/Scale Up", "Kategori Start-up/Scale-up", "Kelas Usaha"),
    "date": ("Tanggal Daftar", "Tanggal", "Tgl Daftar", "Tanggal Pendaftaran", "Tgl. Daftar", "Tgl"),
}

FIELD_LABELS = {
    "name": "Nama Pesantren", "nspp": "NSPP", "district": "Kecamatan", "regency": "Kabupaten/Kota",
    "village": "Desa/Kelurahan", "leader": "Nama Pimpinan", "phone": "No. HP", "address": "Alamat",
    "product": "Produk", "field": "Bidang Usaha", "track": "Kategori Usaha", "date": "Tanggal Daftar",
}

_LOOKUP = {fold(v): f for f, variants in HEADER_VARIANTS.items() for v in variants}


def header_field(value) -> str | None:
    """The field a header cell names, or None. A leading "No."/numbering column is not a field."""
    key = fold(cell_text(value))
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    # "Nama Pondok Pesantren *" or "Kecamatan (wajib)": drop trailing notes in brackets/stars.
    trimmed = fold(cell_text(value).split("(")[0].replace("*", ""))
    return _LOOKUP.get(trimmed)


@dataclass
class SheetLayout:
    """Where a sheet's table is: the header row (1-based) and column index → field."""

    sheet: str
    header_row: int
    columns: dict[int, str] = field(default_factory=dict)  # 0-based column → field
    headers: list[str] = field(default_factory=list)  # header texts as written

    @property
    def fields(self) -> set[str]:
        return set(self.columns.values())


def detect_header(sheet: str, first_rows: list[tuple]) -> SheetLayout | None:
    """The row among the first 15 naming the most known fields (needs the name and a region)."""
    best: SheetLayout | None = None
    for index, row in enumerate(first_rows[:HEADER_SCAN_ROWS]):
        columns: dict[int, str] = {}
        for col, value in enumerate(row):
            f = header_field(value)
            if f and f not in columns.values():
                columns[col] = f
        if "name" not in columns.values() or len(columns) < 2:
            continue
        if best is None or len(columns) > len(best.columns):
            best = SheetLayout(sheet, index + 1, columns, [cell_text(v) for v in row])
    if best is not None and best.header_row < len(first_rows):
        _add_second_header_row(best, first_rows[best.header_row])
    return best


def _add_second_header_row(layout: SheetLayout, below: tuple) -> None:
    """Two-row headers ("Wilayah" above "Kab/Kota" | "Kecamatan"): take the sub-headers too, and
    the table starts one row lower."""
    extra = {}
    for col, value in enumerate(below):
        f = header_field(value)
        if f and col not in layout.columns and f not in layout.fields and f not in extra.values():
            extra[col] = f
    if not extra:
        return
    layout.columns.update(extra)
    layout.header_row += 1
    for col in extra:
        while len(layout.headers) <= col:
            layout.headers.append("")
        layout.headers[col] = cell_text(below[col])
