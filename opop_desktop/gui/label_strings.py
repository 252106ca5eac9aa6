"""Strings the GUI translates through a variable, written out literally so lupdate can see them.

Nothing imports this module for its values at run time; it exists for ``pyside6-lupdate`` (see
installer/update_translations.py). Each entry uses the context the GUI passes at run time:
"labels" for core/labels.py (``QCoreApplication.translate("labels", STATUS_LABELS[...])``),
"FunnelChart" for the funnel steps of core/services/results_stats.py (``self.tr(step.label)``),
"ProgressBoardWidget" for board_rows()' ``tr`` argument. tests/gui/test_translations.py fails
when a label in those dicts is missing here: add the new literal and translate it.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP


TRACK_LABELS = [
    QT_TRANSLATE_NOOP("labels", "Start-up"),
    QT_TRANSLATE_NOOP("labels", "Scale-up"),
    QT_TRANSLATE_NOOP("labels", "Start-up & scale-up"),
]

STATUS_LABELS = [
    QT_TRANSLATE_NOOP("labels", "Terdaftar"),
    QT_TRANSLATE_NOOP("labels", "Lolos administrasi"),
    QT_TRANSLATE_NOOP("labels", "Tidak lolos administrasi"),
    QT_TRANSLATE_NOOP("labels", "Diundang tahap 1"),
    QT_TRANSLATE_NOOP("labels", "Hadir tahap 1"),
    QT_TRANSLATE_NOOP("labels", "Tidak hadir tahap 1"),
    QT_TRANSLATE_NOOP("labels", "Lolos tahap 1"),
    QT_TRANSLATE_NOOP("labels", "Tidak lolos tahap 1"),
    QT_TRANSLATE_NOOP("labels", "Diundang tahap 2"),
    QT_TRANSLATE_NOOP("labels", "Hadir tahap 2"),
    QT_TRANSLATE_NOOP("labels", "Tidak hadir tahap 2"),
    QT_TRANSLATE_NOOP("labels", "Lolos tahap 2"),
    QT_TRANSLATE_NOOP("labels", "Tidak lolos tahap 2"),
    QT_TRANSLATE_NOOP("labels", "Diundang tahap 3"),
    QT_TRANSLATE_NOOP("labels", "Hadir tahap 3"),
    QT_TRANSLATE_NOOP("labels", "Tidak hadir tahap 3"),
    QT_TRANSLATE_NOOP("labels", "Juara (lolos tahap 3)"),
    QT_TRANSLATE_NOOP("labels", "Tidak lolos tahap 3"),
]

ROLE_LABELS = [
    QT_TRANSLATE_NOOP("labels", "Admin provinsi"),
    QT_TRANSLATE_NOOP("labels", "Koordinator kab/kota"),
    QT_TRANSLATE_NOOP("labels", "Petugas lokasi"),
    QT_TRANSLATE_NOOP("labels", "Juri"),
]

ELEMENT_LABELS = [
    QT_TRANSLATE_NOOP("labels", "Akademisi"),
    QT_TRANSLATE_NOOP("labels", "Pelaku usaha"),
    QT_TRANSLATE_NOOP("labels", "Komunitas"),
    QT_TRANSLATE_NOOP("labels", "Pemerintah"),
    QT_TRANSLATE_NOOP("labels", "Media"),
]

GROUP_LABELS = [
    QT_TRANSLATE_NOOP("labels", "Kecamatan"),
    QT_TRANSLATE_NOOP("labels", "Kabupaten/Kota"),
    QT_TRANSLATE_NOOP("labels", "Bidang usaha"),
    QT_TRANSLATE_NOOP("labels", "Provinsi"),
]

INSTALL_ROLE_LABELS = [
    QT_TRANSLATE_NOOP("labels", "Lokasi audisi"),
    QT_TRANSLATE_NOOP("labels", "Kabupaten/Kota"),
    QT_TRANSLATE_NOOP("labels", "Provinsi"),
]

FUNNEL_STEPS = [
    QT_TRANSLATE_NOOP("FunnelChart", "Terdaftar"),
    QT_TRANSLATE_NOOP("FunnelChart", "Lolos administrasi"),
    QT_TRANSLATE_NOOP("FunnelChart", "Hadir tahap 1"),
    QT_TRANSLATE_NOOP("FunnelChart", "Lolos tahap 1"),
    QT_TRANSLATE_NOOP("FunnelChart", "Lolos tahap 2"),
    QT_TRANSLATE_NOOP("FunnelChart", "Juara"),
]

PROGRESS_BOARD = [
    QT_TRANSLATE_NOOP("ProgressBoardWidget", "no. {0} {1} ({2})"),
]
