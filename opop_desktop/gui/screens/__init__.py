"""The navigation column's screens, in order. Each screen lives in its own module."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from .base import PlaceholderScreen, Screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("screens", text)


# (key, module, class, title, what-comes-later note for a screen not built yet)
SCREENS = [
    ("beranda", "beranda", "BerandaScreen", "Beranda", ""),
    ("peserta", "peserta", "PesertaScreen", "Peserta", ""),
    ("kehadiran", "kehadiran", "KehadiranScreen", "Kehadiran",
     "Pencatatan kehadiran perwakilan pesantren di lokasi audisi."),
    ("penilaian", "penilaian", "PenilaianScreen", "Penilaian",
     "Pengisian nilai oleh juri, lembar kertas dengan entri ganda, dan penguncian lembar."),
    ("hasil", "hasil", "HasilScreen", "Hasil",
     "Peringkat per tahap, tanda varians, sidang pleno dan grafik."),
    ("sinkronisasi", "sinkronisasi", "SinkronisasiScreen", "Sinkronisasi",
     "Ekspor dan impor bundel data antar laptop, kab/kota dan provinsi; cadangan."),
    ("cetak", "cetak", "CetakScreen", "Cetak",
     "Lembar penilaian, daftar hadir, kartu peserta, rekapitulasi dan berita acara (PDF)."),
    ("pengaturan", "pengaturan", "PengaturanScreen", "Pengaturan",
     "Bahasa, folder data, cadangan, ukuran kertas bawaan, akun pengguna."),
]


def build_screens(ctx) -> list[Screen]:
    screens: list[Screen] = []
    for key, module, cls, title, later in SCREENS:
        try:
            mod = importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise
            note = _tr("Layar ini belum tersedia pada versi ini. Nanti berisi: {0}").format(_tr(later))
            screens.append(PlaceholderScreen(ctx, key, _tr(title), note))
            continue
        screens.append(getattr(mod, cls)(ctx))
    return screens
