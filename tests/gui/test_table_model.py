from dataclasses import dataclass
from decimal import Decimal

from opop_desktop.core.formats import score_text
from opop_desktop.gui.table_model import Column, RowTableModel, SORT_ROLE


@dataclass
class R:
    name: str
    score: Decimal | None


def test_row_model_passes_modeltester(qtmodeltester):
    model = RowTableModel([Column("name", "Nama"), Column("score", "Nilai", fmt=score_text)])
    model.set_rows([R("Al-Falah", Decimal("80.125")), R("Darussalam", None)])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "80,13"
    assert model.index(0, 1).data(SORT_ROLE) == 80.125
    assert model.index(1, 1).data() == ""
