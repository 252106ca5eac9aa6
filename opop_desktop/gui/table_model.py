"""A table model that adapts a list of row dataclasses (Vorta/Orange style).

    columns = [Column("name", self.tr("Nama")), Column("score", self.tr("Nilai"), fmt=score_text)]
    model = RowTableModel(columns)
    model.set_rows(rows)   # rows: list of dataclasses / objects with those attributes

Sorting and filtering happen in a QSortFilterProxyModel on top (``sort_role`` gives raw values).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2


@dataclass
class Column:
    attr: str
    title: str = ""  # or set later with RowTableModel.set_titles (titles that follow the language)
    fmt: Callable[[Any], str] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | None = None  # receives the whole row
    icon: Callable[[Any], Any] | None = None  # receives the whole row; a QIcon beside the text (states)


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_titles(self, titles: Sequence[str]) -> None:
        """New column titles (the language changed), same columns; cells are shown again too
        (their ``fmt`` may translate)."""
        for column, title in zip(self.columns, titles):
            column.title = title
        if self.columns:
            self.headerDataChanged.emit(Qt.Horizontal, 0, len(self.columns) - 1)
        if self.rows:  # not dataChanged: that would read as an edit in editable models
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        col = self.columns[index.column()]
        item = self.rows[index.row()]
        value = getattr(item, col.attr, None)
        if role == Qt.DisplayRole:
            if col.fmt:
                return col.fmt(value)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            if isinstance(value, Decimal):
                return float(value)
            return "" if value is None else value
        if role == ROW_ROLE:
            return item
        if role == Qt.TextAlignmentRole and col.align is not None:
            return int(col.align)
        if role == Qt.ToolTipRole and col.tooltip is not None:
            return col.tooltip(item)
        if role == Qt.DecorationRole and col.icon is not None:
            return col.icon(item)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Vertical:
            return str(section + 1)
        return None
