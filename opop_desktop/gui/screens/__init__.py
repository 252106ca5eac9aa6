"""The navigation column's screens, in order. Each screen lives in its own module."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from .base import PlaceholderScreen, Screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("screens", text)


# (key, module, class, title, what-comes-later note for a screen not built yet)
SCREENS = [
    ("beranda", "beranda", "BerandaScreen", QT_TRANSLATE_NOOP("screens", "Beranda"), ""),
    ("peserta", "peserta", "PesertaScreen", QT_TRANSLATE_NOOP("screens", "Peserta"), ""),
    ("persiapan", "persiapan", "PersiapanScreen", QT_TRANSLATE_NOOP("screens", "Persiapan"),
     QT_TRANSLATE_NOOP("screens", "Lokasi, panel, juri, konflik kepentingan, rubrik dan akun.")),
    ("kehadiran", "kehadiran", "KehadiranScreen", QT_TRANSLATE_NOOP("screens", "Kehadiran"),
     QT_TRANSLATE_NOOP("screens", "Pencatatan kehadiran perwakilan pesantren di lokasi audisi.")),
    ("penilaian", "penilaian", "PenilaianScreen", QT_TRANSLATE_NOOP("screens", "Penilaian"),
     QT_TRANSLATE_NOOP("screens", "Pengisian nilai oleh juri, lembar kertas dengan entri ganda, dan penguncian lembar.")),
    ("hasil", "hasil", "HasilScreen", QT_TRANSLATE_NOOP("screens", "Hasil"),
     QT_TRANSLATE_NOOP("screens", "Peringkat per tahap, tanda varians, sidang pleno dan grafik.")),
    ("sinkronisasi", "sinkronisasi", "SinkronisasiScreen", QT_TRANSLATE_NOOP("screens", "Sinkronisasi"),
     QT_TRANSLATE_NOOP("screens", "Ekspor dan impor bundel data antar laptop, kab/kota dan provinsi; cadangan.")),
    ("cetak", "cetak", "CetakScreen", QT_TRANSLATE_NOOP("screens", "Cetak"),
     QT_TRANSLATE_NOOP("screens", "Lembar penilaian, daftar hadir, kartu peserta, rekapitulasi dan berita acara (PDF).")),
    ("pengaturan", "pengaturan", "PengaturanScreen", QT_TRANSLATE_NOOP("screens", "Pengaturan"),
     QT_TRANSLATE_NOOP("screens", "Bahasa, folder data, cadangan, ukuran kertas bawaan, akun pengguna.")),
]


def build_screens(ctx) -> list[Screen]:
    screens: list[Screen] = []
    for key, module, cls, title, later in SCREENS:
        try:
            mod = importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise
            note = QCoreApplication.translate(
                "screens", "Layar ini belum tersedia pada versi ini. Nanti berisi: {0}").format(_tr(later))
            screens.append(PlaceholderScreen(ctx, key, _tr(title), note))
            continue
        screens.append(getattr(mod, cls)(ctx))
    return screens
