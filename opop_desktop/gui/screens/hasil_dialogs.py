"""Small dialogs of the Hasil screen: acknowledging a variance flag, a plenary decision.
Their layouts are the Designer forms ui/acknowledge_dialog.ui and ui/override_dialog.ui."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ..forms.ui_acknowledge_dialog import Ui_AcknowledgeDialog
from ..forms.ui_override_dialog import Ui_OverrideDialog


class _CheckedDialog(QDialog):
    """A form dialog that says what is missing (under the fields, with the error badge) instead
    of closing."""

    def _use_form(self, form_class, intro: str):
        self.form = form_class()
        self.form.setupUi(self)
        self.form.intro.setText(intro)
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        self.problem_label = self.form.problem_label
        return self.form

    def accept(self) -> None:
        problem = self.problem()
        self.problem_label.set_state("error" if problem else "", problem)
        if not problem:
            super().accept()

    def problem(self) -> str:
        return ""


class AcknowledgeDialog(_CheckedDialog):
    """Accept a flag as it is, or record that it was corrected; a reason is required."""

    def __init__(self, flag_text: str, parent=None):
        super().__init__(parent)
        form = self._use_form(Ui_AcknowledgeDialog, flag_text)
        self.decision, self.reason = form.decision, form.reason
        for i, code in enumerate(("accepted", "corrected")):
            self.decision.setItemData(i, code)
        self.reason.setFocus()

    def problem(self) -> str:
        return "" if self.reason.text().strip() else self.tr("Alasan wajib diisi.")

    def values(self) -> tuple[str, str]:
        return self.decision.currentData(), self.reason.text().strip()


class OverrideDialog(_CheckedDialog):
    """A plenary decision on one pesantren: names, reason, new outcome."""

    def __init__(self, pesantren_text: str, parent=None):
        super().__init__(parent)
        form = self._use_form(Ui_OverrideDialog, pesantren_text)
        self.outcome, self.reason, self.chair, self.members = form.outcome, form.reason, form.chair, form.members
        for i, code in enumerate(("selected", "not_selected")):
            self.outcome.setItemData(i, code)

    def problem(self) -> str:
        if not self.reason.text().strip() or not self.chair.text().strip():
            return self.tr("Alasan dan nama ketua sidang wajib diisi.")
        return ""

    def values(self) -> dict:
        return {"new_outcome": self.outcome.currentData(), "reason": self.reason.text().strip(),
                "chair": self.chair.text().strip(), "members": self.members.text().strip()}
