"""The navigation column's screens, in order. Each screen lives in its own module."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import Screen

# (key, module, class, title); titles are translated in the "screens" context.
SCREENS = [
    ("beranda", "beranda", "BerandaScreen", QT_TRANSLATE_NOOP("screens", "Beranda")),
    ("peserta", "peserta", "PesertaScreen", QT_TRANSLATE_NOOP("screens", "Peserta")),
    ("persiapan", "persiapan", "PersiapanScreen", QT_TRANSLATE_NOOP("screens", "Persiapan")),
    ("kehadiran", "kehadiran", "KehadiranScreen", QT_TRANSLATE_NOOP("screens", "Kehadiran")),
    ("penilaian", "penilaian", "PenilaianScreen", QT_TRANSLATE_NOOP("screens", "Penilaian")),
    ("hasil", "hasil", "HasilScreen", QT_TRANSLATE_NOOP("screens", "Hasil")),
    ("sinkronisasi", "sinkronisasi", "SinkronisasiScreen", QT_TRANSLATE_NOOP("screens", "Sinkronisasi")),
    ("cetak", "cetak", "CetakScreen", QT_TRANSLATE_NOOP("screens", "Cetak")),
    ("pengaturan", "pengaturan", "PengaturanScreen", QT_TRANSLATE_NOOP("screens", "Pengaturan")),
]


def build_screen(ctx, key: str) -> Screen:
    _key, module, cls, _title = next(entry for entry in SCREENS if entry[0] == key)
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)(ctx)


def build_screens(ctx) -> list[Screen]:
    return [build_screen(ctx, key) for key, _m, _c, _t in SCREENS]
