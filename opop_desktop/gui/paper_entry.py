"""Entri kertas: blind double entry of printed score sheets (paper fallback).

Officer 1 keys a sheet; officer 2 (signed in through "Ganti pengguna") keys it again on an
empty form — the first values are never shown. Equal → verified. Different → both values side
by side for a third person, who settles each difference with a reason. A scanned sheet QR code
(``OPOP1|S=…|P=…|J=…|T=…``) typed into the search box opens the right sheet.

An officer keys sheet after sheet without waiting for the screen: a scan moves the cursor to the
first value at once, and the form's fields are kept (never rebuilt) while the same rubric is on
screen, so nothing typed during a reload is lost. The form is emptied when another sheet is
chosen — at that moment, not when its data arrives.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from opop_desktop.core.errors import ValidationError
from opop_desktop.core.pdf.qr import parse_sheet_payload
from opop_desktop.core.services import paper_entry, setup
from opop_desktop.core.formats import decimal_comma
from opop_desktop.core.services.rubric import active_rubric
from opop_desktop.core.services.scoring import SheetKey

from .forms.ui_paper_entry import Ui_PaperEntryWidget
from .icons import icon
from .login import to_actor
from .messages import error_text
from .table_model import Column, RowTableModel
from .widgets.flash import flash
from .widgets.stale import StaleRefresh


@dataclass
class DiffRow:
    code: str
    name: str
    first: str
    second: str


def load_setup(session, _task):
    """Panels with their stage, jurors and pesantren (order of appearance), for the selectors."""
    out = []
    for p in setup.list_panels(session):
        out.append({"id": p.id, "label": f"{p.venue_name} — {p.name}", "stage_id": p.stage_id,
                    "jurors": [(pj.juror.id, pj.juror.name) for pj in setup.panel_jurors(session, p.id)],
                    "slots": [(s.pesantren_id, f"{s.position}. {s.pesantren_name}") for s in setup.panel_slots(session, p.id)]})
    return out


def load_sheet(actor, key: SheetKey):
    """What the form needs: progress (never the first entry's values), the criteria, and the
    differences when both entries disagree."""
    def op(session, _task):
        prog = paper_entry.progress(session, key)
        rubric = active_rubric(session, key.stage_id)
        diffs = paper_entry.differences(session, actor, prog.sheet_id) if prog.status == "mismatch" else []
        return prog, [(c.code, c.name, c.allowed(), decimal_comma(c.weight), tuple(c.levels))
                      for c in rubric.criteria], diffs
    return op


class PaperEntryWidget(StaleRefresh, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._panels: list[dict] = []
        self._want: SheetKey | None = None
        self._form_key: SheetKey | None = None
        self._criteria: list[tuple] = []  # (code, name, allowed, weight, levels) of the form on screen
        self.progress = None
        self.form = Ui_PaperEntryWidget()
        self.form.setupUi(self)
        f = self.form
        self.scan, self.state_label, self.message = f.scan, f.state_label, f.message
        self.scan.setObjectName("sheet_scan")
        self.state_label.setObjectName("paper_state")
        self.message.setObjectName("paper_message")
        self.panel_combo, self.juror_combo, self.pesantren_combo = f.panel_combo, f.juror_combo, f.pesantren_combo
        self.entry_box, self.entry_form, self.save_button = f.entry_box, f.entry_form, f.save_button
        self.fields: dict[str, QLineEdit] = {}
        self.comment = QLineEdit()
        self.diff_box, self.diff_view, self.diff_form = f.diff_box, f.diff_view, f.diff_form
        self.diff_model = RowTableModel([Column("code"), Column("name"), Column("first"), Column("second")])
        self.diff_model.set_titles(self.diff_titles())
        self.diff_view.setModel(self.diff_model)
        self.diff_view.verticalHeader().setVisible(False)
        self.final_fields: dict[str, QLineEdit] = {}
        self.reason, self.resolve_button = f.reason, f.resolve_button
        self.save_button.setIcon(icon("save"))
        self.scan.returnPressed.connect(self.open_scanned)
        self.panel_combo.currentIndexChanged.connect(self._panel_changed)
        self.juror_combo.currentIndexChanged.connect(lambda _i: self.load_sheet())
        self.pesantren_combo.currentIndexChanged.connect(lambda _i: self.load_sheet())
        self.save_button.clicked.connect(self.save_entry)
        self.resolve_button.clicked.connect(self.resolve)
        self.diff_box.setVisible(False)
        ctx.users.user_changed.connect(self._user_changed)

    def diff_titles(self) -> list[str]:
        return [self.tr("Kode"), self.tr("Kriteria"), self.tr("Entri 1"), self.tr("Entri 2")]

    def field_label(self, code: str, name: str, weight: str) -> str:
        # "&" in a criterion name ("SDM & bahan baku") is text, not a mnemonic.
        return self.tr("{0} — {1} (bobot {2}):").format(code, name, weight).replace("&", "&&")

    def retranslate(self) -> None:
        """The language changed: the form, the column titles and the lines built here are
        rewritten in place; what is typed stays."""
        self.form.retranslateUi(self)
        self.diff_model.set_titles(self.diff_titles())
        labels = [(self.fields.get(c[0]), self.field_label(c[0], c[1], c[3])) for c in self._criteria]
        labels += [(self.comment, self.tr("Komentar:"))]
        labels += [(edit, self.tr("Nilai benar {0}:").format(code)) for code, edit in self.final_fields.items()]
        for edit, text in labels:
            label = self.entry_form.labelForField(edit) or self.diff_form.labelForField(edit)
            if label is not None:
                label.setText(text)
        for code, _name, allowed, _weight, levels in self._criteria:
            self.fields[code].setToolTip("\n".join([str(allowed), *levels]))
            self.fields[code].setPlaceholderText(str(allowed))
        if self.state_label.text():  # empty until a sheet was looked at
            self.state_label.setText(self.state_text(self.progress))
        self.message.retranslate()

    def _user_changed(self, _user) -> None:
        # Blind entry: whatever the previous person typed never reaches the next one.
        self.clear_form()
        self.progress = None
        self.say("")
        self.load_sheet()

    def clear_form(self) -> None:
        for edit in self.fields.values():
            edit.clear()
        self.comment.clear()

    # ------------------------------------------------------------------ state
    def say(self, text: str | Callable[[], str], *, error: bool = False) -> None:
        """``text`` may be a function giving it in the current language (a language switch rewrites it)."""
        self.message.set_state("error" if error else ("info" if text else ""), text)

    def refresh(self) -> None:
        if self.ctx.user is None:
            return
        self.ctx.tasks.run(load_setup, on_done=self._fill_panels, on_error=lambda e: self.say(error_text(e), error=True))

    def _fill_panels(self, panels: list[dict]) -> None:
        self._panels = panels
        keep = self._want.panel_id if self._want else self.panel_combo.currentData()
        self.panel_combo.blockSignals(True)
        self.panel_combo.clear()
        for p in panels:
            self.panel_combo.addItem(p["label"], p["id"])
        self.panel_combo.setCurrentIndex(max(0, self.panel_combo.findData(keep)) if panels else -1)
        self.panel_combo.blockSignals(False)
        self._panel_changed()

    def _panel(self) -> dict | None:
        pid = self.panel_combo.currentData()
        return next((p for p in self._panels if p["id"] == pid), None)

    def _panel_changed(self, *_args) -> None:
        p = self._panel()
        want = self._want
        for combo, items, keep in ((self.juror_combo, p["jurors"] if p else [], want.juror_id if want else None),
                                   (self.pesantren_combo, p["slots"] if p else [], want.pesantren_id if want else None)):
            current = keep or combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if items else -1)
            combo.blockSignals(False)
        self._want = None
        self.load_sheet()

    def key(self) -> SheetKey | None:
        p = self._panel()
        if p is None or self.juror_combo.currentData() is None or self.pesantren_combo.currentData() is None:
            return None
        return SheetKey(p["stage_id"], p["id"], self.juror_combo.currentData(), self.pesantren_combo.currentData())

    # ------------------------------------------------------------------ scanning
    def open_scanned(self) -> None:
        """A scanned sheet QR code (or a typed one) selects panel, juror and pesantren."""
        text = self.scan.text().strip()
        self.scan.clear()
        try:
            ref = parse_sheet_payload(text)
        except ValidationError as err:
            self.say(err.message, error=True)
            flash(self.scan, "error")
            return
        if not any(p["id"] == ref.panel_id for p in self._panels):
            self.say(self.tr("Panel pada kode QR ini tidak ada di laptop ini."), error=True)
            flash(self.scan, "error")
            return
        flash(self.scan, "ok")
        self.open_sheet(SheetKey(ref.stage_id, ref.panel_id, ref.juror_id, ref.pesantren_id))
        self._focus_first_field()

    def _focus_first_field(self) -> None:
        first = next(iter(self.fields.values()), None)
        if first is not None:
            self.entry_box.setEnabled(True)
            first.setFocus()

    def open_sheet(self, key: SheetKey) -> None:
        self._want = key
        self.panel_combo.blockSignals(True)
        self.panel_combo.setCurrentIndex(self.panel_combo.findData(key.panel_id))
        self.panel_combo.blockSignals(False)
        self._panel_changed()

    # ------------------------------------------------------------------ one sheet
    def load_sheet(self) -> None:
        key, actor = self.key(), to_actor(self.ctx.user)
        if key != self._form_key:
            # Another sheet: blind entry starts empty, and what is typed from now on is its own.
            self.clear_form()
            self._form_key = key
        if key is None or actor is None:
            self._show_sheet((None, [], []))
            return
        self.ctx.tasks.run(load_sheet(actor, key), on_done=self._show_sheet,
                           on_error=lambda e: self.say(error_text(e), error=True))

    def _show_sheet(self, loaded) -> None:
        prog, criteria, diffs = loaded
        self.progress = prog
        if criteria != self._criteria:
            self._build_fields(criteria)
        can_key = prog is not None and prog.next_entry_no in (1, 2)
        self.entry_box.setEnabled(can_key)
        self.save_button.setEnabled(can_key)
        self.state_label.setText(self.state_text(prog))
        self._show_diffs(diffs)

    def _build_fields(self, criteria) -> None:
        """One line edit per criterion; text already typed carries over by criterion code."""
        typed = {code: edit.text() for code, edit in self.fields.items()}
        comment = self.comment.text()
        had_focus = self.entry_box.isAncestorOf(QApplication.focusWidget()) if QApplication.focusWidget() else False
        self._criteria = list(criteria)
        while self.entry_form.rowCount():
            self.entry_form.removeRow(0)
        self.fields = {}
        for code, name, allowed, weight, levels in criteria:
            edit = QLineEdit()
            edit.setObjectName(f"paper_{code}")
            edit.setToolTip("\n".join([str(allowed), *levels]))
            edit.setPlaceholderText(str(allowed))
            self.fields[code] = edit
            edit.setMaximumWidth(240)
            edit.setText(typed.get(code, ""))
            self.entry_form.addRow(self.field_label(code, name, weight), edit)
        self.comment = QLineEdit(comment)
        self.comment.setMaximumWidth(480)
        self.entry_form.addRow(self.tr("Komentar:"), self.comment)
        chain = list(self.fields.values()) + [self.comment, self.save_button]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)
        for edit in self.fields.values():
            edit.returnPressed.connect(self.focusNextChild)
        self.comment.returnPressed.connect(self.save_entry)
        if had_focus or self.scan.hasFocus():
            self._focus_first_field()

    def state_text(self, prog) -> str:
        if prog is None:
            return self.tr("Pilih panel, juri dan pesantren, atau pindai kode QR lembar.")
        if prog.status in ("", "draft"):
            return self.tr("Belum ada entri kertas. Ketik nilai dari lembar (entri ke-1).")
        if prog.status == "entered_once":
            return self.tr("Entri ke-1 oleh {0}. Petugas lain mengetik ulang lembar ini tanpa melihat entri pertama "
                           "(entri ke-2).").format(", ".join(prog.entered_by))
        if prog.status == "mismatch":
            return self.tr("Kedua entri berbeda (oleh {0}). Orang ketiga memilih nilai yang benar dengan alasan.").format(
                ", ".join(prog.entered_by))
        if prog.status == "verified":
            return self.tr("Lembar terverifikasi.")
        return self.tr("Lembar ini sudah dikunci di laptop juri; tidak perlu entri kertas.")

    def _show_diffs(self, diffs) -> None:
        self.diff_model.set_rows([DiffRow(d.code, d.name, decimal_comma(d.first), decimal_comma(d.second))
                                  for d in diffs])
        while self.diff_form.rowCount():
            self.diff_form.removeRow(0)
        self.final_fields = {}
        for d in diffs:
            edit = QLineEdit()
            edit.setObjectName(f"final_{d.code}")
            self.final_fields[d.code] = edit
            self.diff_form.addRow(self.tr("Nilai benar {0}:").format(d.code), edit)
        self.reason.clear()
        self.diff_box.setVisible(bool(diffs))

    def save_entry(self) -> None:
        key, actor = self.key(), to_actor(self.ctx.user)
        if key is None or actor is None or not self.save_button.isEnabled():
            return
        values = {code: edit.text() for code, edit in self.fields.items()}
        comment = self.comment.text()
        # Blind, and ready for the next sheet now: the form is emptied as it is sent. A refusal
        # puts the values back if the officer has not moved on.
        self.clear_form()
        self.scan.setFocus()
        self.ctx.tasks.run(lambda s, _t: paper_entry.key_in(s, actor, key, values, comment),
                           on_done=self._saved,
                           on_error=lambda e: self._save_refused(key, values, comment, e),
                           changes={"scores"})

    def _save_refused(self, key, values, comment, err) -> None:
        self.say(error_text(err), error=True)
        untouched = all(not e.text() for e in self.fields.values()) and not self.comment.text()
        if key == self._form_key and untouched:
            for code, text in values.items():
                if code in self.fields:
                    self.fields[code].setText(text)
            self.comment.setText(comment)

    def _saved(self, result) -> None:
        self.say(lambda: str(result.message), error=result.status == "mismatch")
        self.load_sheet()

    def resolve(self) -> None:
        actor = to_actor(self.ctx.user)
        if self.progress is None or self.progress.sheet_id is None or actor is None:
            return
        sheet_id = self.progress.sheet_id
        chosen = {code: edit.text() for code, edit in self.final_fields.items()}
        reason = self.reason.text()
        self.ctx.tasks.run(lambda s, _t: paper_entry.resolve(s, actor, sheet_id, chosen, reason),
                           on_done=self._saved, on_error=lambda e: self.say(error_text(e), error=True),
                           changes={"scores"})
