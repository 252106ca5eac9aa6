"""The juror's score grid: rows = pesantren in order of appearance, columns = rubric criteria,
the weighted total, the sheet status and a comment.

The model checks a typed value with the same rule as the service (``scoring.validate_cell``):
a value outside the range or off the step is refused — the cell keeps its old value, turns red
and carries the message (tooltip, and the ``refused`` signal for the status line). An accepted
value is shown at once and announced with ``commit_requested``; the screen commits it in its own
transaction and calls ``commit_done`` / ``commit_failed``.

The view is keyboard-first: typing starts editing, Enter/Tab commit and move to the next
editable cell (Shift+Tab back), arrow keys move, Escape cancels the cell being typed.

Enter commits and moves on synchronously: Qt's own delegate only *queues* the commit on
Enter, so keys already waiting in the window system's queue (a scanner, a fast numpad typist,
a busy laptop) reached the still-open editor — "7", Enter, "8" became "78" and every later value
slid one criterion to the left.

Typing runs ahead of the commits: a numpad typist is several cells further on when a commit
comes back. So a commit result announces only the cells it changed (total, status), never the
whole row — Qt writes the model's value into every open editor inside a dataChanged range, which
wiped the digits already typed into the next cell — and the delegate never overwrites an editor
the user has typed into.
"""
from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QHeaderView, QLineEdit, QStyle, QStyledItemDelegate, QTableView,
)

from opop_desktop.core.errors import ValidationError
from opop_desktop.core.formats import decimal_comma, score_text
from opop_desktop.core.services.rubric import CriterionInfo
from opop_desktop.core.services.scoring import GridRow, JurorGrid, validate_cell, weighted_total

from .icons import state_icon
from .table_model import Column, RowTableModel

COMMENT = "__comment__"
ABSENT_BG = QColor("#e0e0e0")
ABSENT_FG = QColor("#808080")
REFUSED_BG = QColor("#ffcdd2")
LOCKED_BG = QColor("#e8f0fe")
# The status column and a refused cell carry a state icon too: never colour alone.
STATUS_STATES = {"locked": "locked", "verified": "ok", "entered_once": "info", "mismatch": "warning"}


class ScoreGridModel(RowTableModel):
    refused = Signal(int, str, str)  # row, criterion code, message
    commit_requested = Signal(int, str, object)  # row, criterion code or COMMENT, Decimal or str

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.grid: JurorGrid | None = None
        self.criteria: list[CriterionInfo] = []
        self.can_edit = False
        self._refused: dict[tuple[int, str], str] = {}
        self._pending_old: dict[tuple[int, str], object] = {}
        self.last_refused = False

    # ------------------------------------------------------------------ loading
    def set_grid(self, grid: JurorGrid | None, *, can_edit: bool) -> None:
        self.beginResetModel()
        self.grid = grid
        self.can_edit = can_edit
        self.criteria = list(grid.rubric.criteria) if grid else []
        self._refused.clear()
        self._pending_old.clear()
        attrs = ["position", "name", *(c.code for c in self.criteria), "total", "status", "comment"]
        self.columns = [Column(attr, title) for attr, title in zip(attrs, self.column_titles())]
        self.rows = list(grid.rows) if grid else []
        self.endResetModel()

    def column_titles(self) -> list[str]:
        """The header in the current language; the weight under each code, so a juror sees what
        each criterion counts for."""
        return ([self.tr("No."), self.tr("Pesantren")]
                + [self.tr("{0}\nbobot {1}").format(c.code, decimal_comma(c.weight)) for c in self.criteria]
                + [self.tr("Total"), self.tr("Status"), self.tr("Komentar")])

    # ------------------------------------------------------------------ geometry
    def criterion_at(self, column: int) -> CriterionInfo | None:
        i = column - 2
        return self.criteria[i] if 0 <= i < len(self.criteria) else None

    def column_of(self, code: str) -> int:
        if code == COMMENT:
            return self.comment_column
        return 2 + [c.code for c in self.criteria].index(code)

    @property
    def total_column(self) -> int:
        return 2 + len(self.criteria)

    @property
    def comment_column(self) -> int:
        return 4 + len(self.criteria)

    def entry_columns(self) -> list[int]:
        """Columns Enter/Tab visit, in order: every criterion, then the comment."""
        return [2 + i for i in range(len(self.criteria))] + [self.comment_column]

    def row_editable(self, row: int) -> bool:
        return self.can_edit and 0 <= row < len(self.rows) and self.rows[row].editable

    # ------------------------------------------------------------------ Qt model API
    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if self.row_editable(index.row()) and index.column() in self.entry_columns():
            base |= Qt.ItemIsEditable
        return base

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        crit = self.criterion_at(section) if orientation == Qt.Horizontal else None
        if crit is not None and role == Qt.ToolTipRole:
            return self.criterion_text(crit)
        return super().headerData(section, orientation, role)

    def criterion_help(self, column: int) -> str:
        """What the cell under the cursor asks for: the criterion's full name, weight, range,
        description and level descriptors (rich text), so a juror never scores a bare code."""
        crit = self.criterion_at(column)
        if crit is None:
            return self.tr("Komentar: catatan singkat untuk pesantren ini (boleh kosong).") \
                if column == self.comment_column and self.criteria else ""
        parts = [f"<b>{escape(crit.code)} — {escape(crit.name)}</b> "
                 + escape(self.tr("(bobot {0}; isi {1})").format(decimal_comma(crit.weight), str(crit.allowed())))]
        if crit.description:
            parts.append(escape(crit.description))
        if crit.levels:
            parts.append(" · ".join(escape(level) for level in crit.levels))
        return "<br/>".join(parts)

    def criterion_text(self, crit: CriterionInfo) -> str:
        """"PSR — Aspek pasar (bobot 20; 1–10, kelipatan 0,5)": never a bare code."""
        return self.tr("{0} — {1} (bobot {2}; {3})").format(
            crit.code, crit.name, decimal_comma(crit.weight), str(crit.allowed()))

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r: GridRow = self.rows[index.row()]
        col = index.column()
        crit = self.criterion_at(col)
        if role in (Qt.DisplayRole, Qt.EditRole):
            if crit is not None:
                v = r.values.get(crit.code)
                return "" if v is None else decimal_comma(v)
            if col == self.total_column:
                return score_text(r.total) if r.values else ""
            if col == self.total_column + 1:
                return self.status_text(r)
            if col == self.comment_column:
                return r.comment
            return super().data(index, role) if role == Qt.DisplayRole else None
        if role == Qt.ToolTipRole:
            if crit is not None:
                msg = self._refused.get((index.row(), crit.code))
                return msg or self.tr("{0} — {1}; isi {2}").format(crit.code, crit.name, str(crit.allowed()))
            return r.name if col == 1 else None  # the name column may be elided
        if role == Qt.BackgroundRole:
            if r.absent:
                return QBrush(ABSENT_BG)
            if crit is not None and (index.row(), crit.code) in self._refused:
                return QBrush(REFUSED_BG)
            if r.status in ("locked", "verified"):
                return QBrush(LOCKED_BG)
            return None
        if role == Qt.DecorationRole:
            if crit is not None:
                return state_icon("error") if (index.row(), crit.code) in self._refused else None
            state = STATUS_STATES.get(r.status) if col == self.total_column + 1 and not r.absent else None
            return state_icon(state) if state else None
        if role == Qt.ForegroundRole and r.absent:
            return QBrush(ABSENT_FG)
        if role == Qt.TextAlignmentRole and (crit is not None or col == self.total_column):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return super().data(index, role)

    def status_texts(self) -> dict[str, str]:
        return {"": self.tr("Belum"), "draft": self.tr("Draf"), "locked": self.tr("Terkunci"),
                "verified": self.tr("Terverifikasi"), "entered_once": self.tr("Kertas: entri 1"),
                "mismatch": self.tr("Kertas: selisih"), "absent": self.tr("Tidak hadir")}

    def status_text(self, r: GridRow) -> str:
        return self.status_texts().get("absent" if r.absent else r.status, r.status)

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not (self.flags(index) & Qt.ItemIsEditable):
            return False
        row = index.row()
        r = self.rows[row]
        if index.column() == self.comment_column:
            text = str(value or "").strip()
            if text == r.comment:
                return True
            self._pending_old[(row, COMMENT)] = r.comment
            r.comment = text
            self.dataChanged.emit(index, index)
            self.commit_requested.emit(row, COMMENT, text)
            return True
        crit = self.criterion_at(index.column())
        try:
            number = validate_cell(crit, value)
        except ValidationError as err:
            self._refused[(row, crit.code)] = err.message
            self.last_refused = True
            self.dataChanged.emit(index, index)
            self.refused.emit(row, crit.code, err.message)
            return False
        self._refused.pop((row, crit.code), None)
        if r.values.get(crit.code) == number:
            self.dataChanged.emit(index, index)
            return True
        self._pending_old[(row, crit.code)] = r.values.get(crit.code)
        r.values[crit.code] = number
        r.total = weighted_total(self.criteria, r.values)
        self.dataChanged.emit(index, index)
        self._derived_changed(row)
        self.commit_requested.emit(row, crit.code, number)
        return True

    def _derived_changed(self, row: int) -> None:
        """Total and status of ``row`` changed; the entry cells did not."""
        self.dataChanged.emit(self.index(row, self.total_column), self.index(row, self.total_column + 1))

    # ------------------------------------------------------------------ commit results
    def commit_done(self, row: int, code: str, result) -> None:
        """The cell is in the database: take the service's sheet id, total and status."""
        self._pending_old.pop((row, code), None)
        if not (0 <= row < len(self.rows)):
            return
        r = self.rows[row]
        if code == COMMENT:
            r.sheet_id = result or r.sheet_id
        else:
            r.sheet_id, r.total, r.complete = result.sheet_id, result.total, result.complete
            r.status = result.status
        self._derived_changed(row)

    def commit_failed(self, row: int, code: str, message: str) -> None:
        """The service refused: put the old value back and show why in the cell."""
        old = self._pending_old.pop((row, code), None)
        if not (0 <= row < len(self.rows)):
            return
        r = self.rows[row]
        if code == COMMENT:
            r.comment = old or ""
        else:
            if old is None:
                r.values.pop(code, None)
            else:
                r.values[code] = old
            r.total = weighted_total(self.criteria, r.values)
            self._refused[(row, code)] = message
        cell = self.index(row, self.column_of(code))
        self.dataChanged.emit(cell, cell)
        self._derived_changed(row)

    def total_text_sample(self) -> str:
        """The longest total text on screen now (for sizing the Total column)."""
        texts = [score_text(r.total) for r in self.rows if r.values and r.total is not None]
        return max(texts, key=len, default="")

    def refused_message(self, row: int, code: str) -> str | None:
        return self._refused.get((row, code))

    def value(self, row: int, code: str) -> Decimal | None:
        return self.rows[row].values.get(code)


class ScoreCellDelegate(QStyledItemDelegate):
    """Enter commits at once (not queued, as Qt does); a cell editor the user has typed into
    keeps its text, whatever the model announces."""

    def eventFilter(self, editor, event) -> bool:
        if (isinstance(editor, QLineEdit) and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            return
        super().setEditorData(editor, index)


class ScoreGridView(QTableView):
    """Enter and Tab commit and move on; a refused value keeps the cursor on its cell."""

    editor_closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(ScoreCellDelegate(self))
        self.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                             | QAbstractItemView.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(False)

    def grid_model(self) -> ScoreGridModel:
        return self.model()

    def closeEditor(self, editor, hint) -> None:
        model = self.grid_model()
        refused = model.last_refused
        model.last_refused = False
        super().closeEditor(editor, QAbstractItemDelegate.NoHint)
        if refused:
            self.setCurrentIndex(self.currentIndex())
        elif hint in (QAbstractItemDelegate.EditNextItem, QAbstractItemDelegate.SubmitModelCache):
            self.move_to_next(+1)
        elif hint == QAbstractItemDelegate.EditPreviousItem:
            self.move_to_next(-1)
        self.editor_closed.emit()

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.EditingState

    def fit_columns(self) -> None:
        """Fit 1366×768: the pesantren name takes what is left (elided, full name in its tooltip);
        scores, total and status always show in full — the total is sized for "100,00" up front
        so a first value never shows as "15…"."""
        model = self.grid_model()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        pad = 2 * self.style().pixelMetric(QStyle.PM_FocusFrameHMargin) + 12
        status_texts = list(model.status_texts().values())
        for col in range(model.columnCount()):
            # Sized once per load, never ResizeToContents: that re-reads every cell of the column
            # on each committed value and made a cell cost ~50 ms of repainting.
            width = max(header.sectionSizeFromContents(col).width(), self.sizeHintForColumn(col))
            if model.columnCount() >= 2 and col == model.total_column + 1:
                icon_room = self.style().pixelMetric(QStyle.PM_SmallIconSize) + 6
                width = max([width] + [self.fontMetrics().horizontalAdvance(t) + pad + icon_room
                                       for t in status_texts])
            header.setSectionResizeMode(col, QHeaderView.Fixed)
            header.resizeSection(col, width)
        if model.columnCount() < 2:
            return
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        total = model.total_column
        widest = max([self.fontMetrics().horizontalAdvance(t) for t in ("100,00", model.total_text_sample())]
                     + [header.sectionSizeFromContents(total).width() - pad])
        header.setSectionResizeMode(total, QHeaderView.Fixed)
        header.resizeSection(total, widest + pad)
        header.setSectionResizeMode(model.comment_column, QHeaderView.Interactive)
        header.resizeSection(model.comment_column, 160)

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.EditingState and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.move_to_next(+1)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        if self.state() != QAbstractItemView.EditingState and self.model() is not None and self.model().rowCount():
            if self.move_to_next(+1 if next_ else -1):
                return True
        return super().focusNextPrevChild(next_)

    def move_to_next(self, step: int) -> bool:
        """Select the next (or previous) entry cell of an editable row; False at the end."""
        model = self.grid_model()
        cols = model.entry_columns()
        cells = [(r, c) for r in range(model.rowCount()) if model.row_editable(r) for c in cols]
        if not cells:
            return False
        cur = self.currentIndex()
        here = (cur.row(), cur.column()) if cur.isValid() else (-1, -1)
        if here in cells:
            i = cells.index(here) + step
        else:
            later = [k for k, cell in enumerate(cells) if cell > here]
            i = (later[0] if later else len(cells)) if step > 0 else (later[0] - 1 if later else len(cells) - 1)
        if not (0 <= i < len(cells)):
            return False
        self.setCurrentIndex(model.index(*cells[i]))
        return True

    def first_entry_cell(self) -> QModelIndex:
        model = self.grid_model()
        for r in range(model.rowCount()):
            if model.row_editable(r):
                return model.index(r, model.entry_columns()[0])
        return QModelIndex()
