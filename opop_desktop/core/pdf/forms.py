"""Static parts of a page drawn once per PDF as Form XObjects and reused on every page.

A batch of 1,300 score sheets repeats the letterhead and the rubric's criteria table (names,
descriptions, level descriptors) on every page; laying them out and writing them 1,300 times was
most of the cost. A form is laid out and written once; each page then says "draw form X here"
and adds only what differs: the values.
"""
from __future__ import annotations

from typing import Callable

from reportlab.platypus import Flowable, Table

# Border lines are centred on a table's edges: let the form reach a little beyond them.
_BLEED = 2.0


def draw_form(canv, name: str, width: float, height: float, draw: Callable[[object], None],
              bleed: float = _BLEED) -> None:
    """Draw the form ``name`` at the current origin, defining it with ``draw(canv)`` on first use
    in this document. Whatever ``draw`` puts more than ``bleed`` outside the box is cut off."""
    if not canv.hasForm(name):
        canv.beginForm(name, -bleed, -bleed, width + bleed, height + bleed)
        draw(canv)
        canv.endForm()
    canv.doForm(name)


class StaticTableWithValues(Flowable):
    """A table whose ruling, headings and long texts are the same on every page (``static``, a
    Table with the value cells empty, shared between pages) and whose value cells differ.

    ``values(row_heights)`` builds the other layer and says where it starts: a Table of the value
    columns with the static table's row heights, drawn over the form at that x. ``full()``
    builds the ordinary one-layer table; it is used when the table has to split across pages."""

    def __init__(self, name: str, static: Table, values: Callable[[list], tuple[Table, float]],
                 full: Callable[[], Table], layouts: dict):
        super().__init__()
        self.name, self.static, self._values, self._full = name, static, values, full
        self.hAlign = static.hAlign
        self._layouts = layouts  # shared by the sheets of a document: width -> (size, row heights)
        self._row_heights: list = []

    def wrap(self, avail_width, avail_height):
        found = self._layouts.get(avail_width)
        if found is None:
            size = self.static.wrap(avail_width, avail_height)
            found = self._layouts[avail_width] = (size, list(self.static._rowHeights))
        (self.width, self.height), self._row_heights = found
        return found[0]

    def split(self, avail_width, avail_height):
        if self.wrap(avail_width, avail_height)[1] <= avail_height:
            return [self]
        return self._full().split(avail_width, avail_height)

    def draw(self):
        static = self.static
        draw_form(self.canv, self.name, self.width, self.height, lambda canv: static.drawOn(canv, 0, 0))
        layer, x = self._values(self._row_heights)
        layer.wrap(self.width - x, self.height)
        layer.drawOn(self.canv, x, 0)


class RepeatedBlock(Flowable):
    """A block that comes back unchanged on many pages (a juror's signature block on each of
    their sheets): laid out and written once per document as the form ``name``, which must
    name its content. Keeps the block's width and alignment."""

    def __init__(self, name: str, block: Flowable):
        super().__init__()
        self.name, self.block = name, block
        self.hAlign = getattr(block, "hAlign", "LEFT")
        self._size: tuple[float, float] | None = None

    def wrap(self, avail_width, avail_height):
        if self._size is None:
            self._size = self.block.wrap(avail_width, avail_height)
        self.width, self.height = self._size
        return self._size

    def draw(self):
        block = self.block
        draw_form(self.canv, self.name, self.width, self.height, lambda canv: block.drawOn(canv, 0, 0))
