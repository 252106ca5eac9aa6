"""Charts of the Hasil screen (QtCharts): programme funnel, progress per venue, and per-juror
score distributions side by side so a harsh or lenient juror stands out.

Each chart is a QChartView fed plain data (lists of dataclasses from core services)."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QBoxPlotSeries, QBoxSet, QChart, QChartView, QHorizontalBarSeries,
    QHorizontalStackedBarSeries, QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


def quartiles(values: Sequence[float]) -> tuple[float, float, float, float, float]:
    """(min, Q1, median, Q3, max) by the median-of-halves rule (fine for a handful of totals)."""
    v = sorted(values)
    if not v:
        return (0.0, 0.0, 0.0, 0.0, 0.0)

    def med(xs):
        n = len(xs)
        return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2

    half = len(v) // 2
    lower, upper = (v[:half], v[-half:]) if half else (v, v)
    return (v[0], med(lower), med(v), med(upper), v[-1])


class _ChartView(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(220)
        self.chart().legend().setAlignment(Qt.AlignBottom)
        self.chart().setAnimationOptions(QChart.NoAnimation)

    def _reset(self, title: str) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        return chart

    def series_count(self) -> int:
        return len(self.chart().series())


class FunnelChart(_ChartView):
    """Registered → passed administration → came → passed stage 1 → stage 2 → champions, for
    the province and (optionally) one kab/kota side by side."""

    def set_data(self, province: Sequence, regency: Sequence | None = None, regency_name: str = "") -> None:
        chart = self._reset(self.tr("Corong program"))
        if not province:
            return
        series = QHorizontalBarSeries()
        prov = QBarSet(self.tr("Provinsi"))
        prov.append([float(s.count) for s in reversed(province)])
        series.append(prov)
        if regency is not None:
            reg = QBarSet(regency_name or self.tr("Kab/Kota"))
            reg.append([float(s.count) for s in reversed(regency)])
            series.append(reg)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append([self.tr(s.label) for s in reversed(province)])
        chart.addAxis(cats, Qt.AlignLeft)
        series.attachAxis(cats)
        values = QValueAxis()
        values.setRange(0, max(1, max(s.count for s in province)) * 1.1)
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignBottom)
        series.attachAxis(values)


class VenueProgressChart(_ChartView):
    """Final (locked/verified) score sheets against those still missing, per venue."""

    def set_data(self, venues: Sequence) -> None:
        chart = self._reset(self.tr("Kemajuan penilaian per lokasi"))
        if not venues:
            return
        series = QHorizontalStackedBarSeries()
        done = QBarSet(self.tr("Lembar final"))
        todo = QBarSet(self.tr("Belum final"))
        done.append([float(v.sheets_final) for v in venues])
        todo.append([float(max(0, v.sheets_expected - v.sheets_final)) for v in venues])
        series.append(done)
        series.append(todo)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append([f"{v.name} ({v.percent:.0f}%)" for v in venues])
        chart.addAxis(cats, Qt.AlignLeft)
        series.attachAxis(cats)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max(1, max(max(v.sheets_expected, v.sheets_final) for v in venues)))
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignBottom)
        series.attachAxis(values)


class JurorDistributionChart(_ChartView):
    """One box per juror over their sheet totals (min, Q1, median, Q3, max)."""

    def set_data(self, jurors: Sequence) -> None:
        chart = self._reset(self.tr("Sebaran nilai per juri"))
        jurors = [j for j in jurors if j.totals]
        if not jurors:
            return
        series = QBoxPlotSeries()
        series.setName(self.tr("Total lembar (0–100)"))
        for j in jurors:
            lo, q1, med, q3, hi = quartiles(j.totals)
            box = QBoxSet(lo, q1, med, q3, hi, j.name)
            series.append(box)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append([f"{j.name} (n={j.count})" for j in jurors])
        if len(jurors) > 8:
            cats.setLabelsAngle(-40)  # many jurors: slanted names stay readable
        chart.addAxis(cats, Qt.AlignBottom)
        series.attachAxis(cats)
        values = QValueAxis()
        low = min(min(j.totals) for j in jurors)
        values.setRange(max(0.0, low - 5), 100)
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignLeft)
        series.attachAxis(values)
