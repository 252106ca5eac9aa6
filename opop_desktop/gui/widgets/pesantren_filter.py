"""Instant filtering of the pesantren table (up to ~9,000 rows) without touching the database.

Sorting is done the same way: a header click re-orders the row list in Python (one ``sorted``
call) and reloads it, instead of letting Qt call back into Python for each of the ~120,000
comparisons a 9,000-row sort needs (1.4 s measured, against milliseconds this way).

The rows are indexed once when they are loaded: a lowercase "haystack" per row (name, NSPP,
registration number, product) plus the codes the combos filter on. A change of search text or
filter recomputes one list of booleans in a single Python pass; ``filterAcceptsRow`` only reads
it, so Qt's per-row callbacks stay trivial.
"""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from ..table_model import SORT_ROLE, RowTableModel

# Filter keys are attributes of the row dataclass (PesantrenRow); None means "any".
FILTER_KEYS = ("regency_code", "district_code", "track", "product_field", "status")
SEARCH_ATTRS = ("name", "nspp", "reg_number", "product")


def sort_key(value: Any) -> tuple:
    """Blank values last; text compared without case."""
    if value is None or value == "":
        return (1, "")
    return (0, value.casefold() if isinstance(value, str) else value)


def haystack(row: Any) -> str:
    return " ".join(str(getattr(row, a, None) or "") for a in SEARCH_ATTRS).lower()


class PesantrenFilterProxy(QSortFilterProxyModel):
    """Sort/filter proxy over a RowTableModel of PesantrenRow. Load rows with ``set_rows``."""

    def __init__(self, source: RowTableModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseInsensitive)
        self._keys: list[tuple] = []  # per source row: (haystack, *filter values)
        self._accepted: list[bool] = []
        self._terms: list[str] = []
        self._criteria: dict[str, str | None] = dict.fromkeys(FILTER_KEYS)
        self._sort: tuple[str, bool] | None = None  # (attribute, descending)

    # ---------------------------------------------------------------- data
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Index the rows first, then hand them to the source (whose reset re-filters)."""
        if self._sort is not None:
            attr, descending = self._sort
            rows = sorted(rows, key=lambda r: sort_key(getattr(r, attr, None)), reverse=descending)
        self._keys = [(haystack(r), *(getattr(r, k, None) for k in FILTER_KEYS)) for r in rows]
        self._accepted = self._compute()
        self.sourceModel().set_rows(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Called by the view on a header click: re-order the rows in Python (see module doc)."""
        columns = self.sourceModel().columns
        if not 0 <= column < len(columns):
            self._sort = None
            return
        self._sort = (columns[column].attr, order == Qt.DescendingOrder)
        self.set_rows(self.sourceModel().rows)

    def source_count(self) -> int:
        return self.sourceModel().rowCount()

    def row_at(self, proxy_row: int) -> Any:
        return self.sourceModel().row(self.mapToSource(self.index(proxy_row, 0)).row())

    # ---------------------------------------------------------------- criteria
    def set_search(self, text: str) -> None:
        terms = text.lower().split()
        if terms != self._terms:
            self._terms = terms
            self._apply()

    def set_filter(self, key: str, value: str | None) -> None:
        if key not in self._criteria:
            raise KeyError(key)
        if self._criteria[key] != (value or None):
            self._criteria[key] = value or None
            self._apply()

    def criteria(self) -> dict[str, str | None]:
        return dict(self._criteria)

    def _apply(self) -> None:
        self.beginFilterChange()
        self._accepted = self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _compute(self) -> list[bool]:
        terms = self._terms
        wanted = [(pos + 1, v) for pos, v in enumerate(self._criteria[k] for k in FILTER_KEYS)
                  if v is not None]
        if not terms and not wanted:
            return [True] * len(self._keys)
        out = []
        for key in self._keys:
            ok = all(key[pos] == v for pos, v in wanted)
            if ok and terms:
                hay = key[0]
                ok = all(t in hay for t in terms)
            out.append(ok)
        return out

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        accepted = self._accepted
        return accepted[source_row] if source_row < len(accepted) else True
