"""Papan kemajuan: per venue, per panel and juror — sheets expected / entered / verified /
locked, and who is still missing (core/services/progress.py)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from opop_desktop.core import permissions
from opop_desktop.core.services import progress
from opop_desktop.core.services.venue_views import venue_choices

from .forms.ui_progress_board import Ui_ProgressBoardWidget
from .messages import error_text
from .table_model import Column, RowTableModel
from .widgets.stale import StaleRefresh

RIGHT = Qt.AlignRight | Qt.AlignVCenter


@dataclass
class BoardRow:
    panel: str
    juror: str
    expected: int
    entered: int
    verified: int
    locked: int
    missing: str  # "no. 3 Al-Falah (PSR, PTN); no. 5 ..." or "" when done


def board_rows(board: progress.VenueBoard, tr=lambda text: text) -> list[BoardRow]:
    """One row per panel and juror; ``missing`` names each sheet that does not count yet and
    what it lacks (criterion codes, or its paper-entry state)."""
    rows = []
    for p in board.panels:
        for j in p.jurors:
            missing = "; ".join(
                tr("no. {0} {1} ({2})").format(m.position, m.name, ", ".join(m.lacking) if m.lacking else m.status)
                for m in j.missing)
            rows.append(BoardRow(p.panel_name, j.juror_name, j.expected, j.entered, j.verified, j.locked, missing))
    return rows


class ProgressBoardWidget(StaleRefresh, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.form = Ui_ProgressBoardWidget()
        self.form.setupUi(self)
        self.venue_combo, self.summary, self.view = self.form.venue_combo, self.form.summary, self.form.view
        self.summary.setObjectName("board_summary")
        self.model = RowTableModel([
            Column("panel"), Column("juror"), Column("expected", align=RIGHT), Column("entered", align=RIGHT),
            Column("verified", align=RIGHT), Column("locked", align=RIGHT),
            Column("missing", tooltip=lambda r: r.missing)])
        self.model.set_titles(self.column_titles())
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.venue_combo.currentIndexChanged.connect(lambda _i: self.load_board())

    def column_titles(self) -> list[str]:
        return [self.tr("Panel"), self.tr("Juri"), self.tr("Diharapkan"), self.tr("Terisi"),
                self.tr("Terverifikasi"), self.tr("Terkunci"), self.tr("Belum masuk")]

    def retranslate(self) -> None:
        """The language changed: the form and the column titles now; venue names, the summary
        and what is missing come again in the new language with the next load."""
        self.form.retranslateUi(self)
        self.model.set_titles(self.column_titles())
        self.mark_stale()

    def refresh(self) -> None:
        scope = permissions.scope_of(self.ctx.user)
        self.ctx.tasks.run(lambda s, _t: [(v.id, self.tr("Tahap {0} — {1}").format(v.stage_number, v.name))
                                          for v in venue_choices(s, scope)], on_done=self._fill_venues,
                           on_error=lambda e: self.summary.setText(error_text(e)))

    def _fill_venues(self, venues) -> None:
        keep = self.venue_combo.currentData()
        self.venue_combo.blockSignals(True)
        self.venue_combo.clear()
        for vid, label in venues:
            self.venue_combo.addItem(label, vid)
        self.venue_combo.setCurrentIndex(max(0, self.venue_combo.findData(keep)) if venues else -1)
        self.venue_combo.blockSignals(False)
        self.load_board()

    def load_board(self) -> None:
        vid = self.venue_combo.currentData()
        if vid is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("Belum ada lokasi audisi."))
            return
        self.ctx.tasks.run(lambda s, _t: progress.venue_progress(s, vid), on_done=self._show,
                           on_error=lambda e: self.summary.setText(error_text(e)))

    def _show(self, board: progress.VenueBoard) -> None:
        self.model.set_rows(board_rows(board, self.tr))
        self.summary.setText(self.tr("{0} dari {1} lembar sudah terhitung (terkunci/terverifikasi).").format(
            board.counted, board.expected))
