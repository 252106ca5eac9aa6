"""Data side of the Hasil screen: the background load and the row adapters."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHeaderView, QTableView


@dataclass
class HasilData:
    result: object  # RankingResult
    status: list
    funnel_province: list
    funnel_regency: list | None
    progress: list
    fields: list[tuple[str, str]]


def load_hasil(stage: int, regency: str | None, track: str | None, aggregate: str | None):
    def op(session, _task):
        from sqlalchemy import select

        from opop_desktop.core.models import ProductField
        from opop_desktop.core.services import results_states, results_stats
        from opop_desktop.core.services.results import rank

        result = rank(session, stage, track=track, regency_code=regency, aggregate=aggregate)
        fields = [(f.code, f.name) for f in session.scalars(select(ProductField).order_by(ProductField.sort_order))]
        return HasilData(result, results_states.status(session, stage), results_stats.funnel(session),
                         results_stats.funnel(session, regency) if regency else None,
                         results_stats.venue_progress(session, stage), fields)
    return op


class View:
    """A table row over a RankedRow: criterion means as ``c_<CODE>`` attributes."""

    def __init__(self, row, **extra):
        self.row = row
        self.__dict__.update(extra)

    def __getattr__(self, name):
        if name.startswith("c_"):
            return self.row.criterion_means.get(name[2:])
        return getattr(self.row, name)


def use_table(view: QTableView, model) -> QTableView:
    """Show ``model`` in a table of the form (row selection is set in ui/hasil.ui); the few rows
    of a result table are sized to their contents."""
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    return view
