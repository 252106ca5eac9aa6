"""Rubrik: the active rubric of the stage in an editable table. "Simpan" validates first (one
Indonesian message listing every problem); a frozen rubric (scores exist) is saved as a new
version, which the tab says before saving. Only admins change the rubric (the service's rule)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from opop_desktop.core.errors import ValidationError
from opop_desktop.core.services import rubric
from opop_desktop.core.formats import decimal_comma
from opop_desktop.core.services.rubric import CriterionSpec

from .. import messages
from ..forms.ui_setup_rubric import Ui_RubricTab
from ..icons import icon
from ..table_model import Column, RowTableModel
from .common import SetupTab, make_view, selected

RIGHT = Qt.AlignRight | Qt.AlignVCenter
NUMBERS = ("weight", "min_score", "max_score", "step")


@dataclass
class CriterionRow:
    """One editable line; numbers stay text ("7,5") until validation."""

    code: str = ""
    name: str = ""
    description: str = ""
    weight: str = ""
    min_score: str = "1"
    max_score: str = "10"
    step: str = "0,5"
    levels: list[str] = field(default_factory=list)

    def spec(self) -> CriterionSpec:
        return CriterionSpec(self.code, self.name, self.weight, self.min_score, self.max_score, self.step,
                             self.description, list(self.levels))


class CriteriaModel(RowTableModel):
    """RowTableModel whose cells can be edited while ``editable``."""

    def __init__(self, columns, parent=None):
        super().__init__(columns, parent)
        self.editable = False

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.editable:
            return base | Qt.ItemIsEditable
        return base

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.EditRole and index.isValid() and 0 <= index.row() < len(self.rows):
            return getattr(self.rows[index.row()], self.columns[index.column()].attr)
        return super().data(index, role)

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid() or not self.editable:
            return False
        attr = self.columns[index.column()].attr
        text = str(value).strip()
        setattr(self.rows[index.row()], attr, text.upper() if attr == "code" else text)
        self.dataChanged.emit(index, index, [Qt.DisplayRole, Qt.EditRole])
        return True

    def append(self, row: CriterionRow) -> None:
        self.beginInsertRows(self.index(0, 0).parent(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def remove(self, i: int) -> None:
        self.beginRemoveRows(self.index(0, 0).parent(), i, i)
        del self.rows[i]
        self.endRemoveRows()


class RubricTab(SetupTab):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.admin = False
        self.info: rubric.RubricInfo | None = None
        self.form = Ui_RubricTab()
        self.form.setupUi(self)
        self.heading = self.form.heading
        self.heading.setObjectName("rubric_heading")
        self.model = CriteriaModel([
            Column("code"), Column("name"),
            Column("description"),
            Column("weight", align=RIGHT), Column("min_score", align=RIGHT),
            Column("max_score", align=RIGHT),
            Column("step", align=RIGHT)])
        self.view = make_view(self.model, "rubric", stretch=2, view=self.form.view)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        f = self.form
        self.total_label = f.total_label
        self.total_label.setObjectName("rubric_total")
        self.add_button, self.remove_button = f.add_button, f.remove_button
        self.reset_button, self.save_button = f.reset_button, f.save_button
        for button, name in ((self.add_button, "add"), (self.remove_button, "delete"),
                             (self.reset_button, "refresh"), (self.save_button, "save")):
            button.setIcon(icon(name))
        f.tab_layout.addWidget(self.status_line)
        self.dirty = False  # unsaved edits survive refreshes caused by other set-up changes
        self.model.dataChanged.connect(lambda *_: self._edited())
        self.add_button.clicked.connect(lambda: (self.model.append(CriterionRow()), self._edited()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button.clicked.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        self.retitle()
        self.update_buttons()

    def retranslate_texts(self) -> None:
        # Say again, in the new language, what was shown.
        if self.heading.text():
            self._show_heading()
        if self.total_label.text():
            self._show_total()

    def column_titles(self):
        return [
            (self.model, [self.tr("Kode"), self.tr("Nama"), self.tr("Deskripsi"), self.tr("Bobot"),
                          self.tr("Min"), self.tr("Maks"), self.tr("Kelipatan")]),
        ]

    def _edited(self) -> None:
        self.dirty = True
        self._show_total()

    def set_stage(self, stage_id: str | None) -> None:
        if stage_id == self.stage_id and self.dirty:
            return
        super().set_stage(stage_id)

    def set_admin(self, admin: bool) -> None:
        self.admin = admin
        self.update_buttons()
        self._show_heading()

    def can_edit(self) -> bool:
        return self.editable and self.admin

    def update_buttons(self) -> None:
        can = self.can_edit() and self.info is not None
        self.model.editable = can
        for b in (self.add_button, self.remove_button, self.reset_button, self.save_button):
            b.setEnabled(can)

    def reload(self) -> None:
        stage = self.stage_id
        if stage is None:
            self.info, self.dirty = None, False
            self.model.set_rows([])
            self._show_heading()
            return
        self.load(lambda s, _t: rubric.active_rubric(s, stage), self._show)

    def _show(self, info: rubric.RubricInfo) -> None:
        self.info = info
        self.dirty = False
        self.model.set_rows([CriterionRow(c.code, c.name, c.description, decimal_comma(c.weight),
                                          decimal_comma(c.min_score), decimal_comma(c.max_score),
                                          decimal_comma(c.step), list(c.levels)) for c in info.criteria])
        self._show_heading()
        self._show_total()
        self.update_buttons()

    def _show_heading(self) -> None:
        info = self.info
        if info is None:
            self.heading.setText(self.tr("Tahap ini belum memiliki rubrik."))
            return
        text = self.tr("<b>{0}</b>, versi {1}.").format(info.name, info.version)
        if info.frozen:
            text += " " + self.tr("Rubrik ini sudah dipakai untuk penilaian (dibekukan): menyimpan perubahan "
                                  "membuat versi {0}; lembar yang sudah dinilai tetap memakai versi {1}."
                                  ).format(info.version + 1, info.version)
        if self.editable and not self.admin:
            text += " " + self.tr("Hanya admin provinsi yang dapat mengubah rubrik.")
        self.heading.setText(text)

    def _show_total(self) -> None:
        try:
            text = decimal_comma(sum((Decimal(r.weight.replace(",", ".")) for r in self.model.rows
                                       if r.weight), Decimal(0)))
        except InvalidOperation:
            text = "?"
        self.total_label.setText(self.tr("Jumlah bobot: {0} (harus 100)").format(text))

    def remove_selected(self) -> None:
        row = selected(self.view, self.model)
        if row is not None:
            self.model.remove(self.model.rows.index(row))
            self._edited()

    def save(self) -> None:
        if self.info is None or not self.can_edit():
            return
        specs = [r.spec() for r in self.model.rows]
        try:
            rubric.validate_criteria(specs)
        except ValidationError as err:
            messages.show_error(self, err)
            self.say(err.message, warning=True)
            return
        question = self.tr("Rubrik versi {0} sudah dipakai untuk penilaian. Simpan sebagai versi {1}?")
        if self.info.frozen and not self.confirm(
                self, question.format(self.info.version, self.info.version + 1)):
            return
        stage, actor, name = self.stage_id, self.actor(), self.info.name

        def done(info: rubric.RubricInfo) -> None:
            self._show(info)
            self.say(self.tr("Rubrik disimpan (versi {0}).").format(info.version))
        self.change(lambda s, _t: rubric.save_rubric(s, actor, stage, specs, name=name), done)
