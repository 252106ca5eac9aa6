"""The administration decision for the selected pesantren: passed or failed, with a reason.

Keyboard: Alt+L passed, Alt+T failed, Tab to the reason, Enter saves. The save button stays
off while "failed" has no reason, and the hint says why."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from .forms.ui_admin_decision_dialog import Ui_AdminDecisionDialog

SHOWN_NAMES = 3  # more selected pesantren are counted, not listed
REASON_CHARS = 40


class AdminDecisionDialog(QDialog):
    def __init__(self, names: list[str], parent=None):
        super().__init__(parent)
        self.form = Ui_AdminDecisionDialog()
        self.form.setupUi(self)
        self.subject, self.passed, self.failed = self.form.subject, self.form.passed, self.form.failed
        self.reason, self.hint, self.buttons = self.form.reason, self.form.hint, self.form.buttons
        # Room for a reason and the whole hint, in characters so it grows with the font and scaling.
        self.reason.setMinimumWidth(self.reason.fontMetrics().averageCharWidth() * REASON_CHARS)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for w in (self.passed, self.failed):
            w.toggled.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._check()
        shown = ", ".join(names[:SHOWN_NAMES])
        if len(names) > SHOWN_NAMES:
            shown += self.tr(" dan {0} lainnya").format(len(names) - SHOWN_NAMES)
        self.subject.setText(self.tr("Pesantren: {0}").format(shown))

    def _check(self) -> None:
        missing = self.failed.isChecked() and not self.reason.text().strip()
        self.buttons.button(QDialogButtonBox.Save).setEnabled(not missing)
        if missing:
            self.hint.set_state("warning", self.tr("Alasan wajib diisi untuk 'tidak lolos'."))
        else:
            self.hint.clear()

    def decision(self) -> tuple[bool, str]:
        return self.passed.isChecked(), self.reason.text().strip()
