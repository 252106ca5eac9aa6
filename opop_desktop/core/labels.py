"""Indonesian display labels for codes stored in the database (status, track, roles...).

Shared by the CLI, PDFs, Excel and (through translation) the GUI."""
from __future__ import annotations

TRACK_LABELS = {"start-up": "Start-up", "scale-up": "Scale-up", "all": "Start-up & scale-up"}

STATUS_LABELS = {
    "registered": "Terdaftar",
    "admin_passed": "Lolos administrasi",
    "admin_failed": "Tidak lolos administrasi",
}
for _n in (1, 2, 3):
    STATUS_LABELS.update({
        f"invited_{_n}": f"Diundang tahap {_n}",
        f"present_{_n}": f"Hadir tahap {_n}",
        f"absent_{_n}": f"Tidak hadir tahap {_n}",
        f"passed_{_n}": f"Lolos tahap {_n}" if _n < 3 else "Juara (lolos tahap 3)",
        f"failed_{_n}": f"Tidak lolos tahap {_n}",
    })

ROLE_LABELS = {"admin": "Admin provinsi", "coordinator": "Koordinator kab/kota",
               "officer": "Petugas lokasi", "juror": "Juri"}

ELEMENT_LABELS = {"academic": "Akademisi", "business": "Pelaku usaha", "community": "Komunitas",
                  "government": "Pemerintah", "media": "Media"}

GROUP_LABELS = {"district": "Kecamatan", "regency": "Kabupaten/Kota", "field": "Bidang usaha",
                "province": "Provinsi"}

INSTALL_ROLE_LABELS = {"venue": "Lokasi audisi", "regency": "Kabupaten/Kota", "province": "Provinsi"}

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]


def status_label(code: str) -> str:
    return STATUS_LABELS.get(code, code)


def track_label(code: str) -> str:
    return TRACK_LABELS.get(code, code)


def date_id(d) -> str:
    """"3 September 2019" — the Indonesian long date used on minutes."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
