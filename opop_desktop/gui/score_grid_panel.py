"""The grid area of a juror's sheet (ui/score_grid.ui): the score grid, whose header shows each
criterion's weight under its code, and below it the focused criterion in full — name, weight,
range, description and level descriptors — so a juror never scores a bare code."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .forms.ui_score_grid import Ui_ScoreGridPanel
from .score_grid import ScoreGridModel

HELP_LINES = 3


class ScoreGridPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = Ui_ScoreGridPanel()
        self.form.setupUi(self)
        self.view, self.criterion_help = self.form.view, self.form.criterion_help
        self.model = ScoreGridModel(self)
        self.view.setModel(self.model)
        # A height in lines of the current font (sharp at 150 % too), fixed so moving between
        # cells never makes the grid jump.
        self.criterion_help.setFixedHeight(HELP_LINES * self.criterion_help.fontMetrics().lineSpacing() + 6)
        self.view.selectionModel().currentChanged.connect(self.show_criterion_help)
        self.model.modelReset.connect(self.show_criterion_help)

    def show_criterion_help(self, *_args) -> None:
        idx = self.view.currentIndex()
        self.criterion_help.setText(self.model.criterion_help(idx.column()) if idx.isValid() else "")

    def retranslate(self) -> None:
        """The language changed: column titles, status words and the criterion shown."""
        self.form.retranslateUi(self)
        self.model.set_titles(self.model.column_titles())
        self.view.fit_columns()
        self.show_criterion_help()
